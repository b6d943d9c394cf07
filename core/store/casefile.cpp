// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/casefile.h"
#include "store/casefile_db.h"

#include <QCryptographicHash>
#include <QDir>
#include <QHash>
#include <QRegularExpression>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QUuid>

namespace Testigo {


namespace {

const QStringList kSupportTables{QStringLiteral("meta"), QStringLiteral("revision"),
                                 QStringLiteral("ocds_release"), QStringLiteral("audit_log"),
                                 QStringLiteral("blob")};

bool isEntityTable(const QString &t) { return entityTables().contains(t); }
bool isKnownTable(const QString &t) { return isEntityTable(t) || kSupportTables.contains(t) || t.startsWith(QStringLiteral("x_")); }
bool isIdentifier(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[a-z_][a-z0-9_]*$"));
    return re.match(s).hasMatch();
}
bool isForeignKey(const QString &column) { return column.endsWith(QStringLiteral("_id")); }

QString jsonString(const QString &s)
{
    QString out;
    out.reserve(s.size() + 2);
    out += QLatin1Char('"');
    for (const QChar c : s) {
        switch (c.unicode()) {
        case '"': out += QStringLiteral("\\\""); break;
        case '\\': out += QStringLiteral("\\\\"); break;
        case '\n': out += QStringLiteral("\\n"); break;
        case '\r': out += QStringLiteral("\\r"); break;
        case '\t': out += QStringLiteral("\\t"); break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += QLatin1Char('"');
    return out;
}

QVariant rowValue(const QSqlQuery &q, int i)
{
    const QVariant v = q.value(i);
    if (v.isNull())
        return QVariant();
    if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int)
        return v.toLongLong();
    return v;
}

// Runs a prepared SELECT whose one parameter, when there is one, is `bound`: every row as a map,
// none when it fails.
QList<QVariantMap> fetchRows(QSqlQuery &q, const std::optional<QVariant> &bound)
{
    QList<QVariantMap> out;
    if (bound)
        q.bindValue(0, *bound);
    if (!q.exec())
        return out;
    while (q.next())
        out.append(recordToMap(q));
    q.finish();
    return out;
}

} // namespace

QVariantMap recordToMap(const QSqlQuery &q)
{
    QVariantMap m;
    const QSqlRecord rec = q.record();
    for (int i = 0; i < rec.count(); ++i) {
        QVariant v = rowValue(q, i);
        // Foreign keys read back as "" rather than null, as the domain structs expect.
        if (v.isNull() && isForeignKey(rec.fieldName(i)))
            v = QString();
        m.insert(rec.fieldName(i), v);
    }
    return m;
}

QVariant storageFor(const QString &column, const QVariant &v)
{
    QVariant s = toStorage(v);
    if (isForeignKey(column) && s.typeId() == QMetaType::QString && s.toString().isEmpty())
        return QVariant();
    return s;
}

QString imageFromCanonical(const QString &table, const QHash<QString, QString> &canonical)
{
    QStringList cols = dataColumns(table);
    cols << QStringLiteral("deleted");
    cols.sort();
    QStringList parts;
    for (const QString &c : cols)
        parts << jsonString(c) + QLatin1Char(':') + canonical.value(c, QStringLiteral("null"));
    return QLatin1Char('{') + parts.join(QLatin1Char(',')) + QLatin1Char('}');
}

QString rowImage(const QString &table, const QVariantMap &row)
{
    QHash<QString, QString> canonical;
    for (const QString &c : dataColumns(table) + QStringList{QStringLiteral("deleted")})
        canonical.insert(c, canonicalValue(storageFor(c, row.value(c))));
    return imageFromCanonical(table, canonical);
}

QString auditEntryHash(const AuditEntry &e)
{
    QStringList fields{e.prevHash, QString::number(e.seq), e.at, e.author, e.table, e.rowId,
                       e.field, e.oldValue, e.newValue, e.rev};
    if (!e.stamp.isEmpty())
        fields << e.stamp;
    return QString::fromLatin1(QCryptographicHash::hash(fields.join(QChar(0x1f)).toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString stampOf(const QVariantMap &row)
{
    QStringList parts;
    for (const QString &c : {QStringLiteral("author"), QStringLiteral("created_at"), QStringLiteral("modified_at")})
        parts << jsonString(c) + QLatin1Char(':') + canonicalValue(row.value(c).toString());
    return QLatin1Char('{') + parts.join(QLatin1Char(',')) + QLatin1Char('}');
}

QString canonicalValue(const QVariant &v)
{
    if (v.isNull() || !v.isValid())
        return QStringLiteral("null");
    if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int || v.typeId() == QMetaType::Bool)
        return QString::number(v.toLongLong());
    return jsonString(v.toString());
}

// UUID version 7 (RFC 9562): 48 bits of Unix milliseconds, then 74 random bits. Rows written
// together get neighbouring keys, so the primary-key and foreign-key indexes grow at their end
// instead of at random pages: a large import stays fast once the file outgrows the page cache.
QString CaseFile::newId()
{
    const quint64 ms = quint64(QDateTime::currentMSecsSinceEpoch());
    const quint64 random = QRandomGenerator::system()->generate64();
    const quint16 randA = quint16(QRandomGenerator::system()->generate() & 0x0fff);
    const quint64 hi = (ms << 16) | 0x7000u | randA;
    const quint64 lo = (random & 0x3fffffffffffffffULL) | 0x8000000000000000ULL;
    QByteArray bytes(16, Qt::Uninitialized);
    for (int i = 0; i < 8; ++i) {
        bytes[i] = char(hi >> (56 - 8 * i));
        bytes[8 + i] = char(lo >> (56 - 8 * i));
    }
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}
QString CaseFile::nowUtc() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs); }

CaseFile::~CaseFile()
{
    // A closed case file is one self-contained file again (no -wal beside it), ready to copy.
    if (m_db && !m_readOnly && m_db->db().isOpen()) {
        QSqlQuery q(m_db->db());
        q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        q.exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
    }
}

QString CaseFile::translatedSqlError(const QSqlError &error)
{
    // Qt reports SQLite's primary result code; the text is SQLite's own English.
    switch (error.nativeErrorCode().toInt() & 0xff) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return tr("the case file is in use by another program, which kept it locked for more than 5 seconds; "
                  "try again when it has finished");
    case 13: // SQLITE_FULL
        return tr("the disk is full; free some space and try again");
    case 10: // SQLITE_IOERR
        return tr("the disk could not be written to or read from (it may be full, removed or failing)");
    case 8: // SQLITE_READONLY
        return tr("the case file cannot be written to (it or its folder is read-only)");
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return tr("SQLite reports the file as damaged");
    case 19: // SQLITE_CONSTRAINT
        if (error.databaseText().contains(QStringLiteral("FOREIGN KEY")))
            return tr("a record refers to another record that is not in the case file");
        return tr("the change would break a rule of the case file (%1)").arg(error.databaseText());
    default:
        break;
    }
    return error.databaseText().isEmpty() ? error.text() : error.databaseText();
}

QSqlDatabase storeConnection(const CaseFile &file) { return file.m_db->db(); }

bool CaseFile::fail(const QString &message)
{
    m_lastError = message;
    return false;
}

bool CaseFile::refuseIfReadOnly()
{
    if (!m_readOnly)
        return false;
    fail(tr("This case file is open read-only; the change was not saved."));
    return true;
}

// --- Reads ------------------------------------------------------------------------------------------

QList<QVariantMap> CaseFile::rows(const QString &table, const QString &column, const QVariant &value,
                                  bool includeDeleted) const
{
    if (!isEntityTable(table) || (!column.isEmpty() && !dataColumns(table).contains(column) && column != QStringLiteral("id")))
        return {};
    QString sql = QStringLiteral("SELECT * FROM %1 WHERE 1=1").arg(table);
    if (!includeDeleted)
        sql += QStringLiteral(" AND deleted = 0");
    if (!column.isEmpty())
        sql += QStringLiteral(" AND %1 = ?").arg(column);
    sql += QStringLiteral(" ORDER BY created_at, rowid");
    return fetchRows(m_db->prepared(sql),
        column.isEmpty() ? std::nullopt : std::optional<QVariant>(storageFor(column, value)));
}

std::optional<QVariantMap> CaseFile::row(const QString &table, const QString &id) const
{
    if (!isEntityTable(table))
        return std::nullopt;
    QSqlQuery &q = m_db->prepared(QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(table));
    q.bindValue(0, id);
    std::optional<QVariantMap> found;
    if (q.exec() && q.next())
        found = recordToMap(q);
    q.finish(); // a cached statement must not stay active
    return found;
}

qint64 CaseFile::count(const QString &table) const
{
    if (!isEntityTable(table) && table != QStringLiteral("blob"))
        return 0;
    QSqlQuery q(m_db->db());
    const QString where = table == QStringLiteral("blob") ? QString() : QStringLiteral(" WHERE deleted = 0");
    if (!q.exec(QStringLiteral("SELECT count(*) FROM %1%2").arg(table, where)) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

// --- Writes -----------------------------------------------------------------------------------------

bool CaseFile::insertStatement(const QString &table, const QVariantMap &values, const QString &id,
    const QString &now, const QString &rev, QVariantMap *stored)
{
    QStringList cols{QStringLiteral("id"), QStringLiteral("created_at"), QStringLiteral("modified_at"),
                     QStringLiteral("author"), QStringLiteral("rev"), QStringLiteral("deleted")};
    QVariantList binds{id, now, now, m_author, rev, qint64(values.value(QStringLiteral("deleted")).toBool() ? 1 : 0)};
    for (const QString &c : dataColumns(table)) {
        if (!values.contains(c))
            continue;
        cols << c;
        binds << storageFor(c, values.value(c));
    }
    QStringList marks;
    for (int i = 0; i < cols.size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery &q = m_db->prepared(
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(table, cols.join(QLatin1Char(',')), marks.join(QLatin1Char(','))));
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds[i]);
    if (!q.exec())
        return fail(translatedSqlError(q.lastError()));
    for (int i = 0; i < cols.size(); ++i)
        stored->insert(cols[i], binds[i]);
    return true;
}

bool CaseFile::insertRow(const QString &table, QVariantMap &values)
{
    if (refuseIfReadOnly())
        return false;
    if (!isEntityTable(table))
        return fail(tr("unknown table %1").arg(table));
    if (m_db->batch)
        return insertBatchRow(table, values);
    Transaction tx(*this);
    if (!tx.ok())
        return false;
    QString id = values.value(QStringLiteral("id")).toString();
    if (id.isEmpty())
        id = newId();
    const QString rev = newId();
    QVariantMap stored;
    if (!insertStatement(table, values, id, nowUtc(), rev, &stored))
        return false;
    // Read back defaults so the audit image is the row exactly as stored.
    auto full = row(table, id);
    if (!full)
        return fail(tr("the new row could not be read back"));
    if (!appendAudit(table, id, QStringLiteral("*"), QStringLiteral("null"), rowImage(table, *full), rev, stampOf(*full))
        || !recordRevision(table, id, rev, QString()) || !tx.commit())
        return false;
    values = *full;
    if (m_listener)
        m_listener({RowChange::Inserted, table, id, QString()});
    return true;
}

bool CaseFile::setField(const QString &table, const QString &id, const QString &column, const QVariant &value)
{
    return updateRow(table, id, QVariantMap{{column, value}});
}

bool CaseFile::setDeleted(const QString &table, const QString &id, bool deleted)
{
    return updateRow(table, id, QVariantMap{{QStringLiteral("deleted"), qint64(deleted ? 1 : 0)}});
}

bool CaseFile::updateRow(const QString &table, const QString &id, const QVariantMap &values)
{
    if (refuseIfReadOnly())
        return false;
    if (!isEntityTable(table))
        return fail(tr("unknown table %1").arg(table));
    const auto current = row(table, id);
    if (!current)
        return fail(tr("no such row %1 in %2").arg(id, table));
    QStringList allowed = dataColumns(table);
    allowed << QStringLiteral("deleted");
    QStringList changed;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!allowed.contains(it.key()))
            return fail(tr("unknown column %1 in %2").arg(it.key(), table));
        if (canonicalValue(storageFor(it.key(), it.value())) != canonicalValue(storageFor(it.key(), current->value(it.key()))))
            changed << it.key();
    }
    if (changed.isEmpty())
        return true;
    Transaction tx(*this);
    if (!tx.ok())
        return false;
    const QString rev = newId();
    const QString parent = current->value(QStringLiteral("rev")).toString();
    if (!Db::update(*this, {table, id, *current, changed, values, nowUtc(), m_author, rev})
        || !recordRevision(table, id, rev, parent) || !tx.commit())
        return false;
    if (m_listener)
        for (const QString &c : changed)
            m_listener({RowChange::Updated, table, id, c});
    return true;
}

bool CaseFile::Db::update(CaseFile &file, const RowUpdate &u)
{
    QStringList sets{QStringLiteral("modified_at = ?"), QStringLiteral("author = ?"), QStringLiteral("rev = ?")};
    for (const QString &c : u.changed)
        sets << c + QStringLiteral(" = ?");
    QSqlQuery q(file.m_db->db());
    q.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(u.table, sets.join(QLatin1Char(','))));
    q.addBindValue(u.modifiedAt);
    q.addBindValue(u.author);
    q.addBindValue(u.rev);
    for (const QString &c : u.changed)
        q.addBindValue(storageFor(c, u.values.value(c)));
    q.addBindValue(u.id);
    if (!q.exec())
        return file.fail(translatedSqlError(q.lastError()));
    QVariantMap after = u.current;
    after.insert(QStringLiteral("modified_at"), u.modifiedAt.toString());
    after.insert(QStringLiteral("author"), u.author);
    const QString stamp = stampOf(after);
    for (const QString &c : u.changed)
        if (!file.appendAudit(u.table, u.id, c, canonicalValue(storageFor(c, u.current.value(c))),
                canonicalValue(storageFor(c, u.values.value(c))), u.rev, stamp))
            return false;
    if (u.changed.isEmpty() && u.logRevisionAlone
        && !file.appendAudit(u.table, u.id, QStringLiteral("rev"),
            canonicalValue(u.current.value(QStringLiteral("rev"))), canonicalValue(u.rev), u.rev, stamp))
        return false;
    return true;
}

