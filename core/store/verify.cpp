// SPDX-License-Identifier: GPL-3.0-or-later
// Verification of a case file: SQLite's integrity check, the audit chain (each entry hashes the
// previous one), and the current rows against what the log says they should be, which is how an
// edit made outside Testigo (with the sqlite3 shell, say) is caught.
#include "store/casefile.h"
#include "store/casefile_db.h"
#include "store/rowimage.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>

namespace Testigo {

namespace {

// A column whose value differs from what the log last wrote to it.
VerifyProblem changedOutside(qint64 lastSeq, const QString &table, const QString &id, const QString &column)
{
    return {lastSeq, table, id, column,
        CaseFile::tr("Field “%1” of a row of “%2” (%3) was changed outside Testigo; "
                     "the last logged change is entry %4.")
            .arg(column, table, id)
            .arg(lastSeq)};
}

// author, created_at, modified_at and rev of a row against its last stamped entry (schema 5 on).
void checkBookkeeping(VerifyResult &result, const QString &table, const QString &id, const QSqlQuery &q, int first,
                      const AuditEntry &last)
{
    if (last.stamp.isEmpty())
        return;
    QVariantMap row;
    const QStringList names{QStringLiteral("author"), QStringLiteral("created_at"), QStringLiteral("modified_at"), QStringLiteral("rev")};
    for (int i = 0; i < names.size(); ++i)
        row.insert(names[i], q.value(first + i).toString());
    const QJsonObject stamp = QJsonDocument::fromJson(last.stamp.toUtf8()).object();
    QStringList wrong;
    for (const QString &c : names.mid(0, 3))
        if (stamp.value(c).toString() != row.value(c).toString())
            wrong << c;
    if (row.value(QStringLiteral("rev")).toString() != last.rev)
        wrong << QStringLiteral("rev");
    for (const QString &c : wrong)
        result.problems.append(changedOutside(last.seq, table, id, c));
}

using Key = QString; // table \x1f row id

// What the audit log says the file holds, replayed entry by entry.
struct LoggedState
{
    QHash<Key, QHash<QString, QString>> expected; // field -> canonical value
    QHash<Key, qint64> lastSeq;
    QHash<Key, AuditEntry> lastStamped; // the row's bookkeeping columns after its last logged write
    // Import batches: their entries by batch number, the digests recomputed from the rows, and the
    // first logged old value of each field of a row that has no entry of its own creation (a row
    // an import inserted: that old value is what the import wrote).
    QMap<QString, AuditEntry> imports;
    QMap<QString, QMap<QString, BatchTableDigest>> recomputed; // batch -> table -> digest
    QHash<Key, QHash<QString, QString>> firstOld;
};

// 1. The chain: each entry hashes the one before it; the first that does not is reported.
LoggedState replayChain(const QList<AuditEntry> &entries, VerifyResult &result)
{
    LoggedState state;
    QString prev(64, QLatin1Char('0'));
    qint64 expectedSeq = 1;
    bool chainBroken = false;
    for (const AuditEntry &e : entries) {
        if (!chainBroken && (e.seq != expectedSeq || e.prevHash != prev || auditEntryHash(e) != e.hash)) {
            result.problems.append({e.seq, e.table, e.rowId, e.field,
                CaseFile::tr("Audit entry %1 does not match its hash: the log was altered.").arg(e.seq)});
            chainBroken = true;
        }
        prev = e.hash;
        ++expectedSeq;
        if (e.table == importEntryTable()) {
            state.imports.insert(e.rowId, e);
            continue;
        }
        const Key key = e.table + QChar(0x1f) + e.rowId;
        if (e.field != QStringLiteral("*") && (!state.expected.contains(key) || state.firstOld.contains(key))) {
            QHash<QString, QString> &old = state.firstOld[key];
            if (!old.contains(e.field))
                old.insert(e.field, e.oldValue);
        }
        state.lastSeq[key] = e.seq;
        if (!e.stamp.isEmpty())
            state.lastStamped.insert(key, e);
        if (e.field == QStringLiteral("*")) {
            state.expected[key].insert(rowImageFields(e.newValue));
        } else {
            state.expected[key].insert(e.field, e.newValue);
        }
    }
    return state;
}

// A row an import inserted and nothing has changed since: its bookkeeping against the batch's entry.
void checkImportedBookkeeping(VerifyResult &result, const QString &table, const QString &id, const QSqlQuery &q,
    int first, const AuditEntry &import)
{
    const QJsonObject stamp = QJsonDocument::fromJson(import.stamp.toUtf8()).object();
    const QStringList names {QStringLiteral("author"), QStringLiteral("created_at"), QStringLiteral("modified_at")};
    for (int i = 0; i < names.size(); ++i)
        if (q.value(first + i).toString() != stamp.value(names[i]).toString())
            result.problems.append(changedOutside(import.seq, table, id, names[i]));
    if (q.value(first + 3).toString() != id) // a row's revision at its import is its id
        result.problems.append(changedOutside(import.seq, table, id, QStringLiteral("rev")));
}

// A row an import inserted: its image as the import wrote it joins its batch's digest; the fields
// changed since are checked against their last entries.
void checkImportedRow(const QString &table, const QStringList &cols, const QSqlQuery &q, LoggedState &state,
    VerifyResult &result)
{
    const QString id = q.value(0).toString();
    const Key key = table + QChar(0x1f) + id;
    const int bookkeeping = int(cols.size()) + 1;
    const QString batch = q.value(bookkeeping + 4).toString();
    QHash<QString, QString> canonical;
    for (int i = 0; i < cols.size(); ++i) {
        QVariant v = q.value(i + 1);
        if (v.typeId() == QMetaType::Int)
            v = v.toLongLong();
        canonical.insert(cols[i], canonicalValue(v));
    }
    const auto edited = state.expected.constFind(key);
    if (edited == state.expected.constEnd()) {
        if (const auto import = state.imports.constFind(batch); import != state.imports.constEnd())
            checkImportedBookkeeping(result, table, id, q, bookkeeping, *import);
    } else {
        for (auto f = edited->cbegin(); f != edited->cend(); ++f)
            if (canonical.contains(f.key()) && canonical.value(f.key()) != f.value())
                result.problems.append(changedOutside(state.lastSeq.value(key), table, id, f.key()));
        checkBookkeeping(result, table, id, q, bookkeeping, state.lastStamped.value(key));
        state.expected.remove(key);
    }
    state.recomputed[batch][table].add(id, importedImage(table, canonical, state.firstOld.value(key)));
}

// 2. Every row of one table against the log; the rows checked leave state.expected.
void checkRows(const QSqlDatabase &db, const QString &table, LoggedState &state, VerifyResult &result)
{
    QStringList cols = dataColumns(table);
    cols << QStringLiteral("deleted");
    QSqlQuery q(db);
    q.setForwardOnly(true);
    QStringList selected;
    for (const QString &c : cols)
        selected << QStringLiteral("t.") + c;
    // Rowid order is the order an import wrote its rows in, which its digests follow.
    if (!q.exec(QStringLiteral("SELECT t.id, %1, t.author, t.created_at, t.modified_at, t.rev, ir.batch "
                               "FROM %2 t LEFT JOIN import_row ir ON ir.tbl = '%2' AND ir.row_id = t.id "
                               "ORDER BY t.rowid")
                    .arg(selected.join(QLatin1Char(',')), table)))
        return;
    const int batchColumn = int(cols.size()) + 5;
    while (q.next()) {
        if (!q.value(batchColumn).isNull()) {
            checkImportedRow(table, cols, q, state, result);
            continue;
        }
        const QString id = q.value(0).toString();
        const Key key = table + QChar(0x1f) + id;
        const auto it = state.expected.constFind(key);
        if (it == state.expected.constEnd()) {
            result.problems.append({0, table, id, QString(),
                CaseFile::tr("A row of “%1” (%2) was added outside Testigo.").arg(table, id)});
            continue;
        }
        for (int i = 0; i < cols.size(); ++i) {
            QVariant v = q.value(i + 1);
            if (v.typeId() == QMetaType::Int)
                v = v.toLongLong();
            if (canonicalValue(v) != it->value(cols[i], QStringLiteral("null")))
                result.problems.append(changedOutside(state.lastSeq.value(key), table, id, cols[i]));
        }
        checkBookkeeping(result, table, id, q, int(cols.size()) + 1, state.lastStamped.value(key));
        state.expected.remove(key);
    }
}

// 2b. Each import batch's digests against the ones recomputed from its rows.
void checkImportBatches(const LoggedState &state, VerifyResult &result)
{
    for (auto it = state.imports.cbegin(); it != state.imports.cend(); ++it) {
        const QJsonObject tables = QJsonDocument::fromJson(it->newValue.toUtf8())
                                       .object()
                                       .value(QStringLiteral("tables"))
                                       .toObject();
        const QMap<QString, BatchTableDigest> found = state.recomputed.value(it.key());
        QStringList names = tables.keys() + found.keys();
        names.removeDuplicates();
        for (const QString &table : names) {
            const QJsonObject logged = tables.value(table).toObject();
            const BatchTableDigest d = found.value(table);
            if (logged.value(QStringLiteral("digest")).toString() == QString::fromLatin1(d.chain.toHex())
                && logged.value(QStringLiteral("rows")).toInteger() == d.rows)
                continue;
            result.problems.append({it->seq, table, QString(), QString(),
                CaseFile::tr("The rows of “%1” that import %2 wrote (audit entry %3) no longer match its digest: "
                             "%4 were written, %5 are left, and they were changed, added or removed outside Testigo.")
                    .arg(table, it.key())
                    .arg(it->seq)
                    .arg(logged.value(QStringLiteral("rows")).toInteger())
                    .arg(d.rows)});
        }
    }
    for (auto it = state.recomputed.cbegin(); it != state.recomputed.cend(); ++it)
        if (!state.imports.contains(it.key()))
            for (auto t = it->cbegin(); t != it->cend(); ++t)
                result.problems.append({0, t.key(), QString(), QString(),
                    CaseFile::tr("%1 rows of “%2” claim to come from import %3, which the audit log does not have: "
                                 "they were added outside Testigo.")
                        .arg(t->rows)
                        .arg(t.key(), it.key())});
}

// 3. Evidence bytes still hash to their names.
void checkBlobs(const QSqlDatabase &db, LoggedState &state, VerifyResult &result)
{
    QSqlQuery b(db);
    b.setForwardOnly(true);
    if (!b.exec(QStringLiteral("SELECT sha256, data FROM blob")))
        return;
    while (b.next()) {
        const QString sha = b.value(0).toString();
        const QString actual = QString::fromLatin1(
            QCryptographicHash::hash(b.value(1).toByteArray(), QCryptographicHash::Sha256).toHex());
        if (actual != sha)
            result.problems.append({0, QStringLiteral("blob"), sha, QString(),
                CaseFile::tr("Evidence file %1 no longer matches its SHA-256.").arg(sha.left(12))});
        state.expected.remove(QStringLiteral("blob") + QChar(0x1f) + sha);
    }
}

// 4. Rows the log knows about but the file no longer has.
void reportRemovedRows(const LoggedState &state, VerifyResult &result)
{
    for (auto it = state.expected.constBegin(); it != state.expected.constEnd(); ++it) {
        const QStringList parts = it.key().split(QChar(0x1f));
        result.problems.append({state.lastSeq.value(it.key()), parts.value(0), parts.value(1), QString(),
            CaseFile::tr("A row of “%1” (%2) was removed outside Testigo.")
                .arg(parts.value(0), parts.value(1))});
    }
}

} // namespace

VerifyResult CaseFile::verify() const
{
    VerifyResult result;
    QSqlDatabase db = m_db->db();
    {
        QSqlQuery q(db);
        result.integrityOk = q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next()
            && q.value(0).toString() == QStringLiteral("ok");
        if (!result.integrityOk)
            result.problems.append(
                {0, QString(), QString(), QString(), tr("SQLite reports the file as damaged.")});
    }
    LoggedState state = replayChain(auditEntries(0), result);
    for (const QString &table : entityTables())
        checkRows(db, table, state, result);
    checkImportBatches(state, result);
    checkBlobs(db, state, result);
    reportRemovedRows(state, result);
    verifyReleases(result);
    result.problems += verifyImportedAudit();
    verifySchema(result);
    verifySignatures(result);
    std::stable_sort(result.problems.begin(), result.problems.end(),
              [](const VerifyProblem &a, const VerifyProblem &b) { return a.seq < b.seq; });
    return result;
}

} // namespace Testigo
