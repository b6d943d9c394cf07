// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark: assembling the Analytical Review Report of a 100-procedure case file as a PDF.
#include "../merge/fixture.h"
#include "render/reportrenderer.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <cstdio>

using namespace Testigo;

namespace {
// One procedure with a lot, three bids, an award, two stages and three findings.
void addProcedure(CaseFile &f, const QString &agencyId, int i)
{
    auto put = [&](const QString &table, QVariantMap row) {
        f.insertRow(table, row);
        return row.value(QStringLiteral("id")).toString();
    };
    const QString s = QStringLiteral("");
    const QString p = put(QStringLiteral("procedure"),
                          {{QStringLiteral("number"), QStringLiteral("LA-BENCH-%1-%2").arg(i, 3, 10, QLatin1Char('0')).arg(2010 + i % 15)},
                           {QStringLiteral("title"), QStringLiteral("Procedimiento %1").arg(i)}, {QStringLiteral("agency_id"), agencyId},
                           {QStringLiteral("type"), QStringLiteral("open_tender")}, {QStringLiteral("object"), s}});
    const QString lot = put(QStringLiteral("lot"), {{QStringLiteral("procedure_id"), p}, {QStringLiteral("number"), 1},
                                                    {QStringLiteral("budget_cents"), qint64(1000000000) + i * 1000},
                                                    {QStringLiteral("reference_cents"), qint64(900000000) + i * 1000}});
    QString winner;
    for (int b = 0; b < 3; ++b) {
        const QString bidder = put(QStringLiteral("bidder"), {{QStringLiteral("procedure_id"), p},
                                                              {QStringLiteral("name"), QStringLiteral("Empresa %1").arg(b)}});
        put(QStringLiteral("bid"), {{QStringLiteral("bidder_id"), bidder}, {QStringLiteral("lot_id"), lot},
                                    {QStringLiteral("amount_cents"), qint64(800000000) + b * 10000000},
                                    {QStringLiteral("technical_result"), QStringLiteral("pass")},
                                    {QStringLiteral("economic_result"), QStringLiteral("pass")}});
        if (b == 0)
            winner = bidder;
    }
    put(QStringLiteral("award"), {{QStringLiteral("lot_id"), lot}, {QStringLiteral("bidder_id"), winner},
                                  {QStringLiteral("amount_cents"), qint64(800000000)},
                                  {QStringLiteral("date"), QDate(2010 + i % 15, 6, 1)}});
    QStringList stages;
    for (const char *k : {"call", "opening", "award"})
        stages << put(QStringLiteral("stage"), {{QStringLiteral("procedure_id"), p}, {QStringLiteral("kind"), QLatin1String(k)},
                                                {QStringLiteral("actual_date"), QDate(2010 + i % 15, 3, 1)}});
    for (int n = 1; n <= 3; ++n)
        put(QStringLiteral("finding"), {{QStringLiteral("procedure_id"), p}, {QStringLiteral("stage_id"), stages[n % 3]},
                                        {QStringLiteral("number"), n}, {QStringLiteral("category"), QStringLiteral("transparency")},
                                        {QStringLiteral("description"), QStringLiteral("Hallazgo %1").arg(n)}});
}
} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int n = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 100;
    QTemporaryDir dir;
    auto f = CaseFile::create(dir.filePath(QStringLiteral("bench.testigo"))).file;
    {
        CaseFile::Transaction tx(*f);
        Agency a;
        a.name = QStringLiteral("Dependencia");
        MergeTest::add(*f, a);
        for (int i = 0; i < n; ++i)
            addProcedure(*f, a.id, i);
        tx.commit();
    }
    QElapsedTimer t;
    t.start();
    const Render::ReportData data = Render::loadReport(*f, QStringLiteral("es"), QDate(2025, 6, 30));
    const qint64 load = t.elapsed();
    t.restart();
    int pages = 0;
    QString error;
    const bool ok = Render::writeReportPdf(data, dir.filePath(QStringLiteral("r.pdf")), &error, &pages);
    std::printf("report_bench: %d procedures (%lld in the appendix): data %lld ms, layout+PDF %lld ms, %d pages%s\n", n,
                qint64(data.procedures.size()), load, t.elapsed(), pages, ok ? "" : " FAILED");
    return ok ? 0 : 1;
}
