// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the testimony and the report share as A4 documents: a subclass lays its pages out for a
// device and paints one page at a time; printing every page onto a printer or PDF writer, and
// one page as an image for previews and tests, are done here once.

#include <QImage>
#include <QSizeF>

class QPagedPaintDevice;
class QPaintDevice;
class QPainter;

namespace Testigo::Render {

class PagedDocument
{
public:
    virtual ~PagedDocument();

    // Lays the pages out for a device: its full page size in its pixels and its resolution.
    // An implementation calls laidOutFor(device).
    virtual void layout(QPaintDevice *device, const QSizeF &pagePixels) = 0;
    virtual int pageCount() const = 0;
    // Paints one page (0-based) with the painter's origin at the page's top-left corner.
    virtual void paintPage(QPainter &painter, int index) const = 0;

    // Sets A4 without device margins, lays out and paints every page. False when painting fails.
    bool print(QPagedPaintDevice &device);
    // One A4 page as an image at the given resolution (lays out for that image when needed).
    QImage pageImage(int index, int dpi = 72);

protected:
    PagedDocument() = default;
    // Remembers the device of the last layout, so pageImage() lays out again only when needed.
    void laidOutFor(const QPaintDevice *device) { m_laidOutFor = device; }

private:
    QImage m_canvas; // the device pageImage() lays out for; outlives the subclass's layout
    const QPaintDevice *m_laidOutFor = nullptr;
};

} // namespace Testigo::Render
