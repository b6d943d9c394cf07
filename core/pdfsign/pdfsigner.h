// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// PAdES signatures (ETSI.CAdES.detached): the signer appends an incremental update to the PDF
// with a signature dictionary (/ByteRange over the whole file but the /Contents hole, /Contents
// holding a detached CMS SignedData with the signing-certificate-v2 attribute), an AcroForm
// signature field and its widget on the first page. The bytes before the update are untouched,
// so what QPdfWriter wrote stays what was signed. Verification recomputes each signature's digest.

#include "pdfsign/signingkey.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Testigo::PdfSign {

struct SignOptions
{
    QString reason, location;
    QDateTime time = QDateTime::currentDateTimeUtc();
};

// The signed file's bytes, or false with a translated message.
bool signPdf(const QByteArray &pdf, const SigningKey &key, const SignOptions &options, QByteArray *signedPdf,
    QString *error);
// Reads inPath, signs, and writes outPath atomically (inPath and outPath may be the same file):
// on any failure outPath is left as it was.
bool signPdfFile(const QString &inPath, const QString &outPath, const SigningKey &key,
    const SignOptions &options, QString *error);

// One signature found in a PDF.
struct SignatureCheck
{
    CertificateInfo signer; // from the certificate inside the signature
    QDateTime signingTime; // the signature dictionary's /M
    bool intact = false; // the signed bytes still have the digest that was signed
    bool wholeFile = false; // nothing was appended to the file after this signature
    QString problem; // a translated explanation when not intact
};
QList<SignatureCheck> checkSignatures(const QByteArray &pdf);

} // namespace Testigo::PdfSign
