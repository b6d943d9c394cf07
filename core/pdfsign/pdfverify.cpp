// SPDX-License-Identifier: GPL-3.0-or-later
// Verifying the signatures of a PDF: each /ByteRange's digest against its CMS signature.
#include "pdfsign/opensslhandles.h"
#include "pdfsign/pdfobjects.h"
#include "pdfsign/pdfsigner.h"

#include <QCoreApplication>
#include <openssl/err.h>

namespace Testigo::PdfSign {

namespace {

// "(D:20261204153000+00'00')" -> a UTC time.
QDateTime fromPdfDate(const QByteArray &value)
{
    const qsizetype d = value.indexOf("D:");
    if (d < 0)
        return {};
    const QString digits = QString::fromLatin1(value.mid(d + 2, 14));
    QDateTime t = QDateTime::fromString(digits, QStringLiteral("yyyyMMddHHmmss"));
    t.setTimeSpec(Qt::UTC);
    if (!t.isValid())
        return {};
    const QByteArray zone = value.mid(d + 16, 6);
    int offset = 0;
    if (zone.startsWith('+') || zone.startsWith('-'))
        offset
            = (zone.mid(1, 2).toInt() * 3600 + zone.mid(4, 2).toInt() * 60) * (zone.startsWith('-') ? -1 : 1);
    return t.addSecs(-offset);
}

// The dictionary around position p: from the "<<" that opens it.
QByteArray enclosingDict(const QByteArray &pdf, qsizetype p)
{
    const qsizetype obj = pdf.lastIndexOf(" obj", p);
    const qsizetype open = obj < 0 ? -1 : pdf.indexOf("<<", obj);
    const qsizetype end = pdf.indexOf("endobj", p);
    return open < 0 || end < 0 ? QByteArray() : pdf.mid(open, end - open).trimmed();
}

QList<qint64> byteRange(const QByteArray &dict)
{
    const DictEntry e = findKey(dict, "/ByteRange");
    QList<qint64> numbers;
    if (!e.found())
        return numbers;
    const QByteArray value = dict.mid(e.valueStart + 1, e.valueEnd - e.valueStart - 2).simplified();
    for (const QByteArray &n : value.split(' '))
        numbers << n.toLongLong();
    return numbers;
}

void verifyCms(const QByteArray &der, const QByteArray &signedBytes, SignatureCheck *check)
{
    auto derBio = memoryBio(der);
    CmsPtr cms(d2i_CMS_bio(derBio.get(), nullptr));
    if (!cms) {
        check->problem = QCoreApplication::translate("PdfSignature", "The signature is not a CMS signature.");
        return;
    }
    auto data = memoryBio(signedBytes);
    // The certificate's chain of trust (the SAT's CA) is a reader's question; here: integrity.
    check->intact = CMS_verify(cms.get(), nullptr, nullptr, data.get(), nullptr,
                        CMS_BINARY | CMS_DETACHED | CMS_NO_SIGNER_CERT_VERIFY)
        == 1;
    ERR_clear_error();
    STACK_OF(X509) *signers = CMS_get0_signers(cms.get());
    if (signers && sk_X509_num(signers) > 0)
        check->signer = describeCertificate(sk_X509_value(signers, 0));
    sk_X509_free(signers);
    if (!check->intact)
        check->problem = QCoreApplication::translate(
            "PdfSignature", "The document was altered after it was signed: its digest no longer matches.");
}

} // namespace

QList<SignatureCheck> checkSignatures(const QByteArray &pdf)
{
    QList<SignatureCheck> checks;
    for (qsizetype at = pdf.indexOf("/ByteRange"); at >= 0; at = pdf.indexOf("/ByteRange", at + 1)) {
        const QByteArray dict = enclosingDict(pdf, at);
        const QList<qint64> r = byteRange(dict);
        SignatureCheck check;
        const DictEntry m = findKey(dict, "/M");
        if (m.found())
            check.signingTime = fromPdfDate(dict.mid(m.valueStart, m.valueEnd - m.valueStart));
        const bool sane = r.size() == 4 && r[0] == 0 && r[1] > 0 && r[2] > r[1] && r[3] >= 0
            && r[2] + r[3] <= pdf.size() && pdf.at(r[1]) == '<' && pdf.at(r[2] - 1) == '>';
        if (!sane) {
            check.problem = QCoreApplication::translate(
                "PdfSignature", "The signature's byte range does not match the file.");
            checks << check;
            continue;
        }
        const QByteArray der = QByteArray::fromHex(pdf.mid(r[1] + 1, r[2] - r[1] - 2));
        verifyCms(der, pdf.left(r[1]) + pdf.mid(r[2], r[3]), &check);
        check.wholeFile = r[2] + r[3] == pdf.size();
        checks << check;
    }
    return checks;
}

} // namespace Testigo::PdfSign
