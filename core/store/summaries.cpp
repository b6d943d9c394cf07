// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/summaries.h"

#include "store/casefile_db.h"

#include <QSqlQuery>

namespace Testigo {

bool forEachProcedureSummary(const CaseFile &file, const std::function<bool(const ProcedureSummary &)> &sink)
{
    QSqlQuery q(storeConnection(file));
    q.setForwardOnly(true);
    // The current stage is the last one done or under way in template order; the year is that of
    // the earliest date a stage has, its actual date before its planned one.
    const bool ok = q.exec(QStringLiteral(
        "SELECT p.id, p.number, p.title, coalesce(a.name, ''), p.regime, p.type, p.ocid, "
        "  coalesce((SELECT s.kind FROM stage s WHERE s.procedure_id = p.id AND s.deleted = 0 "
        "            AND s.status IN ('done', 'in_progress') "
        "            ORDER BY s.position DESC, s.created_at, s.rowid LIMIT 1), ''), "
        "  (SELECT min(coalesce(nullif(s.actual_date, ''), nullif(s.planned_date, ''))) FROM stage s "
        "   WHERE s.procedure_id = p.id AND s.deleted = 0) "
        "FROM procedure p LEFT JOIN agency a ON a.id = p.agency_id "
        "WHERE p.deleted = 0 ORDER BY p.created_at, p.rowid"));
    if (!ok)
        return false;
    while (q.next()) {
        ProcedureSummary s;
        s.id = q.value(0).toString();
        s.number = q.value(1).toString();
        s.title = q.value(2).toString();
        s.agency = q.value(3).toString();
        s.regime = q.value(4).toString();
        s.type = q.value(5).toString();
        s.ocid = q.value(6).toString();
        s.stage = q.value(7).toString();
        s.year = q.value(8).toString().left(4).toInt();
        if (!sink(s))
            break;
    }
    return true;
}

} // namespace Testigo
