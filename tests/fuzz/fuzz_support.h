// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared by the libFuzzer harnesses: one QCoreApplication for the process, a private scratch
// folder, Qt's chatter silenced (a fatal message still aborts, so libFuzzer reports it), and the
// checks every harness makes of Testigo's promises: a command never fails without saying why.

#include "cli/cli.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QStandardPaths>
#include <QString>
#include <QTemporaryDir>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace Testigo::Fuzz {

// Initialises Qt once (call from LLVMFuzzerInitialize).
inline void init(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    QCoreApplication::setApplicationName(QStringLiteral("testigo-fuzz"));
    QStandardPaths::setTestModeEnabled(true); // never read or write the user's own data
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
        if (type == QtFatalMsg) {
            std::fprintf(stderr, "qFatal: %s\n", qPrintable(message));
            std::abort();
        }
    });
}

// A path in the process's scratch folder; whatever a previous input left under that name (the file,
// its -wal, -shm and -journal) is removed first, so every input starts from the same state.
inline QString scratch(const QString &name)
{
    static QTemporaryDir dir;
    const QString path = dir.path() + QLatin1Char('/') + name;
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
    return path;
}

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

inline void writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        std::abort(); // the harness itself is broken, not Testigo
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A broken promise found by a harness: reported like a crash, so libFuzzer keeps the input.
[[noreturn]] inline void broken(const char *promise, const QString &detail = QString())
{
    std::fprintf(stderr, "Broken promise: %s\n%s\n", promise, qPrintable(detail));
    std::abort();
}

struct CliRun
{
    int exit = 0;
    QString out, err;
};

// Runs a testigo-cli command in-process. Whatever the input, the command ends with a known exit
// code, and one that is not 0 says why on stderr (usage errors cannot happen: the arguments are ours).
inline CliRun cli(const QStringList &arguments)
{
    CliRun r;
    {
        QTextStream out(&r.out), err(&r.err);
        r.exit = Cli::run(arguments, {out, err});
    }
    if (r.exit != Cli::Ok && r.exit != Cli::Error && r.exit != Cli::VerifyFailed && r.exit != Cli::Conflicts)
        broken("testigo-cli ends with a documented exit code",
            arguments.join(QLatin1Char(' ')) + QLatin1Char('\n') + r.err);
    if (r.exit != Cli::Ok && r.err.trimmed().isEmpty())
        broken("a failing command says why", arguments.join(QLatin1Char(' ')));
    return r;
}

} // namespace Testigo::Fuzz
