// SPDX-License-Identifier: GPL-3.0-or-later
// keys and trust: the public keys that signed a case file's history, exported for a colleague,
// and an editor's signed statement that a witness's key is theirs.
#include "cli/cli.h"
#include "cli/queries.h"
#include "store/casefile.h"
#include "store/signer.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace Testigo::Cli {

void printSigners(const VerifyResult &v, Io io)
{
    for (const SignerReport &s : v.signers) {
        const QString status = s.yours ? QCoreApplication::translate("Cli", "your key")
            : s.trusted                ? QCoreApplication::translate("Cli", "trusted")
                                       : QCoreApplication::translate("Cli", "not trusted");
        io.out << QCoreApplication::translate(
            "Cli", "Signed by %1 (key %2, %3): %n entries.", nullptr, int(s.entries))
                      .arg(s.owner, SigningKey::displayFingerprint(s.fingerprint), status)
               << '\n';
    }
    if (v.unsignedEntries > 0)
        io.out << QCoreApplication::translate(
            "Cli", "Unsigned (written before signing): %n entries.", nullptr, int(v.unsignedEntries))
               << '\n';
}

int cmdKeys(const Args &a, Io io)
{
    if (a.positional.size() != 1)
        return usageError(io, QCoreApplication::translate("Cli", "keys needs one FILE."));
    auto file = openOrReport(a.positional.first(), io, true);
    if (!file)
        return Error;
    QJsonArray keys;
    for (const Signer &s : file->all<Signer>()) {
        io.out << SigningKey::displayFingerprint(s.id) << '\t' << s.owner << '\t'
               << (s.trusted ? QCoreApplication::translate("Cli", "trusted")
                             : QCoreApplication::translate("Cli", "not trusted"))
               << '\n';
        keys.append(QJsonObject {{QStringLiteral("owner"), s.owner},
            {QStringLiteral("public_key"), s.publicKey}, {QStringLiteral("fingerprint"), s.id}});
    }
    if (!a.has(QStringLiteral("export")))
        return Ok;
    const QString out = a.value(QStringLiteral("export"));
    QSaveFile f(out);
    if (!f.open(QIODevice::WriteOnly)
        || f.write(QJsonDocument(QJsonObject {{QStringLiteral("testigo_keys"), keys}}).toJson()) < 0
        || !f.commit())
        return error(io,
            QCoreApplication::translate("Cli", "The keys could not be written to “%1”: %2")
                .arg(out, f.errorString()));
    io.out
        << QCoreApplication::translate("Cli", "%n key(s) written to %1", nullptr, int(keys.size())).arg(out)
        << '\n';
    return Ok;
}

int cmdTrust(const Args &a, Io io)
{
    if (a.positional.size() != 2)
        return usageError(io,
            QCoreApplication::translate(
                "Cli", "trust needs a FILE and a KEYFILE (from keys --export) or a FINGERPRINT."));
    const QString what = a.positional[1];
    QJsonArray keys;
    if (QFile::exists(what)) {
        QFile f(what);
        if (!f.open(QIODevice::ReadOnly))
            return error(
                io, QCoreApplication::translate("Cli", "“%1” cannot be read: %2").arg(what, f.errorString()));
        keys = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("testigo_keys")).toArray();
        if (keys.isEmpty())
            return error(io,
                QCoreApplication::translate(
                    "Cli", "“%1” is not a key file written by testigo-cli keys --export.")
                    .arg(what));
    }
    auto file = openOrReport(a.positional.first(), io, false);
    if (!file)
        return Error;
    if (file->isReadOnly())
        return error(io,
            QCoreApplication::translate("Cli", "“%1” is read-only; nothing was changed.")
                .arg(a.positional.first()));
    CaseFile::Transaction tx(*file);
    bool ok = tx.ok();
    for (const QJsonValue &k : keys) {
        const QByteArray publicKey
            = QByteArray::fromBase64(k[QStringLiteral("public_key")].toString().toLatin1());
        if (publicKey.size() != 32)
            return error(io,
                QCoreApplication::translate(
                    "Cli", "“%1” holds a key that is not an Ed25519 public key; nothing was changed.")
                    .arg(what));
        ok = ok && file->addSigner(publicKey, k[QStringLiteral("owner")].toString(), true);
    }
    if (keys.isEmpty())
        ok = ok && file->trustSigner(what);
    if (!ok || !tx.commit())
        return error(
            io, QCoreApplication::translate("Cli", "Nothing was changed: %1").arg(file->lastError()));
    io.out << QCoreApplication::translate(
        "Cli", "Marked as trusted; the mark is signed with your key and kept in the file's log.")
           << '\n';
    return Ok;
}

} // namespace Testigo::Cli
