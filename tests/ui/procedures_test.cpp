// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15, points 7 and 9, driven through the real window: the new-procedure dialog records the
// contracting agency (one undo step with the procedure), an empty procedure list says what to do
// next, a reference price that is not a number is refused with a translated message and the file
// keeps its value, and the dashboard and a procedure's Impact tab show the same savings.

#include "demo_window.h"
#include "window_driver.h"
#include "workbench/procedurespage.h"

#include <QLabel>
#include <QTableView>
#include <QTableWidget>
#include <QUndoStack>

using namespace Testigo;
using namespace Testigo::Ui;
using namespace Testigo::TestSupport;

namespace {
// Procedure → Add with the number, the title and the agency typed in the dialog.
ProcedureView *addWithAgency(WindowFixture &f, const QString &agency)
{
    f.inDialog([&f] { f.action("actionAddProcedure")->trigger(); },
        [agency](QWidget *d) {
            QApplication::setActiveWindow(d); // offscreen, nothing activates the dialog
            ASSERT_TRUE(QTest::qWaitForWindowActive(d));
            QTest::keyClicks(
                findNamed<QLineEdit>(d, "newNumberLineEdit"), QStringLiteral("LA-12-M7A-001-N-3-2026"));
            QWidget *title = findNamed<QLineEdit>(d, "newTitleLineEdit");
            typeText(title, QStringLiteral("Servicio de limpieza"));
            // The agency comes right after the title in the tab chain.
            title->setFocus();
            QTest::keyClick(title, Qt::Key_Tab);
            QWidget *field = QApplication::focusWidget();
            ASSERT_TRUE(field);
            EXPECT_TRUE(findNamed<QComboBox>(d, "newAgencyComboBox")->isAncestorOf(field)
                || field->objectName() == QStringLiteral("newAgencyComboBox"));
            typeText(field, agency);
        });
    Workspace *ws = f.window->workspace();
    return ws && ws->isShowingProcedure() ? ws->procedureView() : nullptr;
}

QUndoStack *undoStack(WindowFixture &f)
{
    return f.window->files().undoStack();
}
} // namespace

TEST(NewProcedure, theAgencyTypedInTheDialog_isRecordedWithTheProcedureInOneUndoStep)
{
    WindowFixture f(QStringLiteral("es"));
    ProcedureView *view = addWithAgency(f, QStringLiteral("Secretaría de Salud"));
    ASSERT_TRUE(view);
    const auto procedure = f.file().get<Procedure>(view->procedureId());
    ASSERT_TRUE(procedure);
    const auto agency = f.file().get<Agency>(procedure->agencyId);
    ASSERT_TRUE(agency) << "no agency recorded";
    EXPECT_EQ(agency->name, QStringLiteral("Secretaría de Salud"));
    EXPECT_EQ(
        findNamed<QComboBox>(view, "agencyComboBox")->currentText(), QStringLiteral("Secretaría de Salud"));
    // One step: undo removes the procedure and the agency it brought.
    QUndoStack *undo = undoStack(f);
    ASSERT_TRUE(undo);
    undo->undo();
    settle();
    EXPECT_TRUE(f.file().all<Procedure>().isEmpty());
    EXPECT_TRUE(f.file().all<Agency>().isEmpty());
    undo->redo();
    EXPECT_EQ(f.file().all<Agency>().size(), 1);
}

TEST(NewProcedure, anAgencyOfTheFileTypedAgain_isChosenNotDuplicated)
{
    WindowFixture f(QStringLiteral("en"));
    ProcedureView *first = addWithAgency(f, QStringLiteral("Instituto Mexicano del Seguro Social"));
    ASSERT_TRUE(first);
    f.window->workspace()->showList();
    settle();
    ProcedureView *second = addWithAgency(f, QStringLiteral("instituto mexicano del seguro social"));
    ASSERT_TRUE(second);
    ASSERT_EQ(f.file().all<Procedure>().size(), 2);
    ASSERT_EQ(f.file().all<Agency>().size(), 1);
    const QString agency = f.file().all<Agency>().first().id;
    for (const Procedure &p : f.file().all<Procedure>())
        EXPECT_EQ(p.agencyId, agency);
}

TEST(NewProcedure, withoutAnAgency_recordsNone)
{
    WindowFixture f(QStringLiteral("es"));
    ProcedureView *view = f.addProcedure();
    ASSERT_TRUE(view);
    EXPECT_TRUE(f.file().get<Procedure>(view->procedureId())->agencyId.isEmpty());
    EXPECT_TRUE(f.file().all<Agency>().isEmpty());
}

TEST(EmptyList, aNewFile_saysWhatToDoNext)
{
    WindowFixture f(QStringLiteral("es"));
    f.window->workspace()->showList();
    settle();
    auto *hint = findNamed<QLabel>(f.window.get(), "emptyListHintLabel");
    ASSERT_TRUE(hint);
    EXPECT_TRUE(hint->isVisible());
    // First the witness's own profile, then a procedure (added or imported), in Spanish.
    EXPECT_TRUE(hint->text().contains(QStringLiteral("Perfil del testigo"))) << hint->text().toStdString();
    EXPECT_TRUE(hint->text().contains(QStringLiteral("Agregar"))) << hint->text().toStdString();
    ASSERT_TRUE(f.addProcedure());
    f.window->workspace()->showList();
    settle();
    EXPECT_FALSE(hint->isVisible()) << "the hint stays once there is a procedure";
}

class ReferencePrice : public ::testing::TestWithParam<const char *>
{
};

