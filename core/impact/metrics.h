// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Economic metrics of a procedure and its lots (REFERENCE §5.2), as pure functions over exact
// money. The pure variant takes plain structs (ImpactInput) so that tests can hand-compute cases
// without a case file; computeProcedureMetrics(CaseFile, Procedure) only loads those structs.
// A figure that cannot be computed is std::nullopt with a translated line in `notes` saying why.

#include "domain/entities.h"
#include "domain/money.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace Testigo {

class CaseFile;

struct LotMetrics
{
    QString lotId;
    int number = 0;
    QString description;
    std::optional<Money> budget, reference, awarded, meanValidBid, lowestValidBid, secondValidBid;
    std::optional<Money> savingsVsReference, savingsVsBudget, savingsVsMeanBid;
    std::optional<qint64> savingsPercentBp; // vs reference, hundredths of a percent
    std::optional<qint64> winnerGapBp;      // (second - lowest) / lowest
    int bidders = 0, validBids = 0, rejectedBids = 0;
    QStringList unacceptableBidIds; // "precio no aceptable": above budget or > threshold over reference
    bool voidLot = false;
    QDate awardDate;  // the lot's award date, invalid when none
    QStringList notes; // why a figure is missing (translated, tr())
};

struct ProcedureMetrics
{
    QString procedureId, number, currency;
    std::optional<Money> reference, budget, awarded, savings, savingsVsBudget, amendmentsIncrease;
    std::optional<qint64> savingsPercentBp, amendmentPercentBp;
    int bidders = 0, validBids = 0, rejectedBids = 0;
    std::optional<int> daysPublicationToOpening, daysOpeningToAward;
    QList<LotMetrics> lots;
    std::optional<Money> savingsBase; // reference of the lots not declared void: the base of savings %
    QStringList notes;
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

// The "precio no aceptable" rule alone: above the budget (when there is one) or more than
// thresholdBp above the reference (when there is one). Exactly at the threshold is acceptable.
bool isUnacceptablePrice(qint64 bidCents, qint64 budgetCents, qint64 referenceCents, qint64 thresholdBp);

} // namespace Testigo
