// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The SQLite connection behind a CaseFile; private to the store's .cpp files.
#include "store/casefile.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace Testigo {

struct CaseFile::Db
{
    QString connection;
    QSqlDatabase db() const { return QSqlDatabase::database(connection, false); }
    // Statements the store runs at every write and read, prepared once per connection. A caller
    // reads its rows to the end (or calls finish()) before another store call can reuse it.
    QSqlQuery &prepared(const QString &sql)
    {
        auto it = cache.find(sql);
        if (it == cache.end()) {
            it = cache.insert(sql, QSqlQuery(db()));
            it->setForwardOnly(true); // rows are read once, in order
            it->prepare(sql);
        }
        return *it;
    }
    // The audit head, cached while the connection is the only writer; cleared on rollback.
    bool headKnown = false;
    qint64 headSeq = 0;
    QString headHash;
    QHash<QString, QSqlQuery> cache;
    ~Db()
    {
        cache.clear();
        {
            QSqlDatabase d = QSqlDatabase::database(connection, false);
            if (d.isOpen())
                d.close();
        }
        QSqlDatabase::removeDatabase(connection);
    }
};

} // namespace Testigo
