// SPDX-License-Identifier: GPL-3.0-or-later
// What merges brought into a file, as the rest of the code reads it: the audit entries of a row,
// the audit trails imported from other files, and their check. Merging writes through MergeWriter.
#include "store/casefile.h"
#include "store/casefile_db.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>

namespace Testigo {

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
    // A row an import batch inserted has no entry of its own: its history starts with the image
    // the batch's entry vouches for.
    if (out.isEmpty() || out.first().field != QStringLiteral("*"))
        if (auto imported = importedRowEntry(table, rowId, out))
            out.prepend(*imported);
    return out;
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
