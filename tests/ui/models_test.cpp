// SPDX-License-Identifier: GPL-3.0-or-later
// Every workbench model under QAbstractItemModelTester while the file changes under it: procedures
// added, edited, deleted and undone; checklist answers set through setData; lots added.

#include "common/recordtablemodel.h"
#include "store/insertentity.h"
#include "uitest_support.h"
#include "workbench/clockmodel.h"
#include "workbench/procedureactions.h"
#include "workbench/procedurelistmodel.h"
#include "workbench/stagelistmodel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <algorithm>

using namespace Testigo;
using namespace Testigo::Ui;
using namespace Testigo::TestSupport;

namespace {
const auto Tester = QAbstractItemModelTester::FailureReportingMode::QtTest;

NewProcedure sample(const QString &number)
{
    NewProcedure v;
    v.number = number;
    v.title = QStringLiteral("Adquisición de medicamentos");
    v.start = QDate(2025, 6, 1);
    return v;
}
} // namespace

TEST(Models, procedureList_followsAddEditDeleteAndUndo)
{
    UiFixture f;
    WarningsFail warnings;
    ProcedureListModel model(*f.session);
    QAbstractItemModelTester tester(&model, Tester);
    EXPECT_EQ(model.rowCount(), 0);
    const QString a = ProcedureActions::add(*f.session, *f.stack, sample(QStringLiteral("LA-1")));
    const QString b = ProcedureActions::add(*f.session, *f.stack, sample(QStringLiteral("LA-2")));
    ASSERT_FALSE(a.isEmpty());
    model.reload();
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.index(model.rowOf(b), ProcedureListModel::Number).data().toString(), QStringLiteral("LA-2"));
    // The new procedure got its stages from the templates: the current stage is the first one.
    EXPECT_FALSE(model.index(0, ProcedureListModel::CurrentStage).data().toString().isEmpty());
    EXPECT_EQ(model.index(0, ProcedureListModel::Regime).data(Qt::ToolTipRole).toString(),
              Codes::label(Codes::regimes(), QStringLiteral("LAASSP-2025")));
    // The cell shows the law's name without its qualifier, so the title keeps its room.
    EXPECT_FALSE(model.index(0, ProcedureListModel::Regime).data().toString().contains(QLatin1Char('(')));
    EXPECT_TRUE(model.index(0, ProcedureListModel::Regime).data().toString().startsWith(QStringLiteral("LAASSP")));

    f.session->file().setField(QStringLiteral("procedure"), a, QStringLiteral("title"), QStringLiteral("Otro"));
    processEvents();
    EXPECT_EQ(model.index(model.rowOf(a), ProcedureListModel::Title).data().toString(), QStringLiteral("Otro"));

    ProcedureActions::remove(*f.session, *f.stack, a);
    model.reload();
    EXPECT_EQ(model.rowCount(), 1);
    f.stack->undo();
    model.reload();
    EXPECT_EQ(model.rowCount(), 2);
    const QString c = ProcedureActions::duplicate(*f.session, *f.stack, b);
    model.reload();
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.index(model.rowOf(c), ProcedureListModel::Number).data().toString(), QStringLiteral("LA-2"));
    f.stack->undo(); // the duplicate
    f.stack->undo(); // the undelete
    model.reload();
    EXPECT_EQ(model.rowCount(), 1);
}

TEST(Models, procedureList_showsTheFirstPageAtOnceAndReadsTheRestInTurns)
{
    UiFixture f;
    WarningsFail warnings;
    const int total = ProcedureListModel::FirstPage + ProcedureListModel::LaterPage / 2 + 7;
    {
        CaseFile::Transaction tx(f.session->file());
        for (int i = 0; i < total; ++i) {
            Procedure p;
            p.number = QStringLiteral("LA-%1").arg(i, 5, 10, QLatin1Char('0'));
            ASSERT_TRUE(insertEntity(f.session->file(), p));
        }
        ASSERT_TRUE(tx.commit());
    }
    ProcedureListModel model(*f.session);
    QAbstractItemModelTester tester(&model, Tester);
    EXPECT_EQ(model.rowCount(), ProcedureListModel::FirstPage);
    EXPECT_TRUE(model.isLoading());
    for (int turn = 0; turn < 10 && model.isLoading(); ++turn)
        processEvents();
    EXPECT_FALSE(model.isLoading());
    ASSERT_EQ(model.rowCount(), total);
    // The file's own order, with nothing read twice or skipped at the page boundaries.
    const QList<Procedure> inFile = f.session->file().all<Procedure>();
    for (int i = 0; i < total; ++i)
        ASSERT_EQ(model.procedureId(i), inFile.at(i).id) << i;
    EXPECT_EQ(model.index(total - 1, ProcedureListModel::Number).data().toString(), inFile.last().number);
}

