// SPDX-License-Identifier: GPL-3.0-or-later
// The audit log: every write's entries, each hashing the one before it.
#include "store/casefile.h"
#include "store/casefile_db.h"
#include "store/rowimage.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace Testigo {

QHash<QString, QString> rowImageFields(const QString &imageJson)
{
    QHash<QString, QString> fields;
    const QJsonObject image = QJsonDocument::fromJson(imageJson.toUtf8()).object();
    for (auto it = image.constBegin(); it != image.constEnd(); ++it) {
        const QJsonValue &v = it.value();
        if (v.isNull() || v.isUndefined())
            fields.insert(it.key(), QStringLiteral("null"));
        else if (v.isDouble())
            fields.insert(it.key(), QString::number(v.toInteger()));
        else
            fields.insert(it.key(), canonicalValue(v.toString()));
    }
    return fields;
}

AuditEntry auditEntryFrom(const QSqlQuery &q, int first)
{
    AuditEntry e;
    e.seq = q.value(first).toLongLong();
    e.at = q.value(first + 1).toString();
    e.author = q.value(first + 2).toString();
    e.table = q.value(first + 3).toString();
    e.rowId = q.value(first + 4).toString();
    e.field = q.value(first + 5).toString();
    e.oldValue = q.value(first + 6).toString();
    e.newValue = q.value(first + 7).toString();
    e.rev = q.value(first + 8).toString();
    e.prevHash = q.value(first + 9).toString();
    e.hash = q.value(first + 10).toString();
    e.stamp = q.value(first + 11).toString();
    return e;
}

bool CaseFile::appendAudit(const QString &table, const QString &rowId, const QString &field,
    const QString &oldValue, const QString &newValue, const QString &rev, const QString &stamp)
{
    AuditEntry e;
    if (!m_db->headKnown) {
        QSqlQuery head(m_db->db());
        m_db->headSeq = 0;
        m_db->headHash = QString(64, QLatin1Char('0'));
        if (head.exec(QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"))
            && head.next()) {
            m_db->headSeq = head.value(0).toLongLong();
            m_db->headHash = head.value(1).toString();
        }
        m_db->headKnown = true;
    }
    e.seq = m_db->headSeq + 1;
    e.prevHash = m_db->headHash;
    e.at = nowUtc();
    e.author = m_author;
    e.table = table;
    e.rowId = rowId;
    e.field = field;
    e.oldValue = oldValue;
    e.newValue = newValue;
    e.rev = rev;
    e.stamp = m_db->isSigned() ? stamp : QString();
    e.hash = auditEntryHash(e);
    // Entries a migration writes (before the stamp column exists) carry no stamp.
    QSqlQuery &q = m_db->prepared(e.stamp.isEmpty()
            ? QStringLiteral("INSERT INTO audit_log (seq, at, author, tbl, row_id, field, old_value, "
                             "new_value, rev, prev_hash, hash) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            : QStringLiteral("INSERT INTO audit_log (seq, at, author, tbl, row_id, field, old_value, "
                             "new_value, rev, prev_hash, hash, stamp) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QVariantList binds {
        e.seq, e.at, e.author, e.table, e.rowId, e.field, e.oldValue, e.newValue, e.rev, e.prevHash, e.hash};
    if (!e.stamp.isEmpty())
        binds << e.stamp;
    int i = 0;
    for (const QVariant &v : binds)
        q.bindValue(i++,
            v.typeId() == QMetaType::QString && v.toString().isNull() ? QVariant(QStringLiteral("")) : v);
    if (!q.exec())
        return fail(translatedSqlError(q.lastError()));
    m_db->headSeq = e.seq;
    m_db->headHash = e.hash;
    return true;
}

QString CaseFile::auditHead() const
{
    QSqlQuery q(m_db->db());
    return q.exec(QStringLiteral("SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1")) && q.next()
        ? q.value(0).toString()
        : QString(64, QLatin1Char('0'));
}

qint64 CaseFile::auditLength() const
{
    QSqlQuery q(m_db->db());
    return q.exec(QStringLiteral("SELECT count(*) FROM audit_log")) && q.next() ? q.value(0).toLongLong() : 0;
}

QList<AuditEntry> CaseFile::auditEntries(qint64 afterSeq) const
{
    QList<AuditEntry> out;
    QSqlQuery q(m_db->db());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT %1 FROM audit_log WHERE seq > ? ORDER BY seq").arg(m_db->auditColumns()));
    q.addBindValue(afterSeq);
    if (!q.exec())
        return out;
    while (q.next())
        out.append(auditEntryFrom(q, 0));
    return out;
}

} // namespace Testigo
