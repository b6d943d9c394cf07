// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Full-text search over a case file (migration 0010's FTS5 index, kept by triggers): procedure
// numbers, ocids, titles and objects, agencies, bidders, findings, narratives, stage notes and
// attendance, and evidence file names. Case and accents are ignored in both languages.

#include "store/casefile.h"

namespace Testigo {

struct SearchHit
{
    // procedure, agency, bidder, finding, narrative, stage or attachment: the table of the record.
    QString kind;
    QString recordId;
    QString procedureId; // empty for an agency
    QString procedureNumber, procedureTitle;
    QString snippet; // the matching text around the words found, "…" where it was cut
};

// The kinds in the order hits are grouped by.
const QStringList &searchKinds();
// A kind's name as a heading ("Findings"), translated in the context "Search".
QString searchKindLabel(const QString &kind);

// The FTS5 query matching every word of what a person typed, each as a prefix ("licit" finds
// "Licitación") but a word of one character, matched whole; quotes, parentheses, operators and
// stars are only text. Empty when nothing searchable was typed.
QString searchMatchExpression(const QString &typed);

// Hits grouped by kind (searchKinds() order): at most `perKind` of each, the most recently
// written first among many, ordered by relevance within the group. Empty on no match or an empty
// query; never an SQL error for anything typed.
QList<SearchHit> search(const CaseFile &file, const QString &typed, int perKind = 20);

} // namespace Testigo
