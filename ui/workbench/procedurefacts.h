// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the procedures list shows about each procedure beyond its own columns: the current stage,
// open findings, the worst legal clock (core/rules/clocks.h) and savings (core/impact/metrics.h).
// The figures come from core; this only picks what a row shows.

#include "common/clocklevel.h"
#include "domain/entities.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <optional>

namespace Testigo {
class CaseFile;
}

namespace Testigo::Ui {

struct ProcedureFacts
{
    QString currentStageId;
    QString currentStageKind;
    int openFindings = 0;
    ClockLevel worstClock = ClockLevel::None;
    QString worstClockName; // the rule and its article, in the UI language
    std::optional<qint64> savingsBp;
};

class ProcedureFactsText final
{
    Q_DECLARE_TR_FUNCTIONS(ProcedureFacts)
public:
    static QString clockLevelLabel(ClockLevel level);
};

// A finding is open until it is attended.
bool isOpenFinding(const Finding &f);
ProcedureFacts computeProcedureFacts(const CaseFile &file, const Procedure &procedure, const QDate &today);
// The stage that is current: the first one neither done nor not applicable, else the last.
QString currentStageId(const QList<Stage> &stagesInOrder);

} // namespace Testigo::Ui
