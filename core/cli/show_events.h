// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// show's part for the procedure's events (schema 7): cancellations, void declarations,
// inconformidades and the rounds of a diálogo competitivo, with the law's rule on who may run one.

#include "domain/doclanguage.h"
#include "rules/procedurefacts.h"

#include <QJsonObject>
#include <QTextStream>

namespace Testigo::Cli {

// Adds "cancellations", "void_declarations", "protests", "dialogue_rounds" and, for a diálogo
// competitivo, "dialogue_rule" to a procedure's JSON.
void addEventsJson(
    QJsonObject &o, const ProcedureFacts &facts, const QList<Lot> &lots, const QList<Bidder> &bidders);
// The same facts as lines of the readable summary (nothing when there are none).
void printEvents(const ProcedureFacts &facts, const QList<Lot> &lots, const QList<Bidder> &bidders,
    const DocLanguage &lang, QTextStream &out);

} // namespace Testigo::Cli
