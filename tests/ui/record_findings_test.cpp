// SPDX-License-Identifier: GPL-3.0-or-later
// FindingsPanel driven offscreen by object name: create a finding tied to two clauses with
// evidence, undo and redo it as one step, edit it, attach by "drop", delete with renumbering.

#include "record_fixture.h"

#include "record/clausetiemodel.h"
#include "record/findingeditor.h"
#include "record/findingspanel.h"
#include "common/recordtablemodel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QCryptographicHash>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QTimer>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QStringListModel>
#include <QTableView>
#include <QTest>

using namespace Testigo;
using namespace Testigo::Ui;
using Mode = QAbstractItemModelTester::FailureReportingMode;

namespace {

struct FindingsFixture : Test::RecordFixture
{
    FindingsPanel panel{*session, undo};
    QAbstractItemModelTester t1{panel.findingsModel(), Mode::Fatal};
    QAbstractItemModelTester t2{panel.proxyModel(), Mode::Fatal};
    QAbstractItemModelTester t3{panel.editor()->clauseModel(), Mode::Fatal};
    QAbstractItemModelTester t4{panel.editor()->attachmentModel(), Mode::Fatal};
    QAbstractItemModelTester t5{panel.newFindingDialog()->clauseModel(), Mode::Fatal};
    QAbstractItemModelTester t6{panel.newFindingDialog()->fileModel(), Mode::Fatal};

    FindingsFixture()
    {
        panel.resize(1100, 700);
        panel.show();
        panel.setProcedure(procedure.id);
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = dir.filePath(name);
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return path;
    }

    // The user's way: "New finding…", tick clauses, drop a file, describe it, "Create finding".
    QString createThroughDialog(const QString &stageId, const QStringList &clauseIds, const QStringList &files)
    {
        panel.newFinding(stageId, clauseIds.value(0));
        auto *dialog = panel.findChild<NewFindingDialog *>(QStringLiteral("newFindingDialog"));
        EXPECT_TRUE(dialog && dialog->isVisible());
        QStandardItemModel *model = dialog->clauseModel();
        for (int r = 0; r < model->rowCount(); ++r)
            if (clauseIds.contains(model->item(r)->data(Qt::UserRole).toString()))
                model->item(r)->setCheckState(Qt::Checked);
        dialog->addFiles(files); // what dropping the files on the dialog calls
        auto *description = dialog->findChild<QPlainTextEdit *>(QStringLiteral("newFindingDescriptionPlainTextEdit"));
        description->setPlainText(QStringLiteral("El acta de apertura no se publicó el mismo día."));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("newFindingCreatePushButton")), Qt::LeftButton);
        EXPECT_FALSE(dialog->isVisible());
        return panel.currentFindingId();
    }
};

