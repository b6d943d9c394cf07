// SPDX-License-Identifier: GPL-3.0-or-later
// Impact of 10,000 procedures with 5 lots each (4 bids a lot, one rejected; awards; 3 dated
// stages), in memory: per-procedure metrics, then comparable rows (MXN, real terms) and the
// portfolio aggregation. Prints the times; not run by ctest.
#include "impact/portfolio.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

using namespace Testigo;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int procedures = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10000;
    const int lotsPer = 5;
    QList<ImpactInput> inputs;
    inputs.reserve(procedures);
    for (int p = 0; p < procedures; ++p) {
        ImpactInput in;
        in.procedure.id = QStringLiteral("p%1").arg(p);
        in.procedure.number = QStringLiteral("LA-%1").arg(p);
        in.procedure.currency = p % 10 == 0 ? QStringLiteral("USD") : QStringLiteral("MXN");
        const QDate award(2005 + p % 20, 1 + p % 12, 1 + p % 28);
        for (int k = 0; k < 3; ++k) {
            Stage s;
            s.id = in.procedure.id + QStringLiteral("-s%1").arg(k);
            s.procedureId = in.procedure.id;
            s.kind = k == 0 ? QStringLiteral("call") : k == 1 ? QStringLiteral("opening") : QStringLiteral("award");
            s.actualDate = award.addDays(-40 + 20 * k);
            in.stages.append(s);
        }
        for (int b = 0; b < 4; ++b) {
            Bidder bd;
            bd.id = in.procedure.id + QStringLiteral("-b%1").arg(b);
            bd.procedureId = in.procedure.id;
            in.bidders.append(bd);
        }
        for (int l = 0; l < lotsPer; ++l) {
            Lot lot;
            lot.id = in.procedure.id + QStringLiteral("-l%1").arg(l);
            lot.procedureId = in.procedure.id;
            lot.number = l + 1;
            lot.referenceCents = 100000000 + qint64(p) * 1000 + l * 777;
            lot.budgetCents = lot.referenceCents * 12 / 10;
            in.lots.append(lot);
            for (int b = 0; b < 4; ++b) {
                Bid bid;
                bid.id = lot.id + QStringLiteral("-%1").arg(b);
                bid.lotId = lot.id;
                bid.bidderId = in.bidders[b].id;
                bid.amountCents = lot.referenceCents * (85 + 5 * b + (p + l) % 7) / 100;
                bid.rejected = b == 3;
                in.bids.append(bid);
            }
            Award a;
            a.id = lot.id + QStringLiteral("-a");
            a.lotId = lot.id;
            a.bidderId = in.bidders[0].id;
            a.amountCents = in.bids[in.bids.size() - 4].amountCents;
            a.date = award;
            in.awards.append(a);
        }
        inputs.append(in);
    }

    QTextStream out(stdout);
    QElapsedTimer t;
    t.start();
    const ImpactThresholds thresholds = ImpactThresholds::load();
    QList<ProcedureMetrics> metrics;
    metrics.reserve(procedures);
    for (const auto &in : inputs)
        metrics.append(computeProcedureMetrics(in, thresholds));
    const qint64 metricsMs = t.elapsed();

    t.restart();
    ComparableOptions options;
    options.realTarget = options.inpc->lastMonth();
    const auto rows = buildPortfolioRows(metrics, {}, options);
    const qint64 rowsMs = t.elapsed();
    t.restart();
    const Portfolio portfolio = aggregatePortfolio(rows, {}, options);
    const qint64 aggregateMs = t.elapsed();

    out << "impact_bench: " << procedures << " procedures x " << lotsPer << " lots\n"
        << "  metrics:            " << metricsMs << " ms\n"
        << "  comparable rows:    " << rowsMs << " ms (MXN, real terms of "
        << options.realTarget.toString(QStringLiteral("yyyy-MM")) << ")\n"
        << "  portfolio + series: " << aggregateMs << " ms\n"
        << "  total:              " << metricsMs + rowsMs + aggregateMs << " ms\n"
        << "  check: savings " << portfolio.totals.savings.toDecimalString() << " MXN over "
        << portfolio.totals.withSavings << " procedures\n";
    return 0;
}
