// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the real MainWindow offscreen by object name: create a procedure, fill the overview, walk
// three stages with checklist answers, raise two findings tied to clauses (one with evidence),
// undo and redo, switch the language, reopen the file and find everything as it was left.

#include "common/datefield.h"
#include "common/languagemanager.h"
#include "common/recordtablemodel.h"
#include "record/findingspanel.h"
#include "uitest_support.h"
#include "workbench/casefilehandler.h"
#include "workbench/mainwindow.h"
#include "workbench/procedureview.h"
#include "workbench/stagelistmodel.h"
#include "workbench/workspace.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <algorithm>
#include <memory>

using namespace Testigo;
using namespace Testigo::Ui;

namespace {
template<class T>
T *find(QWidget *root, const char *name)
{
    auto *w = root->findChild<T *>(QString::fromLatin1(name));
    EXPECT_TRUE(w) << "no " << name;
    return w;
}

QAction *action(QWidget *root, const char *name)
{
    return find<QAction>(root, name);
}

// keyClicks aborts on non-ASCII in Qt 6.4: send accented characters one by one.
void typeText(QWidget *w, const QString &text)
{
    for (const QChar ch : text) {
        if (ch.unicode() < 128)
            QTest::keyClick(w, char(ch.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, w, Qt::Key_unknown, QString(ch), Qt::NoModifier);
    }
}

void replaceText(QLineEdit *e, const QString &text)
{
    e->setFocus();
    e->selectAll();
    QTest::keyClick(e, Qt::Key_Backspace);
    typeText(e, text);
    QTest::keyClick(e, Qt::Key_Tab);
}

// Chooses a code in a combo with the keyboard, the way a user would (arrows emit activated).
void chooseCode(QComboBox *combo, const QString &code)
{
    combo->setFocus();
    const int target = combo->findData(code);
    ASSERT_GE(target, 0) << code.toStdString();
    while (combo->currentIndex() < target)
        QTest::keyClick(combo, Qt::Key_Down);
    while (combo->currentIndex() > target)
        QTest::keyClick(combo, Qt::Key_Up);
}

void settle()
{
    QTest::qWait(20);
    QCoreApplication::processEvents();
}
} // namespace

// The walk of a witness through one procedure, step by step. Each step starts where the previous
// one left the window; a test takes the steps it needs (through ASSERT_NO_FATAL_FAILURE) and checks
// what a user would notice after the last one.
class WorkbenchWalk : public ::testing::Test
{
protected:
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("walk.testigo"));
    LanguageManager languages;
    std::unique_ptr<MainWindow> window;
    QString procedureId;
    QStringList walked; // the ids of the three stages walked, in order

    void SetUp() override { languages.setLanguage(QStringLiteral("en")); }
    CaseFile &file() const { return window->files().session()->file(); }
    ProcedureView *view() const { return window->workspace()->procedureView(); }

    void openNewFile()
    {
        window = std::make_unique<MainWindow>(languages);
        window->resize(1280, 800);
        window->show();
        QApplication::setActiveWindow(window.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
        ASSERT_TRUE(window->newFile(path));
    }

    // Through File ▸ Add procedure and its dialog; the new procedure opens.
    void createProcedure()
    {
        QTimer::singleShot(0, [] {
            auto *d = QApplication::activeModalWidget();
            ASSERT_TRUE(d);
            QTest::keyClicks(find<QLineEdit>(d, "newNumberLineEdit"), QStringLiteral("LA-50-GYR-001-N-1-2025"));
            typeText(find<QLineEdit>(d, "newTitleLineEdit"), QStringLiteral("Adquisición de vacunas"));
            find<DateField>(d, "newStartDateEdit")->setDate(QDate(2025, 6, 2));
            QTest::keyClick(d, Qt::Key_Return);
        });
        action(window.get(), "actionAddProcedure")->trigger();
        settle();
        ASSERT_TRUE(window->workspace());
        ASSERT_EQ(file().all<Procedure>().size(), 1) << file().lastError().toStdString();
        ASSERT_TRUE(window->workspace()->isShowingProcedure());
        procedureId = view()->procedureId();
    }

    // Object, place, evaluation, the engagement letter and the first lot's budget.
    void fillOverview()
    {
        replaceText(find<QLineEdit>(view(), "objectLineEdit"), QStringLiteral("Vacunas contra influenza"));
        replaceText(find<QLineEdit>(view(), "placeLineEdit"), QStringLiteral("Ciudad de México"));
        chooseCode(find<QComboBox>(view(), "evaluationComboBox"), QStringLiteral("points"));
        replaceText(find<QLineEdit>(view(), "letterNumberLineEdit"), QStringLiteral("SABG/001/2025"));
        auto *lots = find<QTableView>(view(), "lotsTableView");
        lots->setFocus();
        lots->setCurrentIndex(lots->model()->index(0, 2));
        QTest::keyClick(lots, Qt::Key_F2);
        auto *editor = lots->viewport()->findChild<QLineEdit *>();
        ASSERT_TRUE(editor);
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("1234567.89"));
        QTest::keyClick(editor, Qt::Key_Return);
        settle();
    }

