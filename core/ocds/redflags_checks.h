// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the red flags: what every rule reads from a release (computed once), and the table of
// rules, one small function each, in OCDS.md order. computeRedFlags walks the table.

#include "ocds/ocdsvalues.h"
#include "ocds/redflags.h"
#include "rules/calendar.h"
#include "rules/clockrules.h"

#include <QDate>
#include <QSet>
#include <functional>
#include <vector>

namespace Testigo::Ocds {

struct BidInfo
{
    QString tenderer;
    qint64 cents = 0;
    QString status;
    QDate date;
};

struct FlagContext
{
    FlagContext(const JNode &release, const Procedure &procedure, const FlagRules &rules,
        const BusinessCalendar &calendar);

    const JNode &r;
    const Procedure &procedure;
    const FlagRules &rules;
    const RegimeThresholds &t;
    const BusinessCalendar &calendar; // the standard one plus the case file's decree days
    QString method, details;
    bool competitive = false;
    Value tenderValue;
    QString currency;
    QDate start, end; // the tender period
    RegimeRules law; // the version of the law in force on the tender's start (clocks and flags alike)
    // Active awards in the procedure's currency and their suppliers.
    qint64 awarded = 0;
    bool awardedKnown = false;
    QSet<QString> winners;
    QDate firstAward;
    std::vector<BidInfo> bids; // bids.details, without invited or withdrawn ones
};

using Fire = std::function<void(const char *code, const QString &detail)>;
using FlagCheck = void (*)(const FlagContext &, const Fire &);

// Every rule, in the order its flags are reported.
const std::vector<FlagCheck> &flagChecks();

} // namespace Testigo::Ocds
