// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/signing.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <sodium.h>

namespace Testigo {

namespace {

const QString kKeyFile = QStringLiteral("signing-key.json");

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

} // namespace

QString SigningKey::keyDirectory()
{
    const QString overridden = qEnvironmentVariable("TESTIGO_KEY_DIR");
    if (!overridden.isEmpty())
        return overridden;
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + QStringLiteral("/testigo/keys");
}

QString SigningKey::fingerprintOf(const QByteArray &publicKey)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256).toHex().left(32));
}

QString SigningKey::displayFingerprint(const QString &fingerprint)
{
    QStringList groups;
    for (int i = 0; i < fingerprint.size(); i += 4)
        groups << fingerprint.mid(i, 4);
    return groups.join(QLatin1Char(' '));
}

bool SigningKey::verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature)
{
    if (!sodiumReady() || publicKey.size() != crypto_sign_PUBLICKEYBYTES
        || signature.size() != crypto_sign_BYTES)
        return false;
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(signature.constData()),
               reinterpret_cast<const unsigned char *>(message.constData()), quint64(message.size()),
               reinterpret_cast<const unsigned char *>(publicKey.constData()))
        == 0;
}

QByteArray SigningKey::sign(const QByteArray &message) const
{
    QByteArray sig(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(sig.data()), nullptr,
        reinterpret_cast<const unsigned char *>(message.constData()), quint64(message.size()),
        reinterpret_cast<const unsigned char *>(m_secret.constData()));
    return sig;
}

std::optional<SigningKey> SigningKey::readFile(const QString &path, bool withSecret)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    SigningKey k;
    k.m_owner = o.value(QStringLiteral("owner")).toString();
    k.m_public = QByteArray::fromBase64(o.value(QStringLiteral("public_key")).toString().toLatin1());
    if (withSecret)
        k.m_secret = QByteArray::fromBase64(o.value(QStringLiteral("secret_key")).toString().toLatin1());
    if (k.m_public.size() != crypto_sign_PUBLICKEYBYTES
        || (withSecret && k.m_secret.size() != crypto_sign_SECRETKEYBYTES))
        return std::nullopt;
    return k;
}

std::optional<SigningKey> SigningKey::loadExisting()
{
    return readFile(keyDirectory() + QLatin1Char('/') + kKeyFile, false);
}

std::optional<SigningKey> SigningKey::loadOrCreate(const QString &ownerName, QString *error)
{
    const QString dir = keyDirectory();
    const QString path = dir + QLatin1Char('/') + kKeyFile;
    if (QFile::exists(path)) {
        if (auto k = readFile(path, true))
            return k;
        *error = tr("Your signing key “%1” cannot be read; nothing was saved. Restore it from your backup.")
                     .arg(QDir::toNativeSeparators(path));
        return std::nullopt;
    }
    if (!sodiumReady() || !QDir().mkpath(dir)) {
        *error = tr("Your signing key cannot be created in “%1”; nothing was saved.")
                     .arg(QDir::toNativeSeparators(dir));
        return std::nullopt;
    }
    QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    SigningKey k;
    k.m_owner = ownerName;
    k.m_public.resize(crypto_sign_PUBLICKEYBYTES);
    k.m_secret.resize(crypto_sign_SECRETKEYBYTES);
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(k.m_public.data()),
        reinterpret_cast<unsigned char *>(k.m_secret.data()));
    const QJsonObject o {{QStringLiteral("owner"), ownerName},
        {QStringLiteral("public_key"), QString::fromLatin1(k.m_public.toBase64())},
        {QStringLiteral("secret_key"), QString::fromLatin1(k.m_secret.toBase64())}};
    // Written beside its final name, readable by the owner only, then moved in place; a process that
    // loses a race to create the key uses the winner's.
    const QString temp = path + QStringLiteral(".%1.tmp").arg(QCoreApplication::applicationPid());
    QFile f(temp);
    bool ok = f.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        && f.write(QJsonDocument(o).toJson()) > 0 && f.flush();
    f.close();
    ok = ok && QFile::rename(temp, path);
    QFile::remove(temp);
    if (auto saved = readFile(path, true))
        return saved;
    *error = ok ? tr("Your signing key cannot be read back from “%1”; nothing was saved.")
                      .arg(QDir::toNativeSeparators(path))
                : tr("Your signing key cannot be written to “%1”; nothing was saved.")
                      .arg(QDir::toNativeSeparators(dir));
    return std::nullopt;
}

} // namespace Testigo
