// SPDX-License-Identifier: GPL-3.0-or-later
// Table bindings of the procedure's events and the decree days (domain/events.h, migrations 0007 to 0009).
#include "domain/events.h"
#include "store/mapping.h"

namespace Testigo {

template<> const Mapping<ProcedureEvent> &mappingOf<ProcedureEvent>()
{
    static const Mapping<ProcedureEvent> m {QStringLiteral("procedure_event"), QStringLiteral("procedure_id"),
        {bind("procedure_id", &ProcedureEvent::procedureId), bind("lot_id", &ProcedureEvent::lotId),
            bind("kind", &ProcedureEvent::kind), bind("extent", &ProcedureEvent::extent),
            bind("reason", &ProcedureEvent::reason), bind("date", &ProcedureEvent::date),
            bind("reason_en", &ProcedureEvent::reasonEn),
            bind("published_date", &ProcedureEvent::publishedDate)}}; // schema 9
    return m;
}

template<> const Mapping<Protest> &mappingOf<Protest>()
{
    static const Mapping<Protest> m {QStringLiteral("protest"), QStringLiteral("procedure_id"),
        {bind("procedure_id", &Protest::procedureId), bind("bidder_id", &Protest::bidderId),
            bind("filed_date", &Protest::filedDate), bind("authority", &Protest::authority),
            bind("outcome", &Protest::outcome), bind("suspended", &Protest::suspended),
            bind("resolution_date", &Protest::resolutionDate), bind("notes", &Protest::notes),
            bind("notes_en", &Protest::notesEn)}};
    return m;
}

template<> const Mapping<DialogueRound> &mappingOf<DialogueRound>()
{
    static const Mapping<DialogueRound> m {QStringLiteral("dialogue_round"), QStringLiteral("procedure_id"),
        {bind("procedure_id", &DialogueRound::procedureId), bind("round", &DialogueRound::round),
            bind("date", &DialogueRound::date), bind("participants", &DialogueRound::participants),
            bind("notes", &DialogueRound::notes), bind("notes_en", &DialogueRound::notesEn)}};
    return m;
}

template<> const Mapping<DecreeDay> &mappingOf<DecreeDay>()
{
    static const Mapping<DecreeDay> m {QStringLiteral("decree_day"), QString(),
        {bind("date", &DecreeDay::date), bind("description", &DecreeDay::description)}};
    return m;
}

} // namespace Testigo
