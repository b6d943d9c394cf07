// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapping.h"
#include "domain/editorial.h" // editors: chapter, merge_conflict, merge_record

#include "store/ocds_store.h" // OCDS: flag_decision
#include "store/signer.h"
#include "domain/events.h" // schema 7: procedure events, decree days
#include <QHash>

namespace Testigo {

QVariant toStorage(const QVariant &v)
{
    if (!v.isValid())
        return QVariant();
    // A null QString is an empty text, not SQL NULL (text columns are NOT NULL).
    if (v.typeId() == QMetaType::QString)
        return v.toString().isNull() ? QString(QLatin1String("")) : v.toString();
    if (v.isNull())
        return QVariant();
    switch (v.typeId()) {
    case QMetaType::Bool:
        return qint64(v.toBool() ? 1 : 0);
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
        return v.toLongLong();
    case QMetaType::QDate: {
        const QDate d = v.toDate();
        return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
    }
    default:
        return v.toString();
    }
}

template<> const Mapping<Witness> &mappingOf<Witness>()
{
    static const Mapping<Witness> m{QStringLiteral("witness"), QString(),
        {bind("name", &Witness::name), bind("kind", &Witness::kind),
         bind("registry_number", &Witness::registryNumber), bind("rfc", &Witness::rfc),
         bind("email", &Witness::email), bind("legal_representative", &Witness::legalRepresentative),
         bind("advisers", &Witness::advisers)}};
    return m;
}

template<> const Mapping<Agency> &mappingOf<Agency>()
{
    static const Mapping<Agency> m{QStringLiteral("agency"), QString(),
        {bind("name", &Agency::name), bind("acronym", &Agency::acronym), bind("kind", &Agency::kind),
         bind("buying_unit", &Agency::buyingUnit), bind("sector", &Agency::sector),
         bind("fictitious", &Agency::fictitious)}};
    return m;
}

template<> const Mapping<Procedure> &mappingOf<Procedure>()
{
    static const Mapping<Procedure> m{QStringLiteral("procedure"), QString(),
        {bind("number", &Procedure::number), bind("title", &Procedure::title),
         bind("object", &Procedure::object), bind("agency_id", &Procedure::agencyId),
         bind("regime", &Procedure::regime), bind("type", &Procedure::type),
         bind("character", &Procedure::character), bind("evaluation", &Procedure::evaluation),
         bind("object_kind", &Procedure::objectKind), bind("currency", &Procedure::currency),
         bind("place", &Procedure::place), bind("pact_version", &Procedure::pactVersion),
         bind("reduced_period_justified", &Procedure::reducedPeriodJustified),
         bind("participation_end", &Procedure::participationEnd), bind("ocid", &Procedure::ocid),
         bind("fictitious", &Procedure::fictitious), bind("title_en", &Procedure::titleEn),
         bind("object_en", &Procedure::objectEn), bind("publication_date", &Procedure::publicationDate),
         bind("publication_url", &Procedure::publicationUrl)}};
    return m;
}

template<> const Mapping<Engagement> &mappingOf<Engagement>()
{
    static const Mapping<Engagement> m{QStringLiteral("engagement"), QStringLiteral("procedure_id"),
        {bind("procedure_id", &Engagement::procedureId), bind("witness_id", &Engagement::witnessId),
         bind("authority", &Engagement::authority), bind("letter_number", &Engagement::letterNumber),
         bind("letter_date", &Engagement::letterDate)}};
    return m;
}

template<> const Mapping<Lot> &mappingOf<Lot>()
{
    static const Mapping<Lot> m{QStringLiteral("lot"), QStringLiteral("procedure_id"),
        {bind("procedure_id", &Lot::procedureId), bind("number", &Lot::number),
         bind("description", &Lot::description), bind("budget_cents", &Lot::budgetCents),
         bind("reference_cents", &Lot::referenceCents), bind("description_en", &Lot::descriptionEn)}};
    return m;
}

template<> const Mapping<Stage> &mappingOf<Stage>()
{
    static const Mapping<Stage> m{QStringLiteral("stage"), QStringLiteral("procedure_id"),
        {bind("procedure_id", &Stage::procedureId), bind("kind", &Stage::kind),
         bind("position", &Stage::position), bind("round", &Stage::round),
         bind("planned_date", &Stage::plannedDate), bind("actual_date", &Stage::actualDate),
         bind("status", &Stage::status), bind("attendance", &Stage::attendance),
         bind("acta_ref", &Stage::actaRef), bind("notes", &Stage::notes),
         bind("attendance_en", &Stage::attendanceEn), bind("notes_en", &Stage::notesEn)}};
    return m;
}

template<> const Mapping<ChecklistAnswer> &mappingOf<ChecklistAnswer>()
{
    static const Mapping<ChecklistAnswer> m{QStringLiteral("checklist_answer"), QStringLiteral("stage_id"),
        {bind("stage_id", &ChecklistAnswer::stageId), bind("item_code", &ChecklistAnswer::itemCode),
         bind("position", &ChecklistAnswer::position), bind("question_es", &ChecklistAnswer::questionEs),
         bind("question_en", &ChecklistAnswer::questionEn), bind("answer", &ChecklistAnswer::answer),
         bind("note", &ChecklistAnswer::note)}};
    return m;
}

template<> const Mapping<Clause> &mappingOf<Clause>()
{
    static const Mapping<Clause> m{QStringLiteral("clause"), QStringLiteral("procedure_id"),
        {bind("procedure_id", &Clause::procedureId), bind("code", &Clause::code),
         bind("party", &Clause::party), bind("position", &Clause::position),
         bind("text_es", &Clause::textEs), bind("text_en", &Clause::textEn)}};
    return m;
}

template<> const Mapping<Signatory> &mappingOf<Signatory>()
{
    static const Mapping<Signatory> m{QStringLiteral("signatory"), QStringLiteral("procedure_id"),
        {bind("procedure_id", &Signatory::procedureId), bind("name", &Signatory::name),
         bind("role", &Signatory::role), bind("position", &Signatory::position),
         bind("bidder_id", &Signatory::bidderId), bind("signed_date", &Signatory::signedDate)}};
    return m;
}

template<> const Mapping<Finding> &mappingOf<Finding>()
{
    static const Mapping<Finding> m{QStringLiteral("finding"), QStringLiteral("procedure_id"),
        {bind("procedure_id", &Finding::procedureId), bind("stage_id", &Finding::stageId),
         bind("number", &Finding::number), bind("category", &Finding::category),
         bind("severity", &Finding::severity), bind("description", &Finding::description),
         bind("recommendation", &Finding::recommendation), bind("response", &Finding::response),
         bind("response_date", &Finding::responseDate), bind("raised_date", &Finding::raisedDate),
         bind("status", &Finding::status), bind("escalation", &Finding::escalation),
         bind("escalation_date", &Finding::escalationDate), bind("description_en", &Finding::descriptionEn),
         bind("recommendation_en", &Finding::recommendationEn), bind("response_en", &Finding::responseEn)}};
    return m;
}

template<> const Mapping<FindingClause> &mappingOf<FindingClause>()
{
    static const Mapping<FindingClause> m{QStringLiteral("finding_clause"), QStringLiteral("finding_id"),
        {bind("finding_id", &FindingClause::findingId), bind("clause_id", &FindingClause::clauseId)}};
    return m;
}

template<> const Mapping<Attachment> &mappingOf<Attachment>()
{
    static const Mapping<Attachment> m{QStringLiteral("attachment"), QStringLiteral("procedure_id"),
        {bind("procedure_id", &Attachment::procedureId), bind("finding_id", &Attachment::findingId),
         bind("stage_id", &Attachment::stageId), bind("file_name", &Attachment::fileName),
         bind("size", &Attachment::size), bind("media_type", &Attachment::mediaType),
         bind("sha256", &Attachment::sha256)}};
    return m;
}

template<> const Mapping<Bidder> &mappingOf<Bidder>()
{
    static const Mapping<Bidder> m{QStringLiteral("bidder"), QStringLiteral("procedure_id"),
        {bind("procedure_id", &Bidder::procedureId), bind("name", &Bidder::name),
         bind("rfc", &Bidder::rfc), bind("signed_pact", &Bidder::signedPact),
         bind("disclosed_ties", &Bidder::disclosedTies),
         bind("declared_conflict", &Bidder::declaredConflict), bind("fictitious", &Bidder::fictitious)}};
    return m;
}

template<> const Mapping<Bid> &mappingOf<Bid>()
{
    static const Mapping<Bid> m{QStringLiteral("bid"), QStringLiteral("lot_id"),
        {bind("bidder_id", &Bid::bidderId), bind("lot_id", &Bid::lotId),
         bind("amount_cents", &Bid::amountCents), bind("technical_result", &Bid::technicalResult),
         bind("economic_result", &Bid::economicResult), bind("rejected", &Bid::rejected),
         bind("rejection_reason", &Bid::rejectionReason)}};
    return m;
}

template<> const Mapping<Award> &mappingOf<Award>()
{
    static const Mapping<Award> m{QStringLiteral("award"), QStringLiteral("lot_id"),
        {bind("lot_id", &Award::lotId), bind("bidder_id", &Award::bidderId),
         bind("amount_cents", &Award::amountCents), bind("date", &Award::date),
         bind("void_lot", &Award::voidLot)}};
    return m;
}

template<> const Mapping<Contract> &mappingOf<Contract>()
{
    static const Mapping<Contract> m{QStringLiteral("contract"), QStringLiteral("procedure_id"),
        {bind("procedure_id", &Contract::procedureId), bind("bidder_id", &Contract::bidderId),
         bind("number", &Contract::number), bind("amount_cents", &Contract::amountCents),
         bind("currency", &Contract::currency), bind("signed_date", &Contract::signedDate)}};
    return m;
}

template<> const Mapping<Amendment> &mappingOf<Amendment>()
{
    static const Mapping<Amendment> m{QStringLiteral("amendment"), QStringLiteral("contract_id"),
        {bind("contract_id", &Amendment::contractId), bind("number", &Amendment::number),
         bind("delta_cents", &Amendment::deltaCents), bind("date", &Amendment::date),
         bind("description", &Amendment::description),
         bind("agreed_date", &Amendment::agreedDate)}}; // schema 9
    return m;
}

template<> const Mapping<Narrative> &mappingOf<Narrative>()
{
    static const Mapping<Narrative> m{QStringLiteral("narrative"), QStringLiteral("procedure_id"),
        {bind("procedure_id", &Narrative::procedureId), bind("language", &Narrative::language),
         bind("background", &Narrative::background), bind("summary", &Narrative::summary),
         bind("conclusions", &Narrative::conclusions)}};
    return m;
}

namespace {
template<class E>
void addColumns(QHash<QString, QStringList> &out)
{
    QStringList cols;
    for (const auto &b : mappingOf<E>().fields)
        cols << b.column;
    out.insert(mappingOf<E>().table, cols);
}

const QHash<QString, QStringList> &columnsByTable()
{
    static const QHash<QString, QStringList> h = [] {
        QHash<QString, QStringList> out;
        addColumns<Witness>(out);
        addColumns<Agency>(out);
        addColumns<Procedure>(out);
        addColumns<Engagement>(out);
        addColumns<Lot>(out);
        addColumns<Stage>(out);
        addColumns<ChecklistAnswer>(out);
        addColumns<Clause>(out);
        addColumns<Signatory>(out);
        addColumns<Finding>(out);
        addColumns<FindingClause>(out);
        addColumns<Attachment>(out);
        addColumns<Bidder>(out);
        addColumns<Bid>(out);
        addColumns<Award>(out);
        addColumns<Contract>(out);
        addColumns<Amendment>(out);
        addColumns<Narrative>(out);
        addColumns<Chapter>(out); addColumns<MergeConflict>(out); addColumns<MergeRecord>(out); // editors
        addColumns<FlagDecision>(out); // OCDS
        addColumns<Signer>(out);
        addColumns<ProcedureEvent>(out); addColumns<Protest>(out); // schema 7
        addColumns<DialogueRound>(out); addColumns<DecreeDay>(out);
        return out;
    }();
    return h;
}
} // namespace

const QStringList &entityTables()
{
    static const QStringList tables{
        QStringLiteral("witness"),   QStringLiteral("agency"),          QStringLiteral("procedure"),
        QStringLiteral("engagement"), QStringLiteral("lot"),            QStringLiteral("stage"),
        QStringLiteral("checklist_answer"), QStringLiteral("clause"),   QStringLiteral("bidder"),
        QStringLiteral("signatory"), QStringLiteral("finding"),         QStringLiteral("finding_clause"),
        QStringLiteral("attachment"), QStringLiteral("bid"),            QStringLiteral("award"),
        QStringLiteral("contract"),  QStringLiteral("amendment"),       QStringLiteral("narrative"),
        QStringLiteral("chapter"), QStringLiteral("merge_record"), QStringLiteral("merge_conflict"), // editors
        QStringLiteral("flag_decision"), // OCDS
        QStringLiteral("signer"),
        QStringLiteral("procedure_event"), QStringLiteral("protest"), // schema 7
        QStringLiteral("dialogue_round"), QStringLiteral("decree_day")};
    return tables;
}

QStringList dataColumns(const QString &table)
{
    return columnsByTable().value(table);
}

} // namespace Testigo
