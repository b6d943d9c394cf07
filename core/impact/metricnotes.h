// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Why a figure of the economic metrics is missing or what it leaves out, as data (a kind, the lot
// and the values involved). The metrics never hold sentences: the UI translates a note into its
// language, a document into its own (DocLanguage), so a Spanish testimony never carries an English
// line computed elsewhere.

#include <QList>
#include <QString>
#include <QStringList>

namespace Testigo {

class DocLanguage;

struct MetricNote
{
    enum class Kind {
        NoBudget,             // lot: no authorised budget
        NoReference,          // lot: no reference price
        NoSolventBids,        // lot: no solvent bid
        SingleSolventBid,     // lot: a single solvent bid, no gap
        PendingEvaluations,   // lot: `count` bids with a pending result (neither solvent nor rejected)
        LotVoid,              // lot declared void (desierta)
        LotNotAwarded,        // lot: no award yet, left out of the savings
        NoLots,               // procedure without lots
        ForeignContract,      // contract `contract` in `currency`, procedure in `procedureCurrency`
        ContractUnmatched,    // contract `contract` matches no awarded lot: left out
        ProcedureVoid,        // every lot void
        NoAwardOrContract,    // nothing awarded yet
        ReferenceIncomplete,  // an awarded lot lacks its reference price
        BudgetIncomplete,     // an awarded lot lacks its budget
        VoidLotsExcluded,     // `count` void lots left out
        NotAwardedLotsExcluded, // `lots` not yet awarded, left out
        PlannedDates,         // some stage dates are planned
        NoPublicationOrOpening,
        NoOpeningOrAward,
    };
    Kind kind = Kind::NoLots;
    int lotNumber = 0;
    int count = 0;
    QList<int> lots;
    QString contract, currency, procedureCurrency;

    bool operator==(const MetricNote &o) const
    {
        return kind == o.kind && lotNumber == o.lotNumber && count == o.count && lots == o.lots
               && contract == o.contract && currency == o.currency && procedureCurrency == o.procedureCurrency;
    }
};

// The note in a document's language.
QString metricNoteText(const MetricNote &note, const DocLanguage &lang);
// The note in the UI's language (the application's installed translator).
QString metricNoteText(const MetricNote &note);
QStringList metricNoteTexts(const QList<MetricNote> &notes, const DocLanguage &lang);
QStringList metricNoteTexts(const QList<MetricNote> &notes);

} // namespace Testigo
