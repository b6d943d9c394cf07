// SPDX-License-Identifier: GPL-3.0-or-later
// show: one procedure with its agency, engagement, lots, stages and checklists, legal clocks,
// findings, bidders, bids, awards, contracts and amendments, as JSON or as a readable summary.
#include "cli/cli.h"
#include "cli/queries.h"
#include "cli/show_events.h"
#include "domain/codes.h"
#include "domain/doclanguage.h"
#include "domain/money.h"
#include "rules/clocks.h"
#include "rules/templates.h"
#include "store/casefile.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace Testigo::Cli {

namespace {

QJsonValue isoDate(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QString decimal(qint64 cents, const QString &currency)
{
    return Money(cents, currency).toDecimalString();
}

// Everything show prints, read once from the case file.
struct Record
{
    Procedure procedure;
    std::optional<Agency> agency;
    QList<Engagement> engagements;
    QHash<QString, Witness> witnesses;
    QList<Lot> lots;
    QList<Stage> stages;
    QHash<QString, QList<ChecklistAnswer>> answers; // stage id -> answers in order
    QList<Clause> clauses;
    QList<Finding> findings;
    QHash<QString, QStringList> findingClauses; // finding id -> clause codes
    QList<Bidder> bidders;
    QList<Bid> bids;
    QList<Award> awards;
    QList<Contract> contracts;
    QList<Amendment> amendments;
    QList<ClockResult> clocks;
    ProcedureFacts facts; // cancellations, void declarations, inconformidades, dialogue rounds

    QString bidderName(const QString &id) const
    {
        for (const Bidder &b : bidders)
            if (b.id == id)
                return b.name;
        return QString();
    }
    int lotNumber(const QString &id) const
    {
        for (const Lot &l : lots)
            if (l.id == id)
                return l.number;
        return 0;
    }
    const Stage *stage(const QString &id) const
    {
        for (const Stage &s : stages)
            if (s.id == id)
                return &s;
        return nullptr;
    }
};

Record readRecord(const CaseFile &file, const Procedure &p, const QDate &today)
{
    const QString pid = QStringLiteral("procedure_id");
    Record r;
    r.procedure = p;
    if (!p.agencyId.isEmpty())
        r.agency = file.get<Agency>(p.agencyId);
    r.engagements = file.all<Engagement>(pid, p.id);
    for (const Engagement &e : r.engagements)
        if (const auto w = file.get<Witness>(e.witnessId))
            r.witnesses.insert(w->id, *w);
    r.lots = file.all<Lot>(pid, p.id);
    std::sort(r.lots.begin(), r.lots.end(), [](const Lot &a, const Lot &b) { return a.number < b.number; });
    r.stages = file.all<Stage>(pid, p.id);
    std::sort(r.stages.begin(), r.stages.end(), [](const Stage &a, const Stage &b) {
        return a.position != b.position ? a.position < b.position : a.round < b.round;
    });
    for (const Stage &s : r.stages) {
        auto list = file.all<ChecklistAnswer>(QStringLiteral("stage_id"), s.id);
        std::sort(
            list.begin(), list.end(), [](const auto &a, const auto &b) { return a.position < b.position; });
        r.answers.insert(s.id, list);
    }
    r.clauses = file.all<Clause>(pid, p.id);
    std::sort(r.clauses.begin(), r.clauses.end(),
        [](const Clause &a, const Clause &b) { return a.position < b.position; });
    QHash<QString, QString> clauseCode;
    for (const Clause &c : r.clauses)
        clauseCode.insert(c.id, c.code);
    r.findings = file.all<Finding>(pid, p.id);
    std::sort(r.findings.begin(), r.findings.end(),
        [](const Finding &a, const Finding &b) { return a.number < b.number; });
    for (const Finding &f : r.findings) {
        QStringList codes;
        for (const FindingClause &fc : file.all<FindingClause>(QStringLiteral("finding_id"), f.id))
            codes.append(clauseCode.value(fc.clauseId));
        r.findingClauses.insert(f.id, codes);
    }
    r.bidders = file.all<Bidder>(pid, p.id);
    for (const Lot &l : r.lots) {
        r.bids += file.all<Bid>(QStringLiteral("lot_id"), l.id);
        r.awards += file.all<Award>(QStringLiteral("lot_id"), l.id);
    }
    r.contracts = file.all<Contract>(pid, p.id);
    for (const Contract &c : r.contracts)
        r.amendments += file.all<Amendment>(QStringLiteral("contract_id"), c.id);
    r.clocks = evaluateClocks(file, p, today);
    r.facts = loadProcedureFacts(file, p);
    return r;
}

QJsonObject procedureJson(const Procedure &p)
{
    return {{QStringLiteral("id"), p.id}, {QStringLiteral("number"), p.number},
        {QStringLiteral("title"), p.title}, {QStringLiteral("object"), p.object},
        {QStringLiteral("regime"), p.regime}, {QStringLiteral("type"), p.type},
        {QStringLiteral("character"), p.character}, {QStringLiteral("evaluation"), p.evaluation},
        {QStringLiteral("object_kind"), p.objectKind}, {QStringLiteral("currency"), p.currency},
        {QStringLiteral("place"), p.place}, {QStringLiteral("pact_version"), p.pactVersion},
        {QStringLiteral("reduced_period_justified"), p.reducedPeriodJustified},
        {QStringLiteral("participation_end"), isoDate(p.participationEnd)}, {QStringLiteral("ocid"), p.ocid},
        {QStringLiteral("fictitious"), p.fictitious}};
}

// The agency and the witness's engagement, null when the file has none.
void insertPartiesJson(QJsonObject &o, const Record &r)
{
    if (r.agency)
        o.insert(QStringLiteral("agency"),
            QJsonObject {{QStringLiteral("name"), r.agency->name},
                {QStringLiteral("acronym"), r.agency->acronym}, {QStringLiteral("kind"), r.agency->kind},
                {QStringLiteral("buying_unit"), r.agency->buyingUnit},
                {QStringLiteral("sector"), r.agency->sector}});
    else
        o.insert(QStringLiteral("agency"), QJsonValue::Null);
    if (!r.engagements.isEmpty()) {
        const Engagement &e = r.engagements.first();
        const Witness w = r.witnesses.value(e.witnessId);
        o.insert(QStringLiteral("engagement"),
            QJsonObject {{QStringLiteral("authority"), e.authority},
                {QStringLiteral("letter_number"), e.letterNumber},
                {QStringLiteral("letter_date"), isoDate(e.letterDate)},
                {QStringLiteral("witness"),
                    QJsonObject {{QStringLiteral("name"), w.name}, {QStringLiteral("kind"), w.kind},
                        {QStringLiteral("registry_number"), w.registryNumber},
                        {QStringLiteral("rfc"), w.rfc}}}});
    } else {
        o.insert(QStringLiteral("engagement"), QJsonValue::Null);
    }
}

QJsonArray lotsJson(const Record &r)
{
    const Procedure &p = r.procedure;
    QJsonArray lots;
    for (const Lot &l : r.lots)
        lots.append(
            QJsonObject {{QStringLiteral("number"), l.number}, {QStringLiteral("description"), l.description},
                {QStringLiteral("budget"), decimal(l.budgetCents, p.currency)},
                {QStringLiteral("reference"), decimal(l.referenceCents, p.currency)}});
    return lots;
}

QJsonArray stagesJson(const Record &r, const QString &lang)
{
    QJsonArray stages;
    for (const Stage &s : r.stages) {
        QJsonArray checklist;
        for (const ChecklistAnswer &a : r.answers.value(s.id))
            checklist.append(QJsonObject {{QStringLiteral("code"), a.itemCode},
                {QStringLiteral("question"), lang == QLatin1String("en") ? a.questionEn : a.questionEs},
                {QStringLiteral("answer"), a.answer}, {QStringLiteral("note"), a.note}});
        stages.append(QJsonObject {{QStringLiteral("kind"), s.kind},
            {QStringLiteral("name"), Templates::standard().stageName(s.kind, lang)},
            {QStringLiteral("position"), s.position}, {QStringLiteral("round"), s.round},
            {QStringLiteral("status"), s.status}, {QStringLiteral("planned_date"), isoDate(s.plannedDate)},
            {QStringLiteral("actual_date"), isoDate(s.actualDate)},
            {QStringLiteral("attendance"), s.attendance}, {QStringLiteral("acta_ref"), s.actaRef},
            {QStringLiteral("notes"), s.notes}, {QStringLiteral("checklist"), checklist}});
    }
    return stages;
}

QJsonArray clocksJson(const Record &r, const QString &lang)
{
    QJsonArray clocks;
    for (const ClockResult &c : r.clocks)
        clocks.append(QJsonObject {{QStringLiteral("code"), c.code}, {QStringLiteral("name"), c.name(lang)},
            {QStringLiteral("status"), statusCode(c.status)}, {QStringLiteral("article"), c.article},
            {QStringLiteral("article_verified"), c.articleVerified},
            {QStringLiteral("rules_version"), c.version}, {QStringLiteral("start"), isoDate(c.start)},
            {QStringLiteral("end"), isoDate(c.end)}, {QStringLiteral("deadline"), isoDate(c.deadline)},
            {QStringLiteral("deadline_kind"), deadlineKindCode(c)},
            {QStringLiteral("measured_to_today"), c.measuredToToday},
            {QStringLiteral("extended_deadline"), isoDate(c.extendedDeadline)},
            {QStringLiteral("elapsed_days"), c.elapsedDays}, {QStringLiteral("limit_days"), c.limitDays},
            {QStringLiteral("day_kind"),
                c.businessDays ? QStringLiteral("business") : QStringLiteral("natural")},
            {QStringLiteral("uses_planned_dates"), c.usesPlannedDates},
            {QStringLiteral("advisory"), c.advisory},
            {QStringLiteral("calendar_covered"), !c.calendarUncovered}});
    return clocks;
}

QJsonArray clausesJson(const Record &r, const QString &lang)
{
    QJsonArray clauses;
    for (const Clause &c : r.clauses)
        clauses.append(QJsonObject {{QStringLiteral("code"), c.code}, {QStringLiteral("party"), c.party},
            {QStringLiteral("text"), lang == QLatin1String("en") ? c.textEn : c.textEs}});
    return clauses;
}

QJsonArray findingsJson(const Record &r, const QString &lang)
{
    QJsonArray findings;
    for (const Finding &f : r.findings) {
        const Stage *s = r.stage(f.stageId);
        findings.append(QJsonObject {{QStringLiteral("number"), f.number},
            {QStringLiteral("stage_kind"), s ? s->kind : QString()},
            {QStringLiteral("stage_round"), s ? s->round : 0},
            {QStringLiteral("clause_codes"), QJsonArray::fromStringList(r.findingClauses.value(f.id))},
            {QStringLiteral("category"), f.category},
            {QStringLiteral("category_label"), Templates::standard().categoryLabel(f.category, lang)},
            {QStringLiteral("severity"), f.severity}, {QStringLiteral("status"), f.status},
            {QStringLiteral("escalation"), f.escalation},
            {QStringLiteral("raised_date"), isoDate(f.raisedDate)},
            {QStringLiteral("response_date"), isoDate(f.responseDate)},
            {QStringLiteral("description"), f.description},
            {QStringLiteral("recommendation"), f.recommendation}, {QStringLiteral("response"), f.response}});
    }
    return findings;
}

QJsonArray biddersJson(const Record &r)
{
    QJsonArray bidders;
    for (const Bidder &b : r.bidders)
        bidders.append(QJsonObject {{QStringLiteral("name"), b.name}, {QStringLiteral("rfc"), b.rfc},
            {QStringLiteral("signed_pact"), b.signedPact},
            {QStringLiteral("disclosed_ties"), b.disclosedTies},
            {QStringLiteral("declared_conflict"), b.declaredConflict}});
    return bidders;
}

QJsonArray bidsJson(const Record &r)
{
    const Procedure &p = r.procedure;
    QJsonArray bids;
    for (const Bid &b : r.bids)
        bids.append(QJsonObject {{QStringLiteral("bidder"), r.bidderName(b.bidderId)},
            {QStringLiteral("lot"), r.lotNumber(b.lotId)},
            {QStringLiteral("amount"), decimal(b.amountCents, p.currency)},
            {QStringLiteral("technical_result"), b.technicalResult},
            {QStringLiteral("economic_result"), b.economicResult}, {QStringLiteral("rejected"), b.rejected},
            {QStringLiteral("rejection_reason"), b.rejectionReason}});
    return bids;
}

QJsonArray awardsJson(const Record &r)
{
    const Procedure &p = r.procedure;
    QJsonArray awards;
    for (const Award &a : r.awards)
        awards.append(QJsonObject {{QStringLiteral("lot"), r.lotNumber(a.lotId)},
            {QStringLiteral("bidder"),
                a.voidLot ? QJsonValue(QJsonValue::Null) : QJsonValue(r.bidderName(a.bidderId))},
            {QStringLiteral("amount"), decimal(a.amountCents, p.currency)},
            {QStringLiteral("date"), isoDate(a.date)}, {QStringLiteral("void"), a.voidLot}});
    return awards;
}

// The contracts, and their amendments (each in its contract's currency).
void insertContractsJson(QJsonObject &o, const Record &r)
{
    const Procedure &p = r.procedure;
    QJsonArray contracts;
    QHash<QString, QString> contractNumber;
    for (const Contract &c : r.contracts) {
        contractNumber.insert(c.id, c.number);
        contracts.append(QJsonObject {{QStringLiteral("number"), c.number},
            {QStringLiteral("bidder"), r.bidderName(c.bidderId)},
            {QStringLiteral("amount"), decimal(c.amountCents, c.currency)},
            {QStringLiteral("currency"), c.currency},
            {QStringLiteral("signed_date"), isoDate(c.signedDate)}});
    }

    QJsonArray amendments;
    for (const Amendment &a : r.amendments) {
        QString currency = p.currency;
        for (const Contract &c : r.contracts)
            if (c.id == a.contractId)
                currency = c.currency;
        amendments.append(QJsonObject {{QStringLiteral("contract"), contractNumber.value(a.contractId)},
            {QStringLiteral("number"), a.number}, {QStringLiteral("delta"), decimal(a.deltaCents, currency)},
            {QStringLiteral("date"), isoDate(a.date)}, {QStringLiteral("description"), a.description}});
    }
    o.insert(QStringLiteral("contracts"), contracts);
    o.insert(QStringLiteral("amendments"), amendments);
}

QJsonObject toJson(const Record &r, const QString &lang)
{
    const Procedure &p = r.procedure;
    QJsonObject o = procedureJson(p);
    insertPartiesJson(o, r);
    o.insert(QStringLiteral("lots"), lotsJson(r));
    o.insert(QStringLiteral("stages"), stagesJson(r, lang));
    o.insert(QStringLiteral("clocks"), clocksJson(r, lang));
    o.insert(QStringLiteral("clauses"), clausesJson(r, lang));
    o.insert(QStringLiteral("findings"), findingsJson(r, lang));
    o.insert(QStringLiteral("bidders"), biddersJson(r));
    o.insert(QStringLiteral("bids"), bidsJson(r));
    o.insert(QStringLiteral("awards"), awardsJson(r));
    insertContractsJson(o, r);
    addEventsJson(o, r.facts, r.lots, r.bidders);
    return o;
}

QString answered(const QList<ChecklistAnswer> &answers)
{
    const auto done
        = std::count_if(answers.begin(), answers.end(), [](const auto &a) { return !a.answer.isEmpty(); });
    return QCoreApplication::translate("Cli", "checklist %1/%2").arg(done).arg(answers.size());
}

// The procedure, its agency, regime and witness.
// A date as the summary prints it, a dash when there is none.
QString shownDate(const DocLanguage &lang, const QDate &d)
{
    return d.isValid() ? lang.shortDate(d) : QStringLiteral("—");
}

void printHeading(const Record &r, const DocLanguage &lang, QTextStream &out)
{
    const Procedure &p = r.procedure;
    out << p.number << QStringLiteral("  ") << p.title << '\n';
    if (r.agency)
        out << QCoreApplication::translate("Cli", "Agency: %1 (%2)").arg(r.agency->name, r.agency->acronym)
            << '\n';
    out << QCoreApplication::translate("Cli", "Regime: %1 · type: %2 · character: %3 · object: %4")
               .arg(Codes::label(Codes::regimes(), p.regime, lang),
                   Codes::label(Codes::procedureTypes(), p.type, lang),
                   Codes::label(Codes::characters(), p.character, lang),
                   Codes::label(Codes::objectKinds(), p.objectKind, lang))
        << '\n';
    for (const Engagement &e : r.engagements)
        out << QCoreApplication::translate("Cli", "Witness: %1, designated by %2 (letter %3 of %4)")
                   .arg(r.witnesses.value(e.witnessId).name, e.authority, e.letterNumber,
                       shownDate(lang, e.letterDate))
            << '\n';
}

void printLotsAndStages(const Record &r, const DocLanguage &lang, QTextStream &out)
{
    const Procedure &p = r.procedure;
    const QString l = lang.code();
    out << '\n' << QCoreApplication::translate("Cli", "Lots") << '\n';
    for (const Lot &lot : r.lots)
        out << QStringLiteral("  %1. %2 — ").arg(lot.number).arg(lot.description)
            << QCoreApplication::translate("Cli", "budget %1, reference %2")
                   .arg(lang.money(Money(lot.budgetCents, p.currency)),
                       lang.money(Money(lot.referenceCents, p.currency)))
            << '\n';

    out << '\n' << QCoreApplication::translate("Cli", "Stages") << '\n';
    for (const Stage &s : r.stages) {
        QString name = Templates::standard().stageName(s.kind, l);
        if (s.round > 1)
            name += QStringLiteral(" (%1)").arg(s.round);
        out << QStringLiteral("  %1  %2  %3  %4\n")
                   .arg(Codes::label(Codes::stageStatuses(), s.status, lang).leftJustified(14),
                       name.leftJustified(44),
                       shownDate(lang, s.actualDate.isValid() ? s.actualDate : s.plannedDate),
                       answered(r.answers.value(s.id)));
    }
}

void printClocksAndFindings(const Record &r, const DocLanguage &lang, QTextStream &out)
{
    const QString l = lang.code();
    out << '\n' << QCoreApplication::translate("Cli", "Legal clocks") << '\n';
    for (const ClockResult &c : r.clocks)
        out << QStringLiteral("  [%1] %2 (%3): %4\n")
                   .arg(statusLabel(c.status, lang), c.name(l), c.articleLabel(lang), c.detail(lang));

    out << '\n' << QCoreApplication::translate("Cli", "Findings: %1").arg(r.findings.size()) << '\n';
    for (const Finding &f : r.findings) {
        const Stage *s = r.stage(f.stageId);
        out << QStringLiteral("  %1. [%2 · %3] %4 — %5 (%6): %7\n")
                   .arg(f.number)
                   .arg(Codes::label(Codes::severities(), f.severity, lang),
                       Codes::label(Codes::findingStatuses(), f.status, lang),
                       s ? Templates::standard().stageName(s->kind, l) : QString(),
                       Templates::standard().categoryLabel(f.category, l),
                       r.findingClauses.value(f.id).join(QStringLiteral(", ")), f.description.simplified());
    }
}

// Counts of bidders and what they won: awards and contracts.
void printParticipants(const Record &r, const DocLanguage &lang, QTextStream &out)
{
    const Procedure &p = r.procedure;
    out << '\n'
        << QCoreApplication::translate(
               "Cli", "Bidders: %1 · bids: %2 · awards: %3 · contracts: %4 · amendments: %5")
               .arg(r.bidders.size())
               .arg(r.bids.size())
               .arg(r.awards.size())
               .arg(r.contracts.size())
               .arg(r.amendments.size())
        << '\n';
    for (const Award &a : r.awards)
        out << QStringLiteral("  ")
            << QCoreApplication::translate("Cli", "Lot %1: %2, %3 on %4")
                   .arg(r.lotNumber(a.lotId))
                   .arg(a.voidLot ? QCoreApplication::translate("Cli", "void") : r.bidderName(a.bidderId),
                       lang.money(Money(a.amountCents, p.currency)), shownDate(lang, a.date))
            << '\n';
    for (const Contract &c : r.contracts)
        out << QStringLiteral("  ")
            << QCoreApplication::translate("Cli", "Contract %1 with %2: %3, signed %4")
                   .arg(c.number, r.bidderName(c.bidderId), lang.money(Money(c.amountCents, c.currency)),
                       shownDate(lang, c.signedDate))
            << '\n';
}

void printSummary(const Record &r, const DocLanguage &lang, QTextStream &out)
{
    printHeading(r, lang, out);
    printLotsAndStages(r, lang, out);
    printClocksAndFindings(r, lang, out);
    printParticipants(r, lang, out);
    printEvents(r.facts, r.lots, r.bidders, lang, out);
}

} // namespace

int cmdShow(const Args &a, Io io)
{
    if (a.positional.size() != 1 || !a.has(QStringLiteral("process")))
        return usageError(io, QCoreApplication::translate("Cli", "show needs FILE and --process NUMBER."));
    const QString lang = a.value(QStringLiteral("lang"), QStringLiteral("en"));
    if (lang != QLatin1String("es") && lang != QLatin1String("en"))
        return usageError(io, QCoreApplication::translate("Cli", "--lang must be es or en."));
    QDate today = QDate::currentDate();
    if (a.has(QStringLiteral("today"))) {
        today = QDate::fromString(a.value(QStringLiteral("today")), Qt::ISODate);
        if (!today.isValid())
            return usageError(io, QCoreApplication::translate("Cli", "--today needs a date as YYYY-MM-DD."));
    }
    auto file = openOrReport(a.positional.first(), io, true);
    if (!file)
        return Error;
    const auto p = findProcedure(*file, a.value(QStringLiteral("process")), io);
    if (!p)
        return Error;
    const Record r = readRecord(*file, *p, today);
    if (a.has(QStringLiteral("json"))) {
        io.out << QString::fromUtf8(QJsonDocument(toJson(r, lang)).toJson(QJsonDocument::Indented));
        return Ok;
    }
    printSummary(r, DocLanguage(lang), io.out);
    return Ok;
}

} // namespace Testigo::Cli
