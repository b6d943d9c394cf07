// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15, points 7 and 9: the checks a witness expects. An empty finding is refused with a word,
// deleting a finding asks first and undo shows it whole again, "Record award" fills in the winning
// bid and says when its technical result is pending, a reference price that is not a number is
// refused with a message (procedures_test.cpp), "Add lot" puts the cursor in the new lot.

#include "record/findingspanel.h"
#include "window_driver.h"

#include <QAbstractItemView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>

using namespace Testigo;
using namespace Testigo::Ui;
using namespace Testigo::TestSupport;

namespace {
void showTab(ProcedureView *view, const char *panel)
{
    QWidget *w = view->findChild<QWidget *>(QString::fromLatin1(panel));
    ASSERT_TRUE(w) << panel;
    view->showPage(w);
    settle();
}

// Answers the next message box with `button`, and remembers that one was shown.
void answerNextBox(QMessageBox::StandardButton button, bool *shown)
{
    QTimer::singleShot(50, [button, shown] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        ASSERT_TRUE(box) << "no question asked";
        *shown = true;
        box->button(button)->click();
    });
}
} // namespace

TEST(Checks, emptyFindingRefused_deleteAsks_undoShowsItWhole)
{
    WindowFixture f(QStringLiteral("en"));
    ProcedureView *view = f.addProcedure();
    ASSERT_TRUE(view);
    showTab(view, "findingsPanel");
    auto *panel = findNamed<FindingsPanel>(view, "findingsPanel");
    QTest::mouseClick(findNamed<QPushButton>(view, "newFindingPushButton"), Qt::LeftButton);
    settle();
    auto *dialog = QApplication::activeModalWidget();
    ASSERT_TRUE(dialog);
    QTest::mouseClick(findNamed<QPushButton>(dialog, "newFindingCreatePushButton"), Qt::LeftButton);
    settle();
    EXPECT_TRUE(dialog->isVisible()) << "an empty finding was accepted";
    EXPECT_TRUE(findNamed<QLabel>(dialog, "newFindingProblemLabel")->isVisible());
    EXPECT_TRUE(f.file().all<Finding>().isEmpty());
    typeText(findNamed<QPlainTextEdit>(dialog, "newFindingDescriptionPlainTextEdit"),
        QStringLiteral("Requisito restrictivo"));
    QTest::mouseClick(findNamed<QPushButton>(dialog, "newFindingCreatePushButton"), Qt::LeftButton);
    settle();
    f.activate();
    ASSERT_EQ(f.file().all<Finding>().size(), 1);
    const QString id = f.file().all<Finding>().first().id;

    panel->selectFinding(id);
    bool asked = false;
    answerNextBox(QMessageBox::No, &asked);
    QTest::mouseClick(findNamed<QPushButton>(view, "deleteFindingPushButton"), Qt::LeftButton);
    settle();
    EXPECT_TRUE(asked);
    EXPECT_EQ(f.file().all<Finding>().size(), 1) << "deleted without confirmation";
    asked = false;
    answerNextBox(QMessageBox::Yes, &asked);
    QTest::mouseClick(findNamed<QPushButton>(view, "deleteFindingPushButton"), Qt::LeftButton);
    settle();
    EXPECT_TRUE(asked);
    EXPECT_TRUE(f.file().all<Finding>().isEmpty());

    f.action("actionUndo")->trigger();
    settle();
    ASSERT_EQ(f.file().all<Finding>().size(), 1);
    EXPECT_EQ(panel->currentFindingId(), id) << "the restored finding is not shown";
    EXPECT_EQ(findNamed<QPlainTextEdit>(view, "findingDescriptionPlainTextEdit")->toPlainText(),
        QStringLiteral("Requisito restrictivo"));
}

TEST(Checks, recordAward_fillsTheWinningBidAndSaysItsTechnicalResultIsPending)
{
    WindowFixture f(QStringLiteral("en"));
    ProcedureView *view = f.addProcedure();
    ASSERT_TRUE(view);
    CaseFile &file = f.file();
    const auto lots = file.all<Lot>(QStringLiteral("procedure_id"), view->procedureId());
    QVariantMap lot {{QStringLiteral("procedure_id"), view->procedureId()}, {QStringLiteral("number"), 1}};
    if (lots.isEmpty())
        ASSERT_TRUE(file.insertRow(QStringLiteral("lot"), lot));
    else
        lot.insert(QStringLiteral("id"), lots.first().id);
    QStringList bidders;
    for (const char *name : {"Farmacéutica Norte", "Distribuidora Sur"}) {
        QVariantMap b {{QStringLiteral("procedure_id"), view->procedureId()},
            {QStringLiteral("name"), QString::fromUtf8(name)}};
        ASSERT_TRUE(file.insertRow(QStringLiteral("bidder"), b));
        bidders << b.value(QStringLiteral("id")).toString();
    }
    for (int i = 0; i < 2; ++i) {
        QVariantMap bid {{QStringLiteral("lot_id"), lot.value(QStringLiteral("id"))},
            {QStringLiteral("bidder_id"), bidders.at(i)},
            {QStringLiteral("amount_cents"), qint64(i == 0 ? 9000000 : 9500000)}};
        ASSERT_TRUE(file.insertRow(QStringLiteral("bid"), bid));
    }
    view->setProcedure(view->procedureId());
    showTab(view, "biddersPanel");
    findNamed<QTabWidget>(view, "biddersTabWidget")->setCurrentIndex(1);
    settle();
    QTest::mouseClick(findNamed<QPushButton>(view, "addAwardsPushButton"), Qt::LeftButton);
    settle();
    const auto awards = file.all<Award>();
    ASSERT_EQ(awards.size(), 1);
    EXPECT_EQ(awards.first().bidderId, bidders.at(0)) << "not the lowest bid";
    EXPECT_EQ(awards.first().amountCents, 9000000);
    auto *note = findNamed<QLabel>(view, "awardNoteLabel");
    EXPECT_TRUE(note->isVisible());
    EXPECT_TRUE(note->text().contains(QStringLiteral("pending"))) << note->text().toStdString();
    EXPECT_TRUE(note->text().contains(QStringLiteral("Farmacéutica Norte")));
}

TEST(Checks, addLotPutsTheCursorInTheNewLot)
{
    WindowFixture f(QStringLiteral("en"));
    ProcedureView *view = f.addProcedure();
    ASSERT_TRUE(view);
    auto *lots = findNamed<QTableView>(view, "lotsTableView");
    const int before = lots->model()->rowCount();
    QTest::mouseClick(findNamed<QPushButton>(view, "addLotPushButton"), Qt::LeftButton);
    settle();
    ASSERT_EQ(lots->model()->rowCount(), before + 1);
    auto *editor = lots->viewport()->findChild<QLineEdit *>();
    ASSERT_TRUE(editor && editor->isVisible()) << "no editor open in the new lot";
    EXPECT_EQ(lots->currentIndex().row(), lots->model()->rowCount() - 1);
    QTest::keyClicks(editor, QStringLiteral("Vacunas"));
    QTest::keyClick(editor, Qt::Key_Tab);
    settle();
    const auto lot = f.file().all<Lot>(QStringLiteral("procedure_id"), view->procedureId());
    ASSERT_EQ(lot.size(), before + 1);
    EXPECT_EQ(lots->model()->index(before, 1).data().toString(), QStringLiteral("Vacunas"));
}
