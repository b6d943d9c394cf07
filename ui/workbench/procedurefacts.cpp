// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench/procedurefacts.h"

#include "common/uiformat.h"
#include "store/casefile.h"

#include <algorithm>

#include "rules/clocks.h"
#include "impact/metrics.h"

namespace Testigo::Ui {

QString ProcedureFactsText::clockLevelLabel(ClockLevel level)
{
    switch (level) {
    case ClockLevel::None: return QString();
    case ClockLevel::Pending: return tr("Pending");
    case ClockLevel::Ok: return tr("OK");
    case ClockLevel::Warning: return tr("Warning");
    case ClockLevel::Overdue: return tr("Overdue");
    case ClockLevel::Breached: return tr("Breached");
    }
    return QString();
}

bool isOpenFinding(const Finding &f)
{
    return f.status != QStringLiteral("attended");
}

QString currentStageId(const QList<Stage> &stages)
{
    // Where the procedure is now: a stage in progress after the last one concluded, else the first
    // open stage after it. Earlier stages left "pending" (not recorded) do not pull it back.
    qsizetype lastDone = -1, lastActive = -1;
    for (qsizetype i = 0; i < stages.size(); ++i) {
        if (stages.at(i).status == QStringLiteral("done"))
            lastDone = i;
        else if (stages.at(i).status == QStringLiteral("in_progress"))
            lastActive = i;
    }
    if (lastActive > lastDone)
        return stages.at(lastActive).id;
    for (qsizetype i = lastDone + 1; i < stages.size(); ++i)
        if (stages.at(i).status != QStringLiteral("not_applicable"))
            return stages.at(i).id;
    return stages.isEmpty() ? QString() : stages.last().id;
}

ProcedureFacts computeProcedureFacts(const CaseFile &file, const Procedure &p, const QDate &today)
{
    ProcedureFacts out;
    QList<Stage> stages = file.all<Stage>(QStringLiteral("procedure_id"), p.id);
    std::stable_sort(stages.begin(), stages.end(), [](const Stage &a, const Stage &b) {
        return a.position != b.position ? a.position < b.position : a.round < b.round;
    });
    out.currentStageId = currentStageId(stages);
    for (const Stage &s : stages)
        if (s.id == out.currentStageId)
            out.currentStageKind = s.kind;
    for (const Finding &f : file.all<Finding>(QStringLiteral("procedure_id"), p.id))
        out.openFindings += isOpenFinding(f) ? 1 : 0;
    const QString lang = uiIsSpanish() ? QStringLiteral("es") : QStringLiteral("en");
    for (const ClockResult &c : evaluateClocks(file, p, today)) {
        ClockLevel level = ClockLevel::None;
        switch (c.status) {
        case ClockResult::Status::Ok: level = ClockLevel::Ok; break;
        case ClockResult::Status::Warning: level = ClockLevel::Warning; break;
        case ClockResult::Status::Breached: level = ClockLevel::Breached; break;
        case ClockResult::Status::Pending: level = ClockLevel::Pending; break;
        case ClockResult::Status::Overdue: level = ClockLevel::Overdue; break;
        case ClockResult::Status::NotApplicable: break;
        }
        if (level > out.worstClock) {
            out.worstClock = level;
            out.worstClockName = QStringLiteral("%1 (%2)").arg(c.name(lang), c.article);
        }
    }
    out.savingsBp = computeProcedureMetrics(file, p).savingsPercentBp;
    return out;
}

} // namespace Testigo::Ui
