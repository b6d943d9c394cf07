// SPDX-License-Identifier: GPL-3.0-or-later
// Output files of the commands: written whole or not at all, every failure named in one line.
#include "cli/cli.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace Testigo::Cli {

namespace {

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// A device or a pipe (/dev/stdout, /dev/full) is written directly: each write is checked, since a
// full device only tells at the write itself.
bool writeDirectly(const QString &path, const QByteArray &bytes, QString *problem)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        *problem = QCoreApplication::translate("Cli", "“%1” could not be written: %2")
                       .arg(shown(path), f.errorString());
        return false;
    }
    qint64 done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(f.handle(), bytes.constData() + done, size_t(bytes.size() - done));
        if (n <= 0) {
            const bool full = errno == ENOSPC;
            *problem = QCoreApplication::translate("Cli", "“%1” could not be written: %2")
                           .arg(shown(path),
                               full ? QCoreApplication::translate("Cli", "the disk or device is full")
                                    : QString::fromLocal8Bit(std::strerror(errno)));
            return false;
        }
        done += n;
    }
    return true;
}

} // namespace

bool checkOutputPath(const QString &path, QString *problem)
{
    const QFileInfo info(path);
    if (!QFileInfo(info.absolutePath()).isDir()) {
        *problem
            = QCoreApplication::translate("Cli", "“%1” could not be written: the folder “%2” does not exist.")
                  .arg(shown(path), shown(info.absolutePath()));
        return false;
    }
    if (info.isDir()) {
        *problem = QCoreApplication::translate("Cli", "“%1” could not be written: it is a folder.")
                       .arg(shown(path));
        return false;
    }
    return true;
}

bool writeOutputFile(const QString &path, const QByteArray &bytes, QString *problem)
{
    if (!checkOutputPath(path, problem))
        return false;
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return writeDirectly(path, bytes, problem);
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly)) {
        *problem = QCoreApplication::translate("Cli", "“%1” could not be written: %2")
                       .arg(shown(path), out.errorString());
        return false;
    }
    if (out.write(bytes) != bytes.size() || !out.commit()) {
        // QSaveFile says "Unknown error" for a full disk: name the likely cause instead.
        *problem = QCoreApplication::translate(
            "Cli", "“%1” could not be written: the disk is full or cannot be written to.")
                       .arg(shown(path));
        return false;
    }
    return true;
}

} // namespace Testigo::Cli
