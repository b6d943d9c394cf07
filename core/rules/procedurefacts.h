// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The procedure's events (schema 7) as the testimony and `show` state them: cancellations and void
// declarations, inconformidades, the rounds of a diálogo competitivo, and the law's rule on who may
// run one (read from the governing version of the law, RegimeRules::dialogue).

#include "domain/events.h"

#include <QList>
#include <QString>

namespace Testigo {

class CaseFile;

struct ProcedureFacts
{
    QList<ProcedureEvent> closures; // cancellations and void declarations, by date
    QList<Protest> protests; // by filing date
    QList<DialogueRound> rounds; // by round
    bool dialogue = false; // the procedure is a diálogo competitivo (or has rounds)
    bool dialogueRuleKnown = false; // the governing version of the law names who may run one
    bool dialogueBodyAllowed = false; // the contracting agency is one of those bodies
    QStringList dialogueBodies;
    QString dialogueArticle;
    bool dialogueVerified = true;

    bool isEmpty() const { return closures.isEmpty() && protests.isEmpty() && rounds.isEmpty() && !dialogue; }
};

ProcedureFacts loadProcedureFacts(const CaseFile &file, const Procedure &procedure);

} // namespace Testigo
