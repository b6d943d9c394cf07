// SPDX-License-Identifier: GPL-3.0-or-later
// The editors' widgets: the editorial plan (reorder, status, undo), the chapter editor (figures,
// footnotes, spell checking), the merge dialog's side-by-side decisions and the report preview.
#include "demo/demo.h"
#include "editor/chaptereditor.h"
#include "editor/editorialplanview.h"
#include "editor/mergedialog.h"
#include "editor/reportdialog.h"
#include "editor/spellhighlighter.h"
#include "merge/fixture.h"
#include "merge/merger.h"
#include "render/reportfigures.h"
#include "store/session.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextEdit>
#include <QTimer>
#include <QUndoStack>
#include <gtest/gtest.h>

using namespace Testigo;
using namespace Testigo::Ui;

namespace {

std::unique_ptr<Session> demoSession(QTemporaryDir &dir)
{
    auto f = CaseFile::create(dir.filePath(QStringLiteral("demo.testigo"))).file;
    writeDemo(*f);
    return std::make_unique<Session>(std::move(f));
}

QStringList titles(const Session &s)
{
    QList<Chapter> list = s.file().all<Chapter>();
    std::stable_sort(
        list.begin(), list.end(), [](const Chapter &a, const Chapter &b) { return a.position < b.position; });
    QStringList out;
    for (const Chapter &c : list)
        out << c.titleEn;
    return out;
}

// Screenshots for docs/ when TESTIGO_SCREENSHOTS names a folder.
void shoot(QWidget &w, const QString &name)
{
    if (qEnvironmentVariableIsSet("TESTIGO_SCREENSHOTS"))
        w.grab().save(QDir(qEnvironmentVariable("TESTIGO_SCREENSHOTS")).filePath(name));
}

} // namespace

TEST(EditorUi, editorialPlan_defaultPlanReorderStatusAndUndo)
{
    QTemporaryDir dir;
    auto session = demoSession(dir);
    QUndoStack undo;
    EditorialPlanView view(*session, undo);
    view.resize(1100, 750);
    view.addDefaultPlan();
    ASSERT_EQ(view.chapterIds().size(), 3);
    EXPECT_EQ(titles(*session),
        (QStringList {QStringLiteral("Economic impact"), QStringLiteral("Social results"),
            QStringLiteral("A new framework for Collective Action")}));
    view.moveChapter(2, -1);
    EXPECT_EQ(titles(*session).value(1), QStringLiteral("A new framework for Collective Action"));
    undo.undo();
    EXPECT_EQ(titles(*session).value(1), QStringLiteral("Social results"));

    auto *status = qobject_cast<QComboBox *>(view.table()->cellWidget(0, 5));
    ASSERT_NE(status, nullptr);
    status->setCurrentIndex(3); // approved
    EXPECT_EQ(session->file().get<Chapter>(view.chapterIds()[0])->status, QStringLiteral("approved"));
    EXPECT_TRUE(view.progressText().contains(QStringLiteral("1 of 3"))) << view.progressText().toStdString();
    view.table()->setCurrentCell(0, 1);
    shoot(view, QStringLiteral("editor_plan.png"));
    EXPECT_TRUE(session->file().verify().ok());
}

TEST(EditorUi, addChapterButton_titlesTheNewChapterInBothReportLanguages_andUndoRemovesIt)
{
    QTemporaryDir dir;
    auto session = demoSession(dir);
    QUndoStack undo;
    EditorialPlanView view(*session, undo);
    view.resize(1024, 640);
    view.show();
    auto *add = view.findChild<QPushButton *>(QStringLiteral("addChapterPushButton"));
    ASSERT_NE(add, nullptr);
    add->click();
    ASSERT_EQ(view.chapterIds().size(), 1);
    const auto chapter = session->file().get<Chapter>(view.chapterIds()[0]);
    ASSERT_TRUE(chapter.has_value());
    EXPECT_EQ(chapter->titleEs, QStringLiteral("Nuevo capítulo"));
    EXPECT_EQ(chapter->titleEn, QStringLiteral("New chapter"));
    undo.undo();
    EXPECT_TRUE(view.chapterIds().isEmpty());
}

TEST(EditorUi, chapterEditor_insertsLiveFigureAndFootnoteThroughUndo)
{
    QTemporaryDir dir;
    auto session = demoSession(dir);
    QUndoStack undo;
    Chapter c;
    c.position = 1;
    c.titleEs = QStringLiteral("Capítulo");
    c.titleEn = QStringLiteral("Chapter");
    ASSERT_TRUE(session->file().insertChapter(c));
    ChapterEditor editor(*session, undo);
    editor.resize(900, 600);
    editor.setChapter(c.id);
    editor.textEdit()->insertPlainText(QStringLiteral("La contratación fue competida."));
    editor.insertFootnote(QStringLiteral("Según el acta de fallo."));
    editor.insertFigure(QStringLiteral("findings_by_category"), QStringLiteral("Hallazgos por categoría"));
    editor.flush();
    const QString body = session->file().get<Chapter>(c.id)->bodyEs;
    EXPECT_TRUE(body.contains(QStringLiteral("La contratación fue competida.")));
    const auto figures = Render::findPlaceholders(body);
    ASSERT_EQ(figures.size(), 1);
    EXPECT_EQ(figures[0].key, QStringLiteral("findings_by_category"));
    EXPECT_EQ(figures[0].caption, QStringLiteral("Hallazgos por categoría"));
    EXPECT_TRUE(body.contains(QStringLiteral("footnote:")));
    shoot(editor, QStringLiteral("editor_chapter.png"));
    undo.undo();
    EXPECT_TRUE(session->file().get<Chapter>(c.id)->bodyEs.isEmpty());
}

