// SPDX-License-Identifier: GPL-3.0-or-later
#include "impact/reportresults.h"

#include "store/casefile.h"

namespace Testigo {

namespace {
std::optional<qint64> share(qint64 part, qint64 whole)
{
    return whole == 0 ? std::nullopt : std::optional<qint64>(roundedDivide(Int128(part) * 10000, whole));
}

// Savings against the budget, converted like the savings (nominal MXN at the award date's FIX).
void addBudgetSavings(ReportResults &r, const ProcedureMetrics &m, const ComparableOptions &nominal)
{
    if (!m.savingsVsBudget || !m.budgetBase)
        return;
    const Comparable saved = makeComparable(*m.savingsVsBudget, m.awardDate, nominal);
    const Comparable base = makeComparable(*m.budgetBase, m.awardDate, nominal);
    if (!saved.amount || !base.amount)
        return;
    r.savingsVsBudget = Money(r.savingsVsBudget.cents() + saved.amount->cents(), nominal.currency);
    r.budgetBase = Money(r.budgetBase.cents() + base.amount->cents(), nominal.currency);
}

void addCompetition(ReportResults &r, const ProcedureMetrics &m)
{
    if (m.bidders > 0) {
        ++r.proceduresWithBids;
        r.bidders += m.bidders;
    }
    for (const LotMetrics &l : m.lots) {
        if (l.bidders == 0)
            continue;
        ++r.lotsWithBids;
        r.singleBidLots += l.bidders == 1 ? 1 : 0;
    }
}
} // namespace

ReportResults computeReportResults(
    const QList<ProcedureMetrics> &metrics, const SocialInput &social, const ComparableOptions &realTerms)
{
    ReportResults r;
    ComparableOptions nominal = realTerms;
    nominal.realTarget = QDate();
    r.savingsVsBudget = r.budgetBase = Money(0, nominal.currency);
    const Portfolio p
        = aggregatePortfolio(buildPortfolioRows(metrics, social.agencies, realTerms), {}, realTerms);
    r.procedures = int(metrics.size());
    r.monitored = p.totals.monitored;
    r.savings = p.totals.savings;
    r.savingsBase = p.totals.savingsBase;
    r.savingsPercentBp = p.totals.savingsPercentBp;
    r.savingsReal = p.totals.savingsReal;
    r.realBase = realTerms.realTarget;
    for (const ProcedureMetrics &m : metrics) {
        r.awardedProcedures += m.awarded ? 1 : 0;
        addBudgetSavings(r, m, nominal);
        addCompetition(r, m);
    }
    r.savingsVsBudgetPercentBp = share(r.savingsVsBudget.cents(), r.budgetBase.cents());
    r.meanBiddersPerProcedureX100 = r.proceduresWithBids == 0
        ? std::nullopt
        : std::optional<qint64>(roundedDivide(Int128(r.bidders) * 100, r.proceduresWithBids));
    r.singleBidShareBp = share(r.singleBidLots, r.lotsWithBids);
    r.social = computeSocialMetrics(social);
    return r;
}

ReportResults computeReportResults(const CaseFile &file)
{
    ComparableOptions options;
    options.realTarget = options.inpc->lastMonth();
    return computeReportResults(computeAllProcedureMetrics(file), loadSocialInput(file), options);
}

} // namespace Testigo
