// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reading Testigo's notions out of one compiled OCDS release: procedure type, currency, stage dates,
// document links, money values, and the data-quality problems Mexican publications are known for.

#include "ocds/jnode.h"
#include "store/insertentity.h"

#include <QDate>
#include <QHash>
#include <QStringList>
#include <initializer_list>

namespace Testigo::Ocds {

struct Value
{
    std::optional<qint64> cents;
    QString currency;
    bool withTax = false; // only valueWithTax was published
};

// obj.value (or obj.valueWithTax when value is missing); obj.amount when obj is itself a Value.
Value valueOf(const JNode *obj);
QString firstText(const JNode &r, std::initializer_list<const char *> paths);
// What the procedure is called: the tender's title, else the first award's or contract's, else
// the tender's description.
QString tenderTitle(const JNode &r);
QString procedureType(const JNode &r);      // codes.h procedureTypes, "" when unknown
QString procedureCharacter(const JNode &r); // national | international_open | ""
QString objectKind(const JNode &r);         // goods | services | works | ""
QString procedureCurrency(const JNode &r);
// Stage kind -> date: call, clarification, opening, award, contract.
QHash<QString, QDate> stageDates(const JNode &r);
// Stage kind -> the published documents as a list of links ("- title: url" lines).
QHash<QString, QString> documentNotes(const JNode &r);
// documentType as the codelist spells it ("Award Notice" -> "awardNotice").
QString normalizedDocumentType(const QString &type);
// Data-quality problems of one release, translated, one line each.
QStringList qualityWarnings(const JNode &r);
// Distinct bidder count by OCDS.md flag 1: numberOfTenderers, tenderers, bids statistics, bid details.
std::optional<int> bidderCount(const JNode &r);

} // namespace Testigo::Ocds
