// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Drives the real MainWindow the way a witness does: by object name, typing (accents included),
// Tab and Return. Shared by the GUI tests of issue 15 ("a witness's day without friction").

#include "common/languagemanager.h"
#include "store/session.h"
#include "uitest_support.h"
#include "workbench/casefilehandler.h"
#include "workbench/mainwindow.h"
#include "workbench/procedureview.h"
#include "workbench/workspace.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <memory>

namespace Testigo::TestSupport {

template<class T> T *findNamed(QObject *root, const char *name)
{
    auto *w = root->findChild<T *>(QString::fromLatin1(name));
    EXPECT_TRUE(w) << "no " << name;
    return w;
}

// keyClicks aborts on non-ASCII in Qt 6.4: send accented characters one by one.
inline void typeText(QWidget *w, const QString &text)
{
    for (const QChar ch : text) {
        if (ch.unicode() < 128)
            QTest::keyClick(w, char(ch.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, w, Qt::Key_unknown, QString(ch), Qt::NoModifier);
    }
}

inline void settle()
{
    QTest::qWait(20);
    QCoreApplication::processEvents();
}

// The focused widget after a real Tab press in `w` (focus follows the window's tab chain).
inline QWidget *tabFrom(QWidget *w)
{
    w->setFocus();
    QTest::keyClick(w, Qt::Key_Tab);
    settle();
    return QApplication::focusWidget();
}

// A shown MainWindow on a new case file in `language`.
struct WindowFixture
{
    QTemporaryDir dir;
    Ui::LanguageManager languages;
    std::unique_ptr<Ui::MainWindow> window;

    explicit WindowFixture(const QString &language = QStringLiteral("es"), QSize size = QSize(1280, 800))
    {
        languages.setLanguage(language);
        window = std::make_unique<Ui::MainWindow>(languages);
        window->resize(size);
        window->show();
        QApplication::setActiveWindow(window.get());
        EXPECT_TRUE(QTest::qWaitForWindowActive(window.get()));
        EXPECT_TRUE(window->newFile(dir.filePath(QStringLiteral("case.testigo"))));
    }
    CaseFile &file() const { return window->files().session()->file(); }
    QAction *action(const char *name) const { return findNamed<QAction>(window.get(), name); }

    // Runs `fill` on the modal dialog that `trigger` opens, then presses Return in it.
    void inDialog(const std::function<void()> &trigger, const std::function<void(QWidget *)> &fill)
    {
        QTimer::singleShot(0, [fill] {
            QWidget *d = QApplication::activeModalWidget();
            ASSERT_TRUE(d) << "no dialog";
            fill(d);
            QTest::keyClick(d, Qt::Key_Return);
        });
        trigger();
        settle();
        activate(); // offscreen, a closed dialog leaves no active window behind
    }

    void activate() const
    {
        QApplication::setActiveWindow(window.get());
        EXPECT_TRUE(QTest::qWaitForWindowActive(window.get()));
    }

    // Adds a procedure through Procedure → Add and its dialog; returns the view showing it.
    Ui::ProcedureView *addProcedure(const QString &title = QStringLiteral("Adquisición de vacunas"))
    {
        inDialog([this] { action("actionAddProcedure")->trigger(); },
            [title](QWidget *d) {
                QTest::keyClicks(
                    findNamed<QLineEdit>(d, "newNumberLineEdit"), QStringLiteral("LA-50-GYR-001-N-1-2026"));
                typeText(findNamed<QLineEdit>(d, "newTitleLineEdit"), title);
            });
        Ui::Workspace *ws = window->workspace();
        return ws && ws->isShowingProcedure() ? ws->procedureView() : nullptr;
    }
};

} // namespace Testigo::TestSupport
