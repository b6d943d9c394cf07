// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/clocks.h"

#include "domain/events.h"

#include "domain/doclanguage.h"
#include "rules/calendar.h"
#include "rules/clockrules.h"
#include "store/casefile.h"

#include <algorithm>

namespace Testigo {

namespace {

// One end of a measured period.
struct Point
{
    bool exists = false; // the procedure has such a stage (or the point always exists)
    bool notApplicable = false; // every stage of that kind was marked not applicable
    QDate date;
    bool planned = false;
    bool happened = false; // the stage is done, even if its date was not recorded
};

QDate stageDate(const Stage &s, bool *planned)
{
    *planned = !s.actualDate.isValid() && s.plannedDate.isValid();
    return s.actualDate.isValid() ? s.actualDate : s.plannedDate;
}

Point resolve(
    const QString &spec, const Procedure &p, const QList<Stage> &stages, const QDate &reportDelivered)
{
    Point pt;
    if (spec == QLatin1String("procedure:participationEnd")) {
        pt.exists = true;
        pt.date = p.participationEnd;
        return pt;
    }
    if (spec == QLatin1String("report")) {
        // The delivery given by the caller, else the report stage (absent in older procedures: then
        // nothing says the report was delivered).
        if (reportDelivered.isValid()) {
            pt.exists = pt.happened = true;
            pt.date = reportDelivered;
            return pt;
        }
        pt = resolve(QStringLiteral("stage:report"), p, stages, reportDelivered);
        pt.exists = true;
        return pt;
    }
    const qsizetype colon = spec.indexOf(QLatin1Char(':'));
    const QString how = spec.left(colon);
    const QString kind = spec.mid(colon + 1);
    QList<Stage> ofKind;
    for (const Stage &s : stages)
        if (s.kind == kind && !s.deleted)
            ofKind.append(s);
    std::sort(ofKind.begin(), ofKind.end(), [](const Stage &a, const Stage &b) {
        return a.position != b.position ? a.position < b.position : a.round < b.round;
    });
    pt.exists = !ofKind.isEmpty();
    bool anyApplicable = false;
    for (const Stage &s : ofKind) {
        if (s.status == QLatin1String("not_applicable"))
            continue;
        anyApplicable = true;
        bool planned = false;
        const QDate d = stageDate(s, &planned);
        if (how == QLatin1String("stage")) { // the first applicable stage of the kind
            pt.date = d;
            pt.planned = planned;
            pt.happened = s.status == QLatin1String("done");
            break;
        }
        if (d.isValid() && (!pt.date.isValid() || d > pt.date)) { // "last": the latest dated one
            pt.date = d;
            pt.planned = planned;
        }
    }
    pt.notApplicable = pt.exists && !anyApplicable;
    return pt;
}

int daysBetween(const BusinessCalendar &cal, const QDate &a, const QDate &b, bool business)
{
    return business ? cal.businessDaysBetween(a, b) : int(a.daysTo(b));
}

QDate addDays(const BusinessCalendar &cal, const QDate &d, int n, bool business)
{
    return business ? cal.addBusinessDays(d, n) : d.addDays(n);
}

// The verdict of a period measured between two actual dates.
ClockResult::Status verdict(const ClockResult &r, const QDate &end, const QDate &last)
{
    using S = ClockResult::Status;
    if (r.minimum)
        return end >= r.deadline ? S::Ok : S::Breached;
    if (end <= r.deadline)
        return S::Ok;
    return end <= last ? S::Warning : S::Breached;
}

// A rule's result before its ends are resolved: what the rule and the procedure say.
ClockResult prepare(const ClockRule &rule, const RegimeRules &regime, const Procedure &p)
{
    ClockResult r;
    r.code = rule.code;
    r.article = rule.article;
    r.articleVerified = rule.verified;
    r.version = regime.regime;
    r.nameText = rule.name;
    r.explanationText = rule.explanation;
    r.businessDays = rule.businessDays;
    r.minimum = rule.check == ClockRule::Check::Minimum;
    r.advisory = regime.advisory;
    r.limitDays = rule.limitFor(p);
    r.reduced = r.limitDays < rule.daysByCharacter.value(p.character, rule.days);
    r.extensionDays = r.minimum ? 0 : rule.extensionDays;
    return r;
}

// The period between two resolved ends.
ClockResult measure(ClockResult r, const ClockRule &rule, const Point &from, const Point &to,
    const QDate &today, const BusinessCalendar &cal)
{
    using S = ClockResult::Status;
    r.start = from.date;
    r.end = to.date;
    r.usesPlannedDates = from.planned || to.planned;
    if (!from.exists || from.notApplicable || !to.exists || to.notApplicable) {
        r.status = S::NotApplicable;
        return r;
    }
    if (!from.date.isValid()) {
        r.status = rule.optionalStart ? S::NotApplicable : S::Pending;
        return r;
    }
    r.deadline = addDays(cal, from.date, r.limitDays, rule.businessDays);
    if (r.extensionDays > 0)
        r.extendedDeadline = addDays(cal, r.deadline, r.extensionDays, rule.businessDays);
    const QDate last = r.extensionDays > 0 ? r.extendedDeadline : r.deadline;

    const bool endActual = to.date.isValid() && !to.planned;
    if (endActual && !from.planned) {
        r.elapsedDays = daysBetween(cal, from.date, to.date, rule.businessDays);
        r.status = verdict(r, to.date, last);
        return r;
    }
    if (to.date.isValid())
        r.elapsedDays = daysBetween(cal, from.date, to.date, rule.businessDays); // planned figures, no verdict
    // No verdict on a planned date: the measured event has not happened yet, happened on a date
    // nobody recorded, or its start is only planned.
    if (endActual || r.minimum || to.happened || !today.isValid() || today < from.date) {
        r.status = S::Pending;
        return r;
    }
    // Measured from the start to today: a planned end date plays no part in the result.
    r.measuredToToday = true;
    r.end = QDate();
    r.usesPlannedDates = from.planned;
    r.elapsedDays = daysBetween(cal, from.date, today, rule.businessDays);
    const bool nearDeadline = rule.warningDays > 0 && today.daysTo(r.deadline) <= rule.warningDays;
    if (today > last)
        r.status = S::Overdue;
    else if (!from.planned && (today > r.deadline || nearDeadline))
        r.status = S::Warning;
    else
        r.status = S::Pending;
    return r;
}

// An end measured on rows (procedure events, convenios) instead of stages.
bool isRowSpec(const QString &spec)
{
    return spec.startsWith(QLatin1String("event:")) || spec.startsWith(QLatin1String("amendment:"));
}

// One row a row clock measures: a procedure event or a convenio.
struct Row
{
    const ProcedureEvent *event = nullptr;
    const Amendment *amendment = nullptr;
};

// The rows of that spec ("event:<kind>[:published]", "amendment:agreed|signed"), by date.
QList<Row> rowsOf(const QString &spec, const ClockFacts &facts)
{
    QList<Row> out;
    if (spec.startsWith(QLatin1String("event:"))) {
        const QString kind = spec.section(QLatin1Char(':'), 1, 1);
        for (const ProcedureEvent &e : facts.events)
            if (!e.deleted && e.kind == kind)
                out.append(Row {&e, nullptr});
        std::stable_sort(
            out.begin(), out.end(), [](const Row &a, const Row &b) { return a.event->date < b.event->date; });
    } else {
        for (const Amendment &a : facts.amendments)
            if (!a.deleted)
                out.append(Row {nullptr, &a});
        std::stable_sort(out.begin(), out.end(),
            [](const Row &a, const Row &b) { return a.amendment->agreedDate < b.amendment->agreedDate; });
    }
    return out;
}

// A row's date: always an actual one (a recorded act), missing while nobody entered it.
Point rowPoint(const QString &spec, const Row &row)
{
    Point pt;
    pt.exists = true;
    if (row.event)
        pt.date = spec.endsWith(QLatin1String(":published")) ? row.event->publishedDate : row.event->date;
    else if (row.amendment)
        pt.date = spec == QLatin1String("amendment:agreed") ? row.amendment->agreedDate : row.amendment->date;
    return pt;
}

// How grave a result is: the row clock reports its gravest period.
int gravity(ClockResult::Status s)
{
    using S = ClockResult::Status;
    switch (s) {
    case S::Breached:
        return 5;
    case S::Overdue:
        return 4;
    case S::Warning:
        return 3;
    case S::Pending:
        return 2;
    case S::Ok:
        return 1;
    case S::NotApplicable:
        break;
    }
    return 0;
}

ClockResult evaluate(const ClockRule &rule, const RegimeRules &regime, const Procedure &p,
    const QList<Stage> &stages, const QDate &today, const QDate &reportDelivered, const BusinessCalendar &cal,
    const ClockFacts &facts)
{
    const ClockResult base = prepare(rule, regime, p);
    const bool rowFrom = isRowSpec(rule.from), rowTo = isRowSpec(rule.to);
    if (!rowFrom && !rowTo)
        return measure(base, rule, resolve(rule.from, p, stages, reportDelivered),
            resolve(rule.to, p, stages, reportDelivered), today, cal);
    // One period per row; the stage end (if any) is shared.
    const Point fromStage = rowFrom ? Point() : resolve(rule.from, p, stages, reportDelivered);
    const Point toStage = rowTo ? Point() : resolve(rule.to, p, stages, reportDelivered);
    ClockResult worst = base;
    worst.status = ClockResult::Status::NotApplicable; // no row recorded: nothing to measure
    for (const Row &row : rowsOf(rowFrom ? rule.from : rule.to, facts)) {
        const ClockResult r = measure(base, rule, rowFrom ? rowPoint(rule.from, row) : fromStage,
            rowTo ? rowPoint(rule.to, row) : toStage, today, cal);
        if (gravity(r.status) > gravity(worst.status))
            worst = r;
    }
    return worst;
}

// A business-day clock whose span reaches years the holiday calendar lacks.
bool countsUncoveredBusinessDays(const ClockResult &r, const QDate &today)
{
    if (!r.businessDays || !r.start.isValid() || !r.deadline.isValid())
        return false;
    QDate last = r.deadline;
    if (r.end.isValid() && r.end > last)
        last = r.end;
    if (r.measuredToToday && today > last)
        last = today;
    return !BusinessCalendar::standard().coversSpan(r.start, last);
}

const char *const statusSources[]
    = {QT_TRANSLATE_NOOP("Clocks", "On time"), QT_TRANSLATE_NOOP("Clocks", "Warning"),
        QT_TRANSLATE_NOOP("Clocks", "Breached"), QT_TRANSLATE_NOOP("Clocks", "Pending"),
        QT_TRANSLATE_NOOP("Clocks", "Overdue"), QT_TRANSLATE_NOOP("Clocks", "Not applicable")};

} // namespace

QString statusCode(ClockResult::Status status)
{
    switch (status) {
    case ClockResult::Status::Ok:
        return QStringLiteral("ok");
    case ClockResult::Status::Warning:
        return QStringLiteral("warning");
    case ClockResult::Status::Breached:
        return QStringLiteral("breached");
    case ClockResult::Status::Pending:
        return QStringLiteral("pending");
    case ClockResult::Status::Overdue:
        return QStringLiteral("overdue");
    case ClockResult::Status::NotApplicable:
        break;
    }
    return QStringLiteral("not_applicable");
}

QString deadlineKindCode(const ClockResult &clock)
{
    return clock.minimum ? QStringLiteral("earliest_lawful_date") : QStringLiteral("deadline");
}

QString statusLabel(ClockResult::Status status, const DocLanguage &lang)
{
    return lang.translate("Clocks", statusSources[int(status)]);
}

QString statusLabel(ClockResult::Status status)
{
    return QCoreApplication::translate("Clocks", statusSources[int(status)]);
}

QString ClockResult::detail(const DocLanguage &lang) const
{
    const auto t = [&lang](const char *s) { return lang.translate("Clocks", s); };
    if (status == Status::NotApplicable)
        return t(QT_TRANSLATE_NOOP("Clocks", "Does not apply: the act was not held or no date applies."));
    if (!start.isValid())
        return t(QT_TRANSLATE_NOOP("Clocks", "No start date recorded."));
    const QString unit = businessDays ? t(QT_TRANSLATE_NOOP("Clocks", "business days"))
                                      : t(QT_TRANSLATE_NOOP("Clocks", "natural days"));
    QString s;
    if (minimum) {
        s = t(QT_TRANSLATE_NOOP("Clocks", "at least %1 %2 from %3; earliest lawful date %4"))
                .arg(limitDays)
                .arg(unit, lang.date(start), lang.date(deadline));
    } else {
        s = t(QT_TRANSLATE_NOOP("Clocks", "at most %1 %2 from %3; deadline %4"))
                .arg(limitDays)
                .arg(unit, lang.date(start), lang.date(deadline));
        if (extendedDeadline.isValid())
            s += t(QT_TRANSLATE_NOOP("Clocks", "; with the extension %1")).arg(lang.date(extendedDeadline));
    }
    if (measuredToToday)
        s = t(QT_TRANSLATE_NOOP("Clocks", "%1 %2 so far (%3)")).arg(elapsedDays).arg(unit, s);
    else if (end.isValid())
        s = t(QT_TRANSLATE_NOOP("Clocks", "%1 %2 (%3)")).arg(elapsedDays).arg(unit, s);
    if (reduced)
        s += t(QT_TRANSLATE_NOOP("Clocks", "; reduced period, justified"));
    if (usesPlannedDates)
        s += t(QT_TRANSLATE_NOOP("Clocks", "; measured on planned dates"));
    if (advisory)
        s += t(QT_TRANSLATE_NOOP("Clocks", "; for reference only"));
    if (calendarUncovered)
        s += t(QT_TRANSLATE_NOOP("Clocks",
            "; WARNING: the holiday calendar does not cover these years, "
            "only weekends were left out of the business days"));
    if (!articleVerified)
        s += t(QT_TRANSLATE_NOOP("Clocks", "; article and figures unverified for this version of the law"));
    return s + QLatin1Char('.');
}

QDate regimeVersionDate(const QList<Stage> &stages)
{
    QDate call, earliest;
    for (const Stage &s : stages) {
        if (s.deleted)
            continue;
        const QDate d = s.actualDate.isValid() ? s.actualDate : s.plannedDate;
        if (!d.isValid())
            continue;
        if (s.kind == QLatin1String("call") && (!call.isValid() || d < call))
            call = d;
        if (!earliest.isValid() || d < earliest)
            earliest = d;
    }
    return call.isValid() ? call : earliest;
}

RegimeRules rulesFor(const Procedure &procedure, const QList<Stage> &stages)
{
    return ClockRules::forRegimeOn(procedure.regime, regimeVersionDate(stages));
}

QString ClockResult::articleLabel(const DocLanguage &lang) const
{
    if (articleVerified)
        return article;
    static const char *const mark = QT_TRANSLATE_NOOP("Clocks", "%1 (unverified)");
    return lang.translate("Clocks", mark).arg(article);
}

QList<ClockResult> evaluateClocks(const Procedure &procedure, const QList<Stage> &stages, const QDate &today,
    const QDate &reportDelivered, const BusinessCalendar *calendar, const ClockFacts *facts)
{
    const BusinessCalendar &cal = calendar ? *calendar : BusinessCalendar::standard();
    static const ClockFacts none;
    const RegimeRules rules = rulesFor(procedure, stages);
    QList<ClockResult> out;
    for (const ClockRule &rule : rules.clocks)
        if (rule.appliesTo(procedure))
            out.append(
                evaluate(rule, rules, procedure, stages, today, reportDelivered, cal, facts ? *facts : none));
    for (ClockResult &r : out)
        r.calendarUncovered = countsUncoveredBusinessDays(r, today);
    return out;
}

QList<ClockResult> evaluateClocks(const CaseFile &file, const Procedure &procedure, const QDate &today)
{
    QList<Stage> stages = file.all<Stage>(QStringLiteral("procedure_id"), procedure.id);
    QDate awarded, signedOn;
    for (const Lot &lot : file.all<Lot>(QStringLiteral("procedure_id"), procedure.id))
        for (const Award &a : file.all<Award>(QStringLiteral("lot_id"), lot.id))
            if (a.date.isValid() && (!awarded.isValid() || a.date < awarded))
                awarded = a.date;
    ClockFacts facts;
    facts.events = file.all<ProcedureEvent>(QStringLiteral("procedure_id"), procedure.id);
    for (const Contract &c : file.all<Contract>(QStringLiteral("procedure_id"), procedure.id)) {
        if (c.signedDate.isValid() && (!signedOn.isValid() || c.signedDate < signedOn))
            signedOn = c.signedDate;
        facts.amendments += file.all<Amendment>(QStringLiteral("contract_id"), c.id);
    }
    for (Stage &s : stages) {
        if (s.actualDate.isValid())
            continue;
        if (s.kind == QLatin1String("award") && awarded.isValid())
            s.actualDate = awarded;
        else if (s.kind == QLatin1String("contract") && signedOn.isValid())
            s.actualDate = signedOn;
    }
    const BusinessCalendar calendar = calendarOf(file);
    return evaluateClocks(procedure, stages, today, QDate(), &calendar, &facts);
}

BusinessCalendar calendarOf(const CaseFile &file)
{
    BusinessCalendar calendar = BusinessCalendar::standard();
    for (const DecreeDay &d : file.all<DecreeDay>())
        if (d.date.isValid())
            calendar.addHoliday(d.date, d.description, d.description);
    return calendar;
}

} // namespace Testigo
