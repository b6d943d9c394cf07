// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A signer's e.firma loaded for one signature: the SAT's certificate (.cer, DER X.509) and private
// key (.key, PKCS#8 DER encrypted with the signer's password), or one PKCS#12 file. The password
// is used to open the key and never kept; the key lives only as long as this object.

#include <QDateTime>
#include <QString>
#include <memory>
#include <optional>

namespace Testigo::PdfSign {

// What a certificate says about its holder, as a reader of the document needs it.
struct CertificateInfo
{
    QString name; // subject common name (a person's or an organisation's name)
    QString rfc; // the SAT's x500UniqueIdentifier (RFC), when present
    QString serialNumber; // the SAT's certificate number (its serial read as digits) or hex
    QString issuer; // issuer common name
    QDateTime notBefore, notAfter;
};

class SigningKey
{
public:
    static std::optional<SigningKey> fromSatFiles(
        const QString &cerPath, const QString &keyPath, const QByteArray &password, QString *error);
    static std::optional<SigningKey> fromPkcs12(
        const QString &path, const QByteArray &password, QString *error);

    const CertificateInfo &certificate() const { return m_info; }

    struct Handles; // OpenSSL objects, defined in opensslhandles.h
    const Handles &handles() const { return *m_handles; }

private:
    std::shared_ptr<Handles> m_handles;
    CertificateInfo m_info;
};

} // namespace Testigo::PdfSign
