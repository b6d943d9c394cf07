// SPDX-License-Identifier: GPL-3.0-or-later
// PactPanel offscreen: the clause × stage matrix follows findings (and their undo), a cell lists
// its findings and asks for a new finding there; clauses and signatories are edited through undo.

#include "domain/codes.h"
#include "record/clausematrixmodel.h"
#include "record/findingspanel.h"
#include "record/pactpanel.h"
#include "common/recordtablemodel.h"
#include "record_fixture.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace Testigo;
using namespace Testigo::Ui;
using Mode = QAbstractItemModelTester::FailureReportingMode;

namespace {

struct PactFixture : Test::RecordFixture
{
    PactPanel pact {*session, undo};
    FindingsPanel findings {*session, undo};
    QAbstractItemModelTester t1 {pact.clauseModel(), Mode::Fatal};
    QAbstractItemModelTester t2 {pact.signatoryModel(), Mode::Fatal};
    QAbstractItemModelTester t3 {pact.matrixModel(), Mode::Fatal};
    QAbstractItemModelTester t4 {pact.cellFindingsModel(), Mode::Fatal};

    PactFixture()
    {
        pact.resize(1100, 700);
        pact.show();
        pact.setProcedure(procedure.id);
        findings.setProcedure(procedure.id);
        QObject::connect(&pact, &PactPanel::newFindingRequested, &findings, &FindingsPanel::newFinding);
    }

    int row(const QString &clauseId)
    {
        for (int r = 0; r < pact.matrixModel()->rowCount(); ++r)
            if (pact.matrixModel()->clauseIdAt(r) == clauseId)
                return r;
        return -1;
    }
    int column(const QString &stageId)
    {
        for (int c = 0; c < pact.matrixModel()->columnCount(); ++c)
            if (pact.matrixModel()->stageIdAt(c) == stageId)
                return c;
        return -1;
    }
    int count(const Clause &clause, const Stage &stage)
    {
        return pact.matrixModel()
            ->index(row(clause.id), column(stage.id))
            .data(ClauseMatrixModel::CountRole)
            .toInt();
    }
};

TEST(RecordPact, matrixCounts_followFindingsUndoAndRedo)
{
    PactFixture f;
    ClauseMatrixModel *matrix = f.pact.matrixModel();
    EXPECT_EQ(matrix->rowCount(), f.clauses.size());
    EXPECT_EQ(matrix->columnCount(), f.stages.size());
    const Stage &stage = f.stages[1];
    EXPECT_EQ(f.count(f.clauses[0], stage), 0);

    FindingDraft high;
    high.stageId = stage.id;
    high.clauseIds = {f.clauses[0].id, f.clauses[1].id};
    high.severity = QStringLiteral("high");
    f.findings.createFinding(high);
    FindingDraft low = high;
    low.clauseIds = {f.clauses[0].id};
    low.severity = QStringLiteral("low");
    f.findings.createFinding(low);

    EXPECT_EQ(f.count(f.clauses[0], stage), 2);
    EXPECT_EQ(f.count(f.clauses[1], stage), 1);
    EXPECT_EQ(f.count(f.clauses[0], f.stages[0]), 0);
    const QModelIndex cell = matrix->index(f.row(f.clauses[0].id), f.column(stage.id));
    EXPECT_EQ(cell.data(ClauseMatrixModel::SeverityRole).toString(), QStringLiteral("high"));
    EXPECT_TRUE(cell.data(Qt::DisplayRole).toString().startsWith(QStringLiteral("2")));
    EXPECT_TRUE(cell.data(Qt::BackgroundRole).isValid());

    f.undo.undo(); // the low one
    EXPECT_EQ(f.count(f.clauses[0], stage), 1);
    f.undo.undo();
    EXPECT_EQ(f.count(f.clauses[0], stage), 0);
    EXPECT_FALSE(cell.data(Qt::BackgroundRole).isValid());
    f.undo.redo();
    EXPECT_EQ(f.count(f.clauses[0], stage), 1);
    EXPECT_EQ(f.count(f.clauses[1], stage), 1);

    // Severity changed in the findings table: the cell's colour follows.
    QAbstractItemModel *table = f.findings.findingsModel();
    ASSERT_TRUE(table->setData(table->index(0, 4), QStringLiteral("critical")));
    EXPECT_EQ(cell.data(ClauseMatrixModel::SeverityRole).toString(), QStringLiteral("critical"));
}

TEST(RecordPact, clickingACell_listsItsFindingsAndOffersANewOne)
{
    PactFixture f;
    FindingDraft d;
    d.stageId = f.stages[2].id;
    d.clauseIds = {f.clauses[1].id};
    d.description = QStringLiteral("Se desechó una propuesta por un error de forma.");
    f.findings.createFinding(d);

    auto *view = f.pact.findChild<QTableView *>(QStringLiteral("clauseMatrixTableView"));
    ASSERT_TRUE(view);
    f.pact.findChild<QTabWidget *>(QStringLiteral("pactTabWidget"))->setCurrentIndex(2);
    QCoreApplication::processEvents();
    const QModelIndex cell = f.pact.matrixModel()->index(f.row(f.clauses[1].id), f.column(f.stages[2].id));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(cell).center());
    ASSERT_EQ(f.pact.cellFindingsModel()->rowCount(), 1);
    EXPECT_TRUE(f.pact.cellFindingsModel()->item(0)->text().contains(QStringLiteral("desechó")));

