// SPDX-License-Identifier: GPL-3.0-or-later
// Small read helpers for the editorial plan and the merge conflicts.
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

bool CaseFile::insertChapter(Chapter &chapter)
{
    QVariantMap row = mappingOf<Chapter>().toRow(chapter);
    for (auto it = row.begin(); it != row.end(); ++it)
        if (it.key() != QStringLiteral("due_date") && it.value().typeId() == QMetaType::QString && it.value().toString().isNull())
            it.value() = QString(QLatin1String(""));
    if (!chapter.id.isEmpty())
        row.insert(QStringLiteral("id"), chapter.id);
    if (!insertRow(QStringLiteral("chapter"), row))
        return false;
    chapter = mappingOf<Chapter>().fromRow(row);
    return true;
}

} // namespace Testigo
