// SPDX-License-Identifier: GPL-3.0-or-later
// impact FILE [--format csv|json] [--real YYYY-MM] [--currency MXN|USD]: per-procedure economic
// metrics, comparable totals and the social results, with the conventions used.
#include "cli/cli.h"
#include "cli/queries.h"
#include "domain/codes.h"
#include "impact/portfolio.h"
#include "impact/social.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace Testigo::Cli {

namespace {

QJsonValue money(const std::optional<Money> &m)
{
    return m ? QJsonValue(m->toDecimalString()) : QJsonValue(QJsonValue::Null);
}

// Hundredths of a percent as "12.34".
QString percentText(qint64 bp)
{
    return Money(bp, QString()).toDecimalString();
}

QJsonValue percent(const std::optional<qint64> &bp)
{
    return bp ? QJsonValue(percentText(*bp)) : QJsonValue(QJsonValue::Null);
}

QJsonValue integer(const std::optional<int> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonArray intArray(const QList<int> &values)
{
    QJsonArray out;
    for (int v : values)
        out.append(v);
    return out;
}

QJsonObject lotJson(const LotMetrics &l)
{
    return QJsonObject {
        {QStringLiteral("number"), l.number},
        {QStringLiteral("description"), l.description},
        {QStringLiteral("budget"), money(l.budget)},
        {QStringLiteral("reference"), money(l.reference)},
        {QStringLiteral("awarded"), money(l.awarded)},
        {QStringLiteral("reached"), money(l.reached)},
        {QStringLiteral("reached_by_contract"), l.reachedByContract},
        {QStringLiteral("not_yet_awarded"), l.notYetAwarded},
        {QStringLiteral("pending_bids"), l.pendingBids},
        {QStringLiteral("mean_valid_bid"), money(l.meanValidBid)},
        {QStringLiteral("lowest_valid_bid"), money(l.lowestValidBid)},
        {QStringLiteral("second_valid_bid"), money(l.secondValidBid)},
        {QStringLiteral("savings_vs_reference"), money(l.savingsVsReference)},
        {QStringLiteral("savings_vs_budget"), money(l.savingsVsBudget)},
        {QStringLiteral("savings_vs_mean_bid"), money(l.savingsVsMeanBid)},
        {QStringLiteral("savings_percent"), percent(l.savingsPercentBp)},
        {QStringLiteral("winner_gap_percent"), percent(l.winnerGapBp)},
        {QStringLiteral("bidders"), l.bidders},
        {QStringLiteral("valid_bids"), l.validBids},
        {QStringLiteral("rejected_bids"), l.rejectedBids},
        {QStringLiteral("unacceptable_price_bids"), int(l.unacceptableBidIds.size())},
        {QStringLiteral("void"), l.voidLot},
    };
}

QJsonObject procedureJson(const PortfolioRow &r, const ComparableOptions &o)
{
    const ProcedureMetrics &m = r.metrics;
    QJsonArray lots;
    for (const auto &l : m.lots)
        lots.append(lotJson(l));
    QJsonObject comparable {
        {QStringLiteral("currency"), o.currency},
        {QStringLiteral("monitored"), money(r.monitored)},
        {QStringLiteral("savings"), money(r.savings)},
        {QStringLiteral("steps"), QJsonArray::fromStringList(r.conversionSteps)},
    };
    if (o.realTarget.isValid())
        comparable.insert(QStringLiteral("savings_real"), money(r.savingsReal));
    return QJsonObject {
        {QStringLiteral("number"), m.number},
        {QStringLiteral("title"), m.title},
        {QStringLiteral("agency"), r.agencyName},
        {QStringLiteral("regime"), m.regime},
        {QStringLiteral("type"), m.type},
        {QStringLiteral("year"), r.year ? QJsonValue(r.year) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("award_date"),
            m.awardDate.isValid() ? QJsonValue(m.awardDate.toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("currency"), m.currency},
        {QStringLiteral("reference"), money(m.reference)},
        {QStringLiteral("budget"), money(m.budget)},
        {QStringLiteral("awarded"), money(m.awarded)},
        {QStringLiteral("savings"), money(m.savings)},
        {QStringLiteral("savings_percent"), percent(m.savingsPercentBp)},
        {QStringLiteral("savings_vs_budget"), money(m.savingsVsBudget)},
        {QStringLiteral("amendments_increase"), money(m.amendmentsIncrease)},
        {QStringLiteral("amendment_percent"), percent(m.amendmentPercentBp)},
        {QStringLiteral("bidders"), m.bidders},
        {QStringLiteral("valid_bids"), m.validBids},
        {QStringLiteral("rejected_bids"), m.rejectedBids},
        {QStringLiteral("pending_bids"), m.pendingBids},
        {QStringLiteral("savings_base"), money(m.savingsBase)},
        {QStringLiteral("budget_base"), money(m.budgetBase)},
        {QStringLiteral("not_yet_awarded_lots"), intArray(m.notYetAwardedLots)},
        {QStringLiteral("days_publication_to_opening"), integer(m.daysPublicationToOpening)},
        {QStringLiteral("days_opening_to_award"), integer(m.daysOpeningToAward)},
        {QStringLiteral("void"), m.voidProcedure},
        {QStringLiteral("lots"), lots},
        {QStringLiteral("comparable"), comparable},
        {QStringLiteral("notes"), QJsonArray::fromStringList(metricNoteTexts(m.notes) + r.notes)},
    };
}

QJsonObject followUpJson(const FollowUp &f)
{
    return QJsonObject {{QStringLiteral("total"), f.total}, {QStringLiteral("attended"), f.attended},
        {QStringLiteral("partial"), f.partial}, {QStringLiteral("not_attended"), f.notAttended},
        {QStringLiteral("pending"), f.pending},
        {QStringLiteral("attended_percent"), percent(f.attendedPercentBp)}};
}

QJsonObject socialJson(const SocialMetrics &s, const QList<Agency> &agencies)
{
    QJsonObject byAgency, byStage, levels;
    for (auto it = s.byAgency.cbegin(); it != s.byAgency.cend(); ++it) {
        QString name = it.key();
        for (const auto &a : agencies)
            if (a.id == it.key())
                name = a.acronym.isEmpty() ? a.name : a.acronym;
        byAgency.insert(name.isEmpty() ? QStringLiteral("-") : name, followUpJson(*it));
    }
    for (auto it = s.byStage.cbegin(); it != s.byStage.cend(); ++it)
        byStage.insert(it.key().isEmpty() ? QStringLiteral("-") : it.key(), followUpJson(*it));
    for (auto it = s.escalationsByLevel.cbegin(); it != s.escalationsByLevel.cend(); ++it)
        levels.insert(it.key(), *it);
    QJsonArray years;
    for (const auto &y : s.biddersByYear)
        years.append(QJsonObject {{QStringLiteral("year"), y.year},
            {QStringLiteral("procedures"), y.procedures}, {QStringLiteral("bidders"), y.bidders},
            {QStringLiteral("mean_bidders"), percentText(y.meanBiddersX100)}});
    return QJsonObject {
        {QStringLiteral("recommendations"), followUpJson(s.recommendations)},
        {QStringLiteral("recommendations_by_agency"), byAgency},
        {QStringLiteral("recommendations_by_stage"), byStage},
        {QStringLiteral("responses_dated"), s.responded},
        {QStringLiteral("mean_response_days"),
            s.meanResponseDaysX100 ? QJsonValue(percentText(*s.meanResponseDaysX100)) : QJsonValue()},
        {QStringLiteral("median_response_days"), integer(s.medianResponseDays)},
        {QStringLiteral("max_response_days"), integer(s.maxResponseDays)},
        {QStringLiteral("escalations"), s.escalations},
        {QStringLiteral("escalations_by_level"), levels},
        {QStringLiteral("bidders"), s.bidders},
        {QStringLiteral("bidders_signed_pact"), s.biddersSigned},
        {QStringLiteral("bidder_signature_percent"), percent(s.bidderSignatureRateBp)},
        {QStringLiteral("officials"), s.officials},
        {QStringLiteral("officials_signed"), s.officialsSigned},
        {QStringLiteral("official_signature_percent"), percent(s.officialSignatureRateBp)},
        {QStringLiteral("disclosures"), s.disclosures},
        {QStringLiteral("disclosure_percent"), percent(s.disclosureRateBp)},
        {QStringLiteral("conflicts_declared"), s.conflictsDeclared},
        {QStringLiteral("bidders_by_year"), years},
    };
}

QString csvCell(const QString &s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n')))
        return s;
    QString q = s;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    q.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

QString text(const std::optional<Money> &m)
{
    return m ? m->toDecimalString() : QString();
}
QString text(const std::optional<qint64> &bp)
{
    return bp ? percentText(*bp) : QString();
}
QString text(const std::optional<int> &v)
{
    return v ? QString::number(*v) : QString();
}

void writeCsv(const Portfolio &p, QTextStream &out)
{
    const bool real = p.options.realTarget.isValid();
    QStringList header {QCoreApplication::translate("Cli", "Number"),
        QCoreApplication::translate("Cli", "Agency"), QCoreApplication::translate("Cli", "Year"),
        QCoreApplication::translate("Cli", "Currency"), QCoreApplication::translate("Cli", "Reference"),
        QCoreApplication::translate("Cli", "Budget"), QCoreApplication::translate("Cli", "Awarded"),
        QCoreApplication::translate("Cli", "Savings"), QCoreApplication::translate("Cli", "Savings %"),
        QCoreApplication::translate("Cli", "Savings vs budget"),
        QCoreApplication::translate("Cli", "Amendments"), QCoreApplication::translate("Cli", "Bidders"),
        QCoreApplication::translate("Cli", "Valid bids"), QCoreApplication::translate("Cli", "Rejected bids"),
        QCoreApplication::translate("Cli", "Days publication to opening"),
        QCoreApplication::translate("Cli", "Days opening to award"),
        QCoreApplication::translate("Cli", "Savings (%1)").arg(p.options.currency)};
    if (real)
        header << QCoreApplication::translate("Cli", "Real savings (%1 of %2)")
                      .arg(p.options.currency, p.options.realTarget.toString(QStringLiteral("yyyy-MM")));
    header << QCoreApplication::translate("Cli", "Notes");
    QStringList cells;
    for (const auto &h : header)
        cells << csvCell(h);
    out << cells.join(QLatin1Char(',')) << '\n';
    for (const auto &r : p.rows) {
        const ProcedureMetrics &m = r.metrics;
        QStringList row {m.number, r.agencyName, r.year ? QString::number(r.year) : QString(), m.currency,
            text(m.reference), text(m.budget), text(m.awarded), text(m.savings), text(m.savingsPercentBp),
            text(m.savingsVsBudget), text(m.amendmentsIncrease), QString::number(m.bidders),
            QString::number(m.validBids), QString::number(m.rejectedBids), text(m.daysPublicationToOpening),
            text(m.daysOpeningToAward), text(r.savings)};
        if (real)
            row << text(r.savingsReal);
        row << (metricNoteTexts(m.notes) + r.notes).join(QStringLiteral("; "));
        cells.clear();
        for (const auto &c : row)
            cells << csvCell(c);
        out << cells.join(QLatin1Char(',')) << '\n';
    }
    const PortfolioTotals &t = p.totals;
    QStringList total {QCoreApplication::translate("Cli", "Total (%n procedure(s))", nullptr, t.procedures),
        QString(), QString(), p.options.currency, QString(), QString(), QString(), QString(),
        text(t.savingsPercentBp), QString(), QString(), QString::number(t.bidders),
        QString::number(t.validBids), QString::number(t.rejectedBids), QString(), QString(),
        t.savings.toDecimalString()};
    if (real)
        total << text(t.savingsReal);
    total << p.convention;
    cells.clear();
    for (const auto &c : total)
        cells << csvCell(c);
    out << cells.join(QLatin1Char(',')) << '\n';
}

} // namespace

int cmdImpact(const Args &a, Io io)
{
    if (a.positional.size() != 1)
        return usageError(io, QCoreApplication::translate("Cli", "impact needs one FILE."));
    const QString format = a.value(QStringLiteral("format"), QStringLiteral("csv")).toLower();
    if (format != QStringLiteral("csv") && format != QStringLiteral("json"))
        return usageError(io, QCoreApplication::translate("Cli", "--format must be csv or json."));
    ComparableOptions options;
    options.currency = a.value(QStringLiteral("currency"), QStringLiteral("MXN")).toUpper();
    if (options.currency != QStringLiteral("MXN") && options.currency != QStringLiteral("USD"))
        return usageError(io, QCoreApplication::translate("Cli", "--currency must be MXN or USD."));
    if (a.has(QStringLiteral("real"))) {
        static const QRegularExpression month(QStringLiteral("^(\\d{4})-(\\d{2})$"));
        const auto m = month.match(a.value(QStringLiteral("real")));
        const QDate target = m.hasMatch() ? QDate(m.captured(1).toInt(), m.captured(2).toInt(), 1) : QDate();
        if (!target.isValid())
            return usageError(io, QCoreApplication::translate("Cli", "--real needs a month as YYYY-MM."));
        if (!options.inpc->value(target.year(), target.month()))
            return error(io,
                QCoreApplication::translate(
                    "Cli", "The INPC for %1 is missing; the series covers %2 to %3 (add it to %4).")
                    .arg(a.value(QStringLiteral("real")),
                        options.inpc->firstMonth().toString(QStringLiteral("yyyy-MM")),
                        options.inpc->lastMonth().toString(QStringLiteral("yyyy-MM")),
                        InpcSeries::userFilePath()));
        options.realTarget = target;
    }
    auto file = openOrReport(a.positional.first(), io, true);
    if (!file)
        return Error;
    const QList<Agency> agencies = file->all<Agency>();
    const Portfolio p = computePortfolio(*file, options);

    if (format == QStringLiteral("csv")) {
        writeCsv(p, io.out);
        io.out.flush();
        return Ok;
    }
    QJsonArray procedures;
    for (const auto &r : p.rows)
        procedures.append(procedureJson(r, options));
    const PortfolioTotals &t = p.totals;
    QJsonObject totals {
        {QStringLiteral("procedures"), t.procedures},
        {QStringLiteral("currency"), options.currency},
        {QStringLiteral("monitored"), t.monitored.toDecimalString()},
        {QStringLiteral("savings"), t.savings.toDecimalString()},
        {QStringLiteral("savings_base"), t.savingsBase.toDecimalString()},
        {QStringLiteral("savings_percent"), percent(t.savingsPercentBp)},
        {QStringLiteral("procedures_with_savings"), t.withSavings},
        {QStringLiteral("void_procedures"), t.voidProcedures},
        {QStringLiteral("bidders"), t.bidders},
        {QStringLiteral("valid_bids"), t.validBids},
        {QStringLiteral("rejected_bids"), t.rejectedBids},
        {QStringLiteral("notes"), QJsonArray::fromStringList(t.notes)},
    };
    if (options.realTarget.isValid())
        totals.insert(QStringLiteral("savings_real"), money(t.savingsReal));
    const QJsonObject convention {
        {QStringLiteral("currency"), options.currency},
        {QStringLiteral("real_target"),
            options.realTarget.isValid() ? QJsonValue(options.realTarget.toString(QStringLiteral("yyyy-MM")))
                                         : QJsonValue()},
        {QStringLiteral("inpc"), InpcSeries::baseDescription()},
        {QStringLiteral("exchange_rate"),
            QCoreApplication::translate("Cli",
                "Banxico FIX of the award date (nearest previous business day; monthly average when no daily "
                "value is stored)")},
        {QStringLiteral("text"), p.convention},
    };
    // "procedures" is the only array at the top level: consumers take the first list they find.
    const QJsonObject root {{QStringLiteral("procedures"), procedures}, {QStringLiteral("totals"), totals},
        {QStringLiteral("social"), socialJson(computeSocialMetrics(loadSocialInput(*file)), agencies)},
        {QStringLiteral("convention"), convention}};
    io.out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    io.out.flush();
    return Ok;
}

} // namespace Testigo::Cli
