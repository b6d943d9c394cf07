// SPDX-License-Identifier: GPL-3.0-or-later
// The report's computed results (issue 14 item 7) on a small case built here, with every expected
// figure worked out by hand from the case, and the sentences of the executive summary in each
// language.
#include "demofixture.h"
#include "domain/doclanguage.h"
#include "impact/fixtures.h"
#include "impact/reportresults.h"
#include "render/reportrenderer.h"
#include "render/reportsummary.h"

#include <QProcess>
#include <gtest/gtest.h>

using namespace Testigo;
using namespace Testigo::Render;
using namespace Testigo::TestSupport;

namespace {

Money mxn(qint64 cents)
{
    return Money(cents, QStringLiteral("MXN"));
}

Finding finding(const QString &procedureId, const QString &status, const QDate &raised, const QDate &answered)
{
    static int n = 0;
    Finding f;
    f.id = QStringLiteral("f%1").arg(++n);
    f.procedureId = procedureId;
    f.recommendation = QStringLiteral("Publicar el acta.");
    f.status = status;
    f.raisedDate = raised;
    f.responseDate = answered;
    return f;
}

struct SmallCase
{
    InpcSeries inpc;
    FixSeries fix;
    ComparableOptions options;
    QList<ProcedureMetrics> metrics;
    SocialInput social;

    // p1: multiLot() (two lots, four bidders, awarded in April 2024); p2: one lot, one bidder,
    // awarded in May 2024. INPC 100 in April 2024, 105 in May 2024, 110 in the base month April 2025.
    SmallCase()
    {
        inpc.set(2024, 4, 1'000'000);
        inpc.set(2024, 5, 1'050'000);
        inpc.set(2025, 4, 1'100'000);
        options.inpc = &inpc;
        options.fix = &fix;
        options.realTarget = QDate(2025, 4, 1);
        InputBuilder p1 = multiLot();
        InputBuilder p2(QStringLiteral("p2"));
        const QString lot = p2.lot(1, pesos(500000), pesos(400000));
        const QString x = p2.bidder(QStringLiteral("X"));
        p2.bid(lot, x, pesos(380000));
        p2.award(lot, x, pesos(380000), QDate(2024, 5, 10));
        for (InputBuilder *b : {&p1, &p2}) {
            metrics << computeProcedureMetrics(b->in, ImpactThresholds {1000});
            social.procedures << b->in.procedure;
            social.bidders << b->in.bidders;
        }
        for (Bidder &b : social.bidders) {
            b.signedPact = b.name == QLatin1String("A") || b.name == QLatin1String("B")
                || b.name == QLatin1String("X");
            b.disclosedTies = b.name == QLatin1String("A");
            b.declaredConflict = b.name == QLatin1String("X");
        }
        social.findings << finding(
            QStringLiteral("p1"), QStringLiteral("attended"), QDate(2024, 3, 1), QDate(2024, 3, 11))
                        << finding(QStringLiteral("p1"), QStringLiteral("attended"), QDate(2024, 3, 5),
                               QDate(2024, 3, 9))
                        << finding(QStringLiteral("p2"), QStringLiteral("partial"), QDate(2024, 3, 10),
                               QDate(2024, 3, 31))
                        << finding(
                               QStringLiteral("p2"), QStringLiteral("pending"), QDate(2024, 4, 1), QDate());
        social.findings[2].escalation = QStringLiteral("oic");
    }
};

} // namespace

