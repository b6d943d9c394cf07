// SPDX-License-Identifier: GPL-3.0-or-later
// Lots, bidders, bids, awards, contracts and amendments of one compiled release.
#include "ocds/mapper.h"
#include "ocds/ocdsvalues.h"

namespace Testigo::Ocds {

namespace {
template<class E, class Pred>
E *findIn(QList<E> &list, Pred pred)
{
    for (E &e : list)
        if (pred(e))
            return &e;
    return nullptr;
}
} // namespace

// What the participants of one release map to, learnt lot by lot and bidder by bidder.
struct Mapper::Participants
{
    QString procedureId;
    QString currency;
    QHash<QString, QString> lotByOcdsId;
    QList<QString> lotIds;
    QList<Bidder> bidders;
    QHash<QString, QString> bidderByKey; // org key or OCDS id -> bidder row id
    QHash<QString, QString> supplierOfAward; // OCDS award id -> bidder row id

    // The lot rows an OCDS bid or award relates to; the first lot when it names none known.
    QStringList lotsOf(const JNode &x) const
    {
        QStringList out;
        for (const JNode &id : x.list("relatedLots"))
            if (lotByOcdsId.contains(QString::fromStdString(id.text)))
                out << lotByOcdsId.value(QString::fromStdString(id.text));
        if (out.isEmpty())
            out << lotIds.first();
        return out;
    }
};

bool Mapper::mapParticipants(const QString &procedureId, const JNode &r, const QString &currency)
{
    Participants s;
    s.procedureId = procedureId;
    s.currency = currency;
    if (!mapLots(s, r))
        return false;
    mapBidders(s, r);
    return mapBids(s, r) && mapAwards(s, r) && mapContracts(s, r);
}

// Lots: the lots extension, else one lot, the whole tender (named as the procedure is), carrying
// its estimate.
bool Mapper::mapLots(Participants &s, const JNode &r)
{
    QList<Lot> lots = m_file.all<Lot>(QStringLiteral("procedure_id"), s.procedureId);
    std::vector<JNode> ocdsLots = r.list("tender.lots");
    if (ocdsLots.empty()) {
        JNode only = JNode::object();
        only.set("id", JNode::string(QString()));
        only.set("title", JNode::string(tenderTitle(r)));
        if (const JNode *tv = r.at("tender.value"))
            only.set("value", *tv);
        else if (const JNode *tw = r.at("tender.valueWithTax"))
            only.set("value", *tw);
        ocdsLots.push_back(std::move(only));
    }
    for (size_t i = 0; i < ocdsLots.size(); ++i) {
        const JNode &l = ocdsLots[i];
        Lot want;
        want.procedureId = s.procedureId;
        want.number = int(i + 1);
        want.description = firstText(l, {"title", "description", "id"});
        const Value v = valueOf(&l);
        want.referenceCents = v.cents.value_or(0);
        if (ocdsLots.size() == 1) {
            const Value budget = valueOf(r.at("planning.budget"));
            if (budget.cents && (budget.currency.isEmpty() || budget.currency == s.currency))
                want.budgetCents = *budget.cents;
        }
        Lot *mine = findIn(lots, [&](const Lot &x) { return x.number == want.number; });
        Lot row = mine ? *mine : Lot();
        if (mine)
            want.budgetCents = want.budgetCents ? want.budgetCents : mine->budgetCents;
        if (!upsert(row, mine != nullptr, want, tr("lot %1").arg(want.number)))
            return false;
        s.lotByOcdsId.insert(l.str("id"), row.id);
        s.lotIds << row.id;
    }
    return true;
}

// The bidder row of an organisation reference, created or named on first sight; one row per RFC
// (else name). Empty when the reference names nobody or the row could not be written.
QString Mapper::ensureBidder(Participants &s, const JNode &ref)
{
    const Org o = resolve(ref);
    if (o.key.isEmpty())
        return QString();
    if (s.bidderByKey.contains(o.key))
        return s.bidderByKey.value(o.key);
    Bidder want;
    want.procedureId = s.procedureId;
    want.name = o.name.isEmpty() ? o.rfc : o.name;
    want.rfc = o.rfc;
    if (o.name.isEmpty())
        warn(tr("a supplier or tenderer has no name (identifier “%1”)").arg(o.key));
    Bidder *mine = findIn(s.bidders, [&](const Bidder &b) {
        return (!o.rfc.isEmpty() && b.rfc == o.rfc) || (o.rfc.isEmpty() && b.name.toUpper() == o.key);
    });
    Bidder row = mine ? *mine : Bidder();
    if (mine && o.name.isEmpty())
        want.name = mine->name; // keep a name learnt elsewhere
    if (!upsert(row, mine != nullptr, want, tr("bidder %1").arg(want.name)))
        return QString();
    if (!mine)
        s.bidders << row;
    s.bidderByKey.insert(o.key, row.id);
    if (const QString id = ref.str("id"); !id.isEmpty())
        s.bidderByKey.insert(id, row.id);
    return row.id;
}

// Bidders: everyone named as tenderer, bidder or supplier.
void Mapper::mapBidders(Participants &s, const JNode &r)
{
    s.bidders = m_file.all<Bidder>(QStringLiteral("procedure_id"), s.procedureId);
    for (const JNode &t : r.list("tender.tenderers"))
        ensureBidder(s, t);
    for (const JNode &b : r.list("bids.details"))
        for (const JNode &t : b.list("tenderers"))
            ensureBidder(s, t);
    for (const JNode &a : r.list("awards"))
        for (const JNode &sup : a.list("suppliers"))
            ensureBidder(s, sup);
    for (const JNode &c : r.list("contracts"))
        for (const JNode &sup : c.list("suppliers"))
            ensureBidder(s, sup);
    for (const JNode &p : r.list("parties"))
        for (const JNode &role : p.list("roles"))
            if (role.text == "supplier" || role.text == "tenderer")
                ensureBidder(s, p);
}

// Bids (bids extension): one row per lot and tenderer.
bool Mapper::mapBids(Participants &s, const JNode &r)
{
    QHash<QString, QList<Bid>> bidsByLot;
    for (const QString &lotId : s.lotIds)
        bidsByLot.insert(lotId, m_file.all<Bid>(QStringLiteral("lot_id"), lotId));
    for (const JNode &b : r.list("bids.details")) {
        const QString status = b.str("status");
        if (status == QLatin1String("invited") || status == QLatin1String("withdrawn"))
            continue;
        const Value v = valueOf(&b);
        for (const JNode &t : b.list("tenderers")) {
            const QString bidderId = ensureBidder(s, t);
            for (const QString &lotId : s.lotsOf(b)) {
                QList<Bid> &list = bidsByLot[lotId];
                Bid *mine = findIn(list, [&](const Bid &x) { return x.bidderId == bidderId; });
                Bid row = mine ? *mine : Bid();
                Bid want = row;
                want.bidderId = bidderId;
                want.lotId = lotId;
                want.amountCents = v.cents.value_or(0);
                want.rejected = status == QLatin1String("disqualified");
                if (status == QLatin1String("valid") || status == QLatin1String("disqualified"))
                    want.economicResult = want.rejected ? QStringLiteral("fail") : QStringLiteral("pass");
                if (!upsert(row, mine != nullptr, want, tr("bid")))
                    return false;
                if (!mine)
                    list << row;
            }
        }
    }
    return true;
}

// Awards: one row per lot and supplier; an unsuccessful award without suppliers voids its lot.
bool Mapper::mapAwards(Participants &s, const JNode &r)
{
    for (const JNode &a : r.list("awards")) {
        const QString status = a.str("status");
        if (status == QLatin1String("cancelled"))
            continue;
        const Value v = valueOf(&a);
        if (!v.currency.isEmpty() && v.currency != s.currency)
            warn(tr("award %1 is in %2, not in the procedure's %3").arg(a.str("id"), v.currency, s.currency));
        QStringList supplierIds;
        for (const JNode &sup : a.list("suppliers"))
            if (const QString id = ensureBidder(s, sup); !id.isEmpty())
                supplierIds << id;
        if (!supplierIds.isEmpty())
            s.supplierOfAward.insert(a.str("id"), supplierIds.first());
        const bool voidLot = supplierIds.isEmpty() && status == QLatin1String("unsuccessful");
        if (supplierIds.isEmpty() && !voidLot)
            continue;
        if (voidLot)
            supplierIds << QString();
        bool first = true;
        for (const QString &lotId : s.lotsOf(a)) {
            QList<Award> existing = m_file.all<Award>(QStringLiteral("lot_id"), lotId);
            for (const QString &bidderId : supplierIds) {
                Award *mine = findIn(existing, [&](const Award &x) { return x.bidderId == bidderId; });
                Award row = mine ? *mine : Award();
                Award want = row;
                want.lotId = lotId;
                want.bidderId = bidderId;
                want.amountCents = first ? v.cents.value_or(0) : 0;
                want.date = ocdsDate(a.str("date"));
                want.voidLot = voidLot;
                first = false;
                if (!upsert(row, mine != nullptr, want, tr("award %1").arg(a.str("id"))))
                    return false;
            }
        }
    }
    return true;
}

// Contracts (matched by number) and their amendments.
bool Mapper::mapContracts(Participants &s, const JNode &r)
{
    QList<Contract> contracts = m_file.all<Contract>(QStringLiteral("procedure_id"), s.procedureId);
    int index = 0;
    for (const JNode &c : r.list("contracts")) {
        ++index;
        Contract want;
        want.procedureId = s.procedureId;
        want.number = firstText(c, {"id", "title"});
        if (want.number.isEmpty())
            want.number = QString::number(index);
        want.bidderId = s.supplierOfAward.value(c.str("awardID"));
        if (want.bidderId.isEmpty())
            for (const JNode &sup : c.list("suppliers"))
                if (want.bidderId.isEmpty())
                    want.bidderId = ensureBidder(s, sup);
        const Value v = valueOf(&c);
        want.amountCents = v.cents.value_or(0);
        want.currency = v.currency.isEmpty() ? s.currency : v.currency;
        want.signedDate = ocdsDate(c.str("dateSigned"));
        Contract *mine = findIn(contracts, [&](const Contract &x) { return x.number == want.number; });
        Contract row = mine ? *mine : Contract();
        if (!upsert(row, mine != nullptr, want, tr("contract %1").arg(want.number))
            || !mapAmendments(row.id, c))
            return false;
    }
    return true;
}

// A contract's amendments, numbered in order; the release's single "amendment" comes last.
bool Mapper::mapAmendments(const QString &contractId, const JNode &c)
{
    std::vector<JNode> amendments = c.list("amendments");
    if (const JNode *single = c.get("amendment"); single && single->isObject())
        amendments.push_back(*single);
    QList<Amendment> existing = m_file.all<Amendment>(QStringLiteral("contract_id"), contractId);
    for (size_t i = 0; i < amendments.size(); ++i) {
        Amendment want;
        want.contractId = contractId;
        want.number = int(i + 1);
        want.date = ocdsDate(amendments[i].str("date"));
        want.description = firstText(amendments[i], {"rationale", "description", "id"});
        Amendment *am = findIn(existing, [&](const Amendment &x) { return x.number == want.number; });
        Amendment arow = am ? *am : Amendment();
        if (am)
            want.deltaCents = am->deltaCents; // OCDS amendments carry no amount; the witness may
        if (!upsert(arow, am != nullptr, want, tr("amendment %1").arg(want.number)))
            return false;
    }
    return true;
}

} // namespace Testigo::Ocds
