// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard on a small portfolio: filled charts, totals, filters, refresh on change, exports.
// With TESTIGO_SCREENSHOT_DIR set, it also writes dashboard_<lang>.png from the demo file.
#include "common/languagemanager.h"
#include "dashboard/chartadapter.h"
#include "dashboard/chartpanel.h"
#include "dashboard/dashboardwidget.h"
#include "dashboard/procedureimpactpanel.h"
#include "demo/demo.h"
#include "filefixture.h"
#include "store/session.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QTableWidget>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace Testigo;
using namespace Testigo::TestSupport;
using namespace Testigo::Ui;

namespace {

class Dashboard : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        auto r = CaseFile::create(dir.filePath(QStringLiteral("d.testigo")));
        ASSERT_TRUE(r.file);
        ASSERT_TRUE(writePortfolio(*r.file));
        session = std::make_unique<Session>(std::move(r.file));
    }
    QTemporaryDir dir;
    std::unique_ptr<Session> session;
};

QString labelText(QWidget &w, const char *name)
{
    auto *l = w.findChild<QLabel *>(QString::fromLatin1(name));
    return l ? l->text() : QStringLiteral("<missing>");
}

} // namespace

TEST_F(Dashboard, smallPortfolio_everyChartHasDataAndTotalsAreShown)
{
    DashboardWidget w(*session);
    w.resize(1200, 900);
    EXPECT_EQ(w.objectName(), QStringLiteral("dashboardWidget"));
    ASSERT_EQ(w.chartPanels().size(), 6);
    for (ChartPanel *p : w.chartPanels())
        EXPECT_GT(chartPointCount(p->chart()), 0) << p->objectName().toStdString();
    EXPECT_EQ(labelText(w, "proceduresValueLabel"), QStringLiteral("4"));
    EXPECT_EQ(w.portfolio().totals.savings, Money(80780000, QStringLiteral("MXN")));
    EXPECT_TRUE(w.portfolio().totals.savingsReal.has_value());
    EXPECT_EQ(w.findChild<QTableWidget *>(QStringLiteral("proceduresTableWidget"))->rowCount(), 4);
    EXPECT_GT(w.findChild<QTableWidget *>(QStringLiteral("socialTableWidget"))->rowCount(), 5);
}

TEST_F(Dashboard, yearAndAgencyFilters_narrowTheTotals)
{
    DashboardWidget w(*session);
    auto *year = w.findChild<QComboBox *>(QStringLiteral("yearComboBox"));
    ASSERT_TRUE(year);
    const int i2022 = year->findData(QStringLiteral("2022"));
    ASSERT_GE(i2022, 0);
    year->setCurrentIndex(i2022);
    EXPECT_EQ(labelText(w, "proceduresValueLabel"), QStringLiteral("1"));
    EXPECT_EQ(w.portfolio().totals.savings, Money(50000000, QStringLiteral("MXN")));
    year->setCurrentIndex(0);
    auto *agency = w.findChild<QComboBox *>(QStringLiteral("agencyComboBox"));
    agency->setCurrentIndex(agency->findText(QStringLiteral("IMSS")));
    EXPECT_EQ(labelText(w, "proceduresValueLabel"), QStringLiteral("2"));
}

TEST_F(Dashboard, sessionChange_refreshesTheDashboard)
{
    DashboardWidget w(*session);
    InputBuilder extra(QStringLiteral("extra"));
    extra.lot(1, pesos(100), pesos(100));
    ASSERT_TRUE(writeInput(session->file(), extra));
    QApplication::processEvents(); // Session may deliver through the event loop
    // The store's change listener feeds Session; give the queued refresh a turn.
    for (int i = 0; i < 3; ++i)
        QApplication::processEvents();
    EXPECT_EQ(labelText(w, "proceduresValueLabel"), QStringLiteral("5"));
}