TEST(ReportResults, smallCase_figuresMatchTheHandComputation)
{
    const SmallCase c;
    const ReportResults r = computeReportResults(c.metrics, c.social, c.options);
    EXPECT_EQ(r.procedures, 2);
    EXPECT_EQ(r.awardedProcedures, 2);
    EXPECT_EQ(r.monitored, mxn(pesos(1360000 + 380000)));
    EXPECT_EQ(r.savings, mxn(pesos(140000 + 20000))); // (1.0M − 900k) + (500k − 460k) + (400k − 380k)
    EXPECT_EQ(r.savingsBase, mxn(pesos(1500000 + 400000)));
    EXPECT_EQ(r.savingsPercentBp, 842); // 160k / 1.9M = 8.4211 %
    // Real terms, pesos of April 2025: 140k × 110/100 + 20k × 110/105 = 154,000 + 20,952.38.
    ASSERT_TRUE(r.savingsReal.has_value());
    EXPECT_EQ(*r.savingsReal, mxn(15'400'000 + 2'095'238));
    EXPECT_EQ(r.realBase, QDate(2025, 4, 1));
    EXPECT_EQ(r.savingsVsBudget, mxn(pesos(440000 + 120000))); // budgets 1.8M and 500k
    EXPECT_EQ(r.budgetBase, mxn(pesos(1800000 + 500000)));
    EXPECT_EQ(r.savingsVsBudgetPercentBp, 2435); // 560k / 2.3M = 24.3478 %
    EXPECT_EQ(r.proceduresWithBids, 2);
    EXPECT_EQ(r.meanBiddersPerProcedureX100, 250); // (4 + 1) / 2
    EXPECT_EQ(r.lotsWithBids, 3);
    EXPECT_EQ(r.singleBidLots, 1); // p2's only lot
    EXPECT_EQ(r.singleBidShareBp, 3333);
    const SocialMetrics &s = r.social;
    EXPECT_EQ(s.recommendations.total, 4);
    EXPECT_EQ(s.recommendations.attended, 2);
    EXPECT_EQ(s.recommendations.attendedPercentBp, 5000);
    EXPECT_EQ(s.meanResponseDaysX100, 1167); // (10 + 4 + 21) / 3 days
    EXPECT_EQ(s.medianResponseDays, 10);
    EXPECT_EQ(s.maxResponseDays, 21);
    EXPECT_EQ(s.escalations, 1);
    EXPECT_EQ(s.bidderSignatureRateBp, 6000); // A, B and X of five bidders
    EXPECT_EQ(s.disclosures, 1);
    EXPECT_EQ(s.conflictsDeclared, 1);
}

TEST(ReportResults, executiveSummary_statesTheFiguresInEachLanguage)
{
    const SmallCase c;
    ReportData d;
    d.results = computeReportResults(c.metrics, c.social, c.options);
    for (const QString &code : {QStringLiteral("es"), QStringLiteral("en")}) {
        const DocLanguage lang(code);
        const QString text = executiveSummary(d, lang).join(QLatin1Char(' '));
        const auto money
            = [&lang](qint64 cents) { return lang.money(mxn(cents)).replace(QLatin1Char(' '), QChar::Nbsp); };
        EXPECT_TRUE(text.contains(money(pesos(160000)))) << qPrintable(text);
        EXPECT_TRUE(text.contains(lang.percent(842))) << qPrintable(text);
        EXPECT_TRUE(text.contains(money(15'400'000 + 2'095'238))) << qPrintable(text);
        EXPECT_TRUE(text.contains(money(pesos(560000)))) << qPrintable(text);
        EXPECT_TRUE(text.contains(lang.percent(3333))) << qPrintable(text);
        EXPECT_TRUE(text.contains(lang.percent(5000))) << qPrintable(text);
        EXPECT_TRUE(text.contains(lang.percent(6000))) << qPrintable(text);
        const bool spanish = code == QStringLiteral("es");
        EXPECT_EQ(text.contains(QStringLiteral("abril de 2025")), spanish) << qPrintable(text);
        EXPECT_EQ(text.contains(QStringLiteral("April 2025")), !spanish) << qPrintable(text);
        EXPECT_EQ(text.contains(QStringLiteral("recomendaciones")), spanish) << qPrintable(text);
        EXPECT_EQ(text.contains(QStringLiteral("recommendations")), !spanish) << qPrintable(text);
    }
}

TEST(ReportResults, demoReport_printsTheSummaryTheResultsAndTheHeatMapLegend)
{
    DemoFile demo;
    const ReportData data = loadReport(*demo.file, QStringLiteral("es"), QDate(2025, 6, 30));
    ASSERT_FALSE(data.clauseLegend.isEmpty());
    const QString pdf = demo.dir.filePath(QStringLiteral("informe.pdf"));
    QString error;
    ASSERT_TRUE(writeReportPdf(data, pdf, &error)) << qPrintable(error);
    QProcess p;
    p.start(QStringLiteral("pdftotext"),
        {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    ASSERT_TRUE(p.waitForFinished(60000));
    const QString text
        = QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC).simplified();
    for (const char *heading : {"Resumen ejecutivo", "Resultados en cifras", "Competencia",
             "Acción Colectiva", "Sombreado: blanco, ningún hallazgo"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(heading))) << heading;
    const DocLanguage es(QStringLiteral("es"));
    EXPECT_TRUE(text.contains(es.percent(*data.results.social.bidderSignatureRateBp)))
        << qPrintable(text.mid(text.indexOf(QStringLiteral("Acción Colectiva"))));
    EXPECT_TRUE(text.contains(data.clauseLegend.first().first + QLatin1Char(' ')));
}
