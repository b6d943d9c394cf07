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
        const Key key = e.table + QChar(0x1f) + e.rowId;
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

// 2. Every row of one table against the log; the rows checked leave state.expected.
void checkRows(const QSqlDatabase &db, const QString &table, LoggedState &state, VerifyResult &result)
{
    QStringList cols = dataColumns(table);
    cols << QStringLiteral("deleted");
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, %1, author, created_at, modified_at, rev FROM %2")
                    .arg(cols.join(QLatin1Char(',')), table)))
        return;
    while (q.next()) {
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