std::optional<QString> CaseFile::putBlob(const QByteArray &data)
{
    if (refuseIfReadOnly())
        return std::nullopt;
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    if (hasBlob(sha))
        return sha;
    Transaction tx(*this);
    QSqlQuery q(m_db->db());
    q.prepare(QStringLiteral("INSERT INTO blob (sha256, size, data, created_at) VALUES (?, ?, ?, ?)"));
    q.addBindValue(sha);
    q.addBindValue(qint64(data.size()));
    q.addBindValue(data);
    q.addBindValue(nowUtc());
    if (!q.exec()) {
        fail(translatedSqlError(q.lastError()));
        return std::nullopt;
    }
    const QString image = QStringLiteral("{\"size\":%1}").arg(data.size());
    if (!appendAudit(QStringLiteral("blob"), sha, QStringLiteral("*"), QStringLiteral("null"), image, QStringLiteral("")) || !tx.commit())
        return std::nullopt;
    return sha;
}

QByteArray CaseFile::blob(const QString &sha256) const
{
    QSqlQuery q(m_db->db());
    q.prepare(QStringLiteral("SELECT data FROM blob WHERE sha256 = ?"));
    q.addBindValue(sha256);
    return q.exec() && q.next() ? q.value(0).toByteArray() : QByteArray();
}