TEST(Models, procedureList_countsOpenFindings)
{
    UiFixture f;
    ProcedureListModel model(*f.session);
    QAbstractItemModelTester tester(&model, Tester);
    const QString a = ProcedureActions::add(*f.session, *f.stack, sample(QStringLiteral("LA-1")));
    for (const QString &status : {QStringLiteral("pending"), QStringLiteral("attended"), QStringLiteral("partial")}) {
        QVariantMap v{{QStringLiteral("procedure_id"), a}, {QStringLiteral("status"), status}};
        ASSERT_TRUE(f.session->file().insertRow(QStringLiteral("finding"), v));
    }
    model.reload();
    EXPECT_EQ(model.index(0, ProcedureListModel::OpenFindings).data().toInt(), 2);
}

TEST(Models, procedureList_anEditRecomputesOnlyTheProcedureItTouches)
{
    UiFixture f;
    WarningsFail warnings;
    ProcedureListModel model(*f.session);
    QAbstractItemModelTester tester(&model, Tester);
    const QString a = ProcedureActions::add(*f.session, *f.stack, sample(QStringLiteral("LA-1")));
    const QString b = ProcedureActions::add(*f.session, *f.stack, sample(QStringLiteral("LA-2")));
    model.reload();
    ASSERT_EQ(model.rowCount(), 2);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    // A finding of b (a child row), then the first stage of b marked done.
    QVariantMap finding{{QStringLiteral("procedure_id"), b}, {QStringLiteral("status"), QStringLiteral("pending")}};
    ASSERT_TRUE(f.session->file().insertRow(QStringLiteral("finding"), finding));
    const QString stageBefore = model.index(model.rowOf(b), ProcedureListModel::CurrentStage).data().toString();
    auto stages = f.session->file().all<Stage>(QStringLiteral("procedure_id"), b);
    std::sort(stages.begin(), stages.end(), [](const Stage &x, const Stage &y) { return x.position < y.position; });
    ASSERT_TRUE(f.session->file().setField(QStringLiteral("stage"), stages.first().id, QStringLiteral("status"), QStringLiteral("done")));
    // A checklist answer (a grandchild, through its stage).
    const auto answers = f.session->file().all<ChecklistAnswer>(QStringLiteral("stage_id"), stages.first().id);
    ASSERT_FALSE(answers.isEmpty());
    ASSERT_TRUE(f.session->file().setField(QStringLiteral("checklist_answer"), answers.first().id, QStringLiteral("answer"), QStringLiteral("yes")));
    processEvents();

    EXPECT_EQ(model.index(model.rowOf(b), ProcedureListModel::OpenFindings).data().toInt(), 1);
    EXPECT_EQ(model.index(model.rowOf(a), ProcedureListModel::OpenFindings).data().toInt(), 0);
    EXPECT_NE(model.index(model.rowOf(b), ProcedureListModel::CurrentStage).data().toString(), stageBefore);
    EXPECT_EQ(reset.count(), 0);
    ASSERT_FALSE(changed.isEmpty());
    for (const QList<QVariant> &signal : std::as_const(changed)) {
        const auto topLeft = signal.at(0).value<QModelIndex>();
        const auto bottomRight = signal.at(1).value<QModelIndex>();
        EXPECT_EQ(topLeft.row(), model.rowOf(b));
        EXPECT_EQ(bottomRight.row(), model.rowOf(b));
    }
}

TEST(Models, procedureList_afterABulkChangeReloadsOnce)
{
    UiFixture f;
    ProcedureListModel model(*f.session);
    QAbstractItemModelTester tester(&model, Tester);
    QSignalSpy inserted(f.session.get(), &Session::rowInserted);
    QSignalSpy reloaded(f.session.get(), &Session::reloaded);
    f.session->pauseNotifications(); // what the OCDS import dialog does around a portfolio import
    for (int i = 0; i < 3; ++i) {
        QVariantMap v{{QStringLiteral("number"), QStringLiteral("LA-%1").arg(i)}, {QStringLiteral("title"), QStringLiteral("Importado")}};
        ASSERT_TRUE(f.session->file().insertRow(QStringLiteral("procedure"), v));
    }
    processEvents();
    EXPECT_EQ(model.rowCount(), 0); // nothing told yet
    f.session->resumeNotifications();
    processEvents();
    EXPECT_EQ(inserted.count(), 0);
    EXPECT_EQ(reloaded.count(), 1);
    EXPECT_EQ(model.rowCount(), 3);
    f.session->pauseNotifications();
    f.session->resumeNotifications(); // nothing changed: nothing to tell
    EXPECT_EQ(reloaded.count(), 1);
}

