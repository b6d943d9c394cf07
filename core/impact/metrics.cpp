// SPDX-License-Identifier: GPL-3.0-or-later
#include "impact/metrics.h"

#include "store/procedurestream.h"

#include "store/casefile.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
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

using K = MetricNote::Kind;

MetricNote lotNote(K kind, int lot, int count = 0)
{
    MetricNote n;
    n.kind = kind;
    n.lotNumber = lot;
    n.count = count;
    return n;
}

MetricNote note(K kind)
{
    return lotNote(kind, 0);
}

bool failed(const Bid &b)
{
    return b.rejected || b.technicalResult == QLatin1String("fail") || b.economicResult == QLatin1String("fail");
}

// Solvent: passed both evaluations and not rejected. A pending result is neither solvent nor rejected.
bool isSolvent(const Bid &b)
{
    return !failed(b) && b.technicalResult == QLatin1String("pass") && b.economicResult == QLatin1String("pass");
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

void bidMetrics(LotMetrics &m, const Lot &lot, const QString &currency, const QList<Bid> &bids, qint64 thresholdBp)
{
    QSet<QString> bidders;
    QList<qint64> valid;
    for (const auto &b : bids) {
        if (b.deleted || b.lotId != lot.id)
            continue;
        bidders.insert(b.bidderId);
        if (isSolvent(b))
            valid.append(b.amountCents);
        else if (failed(b))
            ++m.rejectedBids;
        else
            ++m.pendingBids;
        if (isUnacceptablePrice(b.amountCents, lot.budgetCents, lot.referenceCents, thresholdBp))
            m.unacceptableBidIds << b.id;
    }
    m.bidders = int(bidders.size());
    m.validBids = int(valid.size());
    if (m.pendingBids > 0)
        m.notes << lotNote(K::PendingEvaluations, lot.number, m.pendingBids);
    std::sort(valid.begin(), valid.end());
    if (!valid.isEmpty()) {
        Int128 sum = 0;
        for (qint64 v : valid)
            sum += v;
        m.meanValidBid = Money(roundedDivide(sum, valid.size()), currency);
        m.lowestValidBid = Money(valid.at(0), currency);
    } else {
        m.notes << lotNote(K::NoSolventBids, lot.number);
    }
    if (valid.size() >= 2) {
        m.secondValidBid = Money(valid.at(1), currency);
        if (valid.at(0) > 0)
            m.winnerGapBp = roundedDivide(Int128(valid.at(1) - valid.at(0)) * 10000, valid.at(0));
    } else if (!valid.isEmpty()) {
        m.notes << lotNote(K::SingleSolventBid, lot.number);
    }
}

void awardMetrics(LotMetrics &m, const Lot &lot, const QString &currency, const QList<Award> &awards)
{
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
        if (!a.bidderId.isEmpty())
            m.winnerIds.insert(a.bidderId);
        if (a.date.isValid() && (!m.awardDate.isValid() || a.date > m.awardDate))
            m.awardDate = a.date;
    }
    if (anyAward)
        m.voidLot = false; // an award after a void round supersedes it
    if (anyAward && awarded > 0)
        m.awarded = Money(awarded, currency);
    m.notYetAwarded = !m.voidLot && !m.awarded; // until a contract shows otherwise
    if (m.voidLot)
        m.notes << lotNote(K::LotVoid, lot.number);
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
        m.notes << lotNote(K::NoBudget, lot.number);
    if (!m.reference)
        m.notes << lotNote(K::NoReference, lot.number);
    bidMetrics(m, lot, currency, bids, thresholdBp);
    awardMetrics(m, lot, currency, awards);
    m.reached = m.awarded;
    return m;
}

// The lots a contract covers: the awarded lots its bidder won. With no winner to match, the single
// awarded lot; with no award recorded at all (published data often has only the contract), the
// single lot not declared void.
QList<int> coveredLots(const Contract &c, const QList<LotMetrics> &lots)
{
    QList<int> out, awarded, open;
    for (int i = 0; i < lots.size(); ++i) {
        if (!lots.at(i).voidLot)
            open << i;
        if (!lots.at(i).awarded)
            continue;
        awarded << i;
        if (!c.bidderId.isEmpty() && lots.at(i).winnerIds.contains(c.bidderId))
            out << i;
    }
    if (!out.isEmpty())
        return out;
    if (awarded.size() == 1 && (c.bidderId.isEmpty() || lots.at(awarded.first()).winnerIds.isEmpty()))
        return awarded;
    if (awarded.isEmpty() && open.size() == 1)
        return open;
    return {};
}

