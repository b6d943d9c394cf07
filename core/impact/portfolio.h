// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The portfolio view of many procedures: comparable totals and the chart series of the dashboard
// (savings by year, agency, sector and type; bidders against savings %; the savings % histogram),
// as plain structs. Qt Charts only ever sees these through the ui/dashboard adapter.

#include "impact/comparable.h"
#include "impact/metrics.h"

#include <QList>
#include <QSet>

namespace Testigo {

struct PortfolioRow
{
    ProcedureMetrics metrics;
    QString agencyName, sector; // sector code (codes.h)
    int year = 0;               // of the award date, else of the publication, 0 when unknown
    // Comparable figures in the portfolio's currency: nominal at the award date's FIX, and real.
    std::optional<Money> monitored, savings, savingsBase, savingsReal;
    QStringList conversionSteps; // how the savings were converted (translated)
    QStringList notes;           // conversion errors (translated)
};

struct PortfolioFilter
{
    QSet<int> years;        // empty = every year
    QString agencyId, regime, type; // empty = any
    bool accepts(const PortfolioRow &row) const;
};

struct CategoryTotal
{
    QString key, label; // key: year, agency id, sector or type code; label: translated
    int procedures = 0;
    qint64 savingsCents = 0, baseCents = 0; // in the portfolio's currency, nominal
    std::optional<qint64> savingsPercentBp;
};

struct ScatterPoint
{
    QString procedureId, label;
    int bidders = 0;
    qint64 savingsPercentBp = 0;
};

struct HistogramBin
{
    QString label;
    std::optional<qint64> fromBp, toBp; // [from, to); open ends are nullopt
    int count = 0;
};

struct PortfolioTotals
{
    int procedures = 0, withSavings = 0, voidProcedures = 0;
    int bidders = 0, validBids = 0, rejectedBids = 0;
    Money monitored, savings, savingsBase;
    std::optional<Money> savingsReal; // nullopt when no real terms were asked
    std::optional<qint64> savingsPercentBp;
    QStringList notes; // procedures left out of a total, and why
};

struct Portfolio
{
    ComparableOptions options;
    QList<PortfolioRow> rows; // the filtered rows
    PortfolioTotals totals;
    QList<CategoryTotal> byYear, byAgency, bySector, byType;
    QList<ScatterPoint> scatter;
    QList<HistogramBin> histogram;
    QString convention; // conventionText(options)
};

// One row per procedure, converted to options.currency (and real terms when options.realTarget).
QList<PortfolioRow> buildPortfolioRows(const QList<ProcedureMetrics> &metrics, const QList<Agency> &agencies,
                                       const ComparableOptions &options);
// Totals and series of the rows the filter accepts.
Portfolio aggregatePortfolio(const QList<PortfolioRow> &rows, const PortfolioFilter &filter,
                             const ComparableOptions &options);
Portfolio computePortfolio(const CaseFile &file, const ComparableOptions &options,
                           const PortfolioFilter &filter = {});

} // namespace Testigo
