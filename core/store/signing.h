// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Ed25519 signing keys (libsodium). A person's key pair lives in their user profile, never in a
// case file: $TESTIGO_KEY_DIR, or the "testigo/keys" folder of the generic config location
// ($XDG_CONFIG_HOME, usually ~/.config). It is created on first use, readable by its owner only.
// Case files carry only public keys (table signer), so anyone can check a signature and nobody
// without the profile can make one.

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <optional>

namespace Testigo {

class SigningKey
{
    Q_DECLARE_TR_FUNCTIONS(SigningKey)

public:
    // The folder holding this profile's key (TESTIGO_KEY_DIR overrides the standard location).
    static QString keyDirectory();
    // Loads the profile's key, creating it (owned by ownerName) when there is none yet.
    static std::optional<SigningKey> loadOrCreate(const QString &ownerName, QString *error);
    // The profile's public key if a key exists; never creates one (verification is read-only).
    static std::optional<SigningKey> loadExisting();

    QString owner() const { return m_owner; }
    QByteArray publicKey() const { return m_public; } // 32 bytes
    QString fingerprint() const { return fingerprintOf(m_public); }
    QByteArray sign(const QByteArray &message) const; // 64 bytes

    // 32 hex digits of SHA-256(public key): what people compare and what signatures name.
    static QString fingerprintOf(const QByteArray &publicKey);
    // "abcd 1234 …": the fingerprint in groups of four, for reading aloud.
    static QString displayFingerprint(const QString &fingerprint);
    static bool verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature);

private:
    static std::optional<SigningKey> readFile(const QString &path, bool withSecret);
    QString m_owner;
    QByteArray m_public, m_secret;
};

} // namespace Testigo
