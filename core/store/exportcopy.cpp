// SPDX-License-Identifier: GPL-3.0-or-later
// Export a copy with SQLite's VACUUM INTO (works on read-only files too).
#include "store/exportcopy.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace Testigo {

bool exportCaseFileCopy(const CaseFile &file, const QString &path, QString *error)
{
    auto failWith = [error](const QString &m) {
        if (error)
            *error = m;
        return false;
    };
    if (QFile::exists(path))
        return failWith(QCoreApplication::translate("CaseFile", "“%1” already exists.").arg(QDir::toNativeSeparators(path)));
    // The file's own connection (named "testigo-N", opened on its path).
    const QString source = QFileInfo(file.path()).absoluteFilePath();
    for (const QString &name : QSqlDatabase::connectionNames()) {
        if (!name.startsWith(QStringLiteral("testigo-")) || name.endsWith(QStringLiteral("-probe")))
            continue;
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (!db.isOpen() || QFileInfo(db.databaseName()).absoluteFilePath() != source)
            continue;
        QSqlQuery q(db);
        q.prepare(QStringLiteral("VACUUM INTO ?"));
        q.addBindValue(QFileInfo(path).absoluteFilePath());
        if (!q.exec())
            return failWith(q.lastError().text());
        return true;
    }
    return failWith(QCoreApplication::translate("CaseFile", "The case file is not open."));
}

} // namespace Testigo
