// SPDX-License-Identifier: GPL-3.0-or-later
// Bidders, their bids per lot, the award, contracts and amendments. Prices are the lot's reference
// price times a fixed factor, so some bids beat it, some exceed it by more than 10 % (precio no
// aceptable) and one lot of the demo ends void (desierta).
#include "demo/demo_internal.h"
#include "domain/money.h"

namespace Testigo::Demo {

namespace {
QString s(const char *utf8) { return QString::fromUtf8(utf8); }

// Per mille of the reference price.
const int kFactors[] = {930, 972, 1018, 890, 1135, 951, 1064, 912, 1182, 988, 1042, 905};

const QStringList &technicalReasons()
{
    static const QStringList l{
        s("No acreditó la experiencia mínima requerida en contratos similares."),
        s("Las fichas técnicas no corresponden a los bienes ofertados."),
        s("No presentó el registro sanitario vigente de los bienes."),
        s("Omitió la carta de respaldo del fabricante."),
        s("El programa de ejecución excede el plazo máximo de la convocatoria.")};
    return l;
}

bool evaluated(const Context &c)
{
    return c.done(s("evaluation")) || c.done(s("award"));
}

// Bidders: companies that sell to the agency's sector, plus general suppliers.
bool writeBidders(Context &c)
{
    const ProcedureSpec &p = c.spec;
    QList<CompanySpec> pool;
    for (const CompanySpec &co : companies())
        if (co.sector == c.agency.sector)
            pool << co;
    for (const CompanySpec &co : companies())
        if (co.sector == QLatin1String("any"))
            pool << co;
    const qsizetype offset = (c.index * 3) % pool.size();
    for (int i = 0; i < p.bidders && i < pool.size(); ++i) {
        const CompanySpec &co = pool[(offset + i) % pool.size()];
        Bidder b;
        b.procedureId = c.procedure.id;
        b.name = co.name;
        b.rfc = co.rfc;
        b.signedPact = !(i == p.bidders - 1 && c.index % 4 == 3); // one bidder in a few never signed
        b.disclosedTies = b.signedPact && (i + c.index) % 5 != 2;
        b.declaredConflict = i == 2 && c.index % 3 == 0;
        b.fictitious = true;
        if (!insertEntity(c.file, b))
            return false;
        c.bidders << b;
    }
    return true;
}

bool writeLots(Context &c)
{
    const ProcedureSpec &p = c.spec;
    for (int l = 0; l < p.lots.size(); ++l) {
        Lot lot;
        lot.procedureId = c.procedure.id;
        lot.number = l + 1;
        lot.description = p.lots[l].description;
        lot.budgetCents = p.lots[l].budgetUnits * 100;
        lot.referenceCents = p.lots[l].referenceUnits * 100;
        if (!insertEntity(c.file, lot))
            return false;
        c.lots << lot;
    }
    return true;
}

// Every bidder's bid on lot l, with its technical and economic results once judged.
bool writeLotBids(Context &c, int l, bool judged, QList<Bid> &bids)
{
    const ProcedureSpec &p = c.spec;
    const Lot &lot = c.lots[l];
    const Money reference(lot.referenceCents, p.currency);
    for (int i = 0; i < c.bidders.size(); ++i) {
        Bid bid;
        bid.bidderId = c.bidders[i].id;
        bid.lotId = lot.id;
        const int factor = kFactors[(i * 5 + l * 3 + c.index) % 12];
        // Round to whole pesos, as bids are usually quoted.
        bid.amountCents = reference.scaled(factor, 1000 * 100).cents() * 100;
        if (judged) {
            const bool technicalFail = (l == p.voidLot) || (i == 1 && l == 0 && c.index % 2 == 0);
            const bool tooExpensive = bid.amountCents * 10 > lot.referenceCents * 11;
            bid.technicalResult = technicalFail ? s("fail") : s("pass");
            bid.economicResult = technicalFail ? s("pending") : tooExpensive ? s("fail") : s("pass");
            bid.rejected = technicalFail || tooExpensive;
            if (technicalFail)
                bid.rejectionReason = technicalReasons()[(i + l + c.index) % technicalReasons().size()];
            else if (tooExpensive)
                bid.rejectionReason = s(
                    "Precio no aceptable: supera en más de 10 % la mediana de la investigación de mercado.");
        }
        if (!insertEntity(c.file, bid))
            return false;
        bids << bid;
    }
    return true;
}

// One contract per winner (their lots' awards summed); the first carries the amendments.
bool writeContracts(Context &c, const QStringList &winners, const QHash<QString, qint64> &wonByBidder)
{
    const ProcedureSpec &p = c.spec;
    for (int w = 0; w < winners.size(); ++w) {
        Contract k;
        k.procedureId = c.procedure.id;
        k.bidderId = winners[w];
        k.number = s("%1-CT-%2-%3")
                       .arg(c.agency.acronym)
                       .arg(c.date(s("contract")).year())
                       .arg(c.index * 10 + w + 1, 3, 10, QLatin1Char('0'));
        k.amountCents = wonByBidder.value(winners[w]);
        k.currency = p.currency;
        k.signedDate = c.date(s("contract"));
        if (!insertEntity(c.file, k))
            return false;
        for (int m = 0; w == 0 && m < p.amendments; ++m) {
            Amendment am;
            am.contractId = k.id;
            am.number = m + 1;
            // Two amendments of 12 % each: together beyond the 20 % the law allows for goods.
            am.deltaCents = Money(k.amountCents, p.currency).scaled(p.amendments > 1 ? 12 : 10, 100).cents();
            am.date = k.signedDate.addDays(90 * (m + 1));
            // Works convenios record when the modification was agreed (LOPSRM art. 59: 45 days to sign).
            if (c.procedure.regime.startsWith(QLatin1String("LOPSRM")))
                am.agreedDate = am.date.addDays(-30);
            am.description = m == 0
                ? s("Ampliación de monto y plazo por volúmenes adicionales de obra.")
                : s("Segunda ampliación por ajuste de cantidades y cambio de especificación.");
            if (!insertEntity(c.file, am))
                return false;
        }
    }
    return true;
}
} // namespace

bool writeBids(Context &c)
{
    const ProcedureSpec &p = c.spec;
    if (!writeBidders(c) || !writeLots(c))
        return false;
    const bool direct = p.type.startsWith(QLatin1String("direct_award"));
    const bool opened = direct ? c.done(s("market_research")) : (c.done(s("opening")) || c.stage(s("opening"))->status == QLatin1String("in_progress"));
    if (!opened)
        return true;
    const bool judged = direct ? c.done(s("award")) : evaluated(c);
    const bool awarded = c.done(s("award"));
    QHash<QString, qint64> wonByBidder; // bidder id -> total awarded
    QStringList winners;
    for (int l = 0; l < c.lots.size(); ++l) {
        QList<Bid> bids;
        if (!writeLotBids(c, l, judged, bids))
            return false;
        const Bid *best = nullptr;
        for (const Bid &bid : bids)
            if (judged && !bid.rejected && (!best || bid.amountCents < best->amountCents))
                best = &bid;
        if (!awarded)
            continue;
        Award a;
        a.lotId = c.lots[l].id;
        a.date = c.date(s("award"));
        if (best) {
            a.bidderId = best->bidderId;
            a.amountCents = best->amountCents;
            wonByBidder[best->bidderId] += best->amountCents;
            if (!winners.contains(best->bidderId))
                winners << best->bidderId;
        } else {
            a.voidLot = true; // desierta: no bid was acceptable
        }
        if (!insertEntity(c.file, a))
            return false;
    }
    return !c.done(s("contract")) || writeContracts(c, winners, wonByBidder);
}

} // namespace Testigo::Demo
