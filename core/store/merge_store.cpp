// SPDX-License-Identifier: GPL-3.0-or-later
// Editors (H7): the store side of merging case files. Rows from another file keep their identity
// (id, created_at, rev) and every write still lands in this file's audit chain, so verify() holds
// after a merge; revision ancestry and the other file's audit trail are copied alongside.
#include "store/casefile.h"
#include "store/casefile_db.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>

namespace Testigo {

bool CaseFile::importRow(const QString &table, const QVariantMap &src)
{
    if (refuseIfReadOnly())
        return false;
    if (!entityTables().contains(table))
        return fail(tr("unknown table %1").arg(table));
    Transaction tx(*this);
    if (!tx.ok())
        return false;
    const QString id = src.value(QStringLiteral("id")).toString();
    const QString rev = src.value(QStringLiteral("rev")).toString();
    QStringList cols{QStringLiteral("id"), QStringLiteral("created_at"), QStringLiteral("modified_at"),
                     QStringLiteral("author"), QStringLiteral("rev"), QStringLiteral("deleted")};
    QVariantList binds{id, src.value(QStringLiteral("created_at")), src.value(QStringLiteral("modified_at")),
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
    QSqlQuery q(m_db->db());
    q.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(table, cols.join(QLatin1Char(',')), marks.join(QLatin1Char(','))));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return fail(translatedSqlError(q.lastError()));
    const auto full = row(table, id);
    if (!full)
        return fail(tr("the imported row could not be read back"));
    if (!appendAudit(table, id, QStringLiteral("*"), QStringLiteral("null"), rowImage(table, *full), rev,
            stampOf(*full))
        || !tx.commit())
        return false;
    if (m_listener)
        m_listener({RowChange::Inserted, table, id, QString()});
    return true;
}

bool CaseFile::adoptRow(const QString &table, const QVariantMap &src)
{
    if (refuseIfReadOnly())
        return false;
    const QString id = src.value(QStringLiteral("id")).toString();
    const auto current = row(table, id);
    if (!current)
        return fail(tr("no such row %1 in %2").arg(id, table));
    QStringList cols = dataColumns(table);
    cols << QStringLiteral("deleted");
    QStringList changed;
    for (const QString &c : cols)
        if (canonicalValue(storageFor(c, src.value(c))) != canonicalValue(storageFor(c, current->value(c))))
            changed << c;
    Transaction tx(*this);
    if (!tx.ok())
        return false;
    Db::RowUpdate u {table, id, *current, changed, src, src.value(QStringLiteral("modified_at")),
        src.value(QStringLiteral("author")).toString(), src.value(QStringLiteral("rev")).toString()};
    u.logRevisionAlone = true;
    if (!Db::update(*this, u) || !tx.commit())
        return false;
    if (m_listener)
        for (const QString &c : changed)
            m_listener({RowChange::Updated, table, id, c});
    return true;
}

bool CaseFile::writeMergedRow(const QString &table, const QString &id, const QVariantMap &values, const QString &otherParent)
{
    if (refuseIfReadOnly())
        return false;
    const auto current = row(table, id);
    if (!current)
        return fail(tr("no such row %1 in %2").arg(id, table));
    QStringList changed;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        if (canonicalValue(storageFor(it.key(), it.value()))
            != canonicalValue(storageFor(it.key(), current->value(it.key()))))
            changed << it.key();
    Transaction tx(*this);
    if (!tx.ok())
        return false;
    const QString rev = newId();
    const QString parent = current->value(QStringLiteral("rev")).toString();
    Db::RowUpdate u {table, id, *current, changed, values, nowUtc(), m_author, rev};
    u.logRevisionAlone = true;
    if (!Db::update(*this, u) || !recordRevision(table, id, rev, parent))
        return false;
    QSqlQuery p(m_db->db());
    p.prepare(QStringLiteral("INSERT OR IGNORE INTO merge_parent (rev, parent_rev) VALUES (?, ?)"));
    p.addBindValue(rev);
    p.addBindValue(otherParent);
    if (!p.exec())
        return fail(translatedSqlError(p.lastError()));
    if (!tx.commit())
        return false;
    if (m_listener)
        for (const QString &c : changed)
            m_listener({RowChange::Updated, table, id, c});
    return true;
}

QHash<QString, QStringList> CaseFile::revisionParents() const
{
    QHash<QString, QStringList> out;
    QSqlQuery q(m_db->db());
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

bool CaseFile::importRevisions(const CaseFile &other)
{
    if (refuseIfReadOnly())
        return false;
    Transaction tx(*this);
    QSqlQuery in(m_db->db());
    QSqlQuery r(other.m_db->db());
    r.setForwardOnly(true);
    if (!r.exec(QStringLiteral("SELECT rev, tbl, row_id, parent_rev FROM revision")))
        return fail(translatedSqlError(r.lastError()));
    in.prepare(QStringLiteral("INSERT OR IGNORE INTO revision (rev, tbl, row_id, parent_rev) VALUES (?, ?, ?, ?)"));
    while (r.next()) {
        for (int i = 0; i < 4; ++i)
            in.addBindValue(r.value(i));
        if (!in.exec())
            return fail(translatedSqlError(in.lastError()));
    }
    if (r.exec(QStringLiteral("SELECT rev, parent_rev FROM merge_parent"))) {
        in.prepare(QStringLiteral("INSERT OR IGNORE INTO merge_parent (rev, parent_rev) VALUES (?, ?)"));
        while (r.next()) {
            in.addBindValue(r.value(0));
            in.addBindValue(r.value(1));
            if (!in.exec())
                return fail(translatedSqlError(in.lastError()));
        }
    }
    return tx.commit();
}

QList<AuditEntry> CaseFile::auditEntriesOfRow(const QString &table, const QString &rowId) const
{
    QList<AuditEntry> out;
    QSqlQuery q(m_db->db());
    q.prepare(QStringLiteral("SELECT %1 FROM audit_log WHERE tbl = ? AND row_id = ? ORDER BY seq").arg(m_db->auditColumns()));
    q.addBindValue(table);
    q.addBindValue(rowId);
    if (q.exec())
        while (q.next())
            out.append(auditEntryFrom(q, 0));
    return out;
}

QStringList CaseFile::blobHashes() const
{
    QStringList out;
    QSqlQuery q(m_db->db());
    if (q.exec(QStringLiteral("SELECT sha256 FROM blob ORDER BY rowid")))
        while (q.next())
            out << q.value(0).toString();
    return out;
}

std::optional<QString> CaseFile::importBlob(const QByteArray &data)
{
    // Merged evidence is stored exactly like new evidence: once per SHA-256, audited.
    return putBlob(data);
}

QList<CaseFile::ImportedAudit> CaseFile::importedAudit() const
{
    QList<ImportedAudit> out;
    QSqlQuery q(m_db->db());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT origin_file, %1 FROM imported_audit ORDER BY origin_file, seq, rowid").arg(m_db->auditColumns())))
        while (q.next())
            out.append({q.value(0).toString(), auditEntryFrom(q, 1)});
    return out;
}

QSet<QString> CaseFile::knownAuditHashes() const
{
    QSet<QString> out;
    QSqlQuery q(m_db->db());
    q.setForwardOnly(true);
    for (const QString &sql : {QStringLiteral("SELECT hash FROM audit_log"), QStringLiteral("SELECT hash FROM imported_audit")})
        if (q.exec(sql))
            while (q.next())
                out.insert(q.value(0).toString());
    return out;
}

bool CaseFile::importAudit(const QList<ImportedAudit> &entries)
{
    if (refuseIfReadOnly())
        return false;
    Transaction tx(*this);
    QSqlQuery q(m_db->db());
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO imported_audit (origin_file, %1, imported_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(m_db->auditColumns()));
    const QString now = nowUtc();
    for (const ImportedAudit &i : entries) {
        const AuditEntry &e = i.entry;
        for (const QVariant &v : QVariantList{i.originFile, e.seq, e.at, e.author, e.table, e.rowId, e.field,
                                              e.oldValue, e.newValue, e.rev, e.prevHash, e.hash, e.stamp, now})
            q.addBindValue(v);
        if (!q.exec())
            return fail(translatedSqlError(q.lastError()));
    }
    return tx.commit();
}

QList<VerifyProblem> CaseFile::verifyImportedAudit() const
{
    QList<VerifyProblem> out;
    const QSet<QString> known = knownAuditHashes();
    const QString genesis(64, QLatin1Char('0'));
    for (const ImportedAudit &i : importedAudit()) {
        const AuditEntry &e = i.entry;
        if (auditEntryHash(e) != e.hash)
            out.append({e.seq, e.table, e.rowId, e.field,
                        tr("Entry %1 of the audit trail imported from %2 does not match its hash.").arg(e.seq).arg(i.originFile)});
        else if (e.prevHash != genesis && !known.contains(e.prevHash))
            out.append({e.seq, e.table, e.rowId, e.field,
                        tr("Entry %1 of the audit trail imported from %2 follows an unknown entry.").arg(e.seq).arg(i.originFile)});
    }
    return out;
}

} // namespace Testigo
