// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/testimonysources.h"

#include "domain/doclanguage.h"
#include "impact/metrics.h"
#include "render/doctext.h"
#include "rules/clockrules.h"
#include "rules/clocks.h"
#include "rules/templates.h"
#include "store/casefile.h"

namespace Testigo::Render {

void fillEconomics(const CaseFile &file, TestimonyData &data)
{
    const ProcedureMetrics m = computeProcedureMetrics(file, data.procedure);
    EconomicResults &e = data.economics;
    e.budget = m.budget;
    e.reference = m.reference;
    e.awarded = m.awarded;
    e.savings = m.savings;
    e.savingsVsBudget = m.savingsVsBudget;
    e.budgetBase = m.budgetBase;
    e.savingsBasisPoints = m.savingsPercentBp;
    e.bidders = m.bidders;
    e.validBids = m.validBids;
    e.notes = metricNoteTexts(m.notes, DocLanguage(data.language)); // in the document's language
    for (const LotMetrics &l : m.lots) {
        EconomicLot lot;
        lot.number = l.number;
        lot.description = l.description;
        for (const Lot &recordedLot : data.lots)
            if (recordedLot.number == l.number)
                lot.descriptionEn = recordedLot.descriptionEn;
        lot.budget = l.budget;
        lot.reference = l.reference;
        lot.awarded = l.awarded;
        lot.savings = l.savingsVsReference;
        lot.savingsVsBudget = l.savingsVsBudget;
        lot.bidders = l.bidders;
        lot.validBids = l.validBids;
        e.lots << lot;
    }
}

namespace {
QString statusText(ClockResult::Status s, const DocLanguage &lang)
{
    switch (s) {
    case ClockResult::Status::Ok:
        return docText(lang, QT_TRANSLATE_NOOP("Testimony", "complied with"));
    case ClockResult::Status::Warning:
        return docText(lang, QT_TRANSLATE_NOOP("Testimony", "warning"));
    case ClockResult::Status::Breached:
        return docText(lang, QT_TRANSLATE_NOOP("Testimony", "not complied with"));
    case ClockResult::Status::Pending:
        return docText(lang, QT_TRANSLATE_NOOP("Testimony", "pending"));
    case ClockResult::Status::Overdue:
        return docText(lang, QT_TRANSLATE_NOOP("Testimony", "overdue, no actual date recorded"));
    case ClockResult::Status::NotApplicable:
        break;
    }
    return docText(lang, QT_TRANSLATE_NOOP("Testimony", "not applicable"));
}

// The figures of a clock in the document's own wording (kept here so Spanish is complete).
QString clockDetail(const ClockResult &r, const DocLanguage &lang)
{
    if (!r.start.isValid())
        return docText(lang, QT_TRANSLATE_NOOP("Testimony", "no start date recorded"));
    const auto n = [&lang](int v) { return lang.locale().toString(v); };
    QString limit;
    if (r.minimum)
        limit = r.businessDays
            ? docText(lang, QT_TRANSLATE_NOOP("Testimony", "%1 of at least %2 business days"))
            : docText(lang, QT_TRANSLATE_NOOP("Testimony", "%1 of at least %2 natural days"));
    else
        limit = r.businessDays
            ? docText(lang, QT_TRANSLATE_NOOP("Testimony", "%1 of at most %2 business days"))
            : docText(lang, QT_TRANSLATE_NOOP("Testimony", "%1 of at most %2 natural days"));
    QString s = limit.arg(n(r.elapsedDays), n(r.limitDays));
    const QString to = r.end.isValid() && !r.measuredToToday
        ? lang.date(r.end)
        : docText(lang, QT_TRANSLATE_NOOP("Testimony", "today"));
    s += QStringLiteral(", ")
        + docText(lang, QT_TRANSLATE_NOOP("Testimony", "from %1 to %2")).arg(lang.date(r.start), to);
    // A minimum period gives the earliest lawful date of its end, a maximum one its deadline.
    const char *limitDate = r.minimum ? QT_TRANSLATE_NOOP("Testimony", "earliest lawful date %1")
                                      : QT_TRANSLATE_NOOP("Testimony", "deadline %1");
    if (r.deadline.isValid())
        s += QStringLiteral("; ") + docText(lang, limitDate).arg(lang.date(r.deadline));
    if (r.usesPlannedDates)
        s += QStringLiteral(" ") + docText(lang, QT_TRANSLATE_NOOP("Testimony", "(planned dates)"));
    return s;
}

// The stage whose date ends the clock ("stage:opening", "last:clarification"), if any; a clock ending
// on an event (the correction of the fallo) goes with the stage it starts from (the fallo).
QString endingStageKind(const RegimeRules &rules, const QString &code)
{
    const auto stageOf = [](const QString &end) {
        if (end.startsWith(QLatin1String("stage:")) || end.startsWith(QLatin1String("last:")))
            return end.mid(end.indexOf(QLatin1Char(':')) + 1);
        return QString();
    };
    for (const ClockRule &r : rules.clocks)
        if (r.code == code)
            return stageOf(r.to).isEmpty() ? stageOf(r.from) : stageOf(r.to);
    return QString();
}
} // namespace

void fillClocks(const CaseFile &file, TestimonyData &data)
{
    const DocLanguage lang(data.language);
    const RegimeRules rules = rulesFor(data.procedure, data.stages);
    if (rules.clocks.isEmpty())
        data.clocksNote = docText(lang,
            QT_TRANSLATE_NOOP("Testimony",
                "No legal clocks are computed for this procedure: "
                "the rules of its regime (%1) set none in Testigo."))
                              .arg(rules.name.text(data.language).isEmpty() ? data.procedure.regime
                                                                            : rules.name.text(data.language));
    for (const ClockResult &r : evaluateClocks(file, data.procedure, data.printDate)) {
        if (r.status == ClockResult::Status::NotApplicable)
            continue;
        ClockLine line;
        line.code = r.code;
        line.article = r.articleLabel(lang);
        line.name = r.name(data.language);
        line.status = statusText(r.status, lang);
        line.detail = clockDetail(r, lang);
        line.deadline = r.deadline;
        line.minimum = r.minimum;
        line.breached = r.status == ClockResult::Status::Breached;
        line.stageKind = endingStageKind(rules, r.code);
        data.clocks << line;
    }
}

void fillLabels(TestimonyData &data)
{
    const Templates &t = Templates::standard();
    for (const Stage &s : data.stages) {
        const QString name = t.stageName(s.kind, data.language);
        if (!name.isEmpty() && name != s.kind)
            data.stageLabels.insert(s.kind, name);
    }
    for (const Finding &f : data.findings)
        if (!data.categoryLabels.contains(f.category))
            data.categoryLabels.insert(f.category, t.categoryLabel(f.category, data.language));
}

} // namespace Testigo::Render
