// SPDX-License-Identifier: GPL-3.0-or-later
// Editors (H7): small read helpers for the editorial plan and the merge conflicts.
#include "store/casefile.h"
#include "store/casefile_db.h"

#include <QSqlQuery>

namespace Testigo {

qint64 CaseFile::openConflictCount() const
{
    QSqlQuery q(m_db->db());
    return q.exec(QStringLiteral("SELECT count(*) FROM merge_conflict WHERE deleted = 0 AND status = 'open'")) && q.next()
               ? q.value(0).toLongLong()
               : 0;
}

} // namespace Testigo
