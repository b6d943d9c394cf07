// SPDX-License-Identifier: GPL-3.0-or-later
// The testimony as a PDF/A-1b file, stamped with the record it was printed from.
#include "pdfsign/pdfsigner.h"
#include "render/pdffile.h"
#include "render/testimonyrenderer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QPdfWriter>
#include <QRegularExpression>

namespace Testigo::Render {

namespace {
const QString kStampPrefix = QStringLiteral("testigo-record:");

// The stamp travels in pdf:Keywords of the XMP packet, which Qt writes uncompressed.
QString stampKeywords(const TestimonyData &d)
{
    return QStringLiteral("%1 auditHead=%2; procedureId=%3; language=%4; procedureNumber=%5")
        .arg(kStampPrefix, d.auditHead, d.procedure.id, d.language, d.procedure.number);
}

QByteArray xmpPacket(const TestimonyData &d, const QString &title)
{
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const QString xml
        = QStringLiteral(
            "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
            "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
            "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
            "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
            "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">%1</rdf:li></rdf:Alt></dc:title>\n"
            "<dc:creator><rdf:Seq><rdf:li>%2</rdf:li></rdf:Seq></dc:creator>\n"
            "<dc:language><rdf:Bag><rdf:li>%3</rdf:li></rdf:Bag></dc:language>\n"
            "</rdf:Description>\n"
            "<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
            "<pdf:Producer>Qt %4</pdf:Producer>\n"
            "<pdf:Keywords>%5</pdf:Keywords>\n"
            "</rdf:Description>\n"
            "<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
            "<xmp:CreatorTool>Testigo</xmp:CreatorTool>\n"
            "<xmp:CreateDate>%6</xmp:CreateDate>\n"
            "<xmp:ModifyDate>%6</xmp:ModifyDate>\n"
            "</rdf:Description>\n"
            "<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n"
            "<pdfaid:part>1</pdfaid:part>\n"
            "<pdfaid:conformance>B</pdfaid:conformance>\n"
            "</rdf:Description>\n"
            "</rdf:RDF>\n"
            "</x:xmpmeta>\n"
            "<?xpacket end=\"w\"?>")
              .arg(title.toHtmlEscaped(), d.witness ? d.witness->name.toHtmlEscaped() : QString(),
                  d.language == QStringLiteral("en") ? QStringLiteral("en") : QStringLiteral("es-MX"),
                  QLatin1String(qVersion()), stampKeywords(d).toHtmlEscaped(), now);
    return xml.toUtf8();
}
} // namespace

bool writeTestimonyPdf(const TestimonyData &data, const QString &path, QString *error, int *pages)
{
    TestimonyRenderer renderer(data);
    const QString title = renderer.title() + QStringLiteral(" — ") + data.procedure.number;
    const bool ok = writePdfFile(
        path,
        [&](QPdfWriter &writer) {
            writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
            writer.setResolution(600);
            writer.setTitle(title);
            writer.setCreator(QStringLiteral("Testigo"));
            writer.setDocumentXmpMetadata(xmpPacket(data, title));
            return renderer.print(writer);
        },
        error);
    if (ok && pages)
        *pages = renderer.pageCount();
    return ok;
}

bool writeSignedTestimonyPdf(
    TestimonyData data, const QString &path, const PdfSign::SigningKey &key, QString *error, int *pages)
{
    const PdfSign::CertificateInfo &holder = key.certificate();
    data.signedBy = SignatureLine {holder.name, holder.rfc, holder.serialNumber};
    const QString printed = path + QStringLiteral(".unsigned.tmp");
    if (!writeTestimonyPdf(data, printed, error, pages))
        return false;
    const bool signedOk = PdfSign::signPdfFile(printed, path, key, {}, error);
    QFile::remove(printed);
    return signedOk;
}

std::optional<TestimonyStamp> readTestimonyStamp(const QByteArray &pdf)
{
    const qsizetype at = pdf.indexOf(kStampPrefix.toLatin1());
    if (at < 0)
        return std::nullopt;
    const qsizetype end = pdf.indexOf('<', at);
    const QString keywords = QString::fromUtf8(pdf.mid(at, end < 0 ? 1024 : end - at));
    static const QRegularExpression re(QStringLiteral(
        "auditHead=([0-9a-f]{64}); procedureId=([^;]*); language=([a-z]+); procedureNumber=(.*)$"));
    const auto m = re.match(keywords.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    TestimonyStamp s;
    s.auditHead = m.captured(1);
    s.procedureId = m.captured(2);
    s.language = m.captured(3);
    QString number = m.captured(4);
    number.replace(QStringLiteral("&amp;"), QStringLiteral("&"))
        .replace(QStringLiteral("&lt;"), QStringLiteral("<"))
        .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
        .replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    s.procedureNumber = number;
    return s;
}

} // namespace Testigo::Render
