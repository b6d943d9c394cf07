// SPDX-License-Identifier: GPL-3.0-or-later
#include "impact/metrics.h"

#include "impact/impacttext.h"
#include "store/casefile.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStandardPaths>
#include <algorithm>

namespace Testigo {

namespace {

std::optional<Money> positive(qint64 cents, const QString &currency)
{
    if (cents <= 0)
        return std::nullopt;
    return Money(cents, currency);
}

// A bid counts in valid-bid metrics only when it was neither rejected nor failed an evaluation.
bool isValidBid(const Bid &b)
{
    return !b.rejected && b.technicalResult != QLatin1String("fail")
        && b.economicResult != QLatin1String("fail");
}

// The first stage of a kind (lowest round, then position) with a date: actual, else planned.
QDate stageDate(const QList<Stage> &stages, const QString &kind, bool *planned)
{
    const Stage *best = nullptr;
    for (const auto &s : stages) {
        if (s.deleted || s.kind != kind || s.status == QLatin1String("not_applicable"))
            continue;
        if (!best || s.round < best->round || (s.round == best->round && s.position < best->position))
            best = &s;
    }
    if (!best)
        return {};
    *planned = !best->actualDate.isValid() && best->plannedDate.isValid();
    return best->actualDate.isValid() ? best->actualDate : best->plannedDate;
}

LotMetrics lotMetrics(const Lot &lot, const QString &currency, const QList<Bid> &bids,
                      const QList<Award> &awards, qint64 thresholdBp)
{
    LotMetrics m;
    m.lotId = lot.id;
    m.number = lot.number;
    m.description = lot.description;
    m.budget = positive(lot.budgetCents, currency);
    m.reference = positive(lot.referenceCents, currency);
    if (!m.budget)
        m.notes << ImpactText::tr("Lot %1: no authorised budget recorded.").arg(lot.number);
    if (!m.reference)
        m.notes << ImpactText::tr("Lot %1: no reference price (market-research median) recorded.").arg(lot.number);

    QSet<QString> bidders;
    QList<qint64> valid;
    for (const auto &b : bids) {
        if (b.deleted || b.lotId != lot.id)
            continue;
        bidders.insert(b.bidderId);
        if (isValidBid(b))
            valid.append(b.amountCents);
        else
            ++m.rejectedBids;
        if (isUnacceptablePrice(b.amountCents, lot.budgetCents, lot.referenceCents, thresholdBp))
            m.unacceptableBidIds << b.id;
    }
    m.bidders = int(bidders.size());
    m.validBids = int(valid.size());
    std::sort(valid.begin(), valid.end());
    if (!valid.isEmpty()) {
        Int128 sum = 0;
        for (qint64 v : valid)
            sum += v;
        m.meanValidBid = Money(roundedDivide(sum, valid.size()), currency);
        m.lowestValidBid = Money(valid.at(0), currency);
    } else {
        m.notes << ImpactText::tr("Lot %1: no valid bids.").arg(lot.number);
    }
    if (valid.size() >= 2) {
        m.secondValidBid = Money(valid.at(1), currency);
        if (valid.at(0) > 0)
            m.winnerGapBp = roundedDivide(Int128(valid.at(1) - valid.at(0)) * 10000, valid.at(0));
    } else if (!valid.isEmpty()) {
        m.notes << ImpactText::tr("Lot %1: a single valid bid, no winner–runner-up gap.").arg(lot.number);
    }

    bool anyAward = false;
    qint64 awarded = 0;
    for (const auto &a : awards) {
        if (a.deleted || a.lotId != lot.id)
            continue;
        if (a.voidLot) {
            m.voidLot = true;
            if (!m.awardDate.isValid() || a.date > m.awardDate)
                m.awardDate = a.date;
            continue;
        }
        anyAward = true;
        awarded += a.amountCents;
        if (a.date.isValid() && (!m.awardDate.isValid() || a.date > m.awardDate))
            m.awardDate = a.date;
    }
    if (anyAward)
        m.voidLot = false; // an award after a void round supersedes it
    if (anyAward && awarded > 0)
        m.awarded = Money(awarded, currency);
    if (m.voidLot)
        m.notes << ImpactText::tr("Lot %1 was declared void (desierta): no savings.").arg(lot.number);
    else if (!m.awarded)
        m.notes << ImpactText::tr("Lot %1: no award recorded.").arg(lot.number);

    if (m.awarded && m.reference) {
        m.savingsVsReference = Money(m.reference->cents() - m.awarded->cents(), currency);
        m.savingsPercentBp = m.savingsVsReference->percentOfBasisPoints(*m.reference);
    }
    if (m.awarded && m.budget)
        m.savingsVsBudget = Money(m.budget->cents() - m.awarded->cents(), currency);
    if (m.awarded && m.meanValidBid)
        m.savingsVsMeanBid = Money(m.meanValidBid->cents() - m.awarded->cents(), currency);
    return m;
}

} // namespace

bool isUnacceptablePrice(qint64 bidCents, qint64 budgetCents, qint64 referenceCents, qint64 thresholdBp)
{
    if (budgetCents > 0 && bidCents > budgetCents)
        return true;
    // bid > reference × (1 + threshold), compared exactly in 128 bits (the threshold comes from a
    // data file a user may edit: 10000 + threshold alone can overflow 64 bits).
    return referenceCents > 0
        && Int128(bidCents) * 10000 > Int128(referenceCents) * (Int128(10000) + thresholdBp);
}

ImpactThresholds ImpactThresholds::load()
{
    static const ImpactThresholds cached = [] {
        ImpactThresholds t;
        const QString user = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
            + QStringLiteral("/series/thresholds.json");
        for (const QString &path : {QStringLiteral(":/series/thresholds.json"), user}) {
            QFile f(path);
            if (f.open(QIODevice::ReadOnly))
                t = fromJson(f.readAll(), t);
        }
        return t;
    }();
    return cached;
}

ImpactThresholds ImpactThresholds::fromJson(const QByteArray &json, const ImpactThresholds &base)
{
    ImpactThresholds t = base;
    const auto v = QJsonDocument::fromJson(json).object().value(QStringLiteral("unacceptable_over_reference_bp"));
    if (v.isDouble())
        t.unacceptableOverReferenceBp = v.toInteger();
    return t;
}

ProcedureMetrics computeProcedureMetrics(const ImpactInput &in, const ImpactThresholds &thresholds)
{
    const Procedure &p = in.procedure;
    ProcedureMetrics m;
    m.procedureId = p.id;
    m.number = p.number;
    m.currency = p.currency;
    m.title = p.title;
    m.agencyId = p.agencyId;
    m.regime = p.regime;
    m.type = p.type;
    const QString cur = p.currency;

    QList<Lot> lots;
    for (const auto &l : in.lots)
        if (!l.deleted && l.procedureId == p.id)
            lots.append(l);
    std::sort(lots.begin(), lots.end(), [](const Lot &a, const Lot &b) { return a.number < b.number; });

    // Budget and reference over all lots; savings only over lots that were not declared void.
    qint64 reference = 0, budget = 0, refAwarded = 0, budgetAwarded = 0, awardsSum = 0;
    bool refComplete = !lots.isEmpty(), budgetComplete = !lots.isEmpty(), anyAward = false;
    int voidLots = 0;
    for (const auto &lot : lots) {
        LotMetrics lm = lotMetrics(lot, cur, in.bids, in.awards, thresholds.unacceptableOverReferenceBp);
        reference += lot.referenceCents;
        budget += lot.budgetCents;
        refComplete = refComplete && lm.reference.has_value();
        budgetComplete = budgetComplete && lm.budget.has_value();
        if (lm.voidLot) {
            ++voidLots;
        } else {
            refAwarded += lot.referenceCents;
            budgetAwarded += lot.budgetCents;
        }
        if (lm.awarded) {
            anyAward = true;
            awardsSum += lm.awarded->cents();
        }
        if (lm.awardDate.isValid() && (!m.awardDate.isValid() || lm.awardDate > m.awardDate))
            m.awardDate = lm.awardDate;
        m.validBids += lm.validBids;
        m.rejectedBids += lm.rejectedBids;
        m.notes += lm.notes;
        m.lots.append(lm);
    }
    if (lots.isEmpty())
        m.notes << ImpactText::tr("The procedure has no lots: no reference price or budget.");
    if (refComplete)
        m.reference = Money(reference, cur);
    if (budgetComplete)
        m.budget = Money(budget, cur);

    QSet<QString> bidderIds;
    for (const auto &b : in.bidders)
        if (!b.deleted && b.procedureId == p.id)
            bidderIds.insert(b.id);
    m.bidders = int(bidderIds.size());

    // Awarded: the contracts' amounts when there are any, else the awards'. A contract in another
    // currency makes the comparison impossible without a conversion: said, not guessed.
    qint64 contractsSum = 0;
    bool anyContract = false, foreignContract = false;
    QSet<QString> contractIds;
    for (const auto &c : in.contracts) {
        if (c.deleted || c.procedureId != p.id)
            continue;
        if (c.currency != cur) {
            foreignContract = true;
            m.notes << ImpactText::tr("Contract %1 is in %2, the procedure in %3: savings not computed.")
                           .arg(c.number, c.currency, cur);
            continue;
        }
        anyContract = true;
        contractsSum += c.amountCents;
        contractIds.insert(c.id);
    }
    const bool allVoid = !lots.isEmpty() && voidLots == lots.size();
    if (foreignContract)
        ; // awarded stays unknown
    else if (anyContract && !allVoid)
        m.awarded = Money(contractsSum, cur);
    else if (anyAward)
        m.awarded = Money(awardsSum, cur);

    m.voidProcedure = allVoid;
    if (m.voidProcedure) {
        m.notes << ImpactText::tr("Procedure declared void (desierta): savings cannot be computed.");
    } else if (!m.awarded && !foreignContract) {
        m.notes << ImpactText::tr("No award or contract recorded: savings cannot be computed.");
    } else if (m.awarded) {
        if (!refComplete) {
            m.notes << ImpactText::tr("Savings against the reference need a reference price on every lot.");
        } else {
            m.savings = Money(refAwarded - m.awarded->cents(), cur);
            m.savingsBase = Money(refAwarded, cur);
            m.savingsPercentBp = m.savings->percentOfBasisPoints(*m.savingsBase);
            if (voidLots > 0)
                m.notes << ImpactText::tr("%n void lot(s) left out of the savings and their base.", nullptr, voidLots);
        }
        if (budgetComplete)
            m.savingsVsBudget = Money(budgetAwarded - m.awarded->cents(), cur);
    }

    // Amendments: increase over the contracts' amounts.
    if (anyContract) {
        qint64 delta = 0;
        for (const auto &a : in.amendments)
            if (!a.deleted && contractIds.contains(a.contractId))
                delta += a.deltaCents;
        m.amendmentsIncrease = Money(delta, cur);
        if (contractsSum != 0)
            m.amendmentPercentBp = roundedDivide(Int128(delta) * 10000, contractsSum);
    }

    bool plannedPub = false, plannedOpen = false, plannedAward = false;
    m.publicationDate = stageDate(in.stages, QStringLiteral("call"), &plannedPub);
    m.openingDate = stageDate(in.stages, QStringLiteral("opening"), &plannedOpen);
    const QDate awardStage = stageDate(in.stages, QStringLiteral("award"), &plannedAward);
    if (awardStage.isValid() && !(plannedAward && m.awardDate.isValid()))
        m.awardDate = awardStage;
    if (plannedPub || plannedOpen || (plannedAward && m.awardDate == awardStage))
        m.notes << ImpactText::tr("Some stage dates are planned, not actual.");
    if (m.publicationDate.isValid() && m.openingDate.isValid())
        m.daysPublicationToOpening = int(m.publicationDate.daysTo(m.openingDate));
    else
        m.notes << ImpactText::tr("Days from publication to opening: a call or opening date is missing.");
    if (m.openingDate.isValid() && m.awardDate.isValid())
        m.daysOpeningToAward = int(m.openingDate.daysTo(m.awardDate));
    else
        m.notes << ImpactText::tr("Days from opening to award: an opening or award date is missing.");
    return m;
}

ImpactInput loadImpactInput(const CaseFile &file, const Procedure &procedure)
{
    ImpactInput in;
    in.procedure = procedure;
    const QString pid = QStringLiteral("procedure_id");
    in.lots = file.all<Lot>(pid, procedure.id);
    in.bidders = file.all<Bidder>(pid, procedure.id);
    in.stages = file.all<Stage>(pid, procedure.id);
    in.contracts = file.all<Contract>(pid, procedure.id);
    for (const auto &l : in.lots) {
        in.bids += file.all<Bid>(QStringLiteral("lot_id"), l.id);
        in.awards += file.all<Award>(QStringLiteral("lot_id"), l.id);
    }
    for (const auto &c : in.contracts)
        in.amendments += file.all<Amendment>(QStringLiteral("contract_id"), c.id);
    return in;
}

ProcedureMetrics computeProcedureMetrics(const CaseFile &file, const Procedure &procedure)
{
    return computeProcedureMetrics(loadImpactInput(file, procedure));
}

QList<ProcedureMetrics> computeAllProcedureMetrics(const CaseFile &file)
{
    QList<ProcedureMetrics> out;
    for (const auto &p : file.all<Procedure>())
        out.append(computeProcedureMetrics(file, p));
    return out;
}

} // namespace Testigo
