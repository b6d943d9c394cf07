// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// testigo-cli: every command runs on the same core as the window. Exit codes: 0 ok, 1 error (one
// line on stderr), 2 usage, 3 verification failed, 4 merge conflicts await a decision.

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace Testigo::Cli {

enum Exit { Ok = 0, Error = 1, Usage = 2, VerifyFailed = 3, Conflicts = 4 };

struct Args
{
    QStringList positional; // after the command name
    QMap<QString, QString> options; // --name value, or --flag -> "1"

    bool has(const QString &name) const { return options.contains(name); }
    QString value(const QString &name, const QString &fallback = QString()) const
    {
        return options.value(name, fallback);
    }
};

struct Io
{
    QTextStream &out;
    QTextStream &err;
};

// Parses argv (without the program name) and runs the command.
int run(const QStringList &arguments, Io io);

// Commands; each lives in its own file.
int cmdCreate(const Args &a, Io io);
int cmdDemo(const Args &a, Io io);
int cmdList(const Args &a, Io io);
int cmdInfo(const Args &a, Io io);
int cmdShow(const Args &a, Io io);
int cmdVerify(const Args &a, Io io);
int cmdImpact(const Args &a, Io io);
int cmdTestimony(const Args &a, Io io);
int cmdMerge(const Args &a, Io io);
int cmdReport(const Args &a, Io io);
int cmdImport(const Args &a, Io io);
int cmdExport(const Args &a, Io io);
int cmdFlags(const Args &a, Io io);
int cmdSign(const Args &a, Io io);
int cmdKeys(const Args &a, Io io);
int cmdTrust(const Args &a, Io io);
int cmdSearch(const Args &a, Io io);

// Shared helpers.
int usageError(Io io, const QString &message);
// Writes an output file whole or not at all (a regular file through a temporary one renamed at the
// end; a device or pipe directly, every write checked). False with a one-line message otherwise.
bool writeOutputFile(const QString &path, const QByteArray &bytes, QString *problem);
// An output path whose folder is missing (or that is a folder) is refused before any work is done.
bool checkOutputPath(const QString &path, QString *problem);
int error(Io io, const QString &message);

} // namespace Testigo::Cli
