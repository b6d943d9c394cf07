// SPDX-License-Identifier: GPL-3.0-or-later
// The store side of merging: rows from another file keep their identity (id, created_at, rev) and
// every write still lands in this file's audit chain, so verify() holds after a merge; revision
// ancestry, the other file's audit trail, signatures and raw releases are copied alongside.
#include "store/mergewriter.h"

#include "store/casefile_db.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Testigo {

namespace {
// Copies each row of `src` into `ins` (its first `columns` values) unless `has`, bound to the
// values at `key`, finds it already here. Returns how many rows were added, or nullopt with
// `ins`'s error.
std::optional<int> copyRowsNotPresent(
    QSqlQuery &src, QSqlQuery &has, const QList<int> &key, QSqlQuery &ins, int columns)
{
    int added = 0;
    while (src.next()) {
        for (int k : key)
            has.addBindValue(src.value(k));
        if (has.exec() && has.next())
            continue;
        for (int i = 0; i < columns; ++i)
            ins.addBindValue(src.value(i));
        if (!ins.exec())
            return std::nullopt;
        added += ins.numRowsAffected() > 0 ? 1 : 0;
    }
    return added;
}
} // namespace

MergeWriter::MergeWriter(CaseFile &target)
    : m_file(target)
{ }

bool MergeWriter::importRow(const QString &table, const QVariantMap &src)
{
    CaseFile &f = m_file;
    if (f.refuseIfReadOnly())
        return false;
    if (!entityTables().contains(table))
        return f.fail(CaseFile::tr("unknown table %1").arg(table));
    CaseFile::Transaction tx(f);
    if (!tx.ok())
        return false;
    const QString id = src.value(QStringLiteral("id")).toString();
    const QString rev = src.value(QStringLiteral("rev")).toString();
    QStringList cols {QStringLiteral("id"), QStringLiteral("created_at"), QStringLiteral("modified_at"),
        QStringLiteral("author"), QStringLiteral("rev"), QStringLiteral("deleted")};
    QVariantList binds {id, src.value(QStringLiteral("created_at")), src.value(QStringLiteral("modified_at")),
        src.value(QStringLiteral("author")).toString(), rev,
        qint64(src.value(QStringLiteral("deleted")).toLongLong() ? 1 : 0)};
    for (const QString &c : dataColumns(table)) {
        if (!src.contains(c))
            continue;
        cols << c;
        binds << storageFor(c, src.value(c));
    }
    QStringList marks;
    for (int i = 0; i < cols.size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery q(f.m_db->db());
    q.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                  .arg(table, cols.join(QLatin1Char(',')), marks.join(QLatin1Char(','))));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return f.fail(CaseFile::translatedSqlError(q.lastError()));
    const auto full = f.row(table, id);
    if (!full)
        return f.fail(CaseFile::tr("the imported row could not be read back"));
    if (!f.appendAudit(table, id, QStringLiteral("*"), QStringLiteral("null"), rowImage(table, *full), rev,
            stampOf(*full))
        || !tx.commit())
        return false;
    if (f.m_listener)
        f.m_listener({RowChange::Inserted, table, id, QString()});
    return true;
}

bool MergeWriter::adoptRow(const QString &table, const QVariantMap &src)
{
    CaseFile &f = m_file;
    if (f.refuseIfReadOnly())
        return false;
    const QString id = src.value(QStringLiteral("id")).toString();
    const auto current = f.row(table, id);
    if (!current)
        return f.fail(CaseFile::tr("no such row %1 in %2").arg(id, table));
    QStringList cols = dataColumns(table);
    cols << QStringLiteral("deleted");
    QStringList changed;
    for (const QString &c : cols)
        if (canonicalValue(storageFor(c, src.value(c))) != canonicalValue(storageFor(c, current->value(c))))
            changed << c;
    CaseFile::Transaction tx(f);
    if (!tx.ok())
        return false;
    CaseFile::Db::RowUpdate u {table, id, *current, changed, src, src.value(QStringLiteral("modified_at")),
        src.value(QStringLiteral("author")).toString(), src.value(QStringLiteral("rev")).toString()};
    u.logRevisionAlone = true;
    if (!CaseFile::Db::update(f, u) || !tx.commit())
        return false;
    if (f.m_listener)
        for (const QString &c : changed)
            f.m_listener({RowChange::Updated, table, id, c});
    return true;
}

