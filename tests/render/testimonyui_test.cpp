// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/testimonyrenderer.h"
#include "testimony/narrativeeditor.h"
#include "testimony/testimonydialog.h"
#include "testimonyfixture.h"

#include <QComboBox>
#include <QFile>
#include <QListWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QUndoStack>
#include <gtest/gtest.h>

using namespace Testigo;
using namespace Testigo::Ui;
using namespace Testigo::TestSupport;

namespace {
struct UiFixture
{
    QTemporaryDir dir;
    std::unique_ptr<Session> session;
    QString procedureId;

    explicit UiFixture(const FixtureOptions &o = {})
    {
        auto file = CaseFile::create(dir.filePath(QStringLiteral("case.testigo"))).file;
        procedureId = addTestimonyProcedure(*file, o);
        session = std::make_unique<Session>(std::move(file));
    }
};

QString narrativeField(Session &s, const QString &procedureId, const QString &lang, QString Narrative::*field)
{
    for (const Narrative &n : s.file().all<Narrative>(QStringLiteral("procedure_id"), procedureId))
        if (n.language == lang)
            return n.*field;
    return QString();
}
} // namespace

TEST(TestimonyUi, dialog_listsMissingPartsPerLanguageAndExportsAVerifiablePdf)
{
    UiFixture f(FixtureOptions{3, false});
    TestimonyDialog dialog(*f.session, f.procedureId);
    dialog.setLanguage(QStringLiteral("en"));
    auto *list = dialog.findChild<QListWidget *>(QStringLiteral("missingPartsListWidget"));
    ASSERT_NE(list, nullptr);
    EXPECT_GE(list->count(), 4);
    bool conclusions = false;
    for (int i = 0; i < list->count(); ++i)
        conclusions |= list->item(i)->text().contains(QStringLiteral("No conclusions written in English"));
    EXPECT_TRUE(conclusions);
    dialog.setLanguage(QStringLiteral("es"));
    EXPECT_TRUE(list->item(0)->text().contains(QStringLiteral("testigo")) || list->count() >= 4);
    const QString pdf = f.dir.filePath(QStringLiteral("out.pdf"));
    ASSERT_TRUE(dialog.exportPdf(pdf));
    QFile q(pdf);
    ASSERT_TRUE(q.open(QIODevice::ReadOnly));
    const auto stamp = Render::readTestimonyStamp(q.readAll());
    ASSERT_TRUE(stamp.has_value());
    EXPECT_EQ(stamp->auditHead, f.session->file().auditHead());
    EXPECT_EQ(stamp->language, QStringLiteral("es"));
    dialog.resize(900, 700);
    dialog.show();
    EXPECT_GE(dialog.pageCount(), 4);
    if (qEnvironmentVariableIsSet("TESTIGO_SHOTS"))
        dialog.grab().save(QString::fromLocal8Bit(qgetenv("TESTIGO_SHOTS")) + QStringLiteral("/testimony_dialog.png"));
}

TEST(TestimonyUi, narrativeEditor_writesThroughUndoableCommands)
{
    UiFixture f(FixtureOptions{1, false});
    QUndoStack stack;
    NarrativeEditor editor(*f.session, stack, f.procedureId);
    editor.setLanguage(QStringLiteral("en"));
    auto *conclusions = editor.findChild<QTextEdit *>(QStringLiteral("conclusionsTextEdit"));
    ASSERT_NE(conclusions, nullptr);
    conclusions->setHtml(QStringLiteral("<p>Every stage <b>complied</b>.</p>"));
    editor.commitPending();
    EXPECT_TRUE(narrativeField(*f.session, f.procedureId, QStringLiteral("en"), &Narrative::conclusions)
                    .contains(QStringLiteral("complied")));
    EXPECT_EQ(narrativeField(*f.session, f.procedureId, QStringLiteral("es"), &Narrative::conclusions), QString());

    auto *summary = editor.findChild<QTextEdit *>(QStringLiteral("summaryTextEdit"));
    summary->setPlainText(QStringLiteral("Resumen"));
    editor.commitPending();
    EXPECT_EQ(stack.count(), 2);
    stack.undo();
    EXPECT_EQ(narrativeField(*f.session, f.procedureId, QStringLiteral("en"), &Narrative::summary), QString());
    EXPECT_TRUE(summary->toPlainText().isEmpty()) << "the editor follows undo";
    stack.redo();
    EXPECT_EQ(summary->toPlainText(), QStringLiteral("Resumen"));

    // Switching language shows the other language's text, which is still empty.
    editor.setLanguage(QStringLiteral("es"));
    EXPECT_TRUE(conclusions->toPlainText().isEmpty());
    editor.resize(700, 600);
    if (qEnvironmentVariableIsSet("TESTIGO_SHOTS"))
        editor.grab().save(QString::fromLocal8Bit(qgetenv("TESTIGO_SHOTS")) + QStringLiteral("/narrative_editor.png"));
}
