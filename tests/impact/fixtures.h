// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Hand-built procedures for the impact tests: plain structs, amounts in centavos.

#include "impact/metrics.h"

namespace Testigo::TestSupport {

inline qint64 pesos(qint64 units) { return units * 100; }

struct InputBuilder
{
    ImpactInput in;
    explicit InputBuilder(const QString &id = QStringLiteral("p1"), const QString &currency = QStringLiteral("MXN"))
    {
        in.procedure.id = id;
        in.procedure.number = QStringLiteral("LA-%1").arg(id);
        in.procedure.currency = currency;
    }
    QString lot(int number, qint64 budget, qint64 reference)
    {
        Lot l;
        l.id = QStringLiteral("%1-lot%2").arg(in.procedure.id).arg(number);
        l.procedureId = in.procedure.id;
        l.number = number;
        l.budgetCents = budget;
        l.referenceCents = reference;
        in.lots.append(l);
        return l.id;
    }
    QString bidder(const QString &name)
    {
        Bidder b;
        b.id = in.procedure.id + QLatin1Char('-') + name;
        b.procedureId = in.procedure.id;
        b.name = name;
        in.bidders.append(b);
        return b.id;
    }
    QString bid(const QString &lotId, const QString &bidderId, qint64 amount, bool rejected = false)
    {
        Bid b;
        b.id = lotId + QLatin1Char('-') + bidderId;
        b.lotId = lotId;
        b.bidderId = bidderId;
        b.amountCents = amount;
        b.rejected = rejected;
        b.technicalResult = b.economicResult = QStringLiteral("pass"); // evaluated unless a test says otherwise
        in.bids.append(b);
        return b.id;
    }
    void award(const QString &lotId, const QString &bidderId, qint64 amount, const QDate &date, bool voidLot = false)
    {
        Award a;
        a.id = lotId + QStringLiteral("-award");
        a.lotId = lotId;
        a.bidderId = bidderId;
        a.amountCents = amount;
        a.date = date;
        a.voidLot = voidLot;
        in.awards.append(a);
    }
    QString contract(qint64 amount, const QString &currency = QStringLiteral("MXN"), const QString &bidderId = QString())
    {
        Contract c;
        c.bidderId = bidderId;
        c.id = in.procedure.id + QStringLiteral("-c%1").arg(in.contracts.size() + 1);
        c.procedureId = in.procedure.id;
        c.number = c.id;
        c.amountCents = amount;
        c.currency = currency;
        in.contracts.append(c);
        return c.id;
    }
    void amendment(const QString &contractId, qint64 delta)
    {
        Amendment a;
        a.id = contractId + QStringLiteral("-a%1").arg(in.amendments.size() + 1);
        a.contractId = contractId;
        a.deltaCents = delta;
        in.amendments.append(a);
    }
    void stage(const QString &kind, const QDate &actual)
    {
        Stage s;
        s.id = in.procedure.id + QLatin1Char('-') + kind;
        s.procedureId = in.procedure.id;
        s.kind = kind;
        s.actualDate = actual;
        s.status = QStringLiteral("done");
        in.stages.append(s);
    }
};

// Two lots, four bidders, one rejected bid (the cheapest: it must not count), awards only.
inline InputBuilder multiLot()
{
    InputBuilder b;
    const QString l1 = b.lot(1, pesos(1200000), pesos(1000000));
    const QString l2 = b.lot(2, pesos(600000), pesos(500000));
    const QString a = b.bidder(QStringLiteral("A")), bb = b.bidder(QStringLiteral("B")),
                  c = b.bidder(QStringLiteral("C")), d = b.bidder(QStringLiteral("D"));
    b.bid(l1, a, pesos(900000));
    b.bid(l1, bb, pesos(950000));
    b.bid(l1, c, pesos(1000000));
    b.bid(l1, d, pesos(800000), true);
    b.bid(l2, a, pesos(480000));
    b.bid(l2, bb, pesos(460000));
    b.award(l1, a, pesos(900000), QDate(2024, 4, 3));
    b.award(l2, bb, pesos(460000), QDate(2024, 4, 3));
    b.stage(QStringLiteral("call"), QDate(2024, 3, 1));
    b.stage(QStringLiteral("opening"), QDate(2024, 3, 20));
    b.stage(QStringLiteral("award"), QDate(2024, 4, 3));
    return b;
}

} // namespace Testigo::TestSupport
