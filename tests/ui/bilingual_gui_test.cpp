// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 14 through the window: a recorded text's English version is typed beside the Spanish one
// (one undoable edit), the publication of the testimony is recorded on the overview, and every
// entry of the testimony's missing-parts list takes the witness to the field that fills it.
#include "common/datefield.h"
#include "testimony/testimonydialog.h"
#include "window_driver.h"

#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <gtest/gtest.h>

using namespace Testigo;
using namespace Testigo::Ui;
using namespace Testigo::TestSupport;

namespace {

// Shows the Stages tab with its first stage selected.
void openFirstStage(ProcedureView *view)
{
    view->tabs()->setCurrentIndex(1);
    auto *stages = findNamed<QListView>(view, "stagesListView");
    stages->setFocus();
    stages->setCurrentIndex(stages->model()->index(0, 0));
    settle();
}

// Opens the testimony dialog of the shown procedure in `language` (it opens window-modal).
TestimonyDialog *openTestimony(WindowFixture &w, const QString &language)
{
    w.action("actionTestimony")->trigger();
    settle();
    for (auto *dialog : w.window->findChildren<TestimonyDialog *>())
        if (dialog->isVisible()) {
            dialog->setLanguage(language);
            return dialog;
        }
    return nullptr;
}

// Clicks the entry of the missing-parts list that contains `text`; false when there is none.
bool clickMissingPart(TestimonyDialog *dialog, const QString &text)
{
    auto *list = findNamed<QListWidget>(dialog, "missingPartsListWidget");
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->text().contains(text)) {
            list->scrollToItem(list->item(i));
            QTest::mouseClick(
                list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(i)).center());
            settle();
            return true;
        }
    return false;
}

bool focused(QWidget *field)
{
    QWidget *focus = QApplication::focusWidget();
    return field && focus && (focus == field || field->isAncestorOf(focus));
}

} // namespace

TEST(BilingualGui, typingTheEnglishFacts_storesThemBesideTheSpanishAndUndoRestores)
{
    WindowFixture w;
    ProcedureView *view = w.addProcedure();
    ASSERT_TRUE(view);
    openFirstStage(view);
    auto *spanish = findNamed<QPlainTextEdit>(view, "stageNotesPlainTextEdit");
    auto *english = findNamed<QPlainTextEdit>(view, "stageNotesEnPlainTextEdit");
    spanish->setFocus();
    typeText(spanish, QStringLiteral("Se abrió el acto a las 10:00."));
    // Tab leads from the Spanish version to the English one beside it.
    EXPECT_EQ(tabFrom(spanish), english);
    typeText(english, QStringLiteral("The act opened at 10:00."));
    settle();
    const auto stage = [&] {
        for (const Stage &s : w.file().all<Stage>())
            if (s.notesEn == QStringLiteral("The act opened at 10:00."))
                return s;
        return Stage {};
    }();
    ASSERT_FALSE(stage.id.isEmpty()) << "the English facts are stored";
    EXPECT_EQ(stage.notes, QStringLiteral("Se abrió el acto a las 10:00."));

    w.action("actionUndo")->trigger();
    settle();
    EXPECT_TRUE(w.file().get<Stage>(stage.id)->notesEn.isEmpty())
        << "one undo step takes the English typing back";
    EXPECT_EQ(w.file().get<Stage>(stage.id)->notes, QStringLiteral("Se abrió el acto a las 10:00."));
    EXPECT_TRUE(english->toPlainText().isEmpty());
}

TEST(BilingualGui, englishTitleAndPublication_areRecordedOnTheOverview)
{
    WindowFixture w;
    ProcedureView *view = w.addProcedure();
    ASSERT_TRUE(view);
    const QString id = view->procedureId();
    auto *titleEn = findNamed<QLineEdit>(view, "titleEnLineEdit");
    titleEn->setFocus();
    typeText(titleEn, QStringLiteral("Purchase of vaccines"));
    auto *link = findNamed<QLineEdit>(view, "publicationUrlLineEdit");
    link->setFocus();
    QTest::keyClicks(link, QStringLiteral("https://comprasmx.example/t/1"));
    auto *date = findNamed<DateField>(view, "publicationDateEdit");
    date->setFocus();
    typeText(date, QStringLiteral("08/05/2026"));
    QTest::keyClick(date, Qt::Key_Tab);
    settle();
    const auto p = w.file().get<Procedure>(id);
    EXPECT_EQ(p->titleEn, QStringLiteral("Purchase of vaccines"));
    EXPECT_EQ(p->title, QStringLiteral("Adquisición de vacunas"));
    EXPECT_EQ(p->publicationUrl, QStringLiteral("https://comprasmx.example/t/1"));
    EXPECT_EQ(p->publicationDate, QDate(2026, 5, 8));
    EXPECT_TRUE(findNamed<QLabel>(view, "deliveryDateLabel")
                    ->text()
                    .contains(QStringLiteral("Entrega del informe final")))
        << findNamed<QLabel>(view, "deliveryDateLabel")->text().toStdString();
}

TEST(BilingualGui, clickingAMissingPart_takesTheWitnessToItsField)
{
    WindowFixture w;
    ProcedureView *view = w.addProcedure();
    ASSERT_TRUE(view);

    // The place of the testimony, on the overview.
    TestimonyDialog *dialog = openTestimony(w, QStringLiteral("es"));
    ASSERT_TRUE(dialog);
    ASSERT_TRUE(clickMissingPart(dialog, QStringLiteral("lugar")));
    w.activate();
    EXPECT_TRUE(focused(findNamed<QLineEdit>(view, "placeLineEdit")));
    EXPECT_EQ(view->tabs()->currentIndex(), 0);

    // A stage's actual date, on the Stages tab with that stage selected.
    dialog = openTestimony(w, QStringLiteral("es"));
    ASSERT_TRUE(dialog);
    ASSERT_TRUE(clickMissingPart(dialog, QStringLiteral("no tiene fecha real")));
    w.activate();
    EXPECT_EQ(view->tabs()->currentIndex(), 1);
    EXPECT_TRUE(focused(findNamed<DateField>(view, "actualDateEdit")));

    // Facts written only in Spanish: the English document leads to the English editor.
    openFirstStage(view);
    auto *spanish = findNamed<QPlainTextEdit>(view, "stageNotesPlainTextEdit");
    spanish->setFocus();
    typeText(spanish, QStringLiteral("Hechos del acto."));
    settle();
    view->tabs()->setCurrentIndex(0);
    dialog = openTestimony(w, QStringLiteral("en"));
    ASSERT_TRUE(dialog);
    ASSERT_TRUE(clickMissingPart(dialog, QStringLiteral("Facts of stages not yet written in English")));
    w.activate();
    EXPECT_EQ(view->tabs()->currentIndex(), 1);
    EXPECT_TRUE(focused(findNamed<QPlainTextEdit>(view, "stageNotesEnPlainTextEdit")));
}
