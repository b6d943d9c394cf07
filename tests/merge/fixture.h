// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A small case file for merge tests, written through the store like a witness would: one agency,
// two procedures with findings, and a piece of evidence.

#include "store/casefile.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace Testigo::MergeTest {

// Inserts an entity with unset text columns as "" (the store binds a null QString as SQL NULL,
// which the NOT NULL text columns refuse).
template<class E> bool add(CaseFile &f, E &e)
{
    QVariantMap row = mappingOf<E>().toRow(e);
    for (auto it = row.begin(); it != row.end(); ++it)
        if (it.value().typeId() == QMetaType::QString && it.value().toString().isNull()
            && !it.key().endsWith(QStringLiteral("_id")) && !it.key().endsWith(QStringLiteral("_date"))
            && it.key() != QStringLiteral("participation_end"))
            it.value() = QStringLiteral("");
    if (!e.id.isEmpty())
        row.insert(QStringLiteral("id"), e.id);
    if (!f.insertRow(mappingOf<E>().table, row))
        return false;
    e = mappingOf<E>().fromRow(row);
    return true;
}

struct Ids
{
    QString agency, procedure1, procedure2, finding1, finding2, finding3, attachment;
};

inline QString attach(CaseFile &f, const QString &procedureId, const QString &name, const QByteArray &bytes)
{
    Attachment a;
    a.procedureId = procedureId;
    a.fileName = name;
    a.size = bytes.size();
    a.mediaType = QStringLiteral("application/pdf");
    a.sha256 = f.putBlob(bytes).value_or(QString());
    add(f, a);
    return a.id;
}

inline Ids buildFixture(CaseFile &f, int procedures = 2)
{
    Ids ids;
    CaseFile::Transaction tx(f);
    Agency ag;
    ag.name = QStringLiteral("Secretaría de Salud");
    ag.acronym = QStringLiteral("SSA");
    add(f, ag);
    ids.agency = ag.id;
    for (int i = 1; i <= procedures; ++i) {
        Procedure p;
        p.number = QStringLiteral("LA-012M7B997-E%1-2024").arg(i);
        p.title = QStringLiteral("Adquisición de medicamentos %1").arg(i);
        p.agencyId = ag.id;
        p.type = QStringLiteral("open_tender");
        add(f, p);
        if (i == 1)
            ids.procedure1 = p.id;
        if (i == 2)
            ids.procedure2 = p.id;
        for (int n = 1; n <= 3; ++n) {
            Finding fi;
            fi.procedureId = p.id;
            fi.number = n;
            fi.category = QStringLiteral("transparency");
            fi.description = QStringLiteral("Hallazgo %1 del procedimiento %2").arg(n).arg(i);
            add(f, fi);
            if (i == 1) {
                QString *slot[] = {&ids.finding1, &ids.finding2, &ids.finding3};
                *slot[n - 1] = fi.id;
            }
        }
        const QString a = attach(
            f, p.id, QStringLiteral("acta-%1.pdf").arg(i), QByteArray("%PDF-acta-") + QByteArray::number(i));
        if (i == 1)
            ids.attachment = a;
    }
    tx.commit();
    return ids;
}

// Two copies of the fixture edited apart: Ana (a) and Beto (b) both retitle procedure 1; Beto
// deletes finding 2 (untouched by Ana) and finding 3 (edited by Ana: a conflict), adds a finding
// and evidence, and attaches a copy of Ana's evidence (the same bytes).
struct Diverged
{
    QTemporaryDir dir;
    Ids ids;
    QString a, b;
    QString newFindingB, attachmentA, attachmentB;

    Diverged()
    {
        const QString base = dir.filePath(QStringLiteral("base.testigo"));
        {
            auto f = CaseFile::create(base).file;
            ids = buildFixture(*f);
        }
        a = dir.filePath(QStringLiteral("editor.testigo"));
        b = dir.filePath(QStringLiteral("witness.testigo"));
        QFile::copy(base, a);
        QFile::copy(base, b);
        {
            auto f = CaseFile::open(a).file;
            f->setAuthor(QStringLiteral("ana"));
            f->setField(QStringLiteral("procedure"), ids.procedure1, QStringLiteral("title"),
                QStringLiteral("Título de Ana"));
            f->setField(QStringLiteral("finding"), ids.finding1, QStringLiteral("description"),
                QStringLiteral("Ana lo precisó"));
            f->setField(QStringLiteral("finding"), ids.finding3, QStringLiteral("recommendation"),
                QStringLiteral("Ana recomienda"));
            attachmentA
                = attach(*f, ids.procedure1, QStringLiteral("ana.pdf"), QByteArrayLiteral("%PDF-ana"));
        }
        {
            auto f = CaseFile::open(b).file;
            f->setAuthor(QStringLiteral("beto"));
            f->setField(QStringLiteral("procedure"), ids.procedure1, QStringLiteral("title"),
                QStringLiteral("Título de Beto"));
            f->setField(QStringLiteral("procedure"), ids.procedure1, QStringLiteral("place"),
                QStringLiteral("Ciudad de México"));
            f->setDeleted(QStringLiteral("finding"), ids.finding2, true); // A left it alone: deleted
            f->setDeleted(QStringLiteral("finding"), ids.finding3, true); // A edited it: a conflict
            Finding extra;
            extra.procedureId = ids.procedure2;
            extra.number = 4;
            extra.description = QStringLiteral("Nuevo hallazgo de Beto");
            add(*f, extra);
            newFindingB = extra.id;
            attachmentB
                = attach(*f, ids.procedure2, QStringLiteral("beto.pdf"), QByteArrayLiteral("%PDF-beto"));
            // The same bytes as A's evidence: stored once after the merge.
            attach(*f, ids.procedure2, QStringLiteral("copia-de-ana.pdf"), QByteArrayLiteral("%PDF-ana"));
        }
    }
};

inline QByteArray sha256Of(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                                       : QByteArray();
}

// Statements run on a file behind Testigo's back (a tampered copy), separated by ';'.
inline bool rawSql(const QString &path, const QString &sql)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        for (const QString &s : sql.split(QLatin1Char(';'), Qt::SkipEmptyParts))
            ok = ok && q.exec(s);
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return ok;
}

} // namespace Testigo::MergeTest

QT_BEGIN_NAMESPACE
inline void PrintTo(const QString &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}
QT_END_NAMESPACE
