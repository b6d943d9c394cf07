// SPDX-License-Identifier: GPL-3.0-or-later
// An import as one audited operation. Its inserts go in without an audit entry each (which made
// an import of 250,000 procedures four statements a row and the case file three times its data);
// the entry that ends the batch names the sources and carries a digest per table of the rows
// written, which verify recomputes from the rows themselves.
#include "store/casefile.h"
#include "store/casefile_db.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace Testigo {

namespace {

// SQLite's column affinity from a declared type (https://sqlite.org/datatype3.html, 3.1).
QChar affinityOf(const QString &declared)
{
    const QString t = declared.toUpper();
    if (t.contains(QLatin1String("INT")))
        return QLatin1Char('i');
    if (t.contains(QLatin1String("CHAR")) || t.contains(QLatin1String("CLOB"))
        || t.contains(QLatin1String("TEXT")))
        return QLatin1Char('t');
    if (t.isEmpty() || t.contains(QLatin1String("BLOB")))
        return QLatin1Char('b');
    return QLatin1Char('n');
}

// The value SQLite stores for `v` in a column of that affinity, as canonical text: what verify
// will read back, without reading it back.
QString storedCanonical(QChar affinity, const QVariant &v)
{
    if (affinity == QLatin1Char('t') && v.typeId() == QMetaType::LongLong)
        return canonicalValue(QString::number(v.toLongLong()));
    if ((affinity == QLatin1Char('i') || affinity == QLatin1Char('n')) && v.typeId() == QMetaType::QString) {
        static const QRegularExpression integer(QStringLiteral("^[+-]?[0-9]{1,18}$"));
        if (integer.match(v.toString()).hasMatch())
            return canonicalValue(v.toString().toLongLong());
    }
    return canonicalValue(v);
}

} // namespace

void BatchTableDigest::add(const QString &id, const QString &image)
{
    ++rows;
    chain = QCryptographicHash::hash(chain + (id + QChar(0x1f) + image).toUtf8(), QCryptographicHash::Sha256);
}

QString importedImage(const QString &table, QHash<QString, QString> canonical,
    const QHash<QString, QString> &firstOld)
{
    for (auto f = firstOld.cbegin(); f != firstOld.cend(); ++f)
        if (canonical.contains(f.key())) // data columns only ("rev" entries are not part of it)
            canonical.insert(f.key(), f.value());
    return imageFromCanonical(table, canonical);
}

bool CaseFile::inImportBatch() const
{
    return m_db->batch.has_value();
}

bool CaseFile::beginImportBatch()
{
    if (refuseIfReadOnly())
        return false;
    if (m_txDepth == 0 || m_db->batch)
        return fail(tr("an import batch needs a transaction of its own"));
    QSqlQuery q(m_db->db());
    q.prepare(QStringLiteral("SELECT max(CAST(row_id AS INTEGER)) FROM audit_log WHERE tbl = ?"));
    q.addBindValue(importEntryTable());
    if (!q.exec() || !q.next())
        return fail(translatedSqlError(q.lastError()));
    m_db->batch = Db::Batch {q.value(0).toLongLong() + 1, nowUtc(), m_txDepth, {}};
    return true;
}

bool CaseFile::insertBatchRow(const QString &table, QVariantMap &values)
{
    Db::Batch &batch = *m_db->batch;
    QString id = values.value(QStringLiteral("id")).toString();
    if (id.isEmpty())
        id = newId();
    // The revision a row has at its import is its own id: unique, and nothing more to store.
    QVariantMap stored;
    if (!insertStatement(table, values, id, batch.at, id, &stored))
        return false;
    QSqlQuery &q
        = m_db->prepared(QStringLiteral("INSERT INTO import_row (batch, tbl, row_id) VALUES (?, ?, ?)"));
    q.bindValue(0, batch.number);
    q.bindValue(1, table);
    q.bindValue(2, id);
    if (!q.exec())
        return fail(translatedSqlError(q.lastError()));
    // The image from the bound values, as SQLite's column affinities will have stored them.
    QHash<QString, QChar> &affinity = m_db->affinities[table];
    if (affinity.isEmpty()) {
        QSqlQuery info(m_db->db());
        if (info.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table)))
            while (info.next())
                affinity.insert(info.value(1).toString(), affinityOf(info.value(2).toString()));
    }
    QHash<QString, QString> canonical;
    QStringList columns = dataColumns(table);
    columns << QStringLiteral("deleted");
    for (const QString &c : columns) {
        if (!stored.contains(c)) {
            // A column left to its default: read the row back for this one image.
            const auto full = row(table, id);
            if (!full)
                return fail(tr("the new row could not be read back"));
            stored = *full;
        }
        canonical.insert(c, storedCanonical(affinity.value(c), stored.value(c)));
    }
    batch.tables[table].add(id, imageFromCanonical(table, canonical));
    for (const QString &c : columns)
        if (stored.value(c).isNull() && c.endsWith(QLatin1String("_id")))
            stored.insert(c, QString()); // as a read-back gives foreign keys
    values = stored;
    if (m_listener)
        m_listener({RowChange::Inserted, table, id, QString()});
    return true;
}

