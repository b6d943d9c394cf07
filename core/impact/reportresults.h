// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The computed results the Analytical Review Report prints (issue 14 item 7), as numbers only:
// economic totals in MXN (nominal at the award date's FIX, and real in pesos of one base month
// through the INPC), savings against reference and budget, competition, social results and
// Collective Action. The report renders them in its own language; nothing here is a sentence.

#include "impact/portfolio.h"
#include "impact/social.h"

namespace Testigo {

struct ReportResults
{
    // Economic, in MXN.
    int procedures = 0, awardedProcedures = 0;
    Money monitored, savings, savingsBase; // nominal; savings against the reference price
    std::optional<Money> savingsReal; // pesos of realBase (INPC); nullopt when a month lacks the index
    QDate realBase; // first day of the base month of the real terms
    std::optional<qint64> savingsPercentBp; // savings ÷ reference of the awarded lots
    Money savingsVsBudget, budgetBase; // against the authorised budget of the awarded lots
    std::optional<qint64> savingsVsBudgetPercentBp;
    // Competition: registered bidders per procedure, and lots that received a single bid.
    int proceduresWithBids = 0, bidders = 0;
    std::optional<qint64> meanBiddersPerProcedureX100;
    int lotsWithBids = 0, singleBidLots = 0;
    std::optional<qint64> singleBidShareBp;
    // Social results and Collective Action.
    SocialMetrics social;
};

// realTerms: options whose realTarget is the base month (invalid: nominal only).
ReportResults computeReportResults(
    const QList<ProcedureMetrics> &metrics, const SocialInput &social, const ComparableOptions &realTerms);
// Over a case file, in real terms of the last month of the shipped INPC series.
ReportResults computeReportResults(const CaseFile &file);

} // namespace Testigo
