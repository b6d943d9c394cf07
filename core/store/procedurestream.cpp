// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/procedurestream.h"

#include "store/casefile_db.h"

#include <QSqlQuery>

namespace Testigo {

namespace {
const QString kKey = QStringLiteral("stream_procedure"); // the owning procedure, first column
}

// One ordered query and the row it stands on.
struct ProcedureStream::Cursor
{
    QString table;
    QSqlQuery query;
    bool onRow = false;
    QString procedureId() const { return query.value(0).toString(); }
    void advance() { onRow = query.next(); }
    QVariantMap row() const
    {
        QVariantMap r = recordToMap(query);
        r.remove(kKey);
        return r;
    }
};

ProcedureStream::ProcedureStream(const CaseFile &file, const QList<Child> &children)
{
    const QString order = QStringLiteral("p.created_at, p.rowid");
    auto open = [&](const QString &table, const QString &sql) {
        auto c = std::make_unique<Cursor>();
        c->table = table;
        c->query = QSqlQuery(storeConnection(file));
        c->query.setForwardOnly(true);
        c->onRow = c->query.exec(sql) && c->query.next();
        return c;
    };
    m_procedures = open(QStringLiteral("procedure"),
        QStringLiteral("SELECT p.id AS %1, p.* FROM procedure p WHERE p.deleted = 0 ORDER BY %2")
            .arg(kKey, order));
    for (const Child &child : children) {
        if (!entityTables().contains(child.table))
            continue;
        QString sql;
        if (child.via == Via::Procedure) {
            sql = QStringLiteral("SELECT p.id AS %1, c.* FROM %2 c JOIN procedure p ON p.id = c.procedure_id "
                                 "WHERE c.deleted = 0 AND p.deleted = 0 ORDER BY %3, c.created_at, c.rowid")
                      .arg(kKey, child.table, order);
        } else {
            const QString parent = child.via == Via::Lot ? QStringLiteral("lot") : QStringLiteral("contract");
            sql = QStringLiteral("SELECT p.id AS %1, c.* FROM %2 c JOIN %4 m ON m.id = c.%4_id "
                                 "JOIN procedure p ON p.id = m.procedure_id "
                                 "WHERE c.deleted = 0 AND m.deleted = 0 AND p.deleted = 0 "
                                 "ORDER BY %3, m.created_at, m.rowid, c.created_at, c.rowid")
                      .arg(kKey, child.table, order, parent);
        }
        m_children.push_back(open(child.table, sql));
    }
}

ProcedureStream::~ProcedureStream() = default;

bool ProcedureStream::next(QVariantMap *procedure, QHash<QString, QList<QVariantMap>> *children)
{
    if (!m_procedures->onRow)
        return false;
    const QString id = m_procedures->procedureId();
    *procedure = m_procedures->row();
    m_procedures->advance();
    children->clear();
    for (const auto &c : m_children) {
        QList<QVariantMap> &rows = (*children)[c->table];
        // Both sides run in the procedures' order, so this procedure's rows are next.
        while (c->onRow && c->procedureId() == id) {
            rows.append(c->row());
            c->advance();
        }
    }
    return true;
}

} // namespace Testigo