bool CaseFile::endImportBatch(const QList<ImportSource> &sources)
{
    if (!m_db->batch)
        return fail(tr("no import batch is under way"));
    const Db::Batch batch = *m_db->batch;
    m_db->batch.reset();
    if (batch.tables.isEmpty())
        return true; // nothing inserted: the updates, if any, are audited one by one
    QJsonArray files;
    for (const ImportSource &s : sources)
        files.append(QJsonObject {{QStringLiteral("file"), s.name}, {QStringLiteral("sha256"), s.sha256},
            {QStringLiteral("bytes"), s.bytes}});
    QJsonObject tables;
    for (auto it = batch.tables.cbegin(); it != batch.tables.cend(); ++it)
        tables.insert(it.key(),
            QJsonObject {{QStringLiteral("rows"), it->rows},
                {QStringLiteral("digest"), QString::fromLatin1(it->chain.toHex())}});
    const QString value = QString::fromUtf8(QJsonDocument(
        QJsonObject {{QStringLiteral("sources"), files},
            {QStringLiteral("tables"), tables}}).toJson(QJsonDocument::Compact));
    const QVariantMap stamp {{QStringLiteral("author"), m_author}, {QStringLiteral("created_at"), batch.at},
        {QStringLiteral("modified_at"), batch.at}};
    return appendAudit(importEntryTable(), QString::number(batch.number), QStringLiteral("rows"),
        QStringLiteral("null"), value, QString(), stampOf(stamp));
}

std::optional<AuditEntry> CaseFile::importedRowEntry(
    const QString &table, const QString &rowId, const QList<AuditEntry> &later) const
{
    QSqlQuery q(m_db->db());
    q.prepare(QStringLiteral("SELECT batch FROM import_row WHERE tbl = ? AND row_id = ?"));
    q.addBindValue(table);
    q.addBindValue(rowId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    const QString batch = q.value(0).toString();
    q.finish();
    q.prepare(
        QStringLiteral("SELECT %1 FROM audit_log WHERE tbl = ? AND row_id = ?").arg(m_db->auditColumns()));
    q.addBindValue(importEntryTable());
    q.addBindValue(batch);
    const auto current = this->row(table, rowId);
    if (!current || !q.exec())
        return std::nullopt;
    AuditEntry e;
    if (q.next()) {
        e = auditEntryFrom(q, 0);
    } else if (m_db->batch && QString::number(m_db->batch->number) == batch) {
        e.at = m_db->batch->at; // the batch under way, whose entry is written at its end
        e.author = m_author;
    } else {
        return std::nullopt;
    }
    // The row as the import wrote it: its values now, less what later entries changed.
    QHash<QString, QString> canonical;
    for (const QString &c : dataColumns(table) + QStringList {QStringLiteral("deleted")})
        canonical.insert(c, canonicalValue(storageFor(c, current->value(c))));
    QHash<QString, QString> firstOld;
    for (const AuditEntry &l : later)
        if (!firstOld.contains(l.field))
            firstOld.insert(l.field, l.oldValue);
    e.table = table;
    e.rowId = rowId;
    e.field = QStringLiteral("*");
    e.oldValue = QStringLiteral("null");
    e.newValue = importedImage(table, canonical, firstOld);
    e.rev = rowId; // its revision at the import
    return e;
}

} // namespace Testigo