TEST(Models, checklist_setDataWritesUndoableAnswers)
{
    UiFixture f;
    WarningsFail warnings;
    const QString a = ProcedureActions::add(*f.session, *f.stack, sample(QStringLiteral("LA-1")));
    StageListModel stages(*f.session);
    QAbstractItemModelTester stageTester(&stages, Tester);
    stages.setProcedure(a);
    ASSERT_GT(stages.rowCount(), 3);
    const QString stage = stages.stageId(0);
    RecordColumn answer {QStringLiteral("answer"), "Answer", RecordColumn::Code};
    answer.choices = [] { return codeChoices(Codes::answers()); };
    RecordTableModel checklist(*f.session, *f.stack, QStringLiteral("checklist_answer"),
                               {{QStringLiteral("question_en"), "Question", RecordColumn::Text, false}, answer,
                                {QStringLiteral("note"), "Note"}});
    QAbstractItemModelTester tester(&checklist, Tester);
    checklist.setSortField(QStringLiteral("position"));
    checklist.setFilter(QStringLiteral("stage_id"), stage);
    ASSERT_GT(checklist.rowCount(), 0);
    EXPECT_FALSE(checklist.setData(checklist.index(0, 0), QStringLiteral("edited"))); // read-only column
    EXPECT_TRUE(checklist.setData(checklist.index(0, 1), QStringLiteral("no")));
    EXPECT_TRUE(checklist.setData(checklist.index(0, 2), QStringLiteral("Sin acta")));
    EXPECT_EQ(checklist.index(0, 1).data().toString(), Codes::label(Codes::answers(), QStringLiteral("no")));
    EXPECT_EQ(f.session->file().get<ChecklistAnswer>(checklist.idAt(0))->note, QStringLiteral("Sin acta"));
    f.stack->undo();
    f.stack->undo();
    checklist.refreshAll();
    EXPECT_EQ(f.session->file().get<ChecklistAnswer>(checklist.idAt(0))->answer, QString());
    // Stage status change reaches the navigator.
    f.session->file().setField(QStringLiteral("stage"), stage, QStringLiteral("status"), QStringLiteral("done"));
    stages.reload();
    EXPECT_EQ(stages.index(0).data(StageListModel::StatusRole).toString(), QStringLiteral("done"));
    EXPECT_TRUE(stages.index(1).data(StageListModel::CurrentRole).toBool());
}

TEST(Models, lots_moneyIsEditedExactly)
{
    UiFixture f;
    WarningsFail warnings;
    QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Mexico));
    const QString a = ProcedureActions::add(*f.session, *f.stack, sample(QStringLiteral("LA-1")));
    RecordTableModel lots(*f.session, *f.stack, QStringLiteral("lot"),
                          {{QStringLiteral("number"), "Lot", RecordColumn::Number},
                           {QStringLiteral("budget_cents"), "Budget", RecordColumn::Money}});
    QAbstractItemModelTester tester(&lots, Tester);
    lots.setFilter(QStringLiteral("procedure_id"), a);
    ASSERT_EQ(lots.rowCount(), 1);
    EXPECT_TRUE(lots.setData(lots.index(0, 1), QStringLiteral("1,234,567.89")));
    EXPECT_EQ(f.session->file().get<Lot>(lots.idAt(0))->budgetCents, 123456789);
    EXPECT_EQ(lots.index(0, 1).data().toString(), QStringLiteral("$1,234,567.89 MXN"));
    EXPECT_FALSE(lots.setData(lots.index(0, 1), QStringLiteral("mucho")));
    QVariantMap lot{{QStringLiteral("procedure_id"), a}, {QStringLiteral("number"), 2}};
    ASSERT_TRUE(f.session->file().insertRow(QStringLiteral("lot"), lot));
    processEvents();
    EXPECT_EQ(lots.rowCount(), 2);
    QLocale::setDefault(QLocale::c());
}

TEST(Models, clocks_passTheTester)
{
    UiFixture f;
    WarningsFail warnings;
    const QString a = ProcedureActions::add(*f.session, *f.stack, sample(QStringLiteral("LA-1")));
    ClockModel clocks(*f.session);
    QAbstractItemModelTester tester(&clocks, Tester);
    clocks.setProcedure(a);
    for (const Stage &s : f.session->file().all<Stage>(QStringLiteral("procedure_id"), a)) {
        if (s.kind == QStringLiteral("call"))
            f.session->file().setField(QStringLiteral("stage"), s.id, QStringLiteral("actual_date"), QDate(2025, 6, 2));
        if (s.kind == QStringLiteral("opening"))
            f.session->file().setField(QStringLiteral("stage"), s.id, QStringLiteral("actual_date"), QDate(2025, 6, 5));
    }
    clocks.reload();
    bool breached = false;
    for (int r = 0; r < clocks.rowCount(); ++r)
        breached |= clocks.index(r, 0).data(ClockModel::LevelRole).toInt() == int(ClockLevel::Breached);
    EXPECT_TRUE(breached) << "3 days from call to opening must breach the 15-day minimum";
}