    // The first three stages: status done, an actual date, every checklist question answered
    // (the first "no", the others "yes").
    void walkThreeStages()
    {
        view()->tabs()->setCurrentIndex(1);
        auto *stages = find<QListView>(view(), "stagesListView");
        auto *checklist = find<QTableView>(view(), "checklistTableView");
        for (int s = 0; s < 3; ++s) {
            stages->setFocus();
            stages->setCurrentIndex(stages->model()->index(s, 0));
            settle();
            walked << stages->model()->index(s, 0).data(StageListModel::IdRole).toString();
            chooseCode(find<QComboBox>(view(), "stageStatusComboBox"), QStringLiteral("done"));
            find<DateField>(view(), "actualDateEdit")->setDate(QDate(2025, 6, 2 + 7 * s));
            for (int q = 0; q < checklist->model()->rowCount(); ++q) {
                checklist->setFocus();
                checklist->setCurrentIndex(checklist->model()->index(q, 1));
                QTest::keyClick(checklist, Qt::Key_F2);
                auto *combo = checklist->viewport()->findChild<QComboBox *>(QStringLiteral("cellComboBox"));
                ASSERT_TRUE(combo) << "no answer editor";
                QTest::keyClick(combo, Qt::Key_Down); // "" -> yes
                if (q == 0)
                    QTest::keyClick(combo, Qt::Key_Down); // the first answer is "no"
                QTest::keyClick(combo, Qt::Key_Return);
                settle();
            }
        }
    }

    // At the second and third stages walked, each tied to a clause; the first with evidence.
    void raiseTwoFindings()
    {
        ASSERT_EQ(walked.size(), 3);
        const auto clauses = file().all<Clause>(QStringLiteral("procedure_id"), procedureId);
        ASSERT_GE(clauses.size(), 2);
        const QString evidence = dir.filePath(QStringLiteral("acta.txt"));
        {
            QFile f(evidence);
            ASSERT_TRUE(f.open(QIODevice::WriteOnly));
            f.write("Acta de la junta de aclaraciones");
        }
        auto *panel = qobject_cast<FindingsPanel *>(view()->findingsPanel());
        ASSERT_TRUE(panel);
        FindingDraft one{walked.at(1), {clauses.at(0).id}, QStringLiteral("restrictive_call"), QStringLiteral("high"), QStringLiteral("Requisito restrictivo"), {evidence}};
        FindingDraft two{walked.at(2), {clauses.at(1).id}, QStringLiteral("restrictive_call"), QStringLiteral("low"), QStringLiteral("Respuesta evasiva"), {}};
        EXPECT_FALSE(panel->createFinding(one).isEmpty());
        EXPECT_FALSE(panel->createFinding(two).isEmpty());
        settle();
    }

    // Types "Toluca" over the place, then Edit ▸ Undo and Edit ▸ Redo: the typing is one step.
    void editPlaceThenUndoAndRedo()
    {
        window->workspace()->openProcedure(procedureId);
        view()->tabs()->setCurrentIndex(0);
        auto *place = find<QLineEdit>(view(), "placeLineEdit");
        replaceText(place, QStringLiteral("Toluca"));
        EXPECT_EQ(file().get<Procedure>(procedureId)->place, QStringLiteral("Toluca"));
        action(window.get(), "actionUndo")->trigger();
        settle();
        EXPECT_EQ(file().get<Procedure>(procedureId)->place, QStringLiteral("Ciudad de México"))
            << "typing was not one step";
        EXPECT_EQ(place->text(), QStringLiteral("Ciudad de México"));
        action(window.get(), "actionRedo")->trigger();
        settle();
        EXPECT_EQ(file().get<Procedure>(procedureId)->place, QStringLiteral("Toluca"));
        EXPECT_EQ(place->text(), QStringLiteral("Toluca"));
    }

