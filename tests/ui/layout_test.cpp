// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15, point 3: the window bends to a 1024×640 screen in both languages. Every view of the
// demo file fits (no window wider or taller than the screen, no page scrolling sideways, no clipped
// label or button), and a
// 250-character title neither widens the window nor hides the witness, the lots and the dates.

#include "common/elidedlabel.h"
#include "demo_window.h"
#include "window_driver.h"
#include "workbench/screenshots.h"

#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>

using namespace Testigo;
using namespace Testigo::Ui;
using namespace Testigo::TestSupport;

namespace {
const QSize Small(1024, 640);

QString fits(QWidget *window, const QString &where)
{
    QStringList problems;
    if (window->width() > Small.width() || window->height() > Small.height())
        problems << QStringLiteral("window is %1×%2").arg(window->width()).arg(window->height());
    const QSize min = window->minimumSizeHint().expandedTo(window->minimumSize());
    if (min.width() > Small.width() || min.height() > Small.height())
        problems << QStringLiteral("window cannot shrink below %1×%2").arg(min.width()).arg(min.height());
    // A page that scrolls sideways hides its right-hand side (issue 15: the overview's right panel).
    for (QScrollArea *area : window->findChildren<QScrollArea *>())
        if (area->isVisible() && area->horizontalScrollBar()->isVisible())
            problems << QStringLiteral("%1 scrolls sideways (needs %2 px, has %3 px)")
                            .arg(area->widget() ? area->widget()->objectName() : area->objectName())
                            .arg(area->widget() ? area->widget()->minimumSizeHint().width() : -1)
                            .arg(area->viewport()->width());
    const QStringList clipped = clippedWidgets(window);
    if (!clipped.isEmpty())
        problems << QStringLiteral("clipped: ") + clipped.join(QStringLiteral(" | "));
    return problems.isEmpty() ? QString()
                              : where + QStringLiteral(": ") + problems.join(QStringLiteral("; "));
}
} // namespace

class Layout : public ::testing::TestWithParam<const char *>
{
};

// The stages page and the hosted panels scroll vertically inside their tab instead of forcing
// their height (once ~681 px) on the whole window.
TEST_P(Layout, everyViewOfTheDemo_fitsA1024x640Screen)
{
    WindowFixture f(QString::fromLatin1(GetParam()), Small);
    openDemo(f);
    f.window->resize(Small);
    QStringList problems;
    ASSERT_TRUE(walkViews(*f.window, [&](const QString &view) {
        const QString p = fits(f.window.get(), view);
        if (!p.isEmpty())
            problems << p;
        return true;
    }));
    EXPECT_TRUE(problems.isEmpty()) << problems.join(QLatin1Char('\n')).toStdString();
}

TEST_P(Layout, aVeryLongTitle_neitherWidensTheWindowNorHidesTheForm)
{
    WindowFixture f(QString::fromLatin1(GetParam()), Small);
    ProcedureView *view = f.addProcedure();
    ASSERT_TRUE(view);
    auto *title = findNamed<QLineEdit>(view, "titleLineEdit");
    title->setFocus();
    title->selectAll();
    const QString longTitle
        = QString(QStringLiteral("Adquisición consolidada de medicamentos y material de curación "))
              .repeated(4)
              .left(250);
    typeText(title, longTitle);
    QTest::keyClick(title, Qt::Key_Tab);
    settle();
    f.window->resize(Small);
    settle();
    EXPECT_EQ(f.file().get<Procedure>(view->procedureId())->title, longTitle);
    const QString p = fits(f.window.get(), QStringLiteral("overview"));
    EXPECT_TRUE(p.isEmpty()) << p.toStdString();
    auto *heading = findNamed<ElidedLabel>(view, "procedureHeadingLabel");
    EXPECT_TRUE(heading->isElided());
    EXPECT_TRUE(heading->toolTip().contains(longTitle)) << "the whole title is in the tooltip";
    // The engagement and the lots stay on screen, inside the window.
    for (const char *name : {"addEngagementPushButton", "lotsTableView"}) {
        auto *w = findNamed<QWidget>(view, name);
        const QRect r(w->mapTo(f.window.get(), QPoint(0, 0)), w->size());
        EXPECT_LE(r.right(), f.window->width()) << name;
    }
}

INSTANTIATE_TEST_SUITE_P(BothLanguages, Layout, ::testing::Values("es", "en"));
