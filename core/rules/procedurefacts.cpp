// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/procedurefacts.h"

#include "domain/eventcodes.h"
#include "rules/clocks.h"
#include "store/casefile.h"

#include <algorithm>

namespace Testigo {

ProcedureFacts loadProcedureFacts(const CaseFile &file, const Procedure &procedure)
{
    const QString pid = QStringLiteral("procedure_id");
    ProcedureFacts e;
    for (const ProcedureEvent &event : file.all<ProcedureEvent>(pid, procedure.id))
        if (Codes::isClosureKind(event.kind)) // the dated acts of schema 9 are the clocks' (evaluateClocks)
            e.closures.append(event);
    std::stable_sort(e.closures.begin(), e.closures.end(),
        [](const ProcedureEvent &a, const ProcedureEvent &b) { return a.date < b.date; });
    e.protests = file.all<Protest>(pid, procedure.id);
    std::stable_sort(e.protests.begin(), e.protests.end(),
        [](const Protest &a, const Protest &b) { return a.filedDate < b.filedDate; });
    e.rounds = file.all<DialogueRound>(pid, procedure.id);
    std::stable_sort(e.rounds.begin(), e.rounds.end(),
        [](const DialogueRound &a, const DialogueRound &b) { return a.round < b.round; });
    e.dialogue = procedure.type == QLatin1String("competitive_dialogue") || !e.rounds.isEmpty();
    if (!e.dialogue)
        return e;
    const RegimeRules rules = rulesFor(procedure, file.all<Stage>(pid, procedure.id));
    e.dialogueRuleKnown = rules.dialogue.has_value();
    if (rules.dialogue) {
        const auto agency
            = procedure.agencyId.isEmpty() ? std::nullopt : file.get<Agency>(procedure.agencyId);
        e.dialogueBodyAllowed = agency && rules.dialogue->allows(agency->acronym, agency->name);
        e.dialogueBodies = rules.dialogue->bodies;
        e.dialogueArticle = rules.dialogue->article;
        e.dialogueVerified = rules.dialogue->verified;
    }
    return e;
}

} // namespace Testigo
