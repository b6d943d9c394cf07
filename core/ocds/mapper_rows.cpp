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

bool Mapper::mapParticipants(const QString &procedureId, const JNode &r, const QString &currency)
{
    // Lots: the lots extension, else one lot "Única" carrying the tender's estimate.
    QList<Lot> lots = m_file.all<Lot>(QStringLiteral("procedure_id"), procedureId);
    QHash<QString, QString> lotByOcdsId;
    QList<QString> lotIds;
    std::vector<JNode> ocdsLots = r.list("tender.lots");
    if (ocdsLots.empty()) {
        JNode only = JNode::object();
        only.set("id", JNode::string(QString()));
        only.set("title", JNode::string(QStringLiteral("Única")));
        if (const JNode *tv = r.at("tender.value"))
            only.set("value", *tv);
        else if (const JNode *tw = r.at("tender.valueWithTax"))
            only.set("value", *tw);
        ocdsLots.push_back(std::move(only));
    }
    for (size_t i = 0; i < ocdsLots.size(); ++i) {
        const JNode &l = ocdsLots[i];
        Lot want;
        want.procedureId = procedureId;
        want.number = int(i + 1);
        want.description = firstText(l, {"title", "description", "id"});
        const Value v = valueOf(&l);
        want.referenceCents = v.cents.value_or(0);
        if (ocdsLots.size() == 1) {
            const Value budget = valueOf(r.at("planning.budget"));
            if (budget.cents && (budget.currency.isEmpty() || budget.currency == currency))
                want.budgetCents = *budget.cents;
        }
        Lot *mine = findIn(lots, [&](const Lot &x) { return x.number == want.number; });
        Lot row = mine ? *mine : Lot();
        if (mine)
            want.budgetCents = want.budgetCents ? want.budgetCents : mine->budgetCents;
        if (!upsert(row, mine != nullptr, want, tr("lot %1").arg(want.number)))
            return false;
        lotByOcdsId.insert(l.str("id"), row.id);
        lotIds << row.id;
    }
    auto lotsOf = [&](const JNode &x) {
        QStringList out;
        for (const JNode &id : x.list("relatedLots"))
            if (lotByOcdsId.contains(QString::fromStdString(id.text)))
                out << lotByOcdsId.value(QString::fromStdString(id.text));
        if (out.isEmpty())
            out << lotIds.first();
        return out;
    };

    // Bidders: everyone named as tenderer, bidder or supplier, one row per RFC (else name).
    QList<Bidder> bidders = m_file.all<Bidder>(QStringLiteral("procedure_id"), procedureId);
    QHash<QString, QString> bidderByKey; // org key or OCDS id -> bidder row id
    auto ensureBidder = [&](const JNode &ref) -> QString {
        const Org o = resolve(ref);
        if (o.key.isEmpty())
            return QString();
        if (bidderByKey.contains(o.key))
            return bidderByKey.value(o.key);
        Bidder want;
        want.procedureId = procedureId;
        want.name = o.name.isEmpty() ? o.rfc : o.name;
        want.rfc = o.rfc;
        if (o.name.isEmpty())
            warn(tr("a supplier or tenderer has no name (identifier “%1”)").arg(o.key));
        Bidder *mine = findIn(bidders, [&](const Bidder &b) {
            return (!o.rfc.isEmpty() && b.rfc == o.rfc) || (o.rfc.isEmpty() && b.name.toUpper() == o.key);
        });
        Bidder row = mine ? *mine : Bidder();
        if (mine && o.name.isEmpty())
            want.name = mine->name; // keep a name learnt elsewhere
        if (!upsert(row, mine != nullptr, want, tr("bidder %1").arg(want.name)))
            return QString();
        if (!mine)
            bidders << row;
        bidderByKey.insert(o.key, row.id);
        if (const QString id = ref.str("id"); !id.isEmpty())
            bidderByKey.insert(id, row.id);
        return row.id;
    };
    for (const JNode &t : r.list("tender.tenderers"))
        ensureBidder(t);
    for (const JNode &b : r.list("bids.details"))
        for (const JNode &t : b.list("tenderers"))
            ensureBidder(t);
    for (const JNode &a : r.list("awards"))
        for (const JNode &s : a.list("suppliers"))
            ensureBidder(s);
    for (const JNode &c : r.list("contracts"))
        for (const JNode &s : c.list("suppliers"))
            ensureBidder(s);
    for (const JNode &p : r.list("parties"))
        for (const JNode &role : p.list("roles"))
            if (role.text == "supplier" || role.text == "tenderer")
                ensureBidder(p);

    // Bids (bids extension).
    QHash<QString, QList<Bid>> bidsByLot;
    for (const QString &lotId : lotIds)
        bidsByLot.insert(lotId, m_file.all<Bid>(QStringLiteral("lot_id"), lotId));
    for (const JNode &b : r.list("bids.details")) {
        const QString status = b.str("status");
        if (status == QLatin1String("invited") || status == QLatin1String("withdrawn"))
            continue;
        const Value v = valueOf(&b);
        for (const JNode &t : b.list("tenderers")) {
            const QString bidderId = ensureBidder(t);
            for (const QString &lotId : lotsOf(b)) {
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

    // Awards: one row per lot and supplier; an unsuccessful award without suppliers voids its lot.
    QHash<QString, QString> supplierOfAward; // OCDS award id -> bidder row id
    for (const JNode &a : r.list("awards")) {
        const QString status = a.str("status");
        if (status == QLatin1String("cancelled"))
            continue;
        const Value v = valueOf(&a);
        if (!v.currency.isEmpty() && v.currency != currency)
            warn(tr("award %1 is in %2, not in the procedure's %3").arg(a.str("id"), v.currency, currency));
        QStringList supplierIds;
        for (const JNode &s : a.list("suppliers"))
            if (const QString id = ensureBidder(s); !id.isEmpty())
                supplierIds << id;
        if (!supplierIds.isEmpty())
            supplierOfAward.insert(a.str("id"), supplierIds.first());
        const bool voidLot = supplierIds.isEmpty() && status == QLatin1String("unsuccessful");
        if (supplierIds.isEmpty() && !voidLot)
            continue;
        if (voidLot)
            supplierIds << QString();
        bool first = true;
        for (const QString &lotId : lotsOf(a)) {
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

    // Contracts and their amendments.
    QList<Contract> contracts = m_file.all<Contract>(QStringLiteral("procedure_id"), procedureId);
    int index = 0;
    for (const JNode &c : r.list("contracts")) {
        ++index;
        Contract want;
        want.procedureId = procedureId;
        want.number = firstText(c, {"id", "title"});
        if (want.number.isEmpty())
            want.number = QString::number(index);
        want.bidderId = supplierOfAward.value(c.str("awardID"));
        if (want.bidderId.isEmpty())
            for (const JNode &s : c.list("suppliers"))
                if (want.bidderId.isEmpty())
                    want.bidderId = ensureBidder(s);
        const Value v = valueOf(&c);
        want.amountCents = v.cents.value_or(0);
        want.currency = v.currency.isEmpty() ? currency : v.currency;
        want.signedDate = ocdsDate(c.str("dateSigned"));
        Contract *mine = findIn(contracts, [&](const Contract &x) { return x.number == want.number; });
        Contract row = mine ? *mine : Contract();
        if (!upsert(row, mine != nullptr, want, tr("contract %1").arg(want.number)))
            return false;
        std::vector<JNode> amendments = c.list("amendments");
        if (const JNode *single = c.get("amendment"); single && single->isObject())
            amendments.push_back(*single);
        QList<Amendment> existing = m_file.all<Amendment>(QStringLiteral("contract_id"), row.id);
        for (size_t i = 0; i < amendments.size(); ++i) {
            Amendment want;
            want.contractId = row.id;
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
    }
    return true;
}

} // namespace Testigo::Ocds
