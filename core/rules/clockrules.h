// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The legal clocks of a regime, read from resources/rules/<regime>.json (replaceable without a
// rebuild). Each rule measures the days between two points of a procedure:
//   "stage:<kind>"   the first stage of that kind (its actual date, else its planned date)
//   "last:<kind>"    the latest dated stage of that kind (the last clarification meeting...)
//   "procedure:participationEnd"   the end of the witness's participation
//   "report"         the delivery of the witness's final report (the "report" stage's date)
// A "minimum" rule needs at least `days` between them, a "maximum" rule at most `days`
// (+ `extensionDays`, reported as a warning).

#include "rules/datafile.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

namespace Testigo {

struct Procedure;

struct ClockRule
{
    enum class Check { Minimum, Maximum };
    QString code;
    Check check = Check::Minimum;
    QString from, to;
    int days = 0;
    QHash<QString, int> daysByCharacter; // procedure.character -> days, overrides `days`
    int reducedDays = -1;                // with procedure.reducedPeriodJustified; -1 = no reduction
    int extensionDays = 0;
    int warningDays = 0;  // a pending maximum clock warns this many days before its deadline
    bool businessDays = false;
    bool optionalStart = false; // no start date means "does not apply" (e.g. no change to the call)
    QStringList types, objectKinds, characters; // empty = any
    QString article;
    Bilingual name, explanation;

    bool appliesTo(const Procedure &p) const;
    // The limit for this procedure (character, justified reduction).
    int limitFor(const Procedure &p) const;
};

struct RegimeRules
{
    QString regime;
    Bilingual name;
    bool advisory = false; // numbers borrowed from another regime, for reference only
    QString inheritedFrom;
    QList<ClockRule> clocks;
};

class ClockRules final
{
    Q_DECLARE_TR_FUNCTIONS(ClockRules)

public:
    // Parses one rules file; false with *error when unusable.
    static bool loadFile(const QString &path, RegimeRules &out, QString *error = nullptr);
    // The rules of a regime (replacement file, else resource), following "inherits" once;
    // cached per process. An unknown regime has no clocks.
    static RegimeRules forRegime(const QString &regime);
};

} // namespace Testigo