    // Language ▸ Español, the checks of what it changes, and back to English.
    void switchToSpanishAndBack()
    {
        auto *budget = find<QTableView>(view(), "lotsTableView")->model();
        EXPECT_EQ(budget->index(0, 2).data().toString(), QStringLiteral("MXN 1,234,567.89"));
        action(window.get(), "actionLanguage_es")->trigger();
        settle();
        EXPECT_EQ(languages.language(), QStringLiteral("es"));
        EXPECT_EQ(budget->index(0, 2).data().toString(), QStringLiteral("$1,234,567.89 MXN"));
        EXPECT_TRUE(action(window.get(), "actionLanguage_es")->isChecked());
        // Menus and panels speak Spanish too, not only the labels built from data.
        const QList<QAction *> menus = window->menuBar()->actions();
        ASSERT_FALSE(menus.isEmpty());
        EXPECT_EQ(menus.first()->text(), QStringLiteral("&Archivo"));
        EXPECT_EQ(
            find<QToolButton>(view(), "backToListToolButton")->text(), QStringLiteral("Procedimientos"));
        action(window.get(), "actionLanguage_en")->trigger();
        settle();
    }
};

TEST_F(WorkbenchWalk, addingAProcedureFromTheMenu_opensItWithItsTitleUnderTheCurrentLaw)
{
    ASSERT_NO_FATAL_FAILURE(openNewFile());
    EXPECT_TRUE(window->windowTitle().contains(QStringLiteral("walk.testigo")));
    ASSERT_NO_FATAL_FAILURE(createProcedure());
    const auto p = file().get<Procedure>(procedureId);
    ASSERT_TRUE(p);
    EXPECT_EQ(p->title, QStringLiteral("Adquisición de vacunas"));
    EXPECT_EQ(p->regime, QStringLiteral("LAASSP-2025"));
}

TEST_F(WorkbenchWalk, typingTheOverview_savesObjectEvaluationAndLotBudget)
{
    ASSERT_NO_FATAL_FAILURE(openNewFile());
    ASSERT_NO_FATAL_FAILURE(createProcedure());
    ASSERT_NO_FATAL_FAILURE(fillOverview());
    const auto p = file().get<Procedure>(procedureId);
    ASSERT_TRUE(p);
    EXPECT_EQ(p->object, QStringLiteral("Vacunas contra influenza"));
    EXPECT_EQ(p->evaluation, QStringLiteral("points"));
    const auto lotRows = file().all<Lot>(QStringLiteral("procedure_id"), procedureId);
    ASSERT_EQ(lotRows.size(), 1);
    EXPECT_EQ(lotRows.first().budgetCents, 123456789);
}

TEST_F(WorkbenchWalk, walkingThreeStages_marksThemDoneWithEveryQuestionAnswered)
{
    ASSERT_NO_FATAL_FAILURE(openNewFile());
    ASSERT_NO_FATAL_FAILURE(createProcedure());
    ASSERT_NO_FATAL_FAILURE(walkThreeStages());
    ASSERT_EQ(walked.size(), 3);
    for (const QString &id : walked) {
        EXPECT_EQ(file().get<Stage>(id)->status, QStringLiteral("done"));
        const auto answers = file().all<ChecklistAnswer>(QStringLiteral("stage_id"), id);
        ASSERT_FALSE(answers.isEmpty());
        for (const ChecklistAnswer &a : answers)
            EXPECT_FALSE(a.answer.isEmpty()) << a.itemCode.toStdString();
    }
}

TEST_F(WorkbenchWalk, raisingTwoFindingsAtWalkedStages_listsBothForTheProcedure)
{
    ASSERT_NO_FATAL_FAILURE(openNewFile());
    ASSERT_NO_FATAL_FAILURE(createProcedure());
    ASSERT_NO_FATAL_FAILURE(walkThreeStages());
    ASSERT_NO_FATAL_FAILURE(raiseTwoFindings());
    EXPECT_EQ(file().all<Finding>(QStringLiteral("procedure_id"), procedureId).size(), 2);
}

TEST_F(WorkbenchWalk, undoAfterTypingThePlace_restoresItInOneStepAndRedoTypesItAgain)
{
    ASSERT_NO_FATAL_FAILURE(openNewFile());
    ASSERT_NO_FATAL_FAILURE(createProcedure());
    ASSERT_NO_FATAL_FAILURE(fillOverview());
    ASSERT_NO_FATAL_FAILURE(editPlaceThenUndoAndRedo());
}

