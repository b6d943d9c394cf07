// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/pageddocument.h"

#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>

namespace Testigo::Render {

PagedDocument::~PagedDocument() = default;

bool PagedDocument::print(QPagedPaintDevice &device)
{
    device.setPageSize(QPageSize(QPageSize::A4));
    device.setPageOrientation(QPageLayout::Portrait);
    device.setPageMargins(QMarginsF(0, 0, 0, 0));
    layout(&device, QSizeF(device.width(), device.height()));
    QPainter painter;
    if (!painter.begin(&device))
        return false;
    painter.setRenderHint(QPainter::Antialiasing);
    const int pages = pageCount();
    for (int i = 0; i < pages; ++i) {
        if (i > 0 && !device.newPage())
            return false;
        paintPage(painter, i);
    }
    return painter.end();
}

QImage PagedDocument::pageImage(int index, int dpi)
{
    const int w = qRound(210.0 / 25.4 * dpi), h = qRound(297.0 / 25.4 * dpi);
    if (m_canvas.width() != w || m_canvas.height() != h || m_laidOutFor != &m_canvas) {
        m_canvas = QImage(w, h, QImage::Format_RGB32);
        m_canvas.setDotsPerMeterX(qRound(dpi / 0.0254));
        m_canvas.setDotsPerMeterY(qRound(dpi / 0.0254));
        layout(&m_canvas, QSizeF(w, h));
    }
    m_canvas.fill(Qt::white);
    {
        QPainter painter(&m_canvas);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        paintPage(painter, index);
    }
    return m_canvas.copy();
}

} // namespace Testigo::Render
