// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Writes hand-built procedures into a real case file, for the CLI and dashboard tests.

#include "fixtures.h"
#include "store/casefile.h"

namespace Testigo::TestSupport {

// Inserts everything the builder holds (ids are kept, so relations survive). Returns false on error.
inline bool writeInput(CaseFile &file, InputBuilder b, const QString &agencyId = QString())
{
    CaseFile::Transaction tx(file);
    b.in.procedure.agencyId = agencyId;
    bool ok = file.insert(b.in.procedure);
    for (auto &x : b.in.lots) ok = ok && file.insert(x);
    for (auto &x : b.in.bidders) ok = ok && file.insert(x);
    for (auto &x : b.in.bids) ok = ok && file.insert(x);
    for (auto &x : b.in.awards) ok = ok && file.insert(x);
    for (auto &x : b.in.contracts) ok = ok && file.insert(x);
    for (auto &x : b.in.amendments) ok = ok && file.insert(x);
    for (auto &x : b.in.stages) ok = ok && file.insert(x);
    return ok && tx.commit();
}

inline QString writeAgency(CaseFile &file, const QString &acronym, const QString &sector)
{
    Agency a;
    a.name = acronym + QStringLiteral(" (test)");
    a.acronym = acronym;
    a.sector = sector;
    file.insert(a);
    return a.id;
}

// A USD procedure with one lot: reference 100,000.00 USD, awarded 90,000.00 USD on 2024-03-15.
inline InputBuilder usdProcedure(const QString &id)
{
    InputBuilder b(id, QStringLiteral("USD"));
    const QString l = b.lot(1, pesos(120000), pesos(100000));
    const QString a = b.bidder(QStringLiteral("A")), c = b.bidder(QStringLiteral("C"));
    b.bid(l, a, pesos(90000));
    b.bid(l, c, pesos(95000));
    b.award(l, a, pesos(90000), QDate(2024, 3, 15));
    return b;
}

// A small portfolio: the multi-lot MXN procedure (2024), the USD one (2024), a desierta (2023)
// and a 2022 procedure with 3 bidders and 20 % savings.
inline bool writePortfolio(CaseFile &file)
{
    const QString imss = writeAgency(file, QStringLiteral("IMSS"), QStringLiteral("health"));
    const QString cfe = writeAgency(file, QStringLiteral("CFE"), QStringLiteral("energy"));
    InputBuilder m = multiLot();
    m.in.procedure.id = QStringLiteral("multi");
    m.in.procedure.number = QStringLiteral("LA-multi");
    m.in.procedure.type = QStringLiteral("open_tender");
    for (auto &l : m.in.lots) l.procedureId = m.in.procedure.id;
    for (auto &x : m.in.bidders) x.procedureId = m.in.procedure.id;
    for (auto &x : m.in.stages) x.procedureId = m.in.procedure.id;
    InputBuilder u = usdProcedure(QStringLiteral("usd"));
    u.in.procedure.type = QStringLiteral("restricted_invitation");
    InputBuilder v(QStringLiteral("void"));
    const QString vl = v.lot(1, pesos(500000), pesos(400000));
    v.bid(vl, v.bidder(QStringLiteral("A")), pesos(700000), true);
    v.award(vl, QString(), 0, QDate(2023, 6, 1), true);
    InputBuilder o(QStringLiteral("old"));
    o.in.procedure.type = QStringLiteral("open_tender");
    const QString ol = o.lot(1, pesos(3000000), pesos(2500000));
    const QString x = o.bidder(QStringLiteral("X")), y = o.bidder(QStringLiteral("Y")), z = o.bidder(QStringLiteral("Z"));
    o.bid(ol, x, pesos(2000000));
    o.bid(ol, y, pesos(2100000));
    o.bid(ol, z, pesos(2200000));
    o.award(ol, x, pesos(2000000), QDate(2022, 9, 30));
    return writeInput(file, m, imss) && writeInput(file, u, cfe) && writeInput(file, v, imss) && writeInput(file, o, cfe);
}

} // namespace Testigo::TestSupport