TEST_F(WorkbenchWalk, switchingToSpanish_showsMoneyMenusAndButtonsInSpanish)
{
    ASSERT_NO_FATAL_FAILURE(openNewFile());
    ASSERT_NO_FATAL_FAILURE(createProcedure());
    ASSERT_NO_FATAL_FAILURE(fillOverview());
    ASSERT_NO_FATAL_FAILURE(switchToSpanishAndBack());
    EXPECT_EQ(languages.language(), QStringLiteral("en"));
}

TEST_F(WorkbenchWalk, reopeningTheFileAfterTheWholeWalk_findsEverythingAsItWasLeft)
{
    ASSERT_NO_FATAL_FAILURE(openNewFile());
    ASSERT_NO_FATAL_FAILURE(createProcedure());
    ASSERT_NO_FATAL_FAILURE(fillOverview());
    ASSERT_NO_FATAL_FAILURE(walkThreeStages());
    ASSERT_NO_FATAL_FAILURE(raiseTwoFindings());
    ASSERT_NO_FATAL_FAILURE(editPlaceThenUndoAndRedo());
    ASSERT_NO_FATAL_FAILURE(switchToSpanishAndBack());
    window.reset();

    MainWindow again(languages);
    ASSERT_TRUE(again.openFile(path));
    const CaseFile &file = again.files().session()->file();
    EXPECT_TRUE(file.verify().ok());
    const auto p = file.get<Procedure>(procedureId);
    ASSERT_TRUE(p);
    EXPECT_EQ(p->title, QStringLiteral("Adquisición de vacunas"));
    EXPECT_EQ(p->place, QStringLiteral("Toluca"));
    EXPECT_EQ(p->evaluation, QStringLiteral("points"));
    EXPECT_EQ(file.all<Lot>(QStringLiteral("procedure_id"), procedureId).first().budgetCents, 123456789);
    EXPECT_EQ(file.all<Engagement>(QStringLiteral("procedure_id"), procedureId).first().letterNumber, QStringLiteral("SABG/001/2025"));
    for (const QString &id : walked) {
        EXPECT_EQ(file.get<Stage>(id)->status, QStringLiteral("done"));
        const auto answers = file.all<ChecklistAnswer>(QStringLiteral("stage_id"), id);
        for (const ChecklistAnswer &a : answers)
            EXPECT_EQ(a.answer, a.position == answers.first().position ? QStringLiteral("no") : QStringLiteral("yes"));
    }
    const auto findings = file.all<Finding>(QStringLiteral("procedure_id"), procedureId);
    ASSERT_EQ(findings.size(), 2);
    int ties = 0, attachments = 0;
    for (const Finding &f : findings) {
        ties += int(file.all<FindingClause>(QStringLiteral("finding_id"), f.id).size());
        attachments += int(file.all<Attachment>(QStringLiteral("finding_id"), f.id).size());
    }
    EXPECT_EQ(ties, 2);
    EXPECT_EQ(attachments, 1);
}

TEST(WorkbenchGui, openingABadFile_showsMessageAndKeepsTheOpenFile)
{
    QTemporaryDir dir;
    LanguageManager languages;
    languages.setLanguage(QStringLiteral("en"));
    MainWindow w(languages);
    w.files().setInteractive(false);
    ASSERT_TRUE(w.newFile(dir.filePath(QStringLiteral("good.testigo"))));
    const QString bad = dir.filePath(QStringLiteral("bad.testigo"));
    QFile f(bad);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("this is not a case file");
    f.close();
    EXPECT_FALSE(w.openFile(bad));
    EXPECT_FALSE(w.files().lastError().isEmpty());
    EXPECT_TRUE(w.windowTitle().contains(QStringLiteral("good.testigo")));
    QFile again(bad);
    ASSERT_TRUE(again.open(QIODevice::ReadOnly));
    EXPECT_EQ(again.readAll(), QByteArray("this is not a case file"));
}

