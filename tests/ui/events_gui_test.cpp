// SPDX-License-Identifier: GPL-3.0-or-later
// Through the window: an inconformidad and a cancellation added in the procedure's Events tab (by
// typing in the cells, undoable), and a decree day typed in its dialog and Enter, which survives
// closing and reopening the file.
#include "common/datefield.h"
#include "common/recordtablemodel.h"
#include "domain/events.h"
#include "record/eventspanel.h"
#include "record/recordtablesection.h"
#include "rules/clocks.h"
#include "window_driver.h"
#include "workbench/decreedaysdialog.h"

#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QUndoStack>

using namespace Testigo;
using namespace Testigo::TestSupport;

namespace {

// Types `text` into a cell of a section's table and presses Return.
void typeInCell(
    Ui::RecordTableSection *section, Ui::RecordTableModel *model, const QString &field, const QString &text)
{
    QTableView *view = section->view();
    const QModelIndex cell = model->index(0, model->columnOf(field));
    view->setCurrentIndex(cell);
    view->edit(cell);
    settle();
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    ASSERT_TRUE(editor) << "no cell editor for " << field.toStdString();
    typeText(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    settle();
}

} // namespace

TEST(EventsGui, cancellationAndProtest_typedInTheEventsTab_areStoredAndUndoable)
{
    WindowFixture w(QStringLiteral("en"));
    Ui::ProcedureView *view = w.addProcedure();
    ASSERT_TRUE(view);
    auto *panel = findNamed<Ui::EventsPanel>(view, "eventsPanel");
    auto *tabs = findNamed<QTabWidget>(view, "procedureTabWidget");
    view->showPage(panel); // the panel sits in a scrolling tab
    settle();
    EXPECT_EQ(tabs->tabText(tabs->currentIndex()), QStringLiteral("Even&ts"));

    QTest::mouseClick(findNamed<QPushButton>(panel, "addClosuresPushButton"), Qt::LeftButton);
    settle();
    typeInCell(panel->closureSection(), panel->closureModel(), QStringLiteral("reason"),
        QStringLiteral("Recorte presupuestal de la partida"));
    const auto events = w.file().all<ProcedureEvent>();
    ASSERT_EQ(events.size(), 1);
    EXPECT_EQ(events[0].kind, QStringLiteral("cancellation"));
    EXPECT_EQ(events[0].reason, QStringLiteral("Recorte presupuestal de la partida"));
    // No lot: the whole procedure, shown as the column's heading and the cell's combo say.
    const QModelIndex lotCell
        = panel->closureModel()->index(0, panel->closureModel()->columnOf(QStringLiteral("lot_id")));
    EXPECT_EQ(lotCell.data().toString(), QStringLiteral("—"));

    QTest::mouseClick(findNamed<QPushButton>(panel, "addProtestsPushButton"), Qt::LeftButton);
    settle();
    typeInCell(
        panel->protestSection(), panel->protestModel(), QStringLiteral("authority"), QStringLiteral("OIC"));
    ASSERT_EQ(w.file().all<Protest>().size(), 1);
    EXPECT_EQ(w.file().all<Protest>().value(0).authority, QStringLiteral("OIC"));
    EXPECT_EQ(w.file().all<Protest>().value(0).outcome, QStringLiteral("pending"));

    // Each edit is one undo step: undo the authority, then the inconformidad itself.
    QUndoStack *undo = w.window->files().undoStack();
    undo->undo();
    EXPECT_TRUE(w.file().all<Protest>().value(0).authority.isEmpty());
    undo->undo();
    EXPECT_TRUE(w.file().all<Protest>().isEmpty());
    EXPECT_EQ(panel->protestModel()->rowCount(), 0);
    // The rule on the competitive dialogue is stated for this tender too.
    EXPECT_EQ(findNamed<QLabel>(panel, "dialogueRuleLabel")->text(),
        QStringLiteral("This procedure is not a competitive dialogue."));
}

TEST(EventsGui, decreeDay_typedAndEnter_isAddedAndSurvivesReopening)
{
    WindowFixture w(QStringLiteral("en"));
    const QString path = w.file().path();
    w.action("actionDecreeDays")->trigger();
    settle();
    auto *dialog = w.window->findChild<Ui::DecreeDaysDialog *>(QStringLiteral("decreeDaysDialog"));
    ASSERT_TRUE(dialog);
    auto *description = findNamed<QLineEdit>(dialog, "decreeDescriptionLineEdit");
    auto *date = findNamed<Ui::DateField>(dialog, "decreeDateField");
    description->setFocus();
    typeText(description, QStringLiteral("Jueves Santo (dependencia cerrada)"));
    date->setFocus();
    QTest::keyClicks(date, QStringLiteral("2 Apr 2026"));
    QTest::keyClick(date, Qt::Key_Return);
    settle();
    auto days = w.file().all<DecreeDay>();
    ASSERT_EQ(days.size(), 1); // one Return, one day
    EXPECT_EQ(days[0].date, QDate(2026, 4, 2));
    EXPECT_EQ(days[0].description, QStringLiteral("Jueves Santo (dependencia cerrada)"));
    EXPECT_EQ(findNamed<QTableWidget>(dialog, "decreeDaysTableWidget")->rowCount(), 1);

    // The same date again is refused with a message, and nothing is written.
    QTest::keyClicks(date, QStringLiteral("2 Apr 2026"));
    QTest::keyClick(date, Qt::Key_Return);
    settle();
    EXPECT_EQ(w.file().all<DecreeDay>().size(), 1);
    EXPECT_TRUE(findNamed<QLabel>(dialog, "decreeMessageLabel")->text().contains(QStringLiteral("already")));
    dialog->close();

    w.window->files().close();
    ASSERT_TRUE(w.window->files().open(path));
    days = w.file().all<DecreeDay>();
    ASSERT_EQ(days.size(), 1);
    EXPECT_EQ(days[0].date, QDate(2026, 4, 2));
}

// Issue 13, schema 9: a change to the call is an event of the Events tab with its publication date,
// and the clock that measures it (published by the next business day) follows.
TEST(EventsGui, changeToTheCall_withItsPublication_isMeasuredByItsClock)
{
    WindowFixture w(QStringLiteral("en"));
    Ui::ProcedureView *view = w.addProcedure();
    ASSERT_TRUE(view);
    auto *panel = findNamed<Ui::EventsPanel>(view, "eventsPanel");
    view->showPage(panel);
    settle();
    QTest::mouseClick(findNamed<QPushButton>(panel, "addClosuresPushButton"), Qt::LeftButton);
    settle();
    Ui::RecordTableModel *model = panel->closureModel();
    ASSERT_EQ(model->rowCount(), 1);
    ASSERT_GE(model->columnOf(QStringLiteral("published_date")), 0);
    EXPECT_TRUE(model->setData(model->index(0, model->columnOf(QStringLiteral("kind"))),
        QStringLiteral("call_change"), Qt::EditRole));
    EXPECT_TRUE(model->setData(
        model->index(0, model->columnOf(QStringLiteral("date"))), QDate(2025, 6, 4), Qt::EditRole));
    EXPECT_TRUE(model->setData(
        model->index(0, model->columnOf(QStringLiteral("published_date"))), QDate(2025, 6, 9), Qt::EditRole));
    settle();
    const auto events = w.file().all<ProcedureEvent>();
    ASSERT_EQ(events.size(), 1);
    EXPECT_EQ(events[0].kind, QStringLiteral("call_change"));
    EXPECT_EQ(events[0].publishedDate, QDate(2025, 6, 9));
    const Procedure p = w.file().all<Procedure>().value(0);
    bool measured = false;
    for (const ClockResult &c : evaluateClocks(w.file(), p, QDate(2025, 7, 1)))
        if (c.code == QLatin1String("call_change_publication")) {
            measured = true;
            EXPECT_EQ(c.start, QDate(2025, 6, 4));
            EXPECT_EQ(c.end, QDate(2025, 6, 9));
        }
    EXPECT_EQ(
        measured, p.type == QLatin1String("open_tender") || p.type == QLatin1String("competitive_dialogue"))
        << p.type.toStdString();
}
