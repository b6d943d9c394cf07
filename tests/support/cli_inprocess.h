// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// testigo-cli's commands run in the test's own process (Cli::run), with what they print, and the
// SHA-256 of a file to show that a command left it byte-for-byte as it was.

#include "cli/cli.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTextStream>

namespace Testigo::TestSupport {

struct CliRun
{
    int code = -1;
    QString out, err;
};

inline CliRun cli(const QStringList &args)
{
    CliRun r;
    QTextStream out(&r.out), err(&r.err);
    r.code = Cli::run(args, {out, err});
    out.flush();
    err.flush();
    return r;
}

// Empty when the file cannot be read.
inline QByteArray sha(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                                       : QByteArray();
}

} // namespace Testigo::TestSupport
