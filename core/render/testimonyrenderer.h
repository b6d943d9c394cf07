// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Lays a testimony out in pages and paints them onto whatever device it is given: a QPdfWriter or
// QPrinter (all pages) or a QPainter on a QImage (one page, for tests and thumbnails). The cover is
// its own text document on page 1; the body flows through a paginated QTextDocument. Every page
// carries a header and a footer with the procedure number, the short record digest and
// "page X of Y".

#include "render/pageddocument.h"
#include "render/testimonydata.h"

#include <QSizeF>
#include <memory>

class QPaintDevice;
class QPainter;
class QTextDocument;

namespace Testigo {
class DocLanguage;
}
namespace Testigo::PdfSign {
class SigningKey;
}

namespace Testigo::Render {

class TestimonyRenderer final : public PagedDocument
{
public:
    explicit TestimonyRenderer(TestimonyData data);
    ~TestimonyRenderer();
    TestimonyRenderer(const TestimonyRenderer &) = delete;
    TestimonyRenderer &operator=(const TestimonyRenderer &) = delete;

    const TestimonyData &data() const { return m_data; }
    const DocLanguage &language() const { return *m_lang; }
    QString title() const;
    QStringList missingParts() const;
    bool isDraft() const { return !missingParts().isEmpty(); }

    void layout(QPaintDevice *device, const QSizeF &pagePixels) override;
    int pageCount() const override;
    void paintPage(QPainter &painter, int index) const override;

    // The laid-out body (pages 2 to the end), for tests of its pagination.
    const QTextDocument *body() const { return m_body.get(); }

private:
    TestimonyData m_data;
    std::unique_ptr<DocLanguage> m_lang;
    std::unique_ptr<QTextDocument> m_cover;
    std::unique_ptr<QTextDocument> m_body;
    QSizeF m_page;
    qreal m_dpi = 72;
    bool m_draft = false; // something is missing: "DRAFT" on every page
};

// Writes the testimony as a PDF/A-1b file whose XMP metadata records the audit head, procedure and
// language, so verify --testimony can tell later whether the record changed.
bool writeTestimonyPdf(
    const TestimonyData &data, const QString &path, QString *error = nullptr, int *pages = nullptr);

// Prints the testimony with the key's holder in its signature block and signs it (PAdES) into path;
// path is written once, only when both succeed.
bool writeSignedTestimonyPdf(TestimonyData data, const QString &path, const PdfSign::SigningKey &key,
    QString *error = nullptr, int *pages = nullptr);

// What a testimony PDF says about the record it was printed from.
struct TestimonyStamp
{
    QString auditHead, procedureId, procedureNumber, language;
};
std::optional<TestimonyStamp> readTestimonyStamp(const QByteArray &pdfBytes);

} // namespace Testigo::Render