TEST_P(ReferencePrice, notANumber_isRefusedWithATranslatedMessage)
{
    const QString lang = QString::fromLatin1(GetParam());
    WindowFixture f(lang);
    ProcedureView *view = f.addProcedure();
    ASSERT_TRUE(view);
    auto *lots = findNamed<QTableView>(view, "lotsTableView");
    const QModelIndex cell = lots->model()->index(0, 3); // Reference price of lot 1
    ASSERT_TRUE(cell.isValid());
    // A valid price first, then letters over it.
    for (const QString &typed : {QStringLiteral("1,250.50"), QStringLiteral("mil pesos")}) {
        lots->setFocus();
        lots->setCurrentIndex(cell);
        QTest::keyClick(lots, Qt::Key_F2);
        auto *editor = lots->viewport()->findChild<QLineEdit *>();
        ASSERT_TRUE(editor && editor->isVisible()) << "no editor on the reference price";
        editor->selectAll();
        QTest::keyClicks(editor, typed);
        QTest::keyClick(editor, Qt::Key_Return);
        settle();
    }
    const auto lot = f.file().all<Lot>(QStringLiteral("procedure_id"), view->procedureId()).first();
    EXPECT_EQ(lot.referenceCents, 125050) << "the refused text replaced the price";
    auto *message = findNamed<QLabel>(view, "lotsMessageLabel");
    EXPECT_TRUE(message->isVisible()) << "refused without a word";
    EXPECT_TRUE(message->text().contains(QStringLiteral("mil pesos")));
    const QString english = QStringLiteral("is not an amount");
    EXPECT_EQ(message->text().contains(english), lang == QStringLiteral("en"))
        << message->text().toStdString();
}

INSTANTIATE_TEST_SUITE_P(BothLanguages, ReferencePrice, ::testing::Values("es", "en"));

// Both views read core/impact: for every procedure of the demo, the savings and their percentage
// in the dashboard's table are the ones its Impact tab shows.
TEST(Impact, dashboardAndImpactTab_showTheSameSavingsForTheSameProcedure)
{
    WindowFixture f(QStringLiteral("es"));
    openDemo(f);
    Workspace *ws = f.window->workspace();
    auto *table = findNamed<QTableWidget>(f.window.get(), "proceduresTableWidget");
    ASSERT_TRUE(table);
    for (const HostedPanel &p : ws->pages())
        if (p.widget->isAncestorOf(table))
            ws->showPage(p.widget);
    settle();
    int compared = 0;
    for (const Procedure &p : f.file().all<Procedure>()) {
        const auto rows = table->findItems(p.number, Qt::MatchExactly);
        if (rows.isEmpty() || rows.first()->column() != 0)
            continue;
        const QString savings = table->item(rows.first()->row(), 6)->text();
        const QString percent = table->item(rows.first()->row(), 7)->text();
        if (savings.isEmpty()) // not awarded yet: no savings in either view
            continue;
        ws->openProcedure(p.id);
        ws->procedureView()->showPage(findNamed<QWidget>(ws->procedureView(), "impactPanel"));
        settle();
        const QString summary = findNamed<QLabel>(ws->procedureView(), "impactSummaryLabel")->text();
        EXPECT_TRUE(summary.contains(savings + QStringLiteral(" (") + percent + QLatin1Char(')')))
            << p.number.toStdString() << ": dashboard " << savings.toStdString() << " ("
            << percent.toStdString() << "), Impact tab: " << summary.toStdString();
        ++compared;
        ws->showList();
    }
    EXPECT_GT(compared, 0) << "no procedure with savings was compared";
}

namespace {
struct Instantiated
{
    qsizetype stages = 0, answers = 0, clauses = 0;
};

// What the templates created for a procedure, read through the core API.
Instantiated instantiatedFor(const CaseFile &file, const QString &procedureId, const QStringList &stageIds)
{
    Instantiated n;
    n.stages = file.all<Stage>(QStringLiteral("procedure_id"), procedureId).size();
    n.clauses = file.all<Clause>(QStringLiteral("procedure_id"), procedureId).size();
    for (const QString &stage : stageIds)
        n.answers += file.all<ChecklistAnswer>(QStringLiteral("stage_id"), stage).size();
    return n;
}
} // namespace

TEST(NewProcedure, undoingTheAddition_removesTheStagesChecklistsAndClausesInstantiatedForIt)
{
    WindowFixture f(QStringLiteral("en"));
    ProcedureView *view = f.addProcedure();
    ASSERT_TRUE(view);
    const QString id = view->procedureId();
    QStringList stageIds;
    for (const Stage &s : f.file().all<Stage>(QStringLiteral("procedure_id"), id))
        stageIds << s.id;
    const Instantiated added = instantiatedFor(f.file(), id, stageIds);
    ASSERT_GT(added.stages, 0);
    ASSERT_GT(added.answers, 0);
    ASSERT_GT(added.clauses, 0);
    QAction *undo = f.action("actionUndo");
    ASSERT_TRUE(undo->isEnabled());
    undo->trigger();
    settle();
    EXPECT_TRUE(f.file().all<Procedure>().isEmpty()) << "the procedure outlived its undo";
    const Instantiated undone = instantiatedFor(f.file(), id, stageIds);
    EXPECT_EQ(undone.stages, 0);
    EXPECT_EQ(undone.answers, 0);
    EXPECT_EQ(undone.clauses, 0);
    EXPECT_FALSE(undo->isEnabled()) << "adding the procedure took more than one undo step";
    f.action("actionRedo")->trigger();
    settle();
    ASSERT_TRUE(f.file().get<Procedure>(id));
    const Instantiated redone = instantiatedFor(f.file(), id, stageIds);
    EXPECT_EQ(redone.stages, added.stages);
    EXPECT_EQ(redone.answers, added.answers);
    EXPECT_EQ(redone.clauses, added.clauses);
}
