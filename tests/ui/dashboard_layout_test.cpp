// SPDX-License-Identifier: GPL-3.0-or-later
// The impact dashboard on the demo case file, in Spanish and English, as a user sees it: every
// axis title fits its axis, no chart text is cut with "...", category names are not cut short,
// the tables fill their width, no label or button is clipped. With TESTIGO_SCREENSHOT_DIR set it
// writes dashboard_<lang>.png there (scripts/screenshots.sh regenerates docs/screenshots so).

#include "common/languagemanager.h"
#include "dashboard/chartpanel.h"
#include "dashboard/dashboardwidget.h"
#include "demo/demo.h"
#include "domain/catalogue.h"
#include "store/session.h"
#include "uitest_support.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QGraphicsTextItem>
#include <QHeaderView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QValueAxis>
#include <gtest/gtest.h>

using namespace Testigo;
using namespace Testigo::Ui;

namespace {

QString plain(const QString &html)
{
    QTextDocument d;
    d.setHtml(html);
    return d.toPlainText();
}

struct DemoSession
{
    QTemporaryDir dir;
    std::unique_ptr<Session> session;
    DemoSession()
    {
        auto r = CaseFile::create(dir.filePath(QStringLiteral("demo.testigo")));
        EXPECT_TRUE(r.file);
        EXPECT_TRUE(writeDemo(*r.file));
        session = std::make_unique<Session>(std::move(r.file));
    }
};

} // namespace

TEST(DashboardLayout, demoInBothLanguages_axisTitlesFitLabelsWholeTablesFillTheirWidth)
{
    DemoSession demo;
    LanguageManager languages;
    const QString shots = qEnvironmentVariable("TESTIGO_SCREENSHOT_DIR");
    for (const QString &lang : LanguageManager::languages()) {
        languages.setLanguage(lang);
        // The run-time catalogue (.qm, then the bundled .ts), as the lead asks the UI to use.
        Catalogue catalogue;
        catalogue.loadLanguage(lang);
        QCoreApplication::installTranslator(&catalogue);
        if (lang == QStringLiteral("es")) {
            EXPECT_EQ(DashboardWidget::tr("Savings by year"), QStringLiteral("Ahorro por año"));
        }
        DashboardWidget w(*demo.session);
        w.show();
        // A large screen, and the dashboard's room in a 1024x640 window (where 13 years of columns
        // once came out as "...").
        for (const QSize size : {QSize(1280, 1500), QSize(1000, 560)}) {
            w.resize(size);
            QApplication::processEvents();
            const std::string where = lang.toStdString() + " " + std::to_string(size.width());
            for (ChartPanel *p : w.chartPanels()) {
                QChart *chart = p->chart();
                const std::string name = where + " " + p->objectName().toStdString();
                for (QAbstractAxis *axis : chart->axes()) {
                    if (axis->titleText().isEmpty())
                        continue;
                    const qreal width
                        = QFontMetricsF(axis->titleFont()).horizontalAdvance(plain(axis->titleText()));
                    const qreal length = axis->orientation() == Qt::Vertical ? chart->plotArea().height()
                                                                             : chart->plotArea().width();
                    EXPECT_LE(width, length) << name << ": " << axis->titleText().toStdString();
                }
                // Qt Charts cuts what does not fit with "...": titles, axis titles, category labels.
                for (QGraphicsItem *item : p->view()->scene()->items()) {
                    if (auto *text = dynamic_cast<QGraphicsTextItem *>(item); text && text->isVisible()) {
                        EXPECT_FALSE(text->toPlainText().contains(QStringLiteral("...")))
                            << name << ": " << text->toPlainText().toStdString();
                    }
                }
                // Category names are shown whole unless longer than two lines (the bar's tooltip has them).
                for (QAbstractAxis *axis : chart->axes()) {
                    if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis)) {
                        for (const QString &c : categories->categories()) {
                            if (plain(c).contains(QChar(0x2026))) {
                                EXPECT_GT(plain(c).size(), 20) << name << ": " << plain(c).toStdString();
                            }
                        }
                    }
                }
            }
            for (const char *name : {"proceduresTableWidget", "socialTableWidget"}) {
                auto *table = w.findChild<QTableWidget *>(QLatin1String(name));
                ASSERT_TRUE(table) << name;
                // No empty band right of the last column: it stretches to the edge.
                EXPECT_GE(table->horizontalHeader()->length(), table->viewport()->width() - 1)
                    << where << " " << name;
                // Every row is shown (up to 30): the page scrolls, not the table.
                EXPECT_GE(table->viewport()->height(),
                    qMin(table->rowCount(), 30) * table->verticalHeader()->defaultSectionSize())
                    << where << " " << name;
            }
            auto *social = w.findChild<QTableWidget *>(QStringLiteral("socialTableWidget"));
            EXPECT_LE(social->horizontalHeader()->length(), social->viewport()->width() + 1)
                << where << ": no sideways scroll";
            EXPECT_EQ(TestSupport::clippedWidgets(&w).join(QStringLiteral(" | ")).toStdString(), "") << where;
            if (!shots.isEmpty() && size.width() == 1280) {
                EXPECT_TRUE(w.grab().save(shots + QStringLiteral("/dashboard_%1.png").arg(lang)));
            }
        }
    }
}
