// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The SQLite connection behind a CaseFile; private to the store's .cpp files.
#include "store/casefile.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <optional>

namespace Testigo {

// The statements of migration `version` (1-based), comments removed; nullopt when there is none.
std::optional<QStringList> migrationStatements(int version);
// The text a signature signs: a batch of entries, the head they end in and the state they leave.
QByteArray signatureMessage(const QString &fileId, qint64 n, qint64 firstSeq, qint64 lastSeq, const QString &headHash,
                            const QString &state, const QString &keyId, const QString &signedAt, const QString &prevSignature);

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
    // The columns of an audit entry as selected from audit_log or imported_audit; files older than
    // schema 5 (opened read-only, not upgraded) have no stamp column.
    QString auditColumns()
    {
        return QStringLiteral("seq, at, author, tbl, row_id, field, old_value, new_value, rev, prev_hash, hash, %1")
            .arg(isSigned() ? QStringLiteral("stamp") : QStringLiteral("'' AS stamp"));
    }
    // Schema 5 or later: entries carry stamps and transactions are signed.
    bool isSigned()
    {
        if (stampKnown == 0) {
            QSqlQuery q(db());
            stampKnown = q.exec(QStringLiteral("SELECT stamp FROM audit_log LIMIT 0")) ? 1 : 2;
        }
        return stampKnown == 1;
    }
    int stampKnown = 0; // 0 unknown, 1 present, 2 absent
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
