// SPDX-License-Identifier: GPL-3.0-or-later
#include "impact/portfolio.h"

#include "domain/codes.h"
#include "store/casefile.h"

#include <QHash>
#include <QMap>
#include <algorithm>

namespace Testigo {

bool PortfolioFilter::accepts(const PortfolioRow &r) const
{
    return (years.isEmpty() || years.contains(r.year))
        && (agencyId.isEmpty() || agencyId == r.metrics.agencyId)
        && (regime.isEmpty() || regime == r.metrics.regime) && (type.isEmpty() || type == r.metrics.type);
}

QList<PortfolioRow> buildPortfolioRows(
    const QList<ProcedureMetrics> &metrics, const QList<Agency> &agencies, const ComparableOptions &options)
{
    QHash<QString, const Agency *> byId;
    for (const auto &a : agencies)
        byId.insert(a.id, &a);
    ComparableOptions nominal = options;
    nominal.realTarget = QDate();

    QList<PortfolioRow> out;
    out.reserve(metrics.size());
    for (const auto &m : metrics) {
        PortfolioRow r;
        r.metrics = m;
        if (const Agency *a = byId.value(m.agencyId)) {
            r.agencyName = a->acronym.isEmpty() ? a->name : a->acronym;
            r.sector = a->sector;
        }
        const QDate when = m.awardDate.isValid() ? m.awardDate : m.publicationDate;
        r.year = when.isValid() ? when.year() : 0;
        // Amount monitored: what was awarded, else the reference, else the budget.
        const std::optional<Money> monitored = m.awarded ? m.awarded : m.reference ? m.reference : m.budget;
        auto convert = [&](const std::optional<Money> &v, const ComparableOptions &o,
                           std::optional<Money> *target, bool keepSteps) {
            if (!v)
                return;
            const Comparable c = makeComparable(*v, when, o);
            *target = c.amount;
            if (!c.error.isEmpty() && !r.notes.contains(c.error))
                r.notes << c.error;
            if (keepSteps)
                r.conversionSteps += c.steps;
        };
        convert(monitored, nominal, &r.monitored, false);
        convert(m.savings, nominal, &r.savings, !options.realTarget.isValid());
        convert(m.savingsBase, nominal, &r.savingsBase, false);
        if (options.realTarget.isValid())
            convert(m.savings, options, &r.savingsReal, true);
        out.append(r);
    }
    return out;
}

namespace {

void addTo(QMap<QString, CategoryTotal> &map, const QString &key, const QString &label, const PortfolioRow &r)
{
    CategoryTotal &c = map[key];
    c.key = key;
    c.label = label;
    ++c.procedures;
    if (r.savings && r.savingsBase) {
        c.savingsCents += r.savings->cents();
        c.baseCents += r.savingsBase->cents();
    }
}

QList<CategoryTotal> finish(const QMap<QString, CategoryTotal> &map, bool sortBySavings)
{
    QList<CategoryTotal> out = map.values();
    for (auto &c : out)
        if (c.baseCents != 0)
            c.savingsPercentBp = roundedDivide(Int128(c.savingsCents) * 10000, c.baseCents);
    if (sortBySavings)
        std::stable_sort(out.begin(), out.end(),
            [](const CategoryTotal &a, const CategoryTotal &b) { return a.savingsCents > b.savingsCents; });
    return out;
}

QList<HistogramBin> emptyHistogram()
{
    // Savings % bins: below zero (overspend), 0–5, 5–10, 10–20, 20–30, 30 and above.
    const QList<std::pair<std::optional<qint64>, std::optional<qint64>>> edges
        = {{std::nullopt, 0}, {0, 500}, {500, 1000}, {1000, 2000}, {2000, 3000}, {3000, std::nullopt}};
    QList<HistogramBin> bins;
    for (const auto &[from, to] : edges) {
        HistogramBin b;
        b.fromBp = from;
        b.toBp = to;
        if (!from)
            b.label = QCoreApplication::translate("Impact", "< %1 %").arg(*to / 100);
        else if (!to)
            b.label = QCoreApplication::translate("Impact", "≥ %1 %").arg(*from / 100);
        else
            b.label = QCoreApplication::translate("Impact", "%1–%2 %").arg(*from / 100).arg(*to / 100);
        bins.append(b);
    }
    return bins;
}

} // namespace

Portfolio aggregatePortfolio(
    const QList<PortfolioRow> &rows, const PortfolioFilter &filter, const ComparableOptions &options)
{
    Portfolio p;
    p.options = options;
    p.convention = conventionText(options);
    p.histogram = emptyHistogram();
    PortfolioTotals &t = p.totals;
    t.monitored = Money(0, options.currency);
    t.savings = Money(0, options.currency);
    t.savingsBase = Money(0, options.currency);
    if (options.realTarget.isValid())
        t.savingsReal = Money(0, options.currency);
    QMap<QString, CategoryTotal> years, agencies, sectors, types;
    for (const auto &r : rows) {
        if (!filter.accepts(r))
            continue;
        p.rows.append(r);
        const ProcedureMetrics &m = r.metrics;
        ++t.procedures;
        t.bidders += m.bidders;
        t.validBids += m.validBids;
        t.rejectedBids += m.rejectedBids;
        if (m.voidProcedure)
            ++t.voidProcedures;
        if (r.monitored)
            t.monitored = Money(t.monitored.cents() + r.monitored->cents(), options.currency);
        if (r.savings && r.savingsBase) {
            ++t.withSavings;
            t.savings = Money(t.savings.cents() + r.savings->cents(), options.currency);
            t.savingsBase = Money(t.savingsBase.cents() + r.savingsBase->cents(), options.currency);
        } else if (m.savings) {
            t.notes << QCoreApplication::translate("Impact", "%1: savings left out of the totals (%2)")
                           .arg(m.number, r.notes.join(QStringLiteral("; ")));
        }
        if (t.savingsReal && r.savingsReal)
            t.savingsReal = Money(t.savingsReal->cents() + r.savingsReal->cents(), options.currency);
        else if (t.savingsReal && m.savings && !r.savingsReal)
            t.notes << QCoreApplication::translate("Impact", "%1: real savings left out of the totals (%2)")
                           .arg(m.number, r.notes.join(QStringLiteral("; ")));

        addTo(years, r.year ? QStringLiteral("%1").arg(r.year, 4, 10, QLatin1Char('0')) : QString(),
            r.year ? QString::number(r.year) : QCoreApplication::translate("Impact", "No date"), r);
        addTo(agencies, m.agencyId,
            r.agencyName.isEmpty() ? QCoreApplication::translate("Impact", "No agency") : r.agencyName, r);
        addTo(sectors, r.sector,
            r.sector.isEmpty() ? QCoreApplication::translate("Impact", "No sector")
                               : Codes::label(Codes::sectors(), r.sector),
            r);
        addTo(types, m.type,
            m.type.isEmpty() ? QCoreApplication::translate("Impact", "No type")
                             : Codes::label(Codes::procedureTypes(), m.type),
            r);

        if (m.savingsPercentBp) {
            p.scatter.append({m.procedureId, m.number, m.bidders, *m.savingsPercentBp});
            for (auto &b : p.histogram)
                if ((!b.fromBp || *m.savingsPercentBp >= *b.fromBp)
                    && (!b.toBp || *m.savingsPercentBp < *b.toBp))
                    ++b.count;
        }
    }
    if (t.savingsBase.cents() != 0)
        t.savingsPercentBp = roundedDivide(Int128(t.savings.cents()) * 10000, t.savingsBase.cents());
    p.byYear = finish(years, false);
    p.byAgency = finish(agencies, true);
    p.bySector = finish(sectors, true);
    p.byType = finish(types, true);
    return p;
}

Portfolio computePortfolio(
    const CaseFile &file, const ComparableOptions &options, const PortfolioFilter &filter)
{
    const auto rows = buildPortfolioRows(computeAllProcedureMetrics(file), file.all<Agency>(), options);
    return aggregatePortfolio(rows, filter, options);
}

} // namespace Testigo
