// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/reportdata.h"

#include "domain/codes.h"
#include "domain/doclanguage.h"
#include "impact/portfolio.h"
#include "render/doctext.h"
#include "rules/templates.h"
#include "store/casefile.h"

#include <QMap>
#include <algorithm>

namespace Testigo::Render {

namespace {

CountSeries countBy(const QMap<QString, int> &counts, const QStringList &order,
    const std::function<QString(const QString &)> &label)
{
    CountSeries s;
    QStringList keys = order;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (!keys.contains(it.key()))
            keys << it.key();
    for (const QString &k : keys)
        if (counts.value(k) > 0) {
            s.labels << label(k);
            s.counts << counts.value(k);
        }
    return s;
}

QStringList codesOf(const CodeList &list)
{
    QStringList out;
    for (const CodeItem &i : list)
        out << QString::fromLatin1(i.code);
    return out;
}

// Economic figures (impact's metrics and portfolio, comparable MXN, nominal), the computed
// results and one appendix row per procedure.
void fillEconomics(
    const CaseFile &file, const QList<Finding> &findings, ReportData &d, const DocLanguage &lang)
{
    const ComparableOptions options;
    const QList<ProcedureMetrics> metrics = computeAllProcedureMetrics(file);
    const QList<PortfolioRow> rows = buildPortfolioRows(metrics, file.all<Agency>(), options);
    ComparableOptions realTerms; // real terms in pesos of the last month of the INPC series
    realTerms.realTarget = realTerms.inpc->lastMonth();
    d.results = computeReportResults(metrics, loadSocialInput(file), realTerms);
    const Portfolio portfolio = aggregatePortfolio(rows, {}, options);
    for (const CategoryTotal &c : portfolio.byYear)
        if (!c.key.isEmpty())
            d.savingsByYear.append({c.key.toInt(), c.savingsCents});
    std::sort(d.savingsByYear.begin(), d.savingsByYear.end());
    d.totalAwardedCents = portfolio.totals.monitored.cents();
    d.totalSavingsCents = portfolio.totals.savings.cents();

    QHash<QString, int> findingsPerProcedure;
    for (const Finding &f : findings)
        ++findingsPerProcedure[f.procedureId];
    QSet<QString> withConclusions;
    for (const Narrative &n : file.all<Narrative>())
        if (!n.conclusions.trimmed().isEmpty())
            withConclusions.insert(n.procedureId);
    QHash<QString, const PortfolioRow *> rowOf;
    for (const PortfolioRow &r : rows)
        rowOf.insert(r.metrics.procedureId, &r);
    QHash<QString, QString> agencyNames;
    for (const Agency &a : file.all<Agency>())
        agencyNames.insert(a.id, a.acronym.isEmpty() ? a.name : a.acronym);
    for (const Procedure &p : file.all<Procedure>()) {
        ReportProcedureRow r;
        r.id = p.id;
        r.number = p.number;
        r.agency = agencyNames.value(p.agencyId);
        r.type = p.type.isEmpty() ? QString() : docCode(Codes::procedureTypes(), p.type, lang);
        r.currency = p.currency;
        if (const PortfolioRow *pr = rowOf.value(p.id)) {
            r.year = pr->year;
            if (pr->metrics.awarded)
                r.amountCents = pr->metrics.awarded->cents();
            if (pr->metrics.savings)
                r.savingsCents = pr->metrics.savings->cents();
            if (!pr->metrics.currency.isEmpty())
                r.currency = pr->metrics.currency;
        }
        r.findings = findingsPerProcedure.value(p.id);
        r.testimonyIssued = withConclusions.contains(p.id);
        d.procedures.append(r);
    }
    std::stable_sort(d.procedures.begin(), d.procedures.end(),
        [](const ReportProcedureRow &a, const ReportProcedureRow &b) {
            return a.year != b.year ? a.year < b.year : a.number < b.number;
        });
}

// Findings by category, severity and stage.
void fillFindingCounts(const QList<Finding> &findings, const QHash<QString, QString> &stageKind,
    ReportData &d, const DocLanguage &lang)
{
    QMap<QString, int> byCategory, bySeverity, byStage;
    for (const Finding &f : findings) {
        ++byCategory[f.category];
        ++bySeverity[f.severity];
        ++byStage[stageKind.value(f.stageId)];
    }
    d.totalFindings = int(findings.size());
    const Templates &templates = Templates::standard();
    d.findingsByCategory = countBy(byCategory, {}, [&](const QString &c) {
        return c.isEmpty() ? QStringLiteral("—") : templates.categoryLabel(c, d.language);
    });
    d.findingsBySeverity = countBy(bySeverity, codesOf(Codes::severities()),
        [&](const QString &c) { return docCode(Codes::severities(), c, lang); });
    d.findingsByStage = countBy(byStage, codesOf(Codes::stageKinds()), [&](const QString &c) {
        return c.isEmpty() ? reportText(lang, QT_TRANSLATE_NOOP("Report", "No stage"))
                           : docCode(Codes::stageKinds(), c, lang);
    });
}

// The clause code's text for the heat map's legend, in the report's language when recorded.
QHash<QString, QString> clauseTexts(const QList<Clause> &clauses, const QString &language)
{
    QHash<QString, QString> out;
    for (const Clause &c : clauses) {
        const QString text
            = (language == QStringLiteral("en") && !c.textEn.trimmed().isEmpty()) ? c.textEn : c.textEs;
        if (!out.contains(c.code) && !text.trimmed().isEmpty())
            out.insert(c.code, text.simplified());
    }
    return out;
}

// The clause × stage heat map and its legend.
void fillHeatMap(const CaseFile &file, const QList<Finding> &findings,
    const QHash<QString, QString> &stageKind, ReportData &d, const DocLanguage &lang)
{
    const QList<Clause> clauses = file.all<Clause>();
    QHash<QString, QString> clauseCode;
    for (const Clause &c : clauses)
        clauseCode.insert(c.id, c.code);
    const QHash<QString, QString> clauseText = clauseTexts(clauses, d.language);
    QHash<QString, const Finding *> findingById;
    for (const Finding &f : findings)
        findingById.insert(f.id, &f);
    QMap<QString, QMap<QString, int>> cells; // clause code -> stage kind -> count
    QSet<QString> stagesSeen;
    for (const FindingClause &fc : file.all<FindingClause>()) {
        const Finding *f = findingById.value(fc.findingId);
        const QString code = clauseCode.value(fc.clauseId);
        if (!f || code.isEmpty())
            continue;
        const QString kind = stageKind.value(f->stageId);
        ++cells[code][kind];
        stagesSeen.insert(kind);
    }
    QStringList columns;
    for (const QString &k : codesOf(Codes::stageKinds()))
        if (stagesSeen.contains(k))
            columns << k;
    if (stagesSeen.contains(QString()))
        columns << QString();
    QStringList clauseCodes = cells.keys();
    std::sort(clauseCodes.begin(), clauseCodes.end(), [](const QString &a, const QString &b) {
        // A2 before A10: letter, then number.
        const int na = a.mid(1).toInt(), nb = b.mid(1).toInt();
        return a.left(1) != b.left(1) ? a.left(1) < b.left(1) : na < nb;
    });
    constexpr int kLegendChars = 110; // the legend names the clause; its full text is in the pact
    for (const QString &c : clauseCodes) {
        d.clauseByStage.rows << c;
        const QString text = clauseText.value(c);
        d.clauseLegend.append(
            {c, text.size() > kLegendChars ? text.left(kLegendChars - 1).trimmed() + QChar(0x2026) : text});
        QList<int> line;
        for (const QString &k : columns)
            line << cells[c].value(k);
        d.clauseByStage.cells << line;
    }
    for (const QString &k : columns)
        d.clauseByStage.columns << (k.isEmpty() ? reportText(lang, QT_TRANSLATE_NOOP("Report", "No stage"))
                                                : docCode(Codes::stageKinds(), k, lang));
}

} // namespace

ReportData loadReport(const CaseFile &file, const QString &language, const QDate &today)
{
    ReportData d;
    d.language = language == QStringLiteral("en") ? QStringLiteral("en") : QStringLiteral("es");
    const DocLanguage lang(d.language);
    d.auditHead = file.auditHead();
    d.printDate = today;
    d.chapters = file.all<Chapter>();
    std::stable_sort(d.chapters.begin(), d.chapters.end(),
        [](const Chapter &a, const Chapter &b) { return a.position < b.position; });
    if (d.chapters.isEmpty()) {
        d.chapters = defaultChapters();
        d.defaultPlan = true;
    }
    const QList<Finding> findings = file.all<Finding>();
    fillEconomics(file, findings, d, lang);
    QHash<QString, QString> stageKind;
    for (const Stage &s : file.all<Stage>())
        stageKind.insert(s.id, s.kind);
    fillFindingCounts(findings, stageKind, d, lang);
    fillHeatMap(file, findings, stageKind, d, lang);
    return d;
}

} // namespace Testigo::Render
