// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Economic metrics of a procedure and its lots (REFERENCE §5.2), as pure functions over exact
// money. The pure variant takes plain structs (ImpactInput) so that tests can hand-compute cases
// without a case file; computeProcedureMetrics(CaseFile, Procedure) only loads those structs.
// A figure that cannot be computed is std::nullopt with a structured note (MetricNote) saying why;
// whoever shows the note translates it (metricnotes.h), in the UI's or the document's language.
//
// Savings are computed lot by lot from what each lot has reached: its award, or the contract(s)
// of the award's winner where there are any (a contract covering several lots of one winner is
// compared with the sum of their awards and split among them in proportion to the awards). A lot
// not yet awarded is left out of both sides of every savings figure and named in notYetAwardedLots;
// a lot declared void (desierta) likewise. A bid is solvent only when neither result failed nor
// is pending and it was not rejected; a bid with a pending result is neither solvent nor rejected.

#include "domain/entities.h"
#include "domain/money.h"
#include "impact/metricnotes.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace Testigo {

class CaseFile;

struct LotMetrics
{
    QString lotId;
    int number = 0;
    QString description;
    std::optional<Money> budget, reference, awarded, meanValidBid, lowestValidBid, secondValidBid;
    // What the lot reached: its share of its winner's contract(s), else its award.
    std::optional<Money> reached;
    bool reachedByContract = false;
    std::optional<Money> savingsVsReference, savingsVsBudget, savingsVsMeanBid;
    std::optional<qint64> savingsPercentBp; // vs reference, hundredths of a percent
    std::optional<qint64> winnerGapBp;      // (second - lowest) / lowest
    int bidders = 0, validBids = 0, rejectedBids = 0, pendingBids = 0; // valid = solvent
    QStringList unacceptableBidIds; // "precio no aceptable": above budget or > threshold over reference
    bool voidLot = false;
    bool notYetAwarded = false; // neither awarded nor declared void
    QSet<QString> winnerIds;    // bidders of the lot's awards
    QDate awardDate;  // the lot's award date, invalid when none
    QList<MetricNote> notes; // why a figure is missing
};

struct ProcedureMetrics
{
    QString procedureId, number, currency;
    std::optional<Money> reference, budget, awarded, savings, savingsVsBudget, amendmentsIncrease;
    std::optional<qint64> savingsPercentBp, amendmentPercentBp;
    int bidders = 0, validBids = 0, rejectedBids = 0, pendingBids = 0;
    std::optional<int> daysPublicationToOpening, daysOpeningToAward;
    QList<LotMetrics> lots;
    // `awarded` is what the awarded lots reached; savingsBase and budgetBase are the reference and
    // budget of those same lots (the bases of savings % and of savings against budget).
    std::optional<Money> savingsBase, budgetBase;
    QList<int> notYetAwardedLots; // lot numbers left out of the savings
    QList<MetricNote> notes;
    // Context for portfolio filters and conversions (added members).
    QString title, agencyId, regime, type;
    QDate publicationDate, openingDate, awardDate; // from the call / opening / award stages or awards
    bool voidProcedure = false; // every lot declared void (desierta)
};

// The data one procedure's metrics depend on, as plain structs.
struct ImpactInput
{
    Procedure procedure;
    QList<Lot> lots;
    QList<Bidder> bidders;
    QList<Bid> bids;
    QList<Award> awards;
    QList<Contract> contracts;
    QList<Amendment> amendments;
    QList<Stage> stages;
};

// Thresholds are data (resources/series/thresholds.json, overridable in AppDataLocation).
struct ImpactThresholds
{
    qint64 unacceptableOverReferenceBp = 1000; // 10.00 %: a bid more than this above the reference
    static ImpactThresholds load();            // shipped values, overridden by the user's file
    // The values a thresholds.json sets over `base` (a value that is not a usable number is ignored).
    static ImpactThresholds fromJson(const QByteArray &json, const ImpactThresholds &base);
};

ProcedureMetrics computeProcedureMetrics(const ImpactInput &input,
                                         const ImpactThresholds &thresholds = ImpactThresholds::load());
ImpactInput loadImpactInput(const CaseFile &file, const Procedure &procedure);
ProcedureMetrics computeProcedureMetrics(const CaseFile &file, const Procedure &procedure);
// Every live procedure of the file, in creation order.
QList<ProcedureMetrics> computeAllProcedureMetrics(const CaseFile &file);
// Every live procedure's input, in creation order, read in one ordered pass over each table
// (the same rows loadImpactInput reads, without a query per procedure).
void forEachImpactInput(const CaseFile &file, const std::function<void(ImpactInput &&)> &sink);

// The "precio no aceptable" rule alone: above the budget (when there is one) or more than
// thresholdBp above the reference (when there is one). Exactly at the threshold is acceptable.
bool isUnacceptablePrice(qint64 bidCents, qint64 budgetCents, qint64 referenceCents, qint64 thresholdBp);

} // namespace Testigo
