// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/procedurepager.h"

#include "store/casefile_db.h"

#include <QSqlQuery>

namespace Testigo {

QList<Procedure> ProcedurePager::next(int limit)
{
    QList<Procedure> out;
    if (m_end)
        return out;
    QSqlQuery q(storeConnection(m_file));
    q.setForwardOnly(true);
    // The same order as CaseFile::rows(): creation time, then rowid (index procedure_created).
    q.prepare(QStringLiteral("SELECT rowid AS page_rowid, * FROM procedure WHERE deleted = 0 "
                             "AND (created_at, rowid) > (?, ?) ORDER BY created_at, rowid LIMIT ?"));
    q.addBindValue(m_lastCreated);
    q.addBindValue(m_lastRowid);
    q.addBindValue(limit);
    if (!q.exec()) {
        m_end = true;
        return out;
    }
    const auto &mapping = mappingOf<Procedure>();
    while (q.next()) {
        const QVariantMap row = recordToMap(q);
        m_lastCreated = row.value(QStringLiteral("created_at")).toString();
        m_lastRowid = row.value(QStringLiteral("page_rowid")).toLongLong();
        out.append(mapping.fromRow(row));
    }
    m_end = out.size() < limit;
    return out;
}

} // namespace Testigo