bool CaseFile::hasBlob(const QString &sha256) const
{
    QSqlQuery q(m_db->db());
    q.prepare(QStringLiteral("SELECT 1 FROM blob WHERE sha256 = ?"));
    q.addBindValue(sha256);
    return q.exec() && q.next();
}

// --- Support tables -----------------------------------------------------------------------------------

QString CaseFile::metaValue(const QString &key) const
{
    QSqlQuery q(m_db->db());
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

bool CaseFile::setMetaValue(const QString &key, const QString &value)
{
    if (refuseIfReadOnly())
        return false;
    QSqlQuery q(m_db->db());
    q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    return q.exec() || fail(translatedSqlError(q.lastError()));
}

QList<QVariantMap> CaseFile::supportRows(const QString &table, const QString &column, const QVariant &value) const
{
    if (!isKnownTable(table) || isEntityTable(table))
        return {};
    QString sql = QStringLiteral("SELECT * FROM %1").arg(table);
    if (!column.isEmpty()) {
        if (!isIdentifier(column))
            return {};
        sql += QStringLiteral(" WHERE %1 = ?").arg(column);
    }
    sql += QStringLiteral(" ORDER BY rowid");
    QList<QVariantMap> out
        = fetchRows(m_db->prepared(sql), column.isEmpty() ? std::nullopt : std::optional<QVariant>(value));
    if (table == QStringLiteral("ocds_release"))
        for (QVariantMap &row : out) // a damaged frame reads as no text; verify names it
            row.insert(QStringLiteral("json"), unpackReleaseJson(row.value(QStringLiteral("json"))).value_or(QString()));
    return out;
}

bool CaseFile::insertSupportRow(const QString &table, const QVariantMap &values)
{
    if (refuseIfReadOnly())
        return false;
    // Evidence bytes and the log only change through putBlob and the audited writes.
    if (!isKnownTable(table) || isEntityTable(table) || table == QStringLiteral("audit_log") || table == QStringLiteral("blob"))
        return fail(tr("unknown table %1").arg(table));
    QStringList cols, marks;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!isIdentifier(it.key()))
            return fail(tr("bad column name"));
        cols << it.key();
        marks << QStringLiteral("?");
    }
    QSqlQuery &q = m_db->prepared(QStringLiteral("INSERT OR REPLACE INTO %1 (%2) VALUES (%3)")
                                      .arg(table, cols.join(QLatin1Char(',')), marks.join(QLatin1Char(','))));
    int i = 0;
    const bool release = table == QStringLiteral("ocds_release");
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        q.bindValue(i++,
            release && it.key() == QStringLiteral("json") ? QVariant(packReleaseJson(it.value().toString())) : it.value());
    return q.exec() || fail(translatedSqlError(q.lastError()));
}

bool CaseFile::recordRevision(const QString &table, const QString &rowId, const QString &rev, const QString &parent)
{
    QSqlQuery &q = m_db->prepared(QStringLiteral("INSERT INTO revision (rev, tbl, row_id, parent_rev) VALUES (?, ?, ?, ?)"));
    q.bindValue(0, rev);
    q.bindValue(1, table);
    q.bindValue(2, rowId);
    q.bindValue(3, parent.isEmpty() ? QVariant() : QVariant(parent));
    return q.exec() || fail(translatedSqlError(q.lastError()));
}

QString CaseFile::parentRevision(const QString &rev) const
{
    QSqlQuery q(m_db->db());
    q.prepare(QStringLiteral("SELECT parent_rev FROM revision WHERE rev = ?"));
    q.addBindValue(rev);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

} // namespace Testigo
