// SPDX-License-Identifier: GPL-3.0-or-later
// sign: a PAdES signature with the witness's e.firma; the signatures a PDF carries, for verify.
#include "cli/cli.h"
#include "cli/signing.h"
#include "pdfsign/pdfsigner.h"

#include <QFile>
#include <QLocale>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace Testigo::Cli {

namespace {

// One line from the terminal without echo, or from a pipe.
QByteArray readPasswordFromStdin(Io io)
{
    const bool tty = isatty(STDIN_FILENO);
    termios saved {};
    if (tty) {
        io.err << QCoreApplication::translate("Cli", "Password of the private key: ");
        io.err.flush();
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    QFile in;
    QByteArray line;
    if (in.open(stdin, QIODevice::ReadOnly))
        line = in.readLine();
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        io.err << '\n';
    }
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return line;
}

} // namespace

std::optional<PdfSign::SigningKey> loadSigningKey(const Args &a, Io io)
{
    const bool p12 = a.has(QStringLiteral("p12"));
    if (p12 == (a.has(QStringLiteral("cert")) || a.has(QStringLiteral("key")))
        || (!p12 && !(a.has(QStringLiteral("cert")) && a.has(QStringLiteral("key"))))) {
        usageError(io,
            QCoreApplication::translate("Cli", "Give either --cert X.cer with --key X.key, or --p12 FILE."));
        return std::nullopt;
    }
    QByteArray password;
    if (a.has(QStringLiteral("password-file"))) {
        QFile f(a.value(QStringLiteral("password-file")));
        if (!f.open(QIODevice::ReadOnly)) {
            error(io, QCoreApplication::translate("Cli", "Cannot read %1.").arg(f.fileName()));
            return std::nullopt;
        }
        password = f.readLine();
        while (password.endsWith('\n') || password.endsWith('\r'))
            password.chop(1);
    } else {
        password = readPasswordFromStdin(io);
    }
    QString message;
    auto key = p12 ? PdfSign::SigningKey::fromPkcs12(a.value(QStringLiteral("p12")), password, &message)
                   : PdfSign::SigningKey::fromSatFiles(
                       a.value(QStringLiteral("cert")), a.value(QStringLiteral("key")), password, &message);
    password.fill('\0');
    if (!key)
        error(io, message);
    return key;
}

bool wantsSignature(const Args &a)
{
    return a.has(QStringLiteral("p12")) || a.has(QStringLiteral("cert")) || a.has(QStringLiteral("key"));
}

int cmdSign(const Args &a, Io io)
{
    if (a.positional.size() != 1 || !a.has(QStringLiteral("o")))
        return usageError(io, QCoreApplication::translate("Cli", "sign needs PDF, a key and -o OUT.pdf."));
    const auto key = loadSigningKey(a, io);
    if (!key)
        return Error;
    QString message;
    const QString out = a.value(QStringLiteral("o"));
    if (!PdfSign::signPdfFile(a.positional.first(), out, *key, {}, &message))
        return error(io, message);
    io.out << QCoreApplication::translate("Cli", "Signed %1 as %2.").arg(out, key->certificate().name)
           << '\n';
    return Ok;
}

int reportSignatures(const QByteArray &pdf, Io io)
{
    const QList<PdfSign::SignatureCheck> checks = PdfSign::checkSignatures(pdf);
    if (checks.isEmpty()) {
        io.out << QCoreApplication::translate("Cli", "The PDF is not signed.") << '\n';
        return Ok;
    }
    int failed = 0;
    for (const PdfSign::SignatureCheck &c : checks) {
        const QString who = c.signer.rfc.isEmpty()
            ? c.signer.name
            : c.signer.name + QStringLiteral(" (") + c.signer.rfc + QLatin1Char(')');
        const QString when = QLocale::c().toString(c.signingTime, QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
        if (!c.intact) {
            ++failed;
            io.err
                << QCoreApplication::translate("Cli", "Signature by %1 is NOT valid: %2").arg(who, c.problem)
                << '\n';
        } else if (!c.wholeFile) {
            io.out << QCoreApplication::translate("Cli",
                "Signature by %1 on %2 is valid for the signed part; the file was changed after it was "
                "signed.")
                          .arg(who, when)
                   << '\n';
        } else {
            io.out << QCoreApplication::translate(
                "Cli", "Signature by %1 on %2 is valid (certificate number %3).")
                          .arg(who, when, c.signer.serialNumber)
                   << '\n';
        }
    }
    return failed ? VerifyFailed : Ok;
}

} // namespace Testigo::Cli
