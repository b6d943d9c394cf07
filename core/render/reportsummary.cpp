// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/reportsummary.h"

#include "domain/doclanguage.h"
#include "render/docbuilder.h"
#include "render/doctext.h"

namespace Testigo::Render {

namespace {

using KeyValues = QList<QPair<QString, QString>>;

QString rt(const DocLanguage &lang, const char *source, int n = -1)
{
    return reportText(lang, source, n);
}

QString money(const DocLanguage &lang, const Money &m)
{
    return lang.money(m).replace(QLatin1Char(' '), QChar::Nbsp);
}

QString percentOrDash(const DocLanguage &lang, const std::optional<qint64> &bp)
{
    return bp ? lang.percent(*bp) : QStringLiteral("—");
}

// A value kept × 100 (a mean) with two decimals.
QString hundredths(const DocLanguage &lang, qint64 x100)
{
    return QStringLiteral("%1%2%3")
        .arg(lang.locale().toString(x100 / 100), lang.locale().decimalPoint())
        .arg(x100 % 100, 2, 10, QLatin1Char('0'));
}

// "3 of 5 (60.00 %)"
QString partOf(const DocLanguage &lang, int part, int whole, const std::optional<qint64> &bp)
{
    QString s = rt(lang, QT_TRANSLATE_NOOP("Report", "%1 of %2"))
                    .arg(lang.locale().toString(part), lang.locale().toString(whole));
    if (bp)
        s += QStringLiteral(" (%1)").arg(lang.percent(*bp));
    return s;
}

QString baseMonth(const ReportResults &r, const DocLanguage &lang)
{
    return lang.locale().toString(
        r.realBase, lang.isSpanish() ? QStringLiteral("MMMM 'de' yyyy") : QStringLiteral("MMMM yyyy"));
}

QString economicSentences(const ReportResults &r, const DocLanguage &lang)
{
    QString s = rt(
        lang, QT_TRANSLATE_N_NOOP("Report", "The report covers %n monitored procedure(s)."), r.procedures);
    s += QLatin1Char(' ')
        + rt(lang, QT_TRANSLATE_NOOP("Report", "%1 of them have an award or a contract, for %2 in total."))
              .arg(lang.locale().toString(r.awardedProcedures), money(lang, r.monitored));
    s += QLatin1Char(' ')
        + rt(lang,
            QT_TRANSLATE_NOOP("Report",
                "Savings against the reference price add up to %1 (%2 of the reference of the awarded "
                "lots)."))
              .arg(money(lang, r.savings), percentOrDash(lang, r.savingsPercentBp));
    if (r.savingsReal)
        s += QLatin1Char(' ')
            + rt(lang, QT_TRANSLATE_NOOP("Report", "In pesos of %1 (INPC) they are %2."))
                  .arg(baseMonth(r, lang), money(lang, *r.savingsReal));
    s += QLatin1Char(' ')
        + rt(lang, QT_TRANSLATE_NOOP("Report", "Against the authorised budget, savings add up to %1 (%2)."))
              .arg(money(lang, r.savingsVsBudget), percentOrDash(lang, r.savingsVsBudgetPercentBp));
    return s;
}

QString competitionSentence(const ReportResults &r, const DocLanguage &lang)
{
    if (!r.meanBiddersPerProcedureX100)
        return rt(lang, QT_TRANSLATE_NOOP("Report", "No bidders are recorded yet."));
    return rt(lang,
        QT_TRANSLATE_NOOP("Report",
            "A procedure had %1 registered bidders on average; %2 of the lots with bids received a "
            "single bid."))
        .arg(hundredths(lang, *r.meanBiddersPerProcedureX100), percentOrDash(lang, r.singleBidShareBp));
}

QString socialSentences(const SocialMetrics &s, const DocLanguage &lang)
{
    QString out
        = rt(lang, QT_TRANSLATE_N_NOOP("Report", "The witnesses made %n recommendation(s) to the agencies."),
            s.recommendations.total);
    if (s.recommendations.total > 0)
        out += QLatin1Char(' ')
            + rt(lang, QT_TRANSLATE_NOOP("Report", "%1 were addressed (%2), %3 partly and %4 not."))
                  .arg(lang.locale().toString(s.recommendations.attended),
                      percentOrDash(lang, s.recommendations.attendedPercentBp),
                      lang.locale().toString(s.recommendations.partial),
                      lang.locale().toString(s.recommendations.notAttended));
    if (s.meanResponseDaysX100)
        out += QLatin1Char(' ')
            + rt(lang,
                QT_TRANSLATE_NOOP("Report", "The agencies answered in %1 days on average (median %2 days)."))
                  .arg(hundredths(lang, *s.meanResponseDaysX100),
                      lang.locale().toString(*s.medianResponseDays));
    out += QLatin1Char(' ')
        + rt(lang, QT_TRANSLATE_N_NOOP("Report", "%n finding(s) were referred to an oversight body."),
            s.escalations);
    return out;
}

QString pactSentence(const SocialMetrics &s, const DocLanguage &lang)
{
    if (s.bidders == 0)
        return QString();
    return rt(lang,
        QT_TRANSLATE_NOOP("Report",
            "%1 of the bidders signed the Integrity Pact; %2 disclosed their ties and %3 declared a "
            "conflict of interest."))
        .arg(percentOrDash(lang, s.bidderSignatureRateBp), lang.locale().toString(s.disclosures),
            lang.locale().toString(s.conflictsDeclared));
}

KeyValues economicFigures(const ReportResults &r, const DocLanguage &lang)
{
    KeyValues kv;
    kv << qMakePair(
        rt(lang, QT_TRANSLATE_NOOP("Report", "Monitored procedures")), lang.locale().toString(r.procedures));
    kv << qMakePair(rt(lang, QT_TRANSLATE_NOOP("Report", "With an award or contract")),
        lang.locale().toString(r.awardedProcedures));
    kv << qMakePair(
        rt(lang, QT_TRANSLATE_NOOP("Report", "Amount awarded or contracted")), money(lang, r.monitored));
    kv << qMakePair(rt(lang, QT_TRANSLATE_NOOP("Report", "Savings against the reference price")),
        money(lang, r.savings) + QStringLiteral(" (%1)").arg(percentOrDash(lang, r.savingsPercentBp)));
    kv << qMakePair(
        rt(lang, QT_TRANSLATE_NOOP("Report", "The same savings in pesos of %1")).arg(baseMonth(r, lang)),
        r.savingsReal ? money(lang, *r.savingsReal) : QStringLiteral("—"));
    kv << qMakePair(rt(lang, QT_TRANSLATE_NOOP("Report", "Savings against the authorised budget")),
        money(lang, r.savingsVsBudget)
            + QStringLiteral(" (%1)").arg(percentOrDash(lang, r.savingsVsBudgetPercentBp)));
    return kv;
}

KeyValues competitionFigures(const ReportResults &r, const DocLanguage &lang)
{
    KeyValues kv;
    kv << qMakePair(rt(lang, QT_TRANSLATE_NOOP("Report", "Procedures with bidders")),
        lang.locale().toString(r.proceduresWithBids));
    kv << qMakePair(rt(lang, QT_TRANSLATE_NOOP("Report", "Registered bidders per procedure (mean)")),
        r.meanBiddersPerProcedureX100 ? hundredths(lang, *r.meanBiddersPerProcedureX100)
                                      : QStringLiteral("—"));
    kv << qMakePair(rt(lang, QT_TRANSLATE_NOOP("Report", "Lots that received a single bid")),
        partOf(lang, r.singleBidLots, r.lotsWithBids, r.singleBidShareBp));
    return kv;
}

KeyValues socialFigures(const SocialMetrics &s, const DocLanguage &lang)
{
    const FollowUp &f = s.recommendations;
    KeyValues kv;
    kv << qMakePair(
        rt(lang, QT_TRANSLATE_NOOP("Report", "Recommendations made")), lang.locale().toString(f.total));
    kv << qMakePair(rt(lang, QT_TRANSLATE_NOOP("Report", "Addressed")),
        partOf(lang, f.attended, f.total, f.attendedPercentBp));
    kv << qMakePair(
        rt(lang, QT_TRANSLATE_NOOP("Report", "Partly addressed")), lang.locale().toString(f.partial));
    kv << qMakePair(
        rt(lang, QT_TRANSLATE_NOOP("Report", "Not addressed")), lang.locale().toString(f.notAttended));
    kv << qMakePair(
        rt(lang, QT_TRANSLATE_NOOP("Report", "Awaiting a response")), lang.locale().toString(f.pending));
    kv << qMakePair(rt(lang, QT_TRANSLATE_NOOP("Report", "Agency response time, mean / median / longest")),
        s.meanResponseDaysX100 ? rt(lang, QT_TRANSLATE_NOOP("Report", "%1 / %2 / %3 days"))
                                     .arg(hundredths(lang, *s.meanResponseDaysX100),
                                         lang.locale().toString(*s.medianResponseDays),
                                         lang.locale().toString(*s.maxResponseDays))
                               : QStringLiteral("—"));
    kv << qMakePair(rt(lang, QT_TRANSLATE_NOOP("Report", "Findings referred to an oversight body")),
        lang.locale().toString(s.escalations));
    for (auto it = s.escalationsByLevel.cbegin(); it != s.escalationsByLevel.cend(); ++it)
        kv << qMakePair(QStringLiteral("    ") + docCode(Codes::escalations(), it.key(), lang),
            lang.locale().toString(it.value()));
    return kv;
}

KeyValues pactFigures(const SocialMetrics &s, const DocLanguage &lang)
{
    KeyValues kv;
    kv << qMakePair(rt(lang, QT_TRANSLATE_NOOP("Report", "Bidders that signed the Integrity Pact")),
        partOf(lang, s.biddersSigned, s.bidders, s.bidderSignatureRateBp));
    kv << qMakePair(rt(lang, QT_TRANSLATE_NOOP("Report", "Bidders that disclosed their ties")),
        partOf(lang, s.disclosures, s.bidders, s.disclosureRateBp));
    kv << qMakePair(rt(lang, QT_TRANSLATE_NOOP("Report", "Declared conflicts of interest")),
        lang.locale().toString(s.conflictsDeclared));
    kv << qMakePair(rt(lang, QT_TRANSLATE_NOOP("Report", "Officials that signed the Integrity Pact")),
        partOf(lang, s.officialsSigned, s.officials, s.officialSignatureRateBp));
    return kv;
}

} // namespace

QStringList executiveSummary(const ReportData &d, const DocLanguage &lang)
{
    QStringList out {economicSentences(d.results, lang), competitionSentence(d.results, lang),
        socialSentences(d.results.social, lang)};
    const QString pact = pactSentence(d.results.social, lang);
    if (!pact.isEmpty())
        out << pact;
    return out;
}

void writeResultsChapter(DocBuilder &b, const ReportData &d, const DocLanguage &lang)
{
    const ReportResults &r = d.results;
    b.heading(2, rt(lang, QT_TRANSLATE_NOOP("Report", "Economic impact")));
    b.keyValues(economicFigures(r, lang), 55);
    b.paragraph(rt(lang,
                    QT_TRANSLATE_NOOP("Report",
                        "Amounts in MXN; other currencies at the Banxico FIX of the award date. Real terms: "
                        "nominal × INPC(%1) / INPC(month of the award), INPC of INEGI, base second half of "
                        "July 2018 = 100. Savings and their bases count only the awarded lots."))
                    .arg(baseMonth(r, lang)),
        true, true);
    b.heading(2, rt(lang, QT_TRANSLATE_NOOP("Report", "Competition")));
    b.keyValues(competitionFigures(r, lang), 55);
    b.heading(2, rt(lang, QT_TRANSLATE_NOOP("Report", "Social results")));
    b.keyValues(socialFigures(r.social, lang), 55);
    b.paragraph(rt(lang,
                    QT_TRANSLATE_NOOP("Report",
                        "Response time: days from the date a finding was raised to the date of the agency's "
                        "response, over the findings that have both.")),
        true, true);
    b.heading(2, rt(lang, QT_TRANSLATE_NOOP("Report", "Collective Action")));
    b.keyValues(pactFigures(r.social, lang), 55);
}

void writeHeatMapLegend(DocBuilder &b, const ReportData &d, const DocLanguage &lang)
{
    int max = 0;
    for (const auto &line : d.clauseByStage.cells)
        for (int v : line)
            max = std::max(max, v);
    if (max == 0)
        return;
    b.paragraph(rt(lang,
                    QT_TRANSLATE_N_NOOP("Report",
                        "Shading: white, no finding; the darkest cell, %n finding(s). Rows: clauses of the "
                        "Integrity Pact; columns: stages of the procedure."),
                    max),
        true);
    QList<QStringList> rows;
    for (const auto &[code, text] : d.clauseLegend)
        rows << QStringList {code, text.isEmpty() ? QStringLiteral("—") : text};
    b.table({rt(lang, QT_TRANSLATE_NOOP("Report", "Clause")),
                rt(lang, QT_TRANSLATE_NOOP("Report", "Text of the clause"))},
        rows, {12, 88}, {}, 7.5, {0});
}

} // namespace Testigo::Render