bool MergeWriter::writeMergedRow(
    const QString &table, const QString &id, const QVariantMap &values, const QString &otherParent)
{
    CaseFile &f = m_file;
    if (f.refuseIfReadOnly())
        return false;
    const auto current = f.row(table, id);
    if (!current)
        return f.fail(CaseFile::tr("no such row %1 in %2").arg(id, table));
    QStringList changed;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        if (canonicalValue(storageFor(it.key(), it.value()))
            != canonicalValue(storageFor(it.key(), current->value(it.key()))))
            changed << it.key();
    CaseFile::Transaction tx(f);
    if (!tx.ok())
        return false;
    const QString rev = CaseFile::newId();
    const QString parent = current->value(QStringLiteral("rev")).toString();
    CaseFile::Db::RowUpdate u {table, id, *current, changed, values, CaseFile::nowUtc(), f.m_author, rev};
    u.logRevisionAlone = true;
    if (!CaseFile::Db::update(f, u) || !f.recordRevision(table, id, rev, parent))
        return false;
    QSqlQuery p(f.m_db->db());
    p.prepare(QStringLiteral("INSERT OR IGNORE INTO merge_parent (rev, parent_rev) VALUES (?, ?)"));
    p.addBindValue(rev);
    p.addBindValue(otherParent);
    if (!p.exec())
        return f.fail(CaseFile::translatedSqlError(p.lastError()));
    if (!tx.commit())
        return false;
    if (f.m_listener)
        for (const QString &c : changed)
            f.m_listener({RowChange::Updated, table, id, c});
    return true;
}

QHash<QString, QStringList> MergeWriter::revisionParents(const CaseFile &f)
{
    QHash<QString, QStringList> out;
    QSqlQuery q(f.m_db->db());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT rev, parent_rev FROM revision")))
        while (q.next()) {
            auto &list = out[q.value(0).toString()];
            if (!q.value(1).isNull())
                list << q.value(1).toString();
        }
    if (q.exec(QStringLiteral("SELECT rev, parent_rev FROM merge_parent")))
        while (q.next())
            out[q.value(0).toString()] << q.value(1).toString();
    return out;
}

bool MergeWriter::importRevisions(const CaseFile &other)
{
    CaseFile &f = m_file;
    if (f.refuseIfReadOnly())
        return false;
    CaseFile::Transaction tx(f);
    QSqlQuery in(f.m_db->db());
    QSqlQuery r(other.m_db->db());
    r.setForwardOnly(true);
    if (!r.exec(QStringLiteral("SELECT rev, tbl, row_id, parent_rev FROM revision")))
        return f.fail(CaseFile::translatedSqlError(r.lastError()));
    in.prepare(
        QStringLiteral("INSERT OR IGNORE INTO revision (rev, tbl, row_id, parent_rev) VALUES (?, ?, ?, ?)"));
    while (r.next()) {
        for (int i = 0; i < 4; ++i)
            in.addBindValue(r.value(i));
        if (!in.exec())
            return f.fail(CaseFile::translatedSqlError(in.lastError()));
    }
    if (r.exec(QStringLiteral("SELECT rev, parent_rev FROM merge_parent"))) {
        in.prepare(QStringLiteral("INSERT OR IGNORE INTO merge_parent (rev, parent_rev) VALUES (?, ?)"));
        while (r.next()) {
            in.addBindValue(r.value(0));
            in.addBindValue(r.value(1));
            if (!in.exec())
                return f.fail(CaseFile::translatedSqlError(in.lastError()));
        }
    }
    return tx.commit();
}