TEST(EditorUi, spellChecker_knowsSpanishAndEnglish)
{
    SpellChecker es(QStringLiteral("es"));
    SpellChecker en(QStringLiteral("en"));
    ASSERT_TRUE(es.isValid());
    ASSERT_TRUE(en.isValid());
    EXPECT_TRUE(es.isCorrect(QStringLiteral("contratación")));
    EXPECT_FALSE(es.isCorrect(QStringLiteral("contratasión")));
    EXPECT_TRUE(es.suggestions(QStringLiteral("contratasión")).contains(QStringLiteral("contratación")));
    EXPECT_TRUE(en.isCorrect(QStringLiteral("procurement")));
    EXPECT_FALSE(en.isCorrect(QStringLiteral("procurment")));
}

namespace {

// A case file and a witness's copy of it whose first procedure got a new title.
struct WitnessCopy
{
    QString base, theirs;
    MergeTest::Ids ids;
};

WitnessCopy witnessCopy(const QTemporaryDir &dir, const QString &name)
{
    WitnessCopy w {dir.filePath(QStringLiteral("base.testigo")), dir.filePath(name), {}};
    w.ids = MergeTest::buildFixture(*CaseFile::create(w.base).file);
    QFile::copy(w.base, w.theirs);
    CaseFile::open(w.theirs).file->setField(QStringLiteral("procedure"), w.ids.procedure1,
        QStringLiteral("title"), QStringLiteral("Título del testigo"));
    return w;
}

} // namespace

TEST(EditorUi, mergeDialog_showsConflictsSideBySideAndDecidesThem)
{
    QTemporaryDir dir;
    const WitnessCopy w = witnessCopy(dir, QStringLiteral("witness.testigo"));
    const QString &base = w.base, &theirsPath = w.theirs;
    const MergeTest::Ids &ids = w.ids;
    auto mine = CaseFile::open(base).file;
    mine->setField(QStringLiteral("procedure"), ids.procedure1, QStringLiteral("title"),
        QStringLiteral("Título del editor"));
    Session session(std::move(mine));
    MergeDialog dialog(session);
    const QString summary = dialog.mergeFiles({theirsPath});
    EXPECT_TRUE(summary.contains(QStringLiteral("1 conflicts"))) << summary.toStdString();
    ASSERT_EQ(dialog.conflictsTable()->rowCount(), 1);
    EXPECT_EQ(dialog.findChild<QPlainTextEdit *>(QStringLiteral("oursPlainTextEdit"))->toPlainText(),
        QStringLiteral("Título del editor"));
    EXPECT_EQ(dialog.findChild<QPlainTextEdit *>(QStringLiteral("theirsPlainTextEdit"))->toPlainText(),
        QStringLiteral("Título del testigo"));
    shoot(dialog, QStringLiteral("editor_merge.png"));
    ASSERT_TRUE(dialog.takeTheirs());
    EXPECT_EQ(dialog.conflictsTable()->rowCount(), 0);
    EXPECT_EQ(session.file().get<Procedure>(ids.procedure1)->title, QStringLiteral("Título del testigo"));
}

// A tampered source: the dialog says why it failed verification and merges it only when the
// editor answers yes; the answer no leaves the file as it was, yes is recorded in the merge log.
TEST(EditorUi, mergeDialog_asksBeforeMergingASourceThatFailsVerification)
{
    QTemporaryDir dir;
    const WitnessCopy w = witnessCopy(dir, QStringLiteral("tampered.testigo"));
    const QString &base = w.base, &theirsPath = w.theirs;
    const MergeTest::Ids &ids = w.ids;
    ASSERT_TRUE(MergeTest::rawSql(theirsPath,
        QStringLiteral("UPDATE finding SET description = 'falsificado' WHERE id = '%1'").arg(ids.finding1)));
    Session session(CaseFile::open(base).file);
    MergeDialog dialog(session);
    auto answer = [](QMessageBox::StandardButton button, QString *text) {
        QTimer::singleShot(50, [button, text] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                *text = box->text();
                box->button(button)->click();
            }
        });
    };
    QString asked;
    answer(QMessageBox::No, &asked);
    QString summary = dialog.mergeFiles({theirsPath});
    EXPECT_TRUE(asked.contains(QStringLiteral("tampered.testigo"))) << asked.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("failed verification"))) << summary.toStdString();
    EXPECT_NE(session.file().get<Finding>(ids.finding1)->description, QStringLiteral("falsificado"));
    EXPECT_TRUE(session.file().all<MergeRecord>().isEmpty());

    asked.clear();
    answer(QMessageBox::Yes, &asked);
    summary = dialog.mergeFiles({theirsPath});
    EXPECT_FALSE(asked.isEmpty());
    EXPECT_EQ(session.file().get<Procedure>(ids.procedure1)->title, QStringLiteral("Título del testigo"));
    const QList<MergeRecord> records = session.file().all<MergeRecord>();
    ASSERT_EQ(records.size(), 1);
    EXPECT_FALSE(records.first().unverified.isEmpty()) << "the log names why the source was accepted";
}

TEST(EditorUi, reportDialog_previewsTheDemoReport)
{
    QTemporaryDir dir;
    auto session = demoSession(dir);
    ReportDialog dialog(*session);
    EXPECT_GE(dialog.pageCount(), 5);
    dialog.showPage(2);
    EXPECT_FALSE(dialog.previewLabel()->pixmap().isNull());
    const QString pdf = dir.filePath(QStringLiteral("r.pdf"));
    EXPECT_TRUE(dialog.savePdf(pdf));
    EXPECT_GT(QFile(pdf).size(), 10000);
}
