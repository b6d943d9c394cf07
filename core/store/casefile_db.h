// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The SQLite connection behind a CaseFile; private to the store's .cpp files.
#include "store/casefile.h"

#include <QHash>
#include <QMap>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <optional>

namespace Testigo {

// The statements of migration `version` (1-based), comments removed; nullopt when there is none.
std::optional<QStringList> migrationStatements(int version);
// The text a signature signs: a batch of entries, the head they end in and the state they leave.
QByteArray signatureMessage(const QString &fileId, qint64 n, qint64 firstSeq, qint64 lastSeq, const QString &headHash,
                            const QString &state, const QString &keyId, const QString &signedAt, const QString &prevSignature);

// As the store writes a value: empty foreign keys are NULL, so the foreign-key constraints hold.
QVariant storageFor(const QString &column, const QVariant &value);
// A row's data columns and tombstone as canonical JSON, the value an insertion's audit entry logs.
QString rowImage(const QString &table, const QVariantMap &row);
// The audit entry in the columns of a query from `first` on, as Db::auditColumns() selects them.
AuditEntry auditEntryFrom(const QSqlQuery &q, int first);
// A row image from its columns' canonical values (a missing column is null): rowImage's format.
QString imageFromCanonical(const QString &table, const QHash<QString, QString> &canonical);

// A row as the store reads it: integers as qint64, empty foreign keys as "" (what fromRow expects).
QVariantMap recordToMap(const QSqlQuery &q);

// A raw OCDS release as ocds_release keeps it (releasepacking.cpp): one zstd frame, and back.
// unpack reads a TEXT value (written before schema 11) as it is; nullopt when a frame is damaged.
QByteArray packReleaseJson(const QString &json);
std::optional<QString> unpackReleaseJson(const QVariant &stored);

// The open connection of a case file: for the store's own read modules, never outside core/store.
QSqlDatabase storeConnection(const CaseFile &file);

// A row's image as an import wrote it: its canonical values now, each field a later entry changed
// taken back to the old value of the first such entry (firstOld: field -> that old value).
QString importedImage(const QString &table, QHash<QString, QString> canonical,
    const QHash<QString, QString> &firstOld);

// The table name of the audit entries that end an import batch (their row_id is the batch number).
inline QString importEntryTable() { return QStringLiteral("import"); }
// One table's rows of one import batch: how many, and a SHA-256 chained over them in the order
// they were written (each link hashes the previous one with the row's id and image).
struct BatchTableDigest
{
    qint64 rows = 0;
    QByteArray chain;
    void add(const QString &id, const QString &image);
};

struct CaseFile::Db
{
    // One audited UPDATE of an entity row, the single way updateRow, adoptRow and writeMergedRow
    // write: the bookkeeping columns and the changed ones, then an audit entry per changed column.
    struct RowUpdate
    {
        const QString &table;
        const QString &id;
        const QVariantMap &current; // the row as stored before
        const QStringList &changed;
        const QVariantMap &values; // the new values of the changed columns
        QVariant modifiedAt;
        QString author;
        QString rev;
        // With no column changed, still one entry for the revision, so the chain says why it moved.
        bool logRevisionAlone = false;
    };
    // Runs inside the caller's transaction; a nested class, it reaches CaseFile's private audit.
    static bool update(CaseFile &file, const RowUpdate &u);

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
    // The import batch under way, if any (importbatch.cpp).
    struct Batch
    {
        qint64 number = 0;
        QString at; // every row of the batch is created at this instant
        int depth = 0; // the transaction depth it began in; a rollback below it ends the batch
        QMap<QString, BatchTableDigest> tables;
    };
    std::optional<Batch> batch;
    // Column affinities per table (PRAGMA table_info), for the value SQLite will really store.
    QHash<QString, QHash<QString, QChar>> affinities;
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