QStringList MergeWriter::blobHashes(const CaseFile &f)
{
    QStringList out;
    QSqlQuery q(f.m_db->db());
    if (q.exec(QStringLiteral("SELECT sha256 FROM blob ORDER BY rowid")))
        while (q.next())
            out << q.value(0).toString();
    return out;
}

bool MergeWriter::importAudit(const QList<CaseFile::ImportedAudit> &entries)
{
    CaseFile &f = m_file;
    if (f.refuseIfReadOnly())
        return false;
    CaseFile::Transaction tx(f);
    QSqlQuery q(f.m_db->db());
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO imported_audit (origin_file, %1, imported_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                  .arg(f.m_db->auditColumns()));
    const QString now = CaseFile::nowUtc();
    for (const CaseFile::ImportedAudit &i : entries) {
        const AuditEntry &e = i.entry;
        for (const QVariant &v : QVariantList {i.originFile, e.seq, e.at, e.author, e.table, e.rowId, e.field,
                 e.oldValue, e.newValue, e.rev, e.prevHash, e.hash, e.stamp, now})
            q.addBindValue(v);
        if (!q.exec())
            return f.fail(CaseFile::translatedSqlError(q.lastError()));
    }
    return tx.commit();
}

int MergeWriter::importSignatures(const CaseFile &other)
{
    CaseFile &f = m_file;
    if (f.refuseIfReadOnly() || !f.m_db->isSigned() || !other.m_db->isSigned())
        return 0;
    QSqlQuery src(other.m_db->db());
    src.setForwardOnly(true);
    QSqlQuery own(f.m_db->db());
    QSqlQuery ins(f.m_db->db());
    ins.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO imported_signature (signature, origin_file, n, first_seq, last_seq, "
        "head_hash, state, key_id, signed_at, prev_signature) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    own.prepare(QStringLiteral("SELECT 1 FROM audit_signature WHERE signature = ?"));
    int added = 0;
    const QString columns
        = QStringLiteral("n, first_seq, last_seq, head_hash, state, key_id, signed_at, prev_signature");
    for (const QString &sql : {QStringLiteral("SELECT signature, '%1', %2 FROM audit_signature ORDER BY n")
                                   .arg(other.fileId(), columns),
             QStringLiteral("SELECT signature, origin_file, %1 FROM imported_signature ORDER BY rowid")
                 .arg(columns)}) {
        if (!src.exec(sql))
            continue;
        // A signature this file holds itself is a copy's shared history: not imported again.
        const std::optional<int> n = copyRowsNotPresent(src, own, {0}, ins, 10);
        if (!n) {
            f.fail(CaseFile::translatedSqlError(ins.lastError()));
            return -1;
        }
        added += *n;
    }
    return added;
}

int MergeWriter::importReleases(const CaseFile &other)
{
    CaseFile &f = m_file;
    if (f.refuseIfReadOnly())
        return -1;
    QSqlQuery src(other.m_db->db());
    src.setForwardOnly(true);
    if (!src.exec(QStringLiteral("SELECT id, ocid, release_id, sha256, retrieved_at, source, json FROM "
                                 "ocds_release ORDER BY rowid")))
        return 0;
    QSqlQuery has(f.m_db->db());
    has.prepare(QStringLiteral("SELECT 1 FROM ocds_release WHERE ocid = ? AND sha256 = ?"));
    QSqlQuery ins(f.m_db->db());
    ins.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO ocds_release (id, ocid, release_id, sha256, retrieved_at, source, json) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    const std::optional<int> added = copyRowsNotPresent(src, has, {1, 3}, ins, 7); // same ocid and SHA-256
    if (!added) {
        f.fail(CaseFile::translatedSqlError(ins.lastError()));
        return -1;
    }
    return *added;
}

} // namespace Testigo
