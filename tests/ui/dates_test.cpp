// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15, points 1, 2 and 6: a date typed into an empty field is kept, Tab leaves a date field,
// the calendar opens on a meaningful date, and each language writes dates one way with four-digit
// years (es-MX 04/12/2026, English 4 Dec 2026), in the views, the editors and the CLI's texts.

#include "common/datefield.h"
#include "domain/dates.h"
#include "domain/doclanguage.h"
#include "window_driver.h"
#include "workbench/overviewpage.h"

#include <QAbstractItemView>
#include <QCalendarWidget>
#include <QPushButton>
#include <QTabWidget>

using namespace Testigo;
using namespace Testigo::Ui;
using namespace Testigo::TestSupport;

namespace {
// Records the engagement of the shown procedure (its form holds the letter's date).
DateField *letterDate(ProcedureView *view)
{
    auto *record = findNamed<QPushButton>(view, "addEngagementPushButton");
    if (record->isVisible())
        QTest::mouseClick(record, Qt::LeftButton);
    settle();
    return findNamed<DateField>(view, "letterDateEdit");
}

std::optional<Engagement> engagementOf(const CaseFile &file, const QString &procedureId)
{
    const auto rows = file.all<Engagement>(QStringLiteral("procedure_id"), procedureId);
    return rows.isEmpty() ? std::nullopt : std::optional<Engagement>(rows.first());
}
} // namespace

TEST(Dates, typingADateIntoAnEmptyField_keepsItAndTabLeaves)
{
    WindowFixture f(QStringLiteral("es"));
    ProcedureView *view = f.addProcedure();
    ASSERT_TRUE(view);
    DateField *date = letterDate(view);
    ASSERT_TRUE(date && date->text().isEmpty());
    date->setFocus();
    settle();
    ASSERT_EQ(QApplication::focusWidget(), date);
    QTest::keyClicks(date, QStringLiteral("01/10/2026"));
    EXPECT_EQ(date->text(), QStringLiteral("01/10/2026"));
    QTest::keyClick(date, Qt::Key_Tab);
    settle();
    EXPECT_NE(QApplication::focusWidget(), date) << "Tab stayed in the date field";
    EXPECT_EQ(date->text(), QStringLiteral("01/10/2026"));
    const auto e = engagementOf(f.file(), view->procedureId());
    ASSERT_TRUE(e);
    EXPECT_EQ(e->letterDate, QDate(2026, 10, 1));

    // Undo empties it again, and the empty field still lets Tab through.
    f.action("actionUndo")->trigger();
    settle();
    EXPECT_TRUE(date->text().isEmpty());
    EXPECT_NE(tabFrom(date), date);
}

TEST(Dates, textThatIsNotADate_staysVisibleAndIsNotStored)
{
    WindowFixture f(QStringLiteral("es"));
    ProcedureView *view = f.addProcedure();
    DateField *date = letterDate(view);
    date->setFocus();
    QTest::keyClicks(date, QStringLiteral("31/02/2026"));
    QTest::keyClick(date, Qt::Key_Tab);
    settle();
    EXPECT_EQ(date->text(), QStringLiteral("31/02/2026")) << "what the witness typed vanished";
    EXPECT_TRUE(date->hasInvalidText());
    EXPECT_TRUE(date->toolTip().contains(QStringLiteral("31/02/2026"))) << date->toolTip().toStdString();
    EXPECT_FALSE(engagementOf(f.file(), view->procedureId())->letterDate.isValid());
}

TEST(Dates, calendarOfAnEmptyField_opensOnTodayOrThePlannedDate)
{
    WindowFixture f(QStringLiteral("es"));
    ProcedureView *view = f.addProcedure();
    DateField *date = letterDate(view);
    date->setFocus();
    QTest::keyClick(date, Qt::Key_F4);
    settle();
    auto *calendar = QApplication::activePopupWidget()
        ? QApplication::activePopupWidget()->findChild<QCalendarWidget *>(QStringLiteral("calendarWidget"))
        : nullptr;
    ASSERT_TRUE(calendar) << "F4 opened no calendar";
    EXPECT_EQ(calendar->selectedDate(), QDate::currentDate());
    auto *days = calendar->findChild<QAbstractItemView *>();
    ASSERT_TRUE(days);
    QTest::keyClick(days, Qt::Key_Right);
    QTest::keyClick(days, Qt::Key_Return);
    settle();
    EXPECT_EQ(date->date(), QDate::currentDate().addDays(1));
    EXPECT_EQ(engagementOf(f.file(), view->procedureId())->letterDate, QDate::currentDate().addDays(1));

    // A stage's empty "actual" date opens on its planned date.
    view->tabs()->setCurrentIndex(1);
    settle();
    auto *planned = findNamed<DateField>(view, "plannedDateEdit");
    auto *actual = findNamed<DateField>(view, "actualDateEdit");
    ASSERT_TRUE(planned && actual);
    planned->setFocus();
    planned->selectAll();
    QTest::keyClicks(planned, QStringLiteral("15/03/2026"));
    EXPECT_EQ(tabFrom(planned), actual) << "Tab from the planned date must reach the actual date";
    actual->setText(QString());
    QTest::keyClick(actual, Qt::Key_F4);
    settle();
    calendar
        = QApplication::activePopupWidget()->findChild<QCalendarWidget *>(QStringLiteral("calendarWidget"));
    ASSERT_TRUE(calendar);
    EXPECT_EQ(calendar->selectedDate(), QDate(2026, 3, 15));
    QApplication::activePopupWidget()->close();
}

TEST(Dates, oneFormatPerLanguage_withFourDigitYears)
{
    const QDate d(2026, 12, 4);
    const QLocale es(QLocale::Spanish, QLocale::Mexico), en(QLocale::English, QLocale::UnitedStates);
    EXPECT_EQ(formatDate(d, es), QStringLiteral("04/12/2026"));
    EXPECT_EQ(formatDate(d, en), QStringLiteral("4 Dec 2026"));
    // Documents and the CLI (DocLanguage::shortDate) write the same.
    EXPECT_EQ(DocLanguage(QStringLiteral("es")).shortDate(d), formatDate(d, es));
    EXPECT_EQ(DocLanguage(QStringLiteral("en")).shortDate(d), formatDate(d, en));
    // What people type comes back, whatever the language.
    for (const QString &typed : {QStringLiteral("04/12/2026"), QStringLiteral("4/12/26"),
             QStringLiteral("04122026"), QStringLiteral("2026-12-04"), QStringLiteral("4 Dec 2026"),
             QStringLiteral("4 de diciembre de 2026")}) {
        EXPECT_EQ(parseDate(typed, es), d) << typed.toStdString();
        EXPECT_EQ(parseDate(typed, en), d) << typed.toStdString();
    }
    EXPECT_FALSE(parseDate(QStringLiteral("31/02/2026"), es));
    EXPECT_FALSE(parseDate(QStringLiteral("mañana"), es));
}

TEST(Dates, englishWindow_showsTheUnambiguousFormatInEditorsAndLists)
{
    WindowFixture f(QStringLiteral("en"));
    ProcedureView *view = f.addProcedure();
    DateField *date = letterDate(view);
    date->setFocus();
    QTest::keyClicks(date, QStringLiteral("2/12/2026"));
    QTest::keyClick(date, Qt::Key_Tab);
    settle();
    EXPECT_EQ(date->text(), QStringLiteral("2 Dec 2026"));
    f.languages.setLanguage(QStringLiteral("es"));
    settle();
    EXPECT_EQ(date->text(), QStringLiteral("02/12/2026"));
}