    QSignalSpy spy(&f.pact, &PactPanel::newFindingRequested);
    QTest::mouseClick(
        f.pact.findChild<QPushButton *>(QStringLiteral("newFindingHerePushButton")), Qt::LeftButton);
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy[0][0].toString(), f.stages[2].id);
    EXPECT_EQ(spy[0][1].toString(), f.clauses[1].id);
    // The findings panel's dialog opened preset with that stage and clause.
    const FindingDraft preset = f.findings.newFindingDialog()->draft();
    EXPECT_EQ(preset.stageId, f.stages[2].id);
    EXPECT_EQ(preset.clauseIds, QStringList {f.clauses[1].id});
    // A finding needs its description before the dialog accepts it: Create on an empty one says so.
    NewFindingDialog *dialog = f.findings.newFindingDialog();
    ASSERT_TRUE(dialog->isVisible());
    auto *create = dialog->findChild<QPushButton *>(QStringLiteral("newFindingCreatePushButton"));
    auto *problem = dialog->findChild<QLabel *>(QStringLiteral("newFindingProblemLabel"));
    auto *description
        = dialog->findChild<QPlainTextEdit *>(QStringLiteral("newFindingDescriptionPlainTextEdit"));
    ASSERT_TRUE(create && problem && description);
    QTest::mouseClick(create, Qt::LeftButton);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_FALSE(problem->isHidden());
    EXPECT_EQ(f.pact.cellFindingsModel()->rowCount(), 1);
    QTest::keyClicks(description, QStringLiteral("Second finding in the same cell."));
    QTest::mouseClick(create, Qt::LeftButton);
    EXPECT_FALSE(dialog->isVisible());
    EXPECT_EQ(f.pact.cellFindingsModel()->rowCount(), 2);
}

TEST(RecordPact, signatoriesAndClauses_areEditedThroughUndo)
{
    PactFixture f;
    const QString id = f.pact.addSignatory();
    RecordTableModel *signatories = f.pact.signatoryModel();
    ASSERT_EQ(signatories->rowCount(), 1);
    ASSERT_TRUE(signatories->setData(signatories->index(0, 0), QStringLiteral("Lic. Ana Pérez")));
    ASSERT_TRUE(signatories->setData(signatories->index(0, 1), QStringLiteral("witness")));
    ASSERT_TRUE(signatories->setData(signatories->index(0, 3), QDate(2025, 6, 2)));
    const auto s = f.session->file().get<Signatory>(id);
    EXPECT_EQ(s->name, QStringLiteral("Lic. Ana Pérez"));
    EXPECT_EQ(s->role, QStringLiteral("witness"));
    EXPECT_EQ(s->signedDate, QDate(2025, 6, 2));
    EXPECT_EQ(signatories->index(0, 1).data().toString(),
        Codes::label(Codes::signatoryRoles(), QStringLiteral("witness")));
    f.pact.removeSignatory(id);
    EXPECT_EQ(signatories->rowCount(), 0);
    f.undo.undo();
    EXPECT_EQ(signatories->rowCount(), 1);

    RecordTableModel *clauses = f.pact.clauseModel();
    ASSERT_TRUE(clauses->setData(
        clauses->index(0, 3), QStringLiteral("The agency publishes every acta the same day.")));
    EXPECT_EQ(f.session->file().get<Clause>(f.clauses[0].id)->textEn,
        QStringLiteral("The agency publishes every acta the same day."));
    f.undo.undo();
    EXPECT_EQ(f.session->file().get<Clause>(f.clauses[0].id)->textEn, f.clauses[0].textEn);
    const int before = f.pact.matrixModel()->rowCount();
    f.pact.addClause();
    EXPECT_EQ(f.pact.matrixModel()->rowCount(), before + 1); // the matrix gains a row
}

} // namespace