TEST(RecordFindings, createWithTwoClausesAndEvidence_isOneUndoStep)
{
    FindingsFixture f;
    const QByteArray pdf = QByteArray("%PDF-1.4\n% acta de apertura\n") + QByteArray(2000, 'x');
    const QString path = f.writeFile(QStringLiteral("acta-apertura.pdf"), pdf);
    const QString stage = f.stages[0].id;
    const QString id = f.createThroughDialog(stage, {f.clauses[0].id, f.clauses[1].id}, {path});

    ASSERT_FALSE(id.isEmpty());
    EXPECT_EQ(f.undo.count(), 1);
    const auto finding = f.session->file().get<Finding>(id);
    ASSERT_TRUE(finding);
    EXPECT_EQ(finding->number, 1);
    EXPECT_EQ(finding->stageId, stage);
    EXPECT_EQ(finding->raisedDate, QDate::currentDate());
    EXPECT_EQ(f.live(QStringLiteral("finding_clause"), QStringLiteral("finding_id"), id), 2);
    const auto attachments = f.session->file().all<Attachment>(QStringLiteral("finding_id"), id);
    ASSERT_EQ(attachments.size(), 1);
    EXPECT_EQ(attachments[0].fileName, QStringLiteral("acta-apertura.pdf"));
    EXPECT_EQ(attachments[0].size, pdf.size());
    EXPECT_EQ(attachments[0].mediaType, QStringLiteral("application/pdf"));
    EXPECT_EQ(attachments[0].sha256, QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex()));
    EXPECT_EQ(f.session->file().blob(attachments[0].sha256), pdf);

    // What the user sees: one row in the table with both clauses, the editor on it.
    auto *table = f.panel.findChild<QTableView *>(QStringLiteral("findingsTableView"));
    ASSERT_EQ(table->model()->rowCount(), 1);
    EXPECT_EQ(table->model()->index(0, 2).data().toString(),
              QStringLiteral("%1, %2").arg(f.clauses[0].code, f.clauses[1].code));
    EXPECT_EQ(f.panel.editor()->attachmentModel()->rowCount(), 1);
    EXPECT_EQ(f.panel.editor()->clauseModel()->index(1).data(Qt::CheckStateRole).toInt(), Qt::Checked);

    f.undo.undo();
    EXPECT_EQ(table->model()->rowCount(), 0);
    EXPECT_EQ(f.live(QStringLiteral("finding"), QStringLiteral("procedure_id"), f.procedure.id), 0);
    EXPECT_EQ(f.live(QStringLiteral("finding_clause"), QStringLiteral("finding_id"), id), 0);
    EXPECT_EQ(f.live(QStringLiteral("attachment"), QStringLiteral("finding_id"), id), 0);
    EXPECT_TRUE(f.panel.currentFindingId().isEmpty());

    f.undo.redo();
    ASSERT_EQ(table->model()->rowCount(), 1);
    EXPECT_EQ(f.live(QStringLiteral("finding_clause"), QStringLiteral("finding_id"), id), 2);
    EXPECT_EQ(f.live(QStringLiteral("attachment"), QStringLiteral("finding_id"), id), 1);
    EXPECT_EQ(table->model()->index(0, 0).data().toString(), QStringLiteral("1"));
}

// The start of a JPEG and some text: two files with these bytes are one blob.
QByteArray jpegBytes()
{
    return QByteArrayLiteral("\xff\xd8\xff\xe0 same bytes");
}

TEST(RecordFindings, dropOnEditor_attachesOnceAndDeduplicatesBytes)
{
    FindingsFixture f;
    const QString id = f.createThroughDialog(f.stages[1].id, {f.clauses[2].id}, {});
    const QString a = f.writeFile(QStringLiteral("foto.jpg"), jpegBytes());
    const QString b = f.writeFile(QStringLiteral("foto-copia.jpg"), jpegBytes());
    const qint64 blobsBefore = f.session->file().count(QStringLiteral("blob"));
    const int steps = f.undo.count();

    EXPECT_EQ(f.panel.attachFiles({a, b}), 2) // the slot a drop on the panel calls
        << f.panel.findChild<QLabel *>(QStringLiteral("attachmentMessageLabel"))->text().toStdString();
    EXPECT_EQ(f.undo.count(), steps + 1);
    EXPECT_EQ(f.panel.editor()->attachmentModel()->rowCount(), 2);
    EXPECT_EQ(f.session->file().count(QStringLiteral("blob")), blobsBefore + 1);

    // Export writes the same bytes back.
    const QString out = f.dir.filePath(QStringLiteral("exported.jpg"));
    QString error;
    ASSERT_TRUE(f.panel.editor()->exportAttachment(f.panel.editor()->attachmentModel()->idAt(0), out, &error))
        << error.toStdString();
    QFile exported(out);
    ASSERT_TRUE(exported.open(QIODevice::ReadOnly));
    EXPECT_EQ(exported.readAll(), jpegBytes());

    f.undo.undo();
    EXPECT_EQ(f.panel.editor()->attachmentModel()->rowCount(), 0);
    EXPECT_EQ(f.panel.currentFindingId(), id);
}