TEST_F(Dashboard, exports_writePngSvgCsvAndXlsx)
{
    DashboardWidget w(*session);
    w.resize(1200, 900);
    ChartPanel *p = w.chartPanels().first();
    QString error;
    const QString png = dir.filePath(QStringLiteral("c.png")), svg = dir.filePath(QStringLiteral("c.svg")),
                  csv = dir.filePath(QStringLiteral("t.csv")), xlsx = dir.filePath(QStringLiteral("t.xlsx"));
    ASSERT_TRUE(exportPng(p->view(), png, &error)) << error.toStdString();
    ASSERT_TRUE(exportSvg(p->view(), svg, p->table().title, &error)) << error.toStdString();
    ASSERT_TRUE(exportCsv(w.proceduresTable(), csv, &error)) << error.toStdString();
    ASSERT_TRUE(exportXlsx(w.proceduresTable(), xlsx, &error)) << error.toStdString();
    QFile s(svg);
    ASSERT_TRUE(s.open(QIODevice::ReadOnly));
    EXPECT_TRUE(s.readAll().contains("<svg"));
    QFile c(csv);
    ASSERT_TRUE(c.open(QIODevice::ReadOnly));
    EXPECT_EQ(c.readAll().count('\n'), 1 + 4 + 1); // header, rows, convention
    QFile x(xlsx);
    ASSERT_TRUE(x.open(QIODevice::ReadOnly));
    EXPECT_TRUE(x.read(2) == "PK"); // a zip container
}

TEST_F(Dashboard, procedurePanel_chartsTheLotsOfTheChosenProcedure)
{
    ProcedureImpactPanel panel(*session);
    EXPECT_EQ(chartPointCount(panel.chartPanel()->chart()), 0);
    panel.setProcedure(QStringLiteral("multi"));
    EXPECT_EQ(chartPointCount(panel.chartPanel()->chart()), 6); // 2 lots × (reference, mean, award)
    EXPECT_EQ(panel.findChild<QTableWidget *>(QStringLiteral("lotsTableWidget"))->rowCount(), 2);
    EXPECT_TRUE(labelText(panel, "impactSummaryLabel").contains(QStringLiteral("LA-multi")));
}

TEST(DashboardScreenshots, demoFile_inBothLanguages)
{
    const QString out = qEnvironmentVariable("TESTIGO_SCREENSHOT_DIR");
    if (out.isEmpty())
        GTEST_SKIP() << "set TESTIGO_SCREENSHOT_DIR to write screenshots";
    QTemporaryDir dir;
    auto r = CaseFile::create(dir.filePath(QStringLiteral("demo.testigo")));
    ASSERT_TRUE(r.file);
    ASSERT_TRUE(writeDemo(*r.file)) << r.file->lastError().toStdString();
    Session session(std::move(r.file));
    LanguageManager languages;
    for (const QString &lang : LanguageManager::languages()) {
        ASSERT_TRUE(languages.setLanguage(lang));
        // A catalogue that failed to load would write English screenshots under a Spanish name.
        const QString title = DashboardWidget::tr("Savings by year");
        ASSERT_EQ(title,
            lang == QStringLiteral("es") ? QStringLiteral("Ahorro por año")
                                         : QStringLiteral("Savings by year"));
        DashboardWidget w(session);
        w.resize(1280, 1500);
        w.show();
        QApplication::processEvents();
        for (ChartPanel *p : w.chartPanels())
            EXPECT_GT(chartPointCount(p->chart()), 0) << p->objectName().toStdString();
        EXPECT_TRUE(w.grab().save(out + QStringLiteral("/dashboard_%1.png").arg(lang)));
        ProcedureImpactPanel panel(session);
        panel.setProcedure(session.file().all<Procedure>().first().id);
        panel.resize(1000, 700);
        EXPECT_TRUE(panel.grab().save(out + QStringLiteral("/procedure_impact_%1.png").arg(lang)));
    }
}