TEST(WorkbenchGui, exportACopy_writesAVerifiedCopyWithTheLatestEdits)
{
    QTemporaryDir dir;
    LanguageManager languages;
    languages.setLanguage(QStringLiteral("en"));
    MainWindow w(languages);
    w.files().setInteractive(false);
    ASSERT_TRUE(w.newFile(dir.filePath(QStringLiteral("src.testigo"))));
    QVariantMap v{{QStringLiteral("title"), QStringLiteral("Último cambio")}};
    ASSERT_TRUE(w.files().session()->file().insertRow(QStringLiteral("procedure"), v))
        << w.files().session()->file().lastError().toStdString();
    const QString copy = dir.filePath(QStringLiteral("copy.testigo"));
    ASSERT_TRUE(w.files().exportCopy(copy)) << w.files().lastError().toStdString();
    auto r = CaseFile::open(copy, true);
    ASSERT_TRUE(r.file);
    ASSERT_EQ(r.file->all<Procedure>().size(), 1);
    EXPECT_EQ(r.file->all<Procedure>().first().title, QStringLiteral("Último cambio"));
}

TEST(WorkbenchGui, readOnlyFile_titleSaysSoAndEditsAreRefused)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ro.testigo"));
    {
        auto r = CaseFile::create(path);
        QVariantMap v{{QStringLiteral("title"), QStringLiteral("T")}};
        ASSERT_TRUE(r.file->insertRow(QStringLiteral("procedure"), v));
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadUser);
    LanguageManager languages;
    languages.setLanguage(QStringLiteral("en"));
    MainWindow w(languages);
    w.files().setInteractive(false);
    if (!w.openFile(path))
        GTEST_SKIP() << "running as root: the file stays writable";
    if (!w.files().session()->isReadOnly())
        GTEST_SKIP() << "running as root: the file stays writable";
    EXPECT_TRUE(w.windowTitle().contains(QStringLiteral("read-only")));
    EXPECT_FALSE(action(&w, "actionAddProcedure")->isEnabled());
}

TEST(WorkbenchGui, openingAnImportedProcedure_givesItsStagesChecklistsAndPactClauses)
{
    QTemporaryDir dir;
    LanguageManager languages;
    languages.setLanguage(QStringLiteral("es"));
    MainWindow w(languages);
    w.files().setInteractive(false);
    ASSERT_TRUE(w.newFile(dir.filePath(QStringLiteral("imported.testigo"))));
    CaseFile &file = w.files().session()->file();
    // What an OCDS import writes: the procedure and the stages its data dates, no pact yet.
    Procedure p;
    p.number = QStringLiteral("LA-006000998-E5-2024");
    p.title = QStringLiteral("Materiales de oficina");
    p.regime = QStringLiteral("LAASSP-2000");
    p.type = QStringLiteral("open_tender");
    p.objectKind = QStringLiteral("goods");
    p.character = QStringLiteral("national");
    p.evaluation = QStringLiteral("binary");
    p.currency = QStringLiteral("MXN");
    p.ocid = QStringLiteral("ocds-07smqs-1");
    ASSERT_TRUE(file.insert(p)) << file.lastError().toStdString();
    Stage opening;
    opening.procedureId = p.id;
    opening.kind = QStringLiteral("opening");
    opening.position = 4;
    opening.round = 1;
    opening.status = QStringLiteral("done");
    opening.actualDate = QDate(2024, 2, 10);
    opening.attendance = opening.actaRef = opening.notes = QStringLiteral("");
    ASSERT_TRUE(file.insert(opening));
    ASSERT_TRUE(file.all<Clause>(QStringLiteral("procedure_id"), p.id).isEmpty());

    w.workspace()->openProcedure(p.id);
    settle();
    EXPECT_EQ(file.all<Clause>(QStringLiteral("procedure_id"), p.id).size(), 20);
    EXPECT_EQ(file.get<Procedure>(p.id)->pactVersion, QStringLiteral("TM-2025.1"));
    const auto stages = file.all<Stage>(QStringLiteral("procedure_id"), p.id);
    EXPECT_GT(stages.size(), 5);
    EXPECT_EQ(std::count_if(stages.begin(), stages.end(), [](const Stage &s) { return s.kind == QStringLiteral("opening"); }), 1);
    EXPECT_EQ(file.get<Stage>(opening.id)->actualDate, QDate(2024, 2, 10));
    EXPECT_FALSE(file.all<ChecklistAnswer>(QStringLiteral("stage_id"), opening.id).isEmpty());
    // The stage navigator lists them all.
    auto *list = find<QListView>(w.workspace()->procedureView(), "stagesListView");
    ASSERT_TRUE(list);
    EXPECT_EQ(list->model()->rowCount(), stages.size());
}