TEST(RecordFindings, editorEdits_goThroughUndoAndTieClauses)
{
    FindingsFixture f;
    const QString id = f.createThroughDialog(f.stages[0].id, {}, {});
    auto *severity = f.panel.findChild<QComboBox *>(QStringLiteral("findingSeverityComboBox"));
    ASSERT_TRUE(severity);
    EXPECT_EQ(severity->currentData().toString(), QStringLiteral("medium"));
    severity->setFocus();
    severity->setCurrentIndex(severity->findData(QStringLiteral("critical")));
    emit severity->activated(severity->currentIndex()); // a user's pick
    EXPECT_EQ(f.session->file().get<Finding>(id)->severity, QStringLiteral("critical"));

    // Ticking a clause in the editor ties it; undo unties.
    ClauseTieModel *ties = f.panel.editor()->clauseModel();
    ASSERT_GE(ties->rowCount(), 2);
    ASSERT_TRUE(ties->setData(ties->index(1), Qt::Checked, Qt::CheckStateRole));
    EXPECT_EQ(f.live(QStringLiteral("finding_clause"), QStringLiteral("finding_id"), id), 1);
    EXPECT_EQ(f.panel.proxyModel()->index(0, 2).data().toString(), f.clauses[1].code);
    f.undo.undo();
    EXPECT_EQ(ties->index(1).data(Qt::CheckStateRole).toInt(), Qt::Unchecked);
    EXPECT_TRUE(f.panel.proxyModel()->index(0, 2).data().toString().isEmpty());
    f.undo.undo();
    EXPECT_EQ(severity->currentData().toString(), QStringLiteral("medium")); // the form follows undo
    EXPECT_EQ(f.session->file().get<Finding>(id)->severity, QStringLiteral("medium"));
}

TEST(RecordFindings, typedDescriptionAndPickedStage_areInTheFileAtOnceAndUndoTogetherPerField)
{
    FindingsFixture f;
    const QString id = f.createThroughDialog(f.stages[0].id, {}, {});
    auto *description = f.panel.findChild<QPlainTextEdit *>(QStringLiteral("findingDescriptionPlainTextEdit"));
    auto *stage = f.panel.findChild<QComboBox *>(QStringLiteral("findingStageComboBox"));
    ASSERT_TRUE(description && stage);
    ASSERT_TRUE(description->isEnabled());
    description->setFocus();
    description->selectAll();
    QTest::keyClicks(description, QStringLiteral("Acta sin firma"));
    // No pause, no Save: what was typed is in the file (a crash now would lose nothing).
    EXPECT_EQ(f.session->file().get<Finding>(id)->description, QStringLiteral("Acta sin firma"));

    stage->setFocus(); // leaving the text ends its undo step
    const int other = stage->findData(f.stages[1].id);
    ASSERT_GE(other, 0);
    stage->setCurrentIndex(other);
    emit stage->activated(other);
    EXPECT_EQ(f.session->file().get<Finding>(id)->stageId, f.stages[1].id);
    f.undo.undo();
    EXPECT_EQ(stage->currentData().toString(), f.stages[0].id);
    EXPECT_EQ(description->toPlainText(), QStringLiteral("Acta sin firma"));
    f.undo.undo(); // the whole typed text is one step
    EXPECT_NE(f.session->file().get<Finding>(id)->description, QStringLiteral("Acta sin firma"));
    EXPECT_EQ(description->toPlainText(), f.session->file().get<Finding>(id)->description);
}

TEST(RecordFindings, deleteFinding_renumbersTheRestInOneStep)
{
    FindingsFixture f;
    QStringList ids;
    for (int i = 0; i < 3; ++i)
        ids << f.createThroughDialog(f.stages[0].id, {}, {});
    f.panel.selectFinding(ids[1]);
    // Deleting asks first: answer Yes as the witness would.
    QTimer::singleShot(0, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->button(QMessageBox::Yes)->click();
    });
    QTest::mouseClick(f.panel.findChild<QPushButton *>(QStringLiteral("deleteFindingPushButton")), Qt::LeftButton);
    EXPECT_EQ(f.panel.proxyModel()->rowCount(), 2);
    EXPECT_EQ(f.session->file().get<Finding>(ids[2])->number, 2);
    f.undo.undo();
    EXPECT_EQ(f.panel.proxyModel()->rowCount(), 3);
    EXPECT_EQ(f.session->file().get<Finding>(ids[1])->number, 2);
    EXPECT_EQ(f.session->file().get<Finding>(ids[2])->number, 3);
    // A new finding takes the next number.
    const QString fourth = f.createThroughDialog(QString(), {}, {});
    EXPECT_EQ(f.session->file().get<Finding>(fourth)->number, 4);
}

} // namespace
