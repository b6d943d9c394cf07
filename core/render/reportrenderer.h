// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Lays out the Analytical Review Report and paints its pages onto whatever device it is given
// (QPdfWriter, QPrinter, or a QImage for previews), like TestimonyRenderer: a cover, a table of
// contents with page numbers, the chapters in plan order with their live figures and tables
// numbered, the appendix of procedures and the methodology of every figure.

#include "render/pageddocument.h"
#include "render/reportdata.h"

#include <QSizeF>
#include <memory>

class QPaintDevice;
class QPainter;
class QTextDocument;

namespace Testigo {
class DocLanguage;
}

namespace Testigo::Render {

struct TocEntry
{
    QString title;
    int page = 0; // 1-based page of the whole report
    int level = 1;
};

class ReportRenderer final : public PagedDocument
{
public:
    explicit ReportRenderer(ReportData data);
    ~ReportRenderer();
    ReportRenderer(const ReportRenderer &) = delete;
    ReportRenderer &operator=(const ReportRenderer &) = delete;

    const ReportData &data() const { return m_data; }
    QString title() const;

    void layout(QPaintDevice *device, const QSizeF &pagePixels) override;
    int pageCount() const override;
    QList<TocEntry> contents() const { return m_toc; }
    // Numbered captions in order ("Figure 1. ...", "Table 1. ...").
    QStringList captions() const { return m_captions; }
    void paintPage(QPainter &painter, int index) const override;
    // The laid-out chapters, appendix and methodology, for tests of their pagination.
    const QTextDocument *body() const { return m_body.get(); }

private:
    void buildBody(qreal dpi);
    void buildToc(qreal dpi, bool withNumbers);

    ReportData m_data;
    std::unique_ptr<DocLanguage> m_lang;
    std::unique_ptr<QTextDocument> m_cover, m_toc_doc, m_body;
    QList<TocEntry> m_toc;
    QList<int> m_tocBlocks; // body block positions of the entries
    QStringList m_captions;
    QPaintDevice *m_device = nullptr;
    QSizeF m_page;
    qreal m_dpi = 72;
};

// Writes the report as a PDF (A4, DejaVu fonts embedded, charts as vectors).
bool writeReportPdf(const ReportData &data, const QString &path, QString *error = nullptr, int *pages = nullptr);

} // namespace Testigo::Render