// Replaces what the covered lots reached with the contracts' total, split in proportion to the
// lots' awards (the last lot takes the rounding remainder so the shares add up exactly).
void applyContracts(QList<LotMetrics> &lots, const QList<int> &covered, qint64 contractsCents, const QString &currency)
{
    const auto weight = [](const LotMetrics &lm) { return lm.awarded ? lm.awarded->cents() : 0; };
    Int128 awards = 0;
    for (int i : covered)
        awards += weight(lots.at(i));
    qint64 left = contractsCents;
    for (int k = 0; k < covered.size(); ++k) {
        LotMetrics &lm = lots[covered.at(k)];
        const qint64 share = k + 1 == covered.size() || awards == 0
                                 ? left
                                 : roundedDivide(Int128(contractsCents) * weight(lm), awards);
        left -= share;
        lm.reached = Money(share, currency);
        lm.reachedByContract = true;
        lm.notYetAwarded = false; // a signed contract shows the lot was awarded
    }
}

// Groups the procedure's contracts by the lots they cover and applies them. Returns the ids of the
// contracts in the procedure's currency; *foreign when a contract is in another currency.
QSet<QString> allocateContracts(ProcedureMetrics &m, const QList<Contract> &contracts, const QString &procedureId,
                                bool *foreign)
{
    QSet<QString> ids;
    QMap<QList<int>, qint64> byLots; // covered lots -> the contracts' total
    for (const auto &c : contracts) {
        if (c.deleted || c.procedureId != procedureId)
            continue;
        if (c.currency != m.currency) {
            *foreign = true;
            MetricNote n = note(K::ForeignContract);
            n.contract = c.number;
            n.currency = c.currency;
            n.procedureCurrency = m.currency;
            m.notes << n;
            continue;
        }
        ids.insert(c.id);
        const QList<int> covered = coveredLots(c, m.lots);
        if (covered.isEmpty()) {
            MetricNote n = note(K::ContractUnmatched);
            n.contract = c.number;
            m.notes << n;
            continue;
        }
        byLots[covered] += c.amountCents;
    }
    for (auto it = byLots.cbegin(); it != byLots.cend(); ++it)
        applyContracts(m.lots, it.key(), it.value(), m.currency);
    return ids;
}

// Savings over the awarded lots only: what they reached against their reference and budget.
void computeSavings(ProcedureMetrics &m)
{
    qint64 reached = 0, reference = 0, budget = 0;
    bool anyReached = false, refComplete = true, budgetComplete = true;
    int voidLots = 0;
    for (LotMetrics &lm : m.lots) {
        voidLots += lm.voidLot ? 1 : 0;
        if (lm.notYetAwarded) {
            m.notYetAwardedLots << lm.number;
            lm.notes << lotNote(K::LotNotAwarded, lm.number);
            m.notes << lm.notes.last();
        }
        if (!lm.reached)
            continue;
        anyReached = true;
        reached += lm.reached->cents();
        refComplete = refComplete && lm.reference.has_value();
        budgetComplete = budgetComplete && lm.budget.has_value();
        reference += lm.reference ? lm.reference->cents() : 0;
        budget += lm.budget ? lm.budget->cents() : 0;
        if (lm.reference) {
            lm.savingsVsReference = Money(lm.reference->cents() - lm.reached->cents(), m.currency);
            lm.savingsPercentBp = lm.savingsVsReference->percentOfBasisPoints(*lm.reference);
        }
        if (lm.budget)
            lm.savingsVsBudget = Money(lm.budget->cents() - lm.reached->cents(), m.currency);
        if (lm.meanValidBid)
            lm.savingsVsMeanBid = Money(lm.meanValidBid->cents() - lm.reached->cents(), m.currency);
    }
    m.voidProcedure = !m.lots.isEmpty() && voidLots == m.lots.size();
    if (m.voidProcedure) {
        m.notes << note(K::ProcedureVoid);
        return;
    }
    if (!anyReached) {
        m.notes << note(K::NoAwardOrContract);
        return;
    }
    m.awarded = Money(reached, m.currency);
    if (!m.notYetAwardedLots.isEmpty()) {
        MetricNote n = note(K::NotAwardedLotsExcluded);
        n.lots = m.notYetAwardedLots;
        m.notes << n;
    }
    if (voidLots > 0)
        m.notes << lotNote(K::VoidLotsExcluded, 0, voidLots);
    if (refComplete) {
        m.savingsBase = Money(reference, m.currency);
        m.savings = Money(reference - reached, m.currency);
        m.savingsPercentBp = m.savings->percentOfBasisPoints(*m.savingsBase);
    } else {
        m.notes << note(K::ReferenceIncomplete);
    }
    if (budgetComplete) {
        m.budgetBase = Money(budget, m.currency);
        m.savingsVsBudget = Money(budget - reached, m.currency);
    } else {
        m.notes << note(K::BudgetIncomplete);
    }
}

