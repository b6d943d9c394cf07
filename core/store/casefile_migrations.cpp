// SPDX-License-Identifier: GPL-3.0-or-later
// The schema's numbered migrations (core/store/migrations/000N_*.sql), each in its own transaction.
#include "store/casefile.h"
#include "store/casefile_db.h"
#include "store/mapping.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace Testigo {

std::optional<QStringList> migrationStatements(int version)
{
    static const QStringList scripts {QStringLiteral(":/migrations/0001_initial.sql"),
        QStringLiteral(":/migrations/0002_narrative_ocds.sql"),
        QStringLiteral(":/migrations/0003_editorial_merge.sql"),
        QStringLiteral(":/migrations/0004_ocds_flags.sql"), // OCDS
        QStringLiteral(":/migrations/0005_signing.sql"),
        QStringLiteral(":/migrations/0006_witness_profile.sql"),
        QStringLiteral(":/migrations/0007_procedure_events.sql"),
        QStringLiteral(":/migrations/0008_bilingual_texts.sql"),
        QStringLiteral(":/migrations/0009_clock_dates.sql"), QStringLiteral(":/migrations/0010_search.sql"),
        QStringLiteral(":/migrations/0011_import_batch.sql")};
    QFile f(scripts.value(version - 1));
    if (version < 1 || !f.open(QIODevice::ReadOnly))
        return std::nullopt;
    // Statements are separated by ";" at the end of a line; comments start with "--".
    QStringList out;
    bool inTrigger = false;
    const QString sql = QString::fromUtf8(f.readAll());
    for (const QString &st :
        sql.split(QRegularExpression(QStringLiteral(";[ \\t]*(\\n|$)")), Qt::SkipEmptyParts)) {
        QStringList lines;
        for (const QString &l : st.split(QLatin1Char('\n')))
            if (!l.trimmed().startsWith(QStringLiteral("--")))
                lines << l;
        const QString statement = lines.join(QLatin1Char('\n')).trimmed();
        if (statement.isEmpty())
            continue;
        // A trigger's body holds statements of its own: it runs up to its END.
        if (inTrigger)
            out.last() += QStringLiteral(";\n") + statement;
        else
            out << statement;
        inTrigger = out.last().startsWith(QStringLiteral("CREATE TRIGGER"), Qt::CaseInsensitive)
            && !out.last().endsWith(QStringLiteral("END"), Qt::CaseInsensitive);
    }
    return out;
}

namespace {

// Schema 11 keeps the raw releases zstd-compressed: those already kept are compressed in place.
// The json column is neither audited nor part of the signed state (its SHA-256 is), so nothing
// else changes. Returns the error of the statement that failed (invalid when none did).
QSqlError packReleases(QSqlDatabase &db)
{
    QSqlQuery read(db), write(db);
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT rowid, json FROM ocds_release WHERE typeof(json) = 'text'")))
        return read.lastError();
    if (!write.prepare(QStringLiteral("UPDATE ocds_release SET json = ? WHERE rowid = ?")))
        return write.lastError();
    while (read.next()) {
        write.bindValue(0, packReleaseJson(read.value(1).toString()));
        write.bindValue(1, read.value(0));
        if (!write.exec())
            return write.lastError();
    }
    return {};
}

} // namespace

bool CaseFile::runMigrations(int fromVersion, int toVersion)
{
    QSqlDatabase db = m_db->db();
    for (int v = fromVersion + 1; v <= toVersion; ++v) {
        const std::optional<QStringList> statements = migrationStatements(v);
        if (!statements)
            return fail(tr("migration %1 is missing").arg(v));
        if (!db.transaction())
            return fail(translatedSqlError(db.lastError()));
        QSqlQuery q(db);
        // Columns of the existing entity tables, to log the values a migration gives new columns.
        auto columnsNow = [&db]() {
            QHash<QString, QStringList> out;
            QSqlQuery c(db);
            for (const QString &t : entityTables())
                if (c.exec(QStringLiteral("PRAGMA table_info(%1)").arg(t)))
                    while (c.next())
                        out[t] << c.value(1).toString();
            return out;
        };
        const QHash<QString, QStringList> before = columnsNow();
        for (const QString &st : *statements) {
            if (!q.exec(st)) {
                const QString err = translatedSqlError(q.lastError());
                db.rollback();
                return fail(tr("migration %1 failed: %2").arg(v).arg(err));
            }
        }
        // The audit log records a column a migration added, so verification still matches the rows.
        const QHash<QString, QStringList> after = columnsNow();
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            if (it.value().isEmpty())
                continue;
            for (const QString &col : after.value(it.key())) {
                if (it.value().contains(col) || !dataColumns(it.key()).contains(col))
                    continue;
                QSqlQuery r(db);
                r.setForwardOnly(true);
                if (!r.exec(QStringLiteral("SELECT id, %1 FROM %2 ORDER BY rowid").arg(col, it.key()))) {
                    db.rollback();
                    return fail(translatedSqlError(r.lastError()));
                }
                while (r.next()) {
                    QVariant val = r.value(1);
                    if (val.isNull())
                        val = QVariant(); // a nullable column (a date) starts as SQL NULL, not ""
                    else if (val.typeId() == QMetaType::Int)
                        val = val.toLongLong();
                    if (!appendAudit(it.key(), r.value(0).toString(), col, QStringLiteral("null"),
                            canonicalValue(storageFor(col, val)), QStringLiteral(""))) {
                        db.rollback();
                        return false;
                    }
                }
            }
        }
        if (const QSqlError e = v == 11 ? packReleases(db) : QSqlError(); e.isValid()) {
            db.rollback();
            return fail(tr("migration %1 failed: %2").arg(v).arg(translatedSqlError(e)));
        }
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(v)) || !db.commit()) {
            const QString why = translatedSqlError(q.lastError().isValid() ? q.lastError() : db.lastError());
            db.rollback();
            return fail(tr("migration %1 could not be committed: %2").arg(v).arg(why));
        }
    }
    m_db->cache.clear(); // statements prepared against the old tables
    m_db->stampKnown = 0;
    return true;
}

int CaseFile::schemaVersion() const
{
    QSqlQuery q(m_db->db());
    return q.exec(QStringLiteral("PRAGMA user_version")) && q.next() ? q.value(0).toInt() : 0;
}

} // namespace Testigo
