// SPDX-License-Identifier: GPL-3.0-or-later
// testigo-cli demo FILE: writes the bundled demo case file (a new file; never overwrites one).
#include "cli/cli.h"
#include "demo/demo.h"
#include "store/casefile.h"

#include <QCoreApplication>
#include <QFile>

namespace Testigo::Cli {

int cmdDemo(const Args &a, Io io)
{
    if (a.positional.size() != 1)
        return usageError(io, QCoreApplication::translate("Cli", "demo needs one FILE."));
    const QString path = a.positional.first();
    auto r = CaseFile::create(path);
    if (!r.file)
        return error(io, r.message);
    r.file->setAuthor(QStringLiteral("demo"));
    if (!writeDemo(*r.file)) {
        const QString why = r.file->lastError();
        r.file.reset();
        // Leave nothing half-written behind: the file did not exist before this command.
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        return error(io, QCoreApplication::translate("Cli", "The demo could not be written: %1").arg(why));
    }
    const qint64 procedures = r.file->count(QStringLiteral("procedure"));
    io.out << QCoreApplication::translate(
        "Cli", "Wrote the demo case file %1 with %n procedure(s).", nullptr, int(procedures))
                  .arg(path)
           << '\n';
    return Ok;
}

} // namespace Testigo::Cli
