// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Legal clocks: for each rule of the procedure's regime (ClockRules), whether the dates recorded
// so far respect it. Only actual dates give a verdict (ok, warning, breached): a clock that rests on
// a planned date is `pending`, or `overdue` once its deadline has passed with no actual end date.
// A maximum clock whose end has not happened yet is measured against `today`.

#include "domain/entities.h"
#include "domain/events.h"
#include "rules/calendar.h"
#include "rules/clockrules.h"
#include "rules/datafile.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace Testigo {

class CaseFile;
class DocLanguage;

struct ClockResult
{
    // Ok, Warning (within a lawful extension) and Breached only from actual dates; Pending while
    // the period is not over or rests on planned dates; Overdue when a maximum period's deadline has
    // passed and its end has no actual date.
    enum class Status { Ok, Warning, Breached, Pending, Overdue, NotApplicable };

    QString code; // publication_to_opening, call_change_notice, clarification_to_opening, ...
    QString article; // "LAASSP art. 42"
    bool articleVerified = true; // false: article and figures unverified for this version of the law
    QString version; // the rules version applied (LAASSP-2009, LOPSRM-2025...)
    Status status = Status::Pending;
    QDate start, end; // end is empty while the measured event has not happened
    QDate deadline; // minimum: the earliest lawful date of the end; maximum: the latest on-time end
    QDate extendedDeadline; // maximum clocks with an extension: the latest end within it
    int elapsedDays = 0; // start to end (or to today while running), in the rule's kind of days
    int limitDays = 0; // after the character and any justified reduction
    int extensionDays = 0;
    bool businessDays = false;
    bool minimum = true; // a minimum period (else a maximum one)
    bool usesPlannedDates = false; // a planned date stood in for a missing actual date
    bool measuredToToday = false; // the end has not happened: elapsedDays runs to today
    bool reduced = false; // the justified reduction applied
    bool advisory = false; // numbers borrowed from another regime, for reference only
    bool calendarUncovered = false; // business days counted in years the holiday calendar lacks
    Bilingual nameText, explanationText;

    QString name(const QString &lang) const { return nameText.text(lang); }
    // The article with a visible mark when it is unverified for this version of the law.
    QString articleLabel(const DocLanguage &lang) const;
    QString explanation(const QString &lang) const { return explanationText.text(lang); }
    // One line with the figures, e.g. "12 of at least 15 natural days (from 1 March 2024 ...)".
    QString detail(const DocLanguage &lang) const;
};

class Clocks final
{
    Q_DECLARE_TR_FUNCTIONS(Clocks)
};

// ok | warning | breached | pending | overdue | not_applicable
QString statusCode(ClockResult::Status status);
// "earliest_lawful_date" for a minimum period, "deadline" for a maximum one.
QString deadlineKindCode(const ClockResult &clock);
// The status label in a document's language, or in the UI's language.
QString statusLabel(ClockResult::Status status, const DocLanguage &lang);
QString statusLabel(ClockResult::Status status);

// The dated facts beyond the stages that some clocks measure (schema 9): the procedure's events (the
// deadline for questions, changes to the call and their publication, corrections of the fallo) and
// the modification agreements (convenios) of its contracts. A rule with an "event:" or "amendment:"
// end measures one period per such row, and the worst of them is the clock's result.
struct ClockFacts
{
    QList<ProcedureEvent> events;
    QList<Amendment> amendments;
};

// The date that chooses the version of the law: the call's publication (actual, else planned),
// else the earliest date of any stage; invalid when no stage has a date.
QDate regimeVersionDate(const QList<Stage> &stages);
// The rules governing the procedure (its regime's version on regimeVersionDate).
RegimeRules rulesFor(const Procedure &procedure, const QList<Stage> &stages);

// Pure evaluation over a procedure and its stages; reportDelivered is the date the witness's final
// report was delivered (empty while it has not been).
// calendar: the working-day calendar to count business days with (the standard one when null).
// facts: the events and convenios the row clocks measure (without them those do not apply).
QList<ClockResult> evaluateClocks(const Procedure &procedure, const QList<Stage> &stages, const QDate &today,
    const QDate &reportDelivered = QDate(), const BusinessCalendar *calendar = nullptr,
    const ClockFacts *facts = nullptr);
// Reads the stages from the case file; an award or contract stage without a date takes the date of
// the recorded award (earliest) or contract signature. The procedure's events and its contracts'
// convenios are the facts of the row clocks.
// Business days skip the file's decree days besides the standard calendar's holidays.
QList<ClockResult> evaluateClocks(const CaseFile &file, const Procedure &procedure, const QDate &today);
// The standard calendar plus the decree days recorded in the case file (non-working days).
BusinessCalendar calendarOf(const CaseFile &file);

} // namespace Testigo
