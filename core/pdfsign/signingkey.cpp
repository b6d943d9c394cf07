// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfsign/opensslhandles.h"

#include <QCoreApplication>
#include <QFile>
#include <openssl/asn1.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>

namespace Testigo::PdfSign {

namespace {

std::optional<QByteArray> readAll(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("PdfSignature", "Cannot read %1.").arg(path);
        return std::nullopt;
    }
    return f.readAll();
}

QString nameEntry(const X509_NAME *name, int nid)
{
    const int at = X509_NAME_get_index_by_NID(name, nid, -1);
    if (at < 0)
        return {};
    unsigned char *utf8 = nullptr;
    const int len = ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, at)));
    if (len < 0)
        return {};
    const QString s = QString::fromUtf8(reinterpret_cast<const char *>(utf8), len);
    OPENSSL_free(utf8);
    return s;
}

QDateTime asnTime(const ASN1_TIME *t)
{
    struct tm tm = {};
    if (!t || ASN1_TIME_to_tm(t, &tm) != 1)
        return {};
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday),
        QTime(tm.tm_hour, tm.tm_min, tm.tm_sec), Qt::UTC);
}

// The SAT writes its 20-digit certificate number as the ASCII bytes of the serial.
QString serialText(const ASN1_INTEGER *serial)
{
    const QByteArray bytes(
        reinterpret_cast<const char *>(ASN1_STRING_get0_data(serial)), ASN1_STRING_length(serial));
    bool digits = !bytes.isEmpty();
    for (char c : bytes)
        digits = digits && c >= '0' && c <= '9';
    return digits ? QString::fromLatin1(bytes) : QString::fromLatin1(bytes.toHex()).toUpper();
}

X509 *readCertificate(const QByteArray &bytes)
{
    auto bio = memoryBio(bytes);
    X509 *cert = d2i_X509_bio(bio.get(), nullptr);
    if (!cert) {
        bio = memoryBio(bytes);
        cert = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr);
    }
    return cert;
}

EVP_PKEY *readKey(const QByteArray &bytes, const QByteArray &password)
{
    QByteArray pass = password; // nul-terminated copy for OpenSSL
    auto bio = memoryBio(bytes);
    EVP_PKEY *key = d2i_PKCS8PrivateKey_bio(bio.get(), nullptr, nullptr, pass.data());
    if (!key) {
        bio = memoryBio(bytes);
        key = PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, pass.data());
    }
    OPENSSL_cleanse(pass.data(), size_t(pass.size()));
    ERR_clear_error();
    return key;
}

// A key that matches its certificate, and a certificate valid today.
bool usable(const SigningKey::Handles &h, const CertificateInfo &info, QString *error)
{
    if (X509_check_private_key(h.cert, h.key) != 1) {
        ERR_clear_error();
        if (error)
            *error = QCoreApplication::translate(
                "PdfSignature", "The private key does not belong to the certificate.");
        return false;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (info.notAfter.isValid() && now > info.notAfter) {
        if (error)
            *error = QCoreApplication::translate("PdfSignature", "The certificate expired on %1.")
                         .arg(info.notAfter.date().toString(Qt::ISODate));
        return false;
    }
    if (info.notBefore.isValid() && now < info.notBefore) {
        if (error)
            *error = QCoreApplication::translate("PdfSignature", "The certificate is valid only from %1.")
                         .arg(info.notBefore.date().toString(Qt::ISODate));
        return false;
    }
    return true;
}

} // namespace

CertificateInfo describeCertificate(X509 *cert)
{
    CertificateInfo info;
    const X509_NAME *subject = X509_get_subject_name(cert);
    info.name = nameEntry(subject, NID_commonName);
    info.rfc = nameEntry(subject, NID_x500UniqueIdentifier).section(QLatin1Char('/'), 0, 0).trimmed();
    info.issuer = nameEntry(X509_get_issuer_name(cert), NID_commonName);
    info.serialNumber = serialText(X509_get0_serialNumber(cert));
    info.notBefore = asnTime(X509_get0_notBefore(cert));
    info.notAfter = asnTime(X509_get0_notAfter(cert));
    return info;
}

std::optional<SigningKey> SigningKey::fromSatFiles(
    const QString &cerPath, const QString &keyPath, const QByteArray &password, QString *error)
{
    const auto cerBytes = readAll(cerPath, error);
    const auto keyBytes = cerBytes ? readAll(keyPath, error) : std::nullopt;
    if (!cerBytes || !keyBytes)
        return std::nullopt;
    SigningKey k;
    k.m_handles = std::make_shared<Handles>();
    k.m_handles->cert = readCertificate(*cerBytes);
    if (!k.m_handles->cert) {
        if (error)
            *error
                = QCoreApplication::translate("PdfSignature", "%1 is not a certificate (.cer).").arg(cerPath);
        return std::nullopt;
    }
    k.m_handles->key = readKey(*keyBytes, password);
    if (!k.m_handles->key) {
        if (error)
            *error = QCoreApplication::translate("PdfSignature",
                "The password does not open the private key %1, or the file is not a private key (.key).")
                         .arg(keyPath);
        return std::nullopt;
    }
    k.m_info = describeCertificate(k.m_handles->cert);
    if (!usable(*k.m_handles, k.m_info, error))
        return std::nullopt;
    return k;
}

std::optional<SigningKey> SigningKey::fromPkcs12(
    const QString &path, const QByteArray &password, QString *error)
{
    const auto bytes = readAll(path, error);
    if (!bytes)
        return std::nullopt;
    auto bio = memoryBio(*bytes);
    PKCS12 *p12 = d2i_PKCS12_bio(bio.get(), nullptr);
    SigningKey k;
    k.m_handles = std::make_shared<Handles>();
    QByteArray pass = password;
    const bool parsed = p12
        && PKCS12_parse(p12, pass.constData(), &k.m_handles->key, &k.m_handles->cert, &k.m_handles->chain)
            == 1;
    OPENSSL_cleanse(pass.data(), size_t(pass.size()));
    PKCS12_free(p12);
    ERR_clear_error();
    if (!parsed || !k.m_handles->cert || !k.m_handles->key) {
        if (error)
            *error = QCoreApplication::translate("PdfSignature",
                "The password does not open %1, or the file is not a PKCS#12 file (.p12, .pfx).")
                         .arg(path);
        return std::nullopt;
    }
    k.m_info = describeCertificate(k.m_handles->cert);
    if (!usable(*k.m_handles, k.m_info, error))
        return std::nullopt;
    return k;
}

} // namespace Testigo::PdfSign