void computeDates(ProcedureMetrics &m, const QList<Stage> &stages)
{
    bool plannedPub = false, plannedOpen = false, plannedAward = false;
    m.publicationDate = stageDate(stages, QStringLiteral("call"), &plannedPub);
    m.openingDate = stageDate(stages, QStringLiteral("opening"), &plannedOpen);
    const QDate awardStage = stageDate(stages, QStringLiteral("award"), &plannedAward);
    if (awardStage.isValid() && !(plannedAward && m.awardDate.isValid()))
        m.awardDate = awardStage;
    if (plannedPub || plannedOpen || (plannedAward && m.awardDate == awardStage))
        m.notes << note(K::PlannedDates);
    if (m.publicationDate.isValid() && m.openingDate.isValid())
        m.daysPublicationToOpening = int(m.publicationDate.daysTo(m.openingDate));
    else
        m.notes << note(K::NoPublicationOrOpening);
    if (m.openingDate.isValid() && m.awardDate.isValid())
        m.daysOpeningToAward = int(m.openingDate.daysTo(m.awardDate));
    else
        m.notes << note(K::NoOpeningOrAward);
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

    QList<Lot> lots;
    for (const auto &l : in.lots)
        if (!l.deleted && l.procedureId == p.id)
            lots.append(l);
    std::sort(lots.begin(), lots.end(), [](const Lot &a, const Lot &b) { return a.number < b.number; });

    // Budget and reference over all lots (what was put out to tender).
    qint64 reference = 0, budget = 0;
    bool refComplete = !lots.isEmpty(), budgetComplete = !lots.isEmpty();
    for (const auto &lot : lots) {
        LotMetrics lm = lotMetrics(lot, p.currency, in.bids, in.awards, thresholds.unacceptableOverReferenceBp);
        reference += lot.referenceCents;
        budget += lot.budgetCents;
        refComplete = refComplete && lm.reference.has_value();
        budgetComplete = budgetComplete && lm.budget.has_value();
        if (lm.awardDate.isValid() && (!m.awardDate.isValid() || lm.awardDate > m.awardDate))
            m.awardDate = lm.awardDate;
        m.validBids += lm.validBids;
        m.rejectedBids += lm.rejectedBids;
        m.pendingBids += lm.pendingBids;
        m.notes += lm.notes;
        m.lots.append(lm);
    }
    if (lots.isEmpty())
        m.notes << note(K::NoLots);
    if (refComplete)
        m.reference = Money(reference, p.currency);
    if (budgetComplete)
        m.budget = Money(budget, p.currency);

    QSet<QString> bidderIds;
    for (const auto &b : in.bidders)
        if (!b.deleted && b.procedureId == p.id)
            bidderIds.insert(b.id);
    m.bidders = int(bidderIds.size());

    // A contract in another currency makes the comparison impossible without a conversion: said,
    // not guessed.
    bool foreignContract = false;
    const QSet<QString> contractIds = allocateContracts(m, in.contracts, p.id, &foreignContract);
    if (!foreignContract)
        computeSavings(m);

    // Amendments: increase over the contracts' amounts.
    if (!contractIds.isEmpty()) {
        qint64 contractsSum = 0, delta = 0;
        for (const auto &c : in.contracts)
            if (contractIds.contains(c.id))
                contractsSum += c.amountCents;
        for (const auto &a : in.amendments)
            if (!a.deleted && contractIds.contains(a.contractId))
                delta += a.deltaCents;
        m.amendmentsIncrease = Money(delta, p.currency);
        if (contractsSum != 0)
            m.amendmentPercentBp = roundedDivide(Int128(delta) * 10000, contractsSum);
    }
    computeDates(m, in.stages);
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

void forEachImpactInput(const CaseFile &file, const std::function<void(ImpactInput &&)> &sink)
{
    using Via = ProcedureStream::Via;
    ProcedureStream stream(file,
        {{QStringLiteral("lot"), Via::Procedure}, {QStringLiteral("bidder"), Via::Procedure},
            {QStringLiteral("stage"), Via::Procedure}, {QStringLiteral("contract"), Via::Procedure},
            {QStringLiteral("bid"), Via::Lot}, {QStringLiteral("award"), Via::Lot},
            {QStringLiteral("amendment"), Via::Contract}});
    QVariantMap procedure;
    QHash<QString, QList<QVariantMap>> children;
    auto all = [&children]<class E>(QList<E> &out) {
        for (const QVariantMap &row : children.value(mappingOf<E>().table))
            out.append(mappingOf<E>().fromRow(row));
    };
    while (stream.next(&procedure, &children)) {
        ImpactInput in;
        in.procedure = mappingOf<Procedure>().fromRow(procedure);
        all(in.lots);
        all(in.bidders);
        all(in.stages);
        all(in.contracts);
        all(in.bids);
        all(in.awards);
        all(in.amendments);
        sink(std::move(in));
    }
}

QList<ProcedureMetrics> computeAllProcedureMetrics(const CaseFile &file)
{
    QList<ProcedureMetrics> out;
    forEachImpactInput(file, [&out](ImpactInput &&in) { out.append(computeProcedureMetrics(in)); });
    return out;
}

} // namespace Testigo
