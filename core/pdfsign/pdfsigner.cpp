// SPDX-License-Identifier: GPL-3.0-or-later
// The incremental update that carries a signature, and the CMS signature itself.
#include "pdfsign/pdfsigner.h"

#include "pdfsign/opensslhandles.h"
#include "pdfsign/pdfobjects.h"

#include <QCoreApplication>
#include <QFile>
#include <QMap>
#include <QSaveFile>
#include <openssl/err.h>

namespace Testigo::PdfSign {

namespace {

constexpr int kContentsBytes = 16384; // room for the CMS: a certificate chain of several kB
const QByteArray kRangePlaceholder = "[0 0000000000 0000000000 0000000000]";

// A PDF text string in UTF-16BE hex, safe for any name.
QByteArray textString(const QString &s)
{
    QByteArray utf16("\xFE\xFF", 2);
    for (QChar c : s) {
        utf16.append(char(c.unicode() >> 8));
        utf16.append(char(c.unicode() & 0xFF));
    }
    return "<" + utf16.toHex().toUpper() + ">";
}

QByteArray pdfDate(const QDateTime &t)
{
    return "(D:" + t.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() + "+00'00')";
}

QByteArray ref(int n)
{
    return QByteArray::number(n) + " 0 R";
}

QByteArray withRef(const QByteArray &array, int n)
{
    const qsizetype close = array.lastIndexOf(']');
    return array.left(close) + " " + ref(n) + " " + array.mid(close);
}

// The first page, descending through intermediate page-tree nodes.
int firstPage(const QByteArray &pdf, const PdfIndex &index, const QByteArray &catalog)
{
    const DictEntry pagesAt = findKey(catalog, "/Pages");
    int node = pagesAt.found()
        ? referenceTo(catalog.mid(pagesAt.valueStart, pagesAt.valueEnd - pagesAt.valueStart))
        : -1;
    for (int depth = 0; node >= 0 && depth < 32; ++depth) {
        const QByteArray body = objectBody(pdf, index, node);
        const DictEntry kids = findKey(body, "/Kids");
        if (!kids.found())
            return node;
        const QList<int> refs = referencesIn(body.mid(kids.valueStart, kids.valueEnd - kids.valueStart));
        node = refs.isEmpty() ? -1 : refs.first();
    }
    return -1;
}

struct Update
{
    QMap<int, QByteArray> objects; // object number -> body
};

// Objects the update rewrites or adds: catalog with /AcroForm, the page's /Annots, the field and the
// signature dictionary (with placeholders). False with a translated message.
bool planUpdate(const QByteArray &pdf, const PdfIndex &index, const SignOptions &o,
    const CertificateInfo &who, Update *u, QString *error)
{
    const QByteArray catalog = objectBody(pdf, index, index.root);
    const int page = firstPage(pdf, index, catalog);
    if (catalog.isEmpty() || page < 0) {
        *error = QCoreApplication::translate("PdfSignature", "The PDF has no page to carry the signature.");
        return false;
    }
    if (findKey(catalog, "/AcroForm").found()) {
        *error = QCoreApplication::translate(
            "PdfSignature", "The PDF is already signed or carries a form; it is not signed again.");
        return false;
    }
    const int sig = index.size, field = index.size + 1;
    u->objects[sig] = "<<\n/Type /Sig\n/Filter /Adobe.PPKLite\n/SubFilter /ETSI.CAdES.detached\n/ByteRange "
        + kRangePlaceholder + "\n/Contents <" + QByteArray(2 * kContentsBytes, '0') + ">\n/M "
        + pdfDate(o.time) + "\n/Name " + textString(who.name) + "\n/Reason " + textString(o.reason)
        + "\n/Location " + textString(o.location) + "\n>>";
    u->objects[field] = "<<\n/Type /Annot\n/Subtype /Widget\n/FT /Sig\n/T "
        + textString(QStringLiteral("Signature1")) + "\n/V " + ref(sig) + "\n/F 132\n/Rect [0 0 0 0]\n/P "
        + ref(page) + "\n>>";
    u->objects[index.root]
        = withEntry(catalog, "/AcroForm", "<< /Fields [" + ref(field) + "] /SigFlags 3 >>");
    QByteArray pageDict = objectBody(pdf, index, page);
    const DictEntry annots = findKey(pageDict, "/Annots");
    const QByteArray annotsValue = annots.found()
        ? pageDict.mid(annots.valueStart, annots.valueEnd - annots.valueStart)
        : QByteArray("[]");
    const int annotsObject = referenceTo(annotsValue);
    if (annotsObject >= 0)
        u->objects[annotsObject] = withRef(objectBody(pdf, index, annotsObject), field);
    else
        u->objects[page] = withEntry(pageDict, "/Annots", withRef(annotsValue, field));
    return true;
}

QByteArray serialise(const QByteArray &pdf, const PdfIndex &index, const Update &u)
{
    QByteArray out = pdf;
    if (!out.endsWith('\n'))
        out.append('\n');
    QMap<int, qsizetype> offsets;
    for (auto it = u.objects.cbegin(); it != u.objects.cend(); ++it) {
        offsets[it.key()] = out.size();
        out += QByteArray::number(it.key()) + " 0 obj\n" + it.value() + "\nendobj\n";
    }
    const qsizetype xref = out.size();
    out += "xref\n";
    for (auto it = offsets.cbegin(); it != offsets.cend(); ++it)
        out += QByteArray::number(it.key()) + " 1\n" + QByteArray::number(it.value()).rightJustified(10, '0')
            + " 00000 n \n";
    const int size = qMax(index.size, offsets.lastKey() + 1);
    out += "trailer\n<<\n/Size " + QByteArray::number(size) + "\n/Root " + ref(index.root) + "\n";
    if (!index.info.isEmpty())
        out += "/Info " + index.info + "\n";
    if (!index.id.isEmpty())
        out += "/ID " + index.id + "\n";
    out += "/Prev " + QByteArray::number(index.lastXref) + "\n>>\nstartxref\n" + QByteArray::number(xref)
        + "\n%%EOF\n";
    return out;
}

// A detached CMS SignedData (CAdES: with signing-certificate-v2) over the given bytes, DER.
QByteArray cmsSignature(const QByteArray &data, const SigningKey &key)
{
    const SigningKey::Handles &h = key.handles();
    const unsigned flags = CMS_DETACHED | CMS_BINARY | CMS_PARTIAL | CMS_NOSMIMECAP;
    CmsPtr cms(CMS_sign(nullptr, nullptr, h.chain, nullptr, flags));
    if (!cms || !CMS_add1_signer(cms.get(), h.cert, h.key, EVP_sha256(), flags | CMS_CADES))
        return {};
    auto bio = memoryBio(data);
    if (CMS_final(cms.get(), bio.get(), nullptr, flags) != 1)
        return {};
    unsigned char *der = nullptr;
    const int len = i2d_CMS_ContentInfo(cms.get(), &der);
    if (len <= 0)
        return {};
    QByteArray result(reinterpret_cast<const char *>(der), len);
    OPENSSL_free(der);
    return result;
}

} // namespace

bool signPdf(const QByteArray &pdf, const SigningKey &key, const SignOptions &options, QByteArray *signedPdf,
    QString *error)
{
    QString message;
    QByteArray why;
    const auto index = readIndex(pdf, &why);
    Update update;
    if (!index) {
        message = QCoreApplication::translate("PdfSignature", "This PDF cannot be signed here (%1).")
                      .arg(QString::fromLatin1(why));
    } else if (planUpdate(pdf, *index, options, key.certificate(), &update, &message)) {
        QByteArray out = serialise(pdf, *index, update);
        const qsizetype range = out.indexOf(kRangePlaceholder, pdf.size());
        const qsizetype start = out.indexOf("/Contents <", range) + 10, end = out.indexOf('>', start) + 1;
        const QByteArray ranges
            = QStringLiteral("[0 %1 %2 %3]").arg(start).arg(end).arg(out.size() - end).toLatin1();
        out.replace(range, kRangePlaceholder.size(), ranges.leftJustified(kRangePlaceholder.size(), ' '));
        const QByteArray cms = cmsSignature(out.left(start) + out.mid(end), key);
        ERR_clear_error();
        if (cms.isEmpty() || cms.size() > kContentsBytes) {
            message = QCoreApplication::translate(
                "PdfSignature", "The signature could not be computed with this key.");
        } else {
            out.replace(start + 1, 2 * cms.size(), cms.toHex().toUpper());
            *signedPdf = out;
            return true;
        }
    }
    if (error)
        *error = message;
    return false;
}

bool signPdfFile(const QString &inPath, const QString &outPath, const SigningKey &key,
    const SignOptions &options, QString *error)
{
    QFile in(inPath);
    if (!in.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("PdfSignature", "Cannot read %1.").arg(inPath);
        return false;
    }
    QByteArray signedPdf;
    if (!signPdf(in.readAll(), key, options, &signedPdf, error))
        return false;
    in.close();
    QSaveFile out(outPath);
    if (!out.open(QIODevice::WriteOnly) || out.write(signedPdf) != signedPdf.size() || !out.commit()) {
        if (error)
            *error = QCoreApplication::translate("PdfSignature", "Cannot write %1.").arg(outPath);
        return false;
    }
    return true;
}

} // namespace Testigo::PdfSign
