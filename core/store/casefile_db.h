// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The SQLite connection behind a CaseFile; private to the store's .cpp files.
#include "store/casefile.h"

#include <QSqlDatabase>

namespace Testigo {

struct CaseFile::Db
{
    QString connection;
    QSqlDatabase db() const { return QSqlDatabase::database(connection, false); }
    ~Db()
    {
        {
            QSqlDatabase d = QSqlDatabase::database(connection, false);
            if (d.isOpen())
                d.close();
        }
        QSqlDatabase::removeDatabase(connection);
    }
};

} // namespace Testigo
