// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15, "done when": a new user goes from an empty case file to a draft testimony PDF without
// the mouse. Only keys are sent: shortcuts, Tab, typing, Space and Return (the file dialog too).

#include "window_driver.h"

#include <QFile>
#include <QFileDialog>
#include <QProcess>

using namespace Testigo;
using namespace Testigo::Ui;
using namespace Testigo::TestSupport;

namespace {
QWidget *focused()
{
    return QApplication::focusWidget();
}

// Presses Tab in the active window until the widget named `name` has the focus.
bool tabTo(const QString &name, int most = 80)
{
    for (int i = 0; i < most; ++i) {
        if (focused() && focused()->objectName() == name)
            return true;
        QTest::keyClick(focused() ? focused() : QApplication::activeWindow(), Qt::Key_Tab);
    }
    return focused() && focused()->objectName() == name;
}

void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = focused() ? focused() : QApplication::activeWindow();
    QTest::keyClick(target, key, modifiers);
}

// Runs `keys` on the next modal dialog (or file dialog) as soon as it is shown.
void onNextDialog(std::function<void(QWidget *)> keys)
{
    QTimer::singleShot(50, [keys] {
        QWidget *d = QApplication::activeModalWidget();
        ASSERT_TRUE(d) << "no dialog";
        // Offscreen there is no window manager to activate the dialog that just opened.
        QApplication::setActiveWindow(d);
        ASSERT_TRUE(QTest::qWaitForWindowActive(d));
        keys(d);
    });
}
// Waits until no modal dialog is open (dialogs opened with open() do not block the caller).
void waitForDialogsClosed(WindowFixture &f)
{
    QTest::qWait(100);
    for (int i = 0; i < 100 && QApplication::activeModalWidget(); ++i)
        QTest::qWait(50);
    EXPECT_FALSE(QApplication::activeModalWidget()) << "a dialog stayed open";
    f.activate(); // offscreen, no window manager gives the window back its activation
}
} // namespace

TEST(KeyboardOnly, emptyFileToDraftTestimonyPdf)
{
    WindowFixture f(QStringLiteral("es"));
    const QString pdf = f.dir.filePath(QStringLiteral("testimonio.pdf"));

    // 1. A procedure: Ctrl+Shift+N, type the number, Tab, the title, Return.
    onNextDialog([](QWidget *d) {
        QTest::keyClicks(focused(), QStringLiteral("LA-06-E2N-001-N-9-2026"));
        QTest::keyClick(focused(), Qt::Key_Tab);
        typeText(focused(), QStringLiteral("Adquisición de vacunas"));
        QTest::keyClick(d, Qt::Key_Return);
    });
    press(Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    waitForDialogsClosed(f);
    ASSERT_EQ(f.file().all<Procedure>().size(), 1);
    ASSERT_TRUE(f.window->workspace()->isShowingProcedure());
    const QString procedure = f.window->workspace()->procedureView()->procedureId();

    // 2. The overview (Ctrl+1): the engagement's letter, then the witness profile from its button.
    press(Qt::Key_1, Qt::ControlModifier);
    settle();
    ASSERT_TRUE(tabTo(QStringLiteral("letterNumberLineEdit")));
    QTest::keyClicks(focused(), QStringLiteral("SFP/UCSG/0123/2026"));
    ASSERT_TRUE(tabTo(QStringLiteral("letterDateEdit")));
    QTest::keyClicks(focused(), QStringLiteral("15/01/2026"));
    press(Qt::Key_Tab);
    ASSERT_TRUE(tabTo(QStringLiteral("witnessProfilePushButton")));
    onNextDialog([](QWidget *d) {
        ASSERT_TRUE(tabTo(QStringLiteral("profileNameLineEdit")));
        typeText(focused(), QStringLiteral("Observatorio Ciudadano, A.C."));
        ASSERT_TRUE(tabTo(QStringLiteral("profileRegistryLineEdit")));
        QTest::keyClicks(focused(), QStringLiteral("TS-014"));
        QTest::keyClick(d, Qt::Key_Return);
    });
    press(Qt::Key_Space);
    waitForDialogsClosed(f);
    const auto engagement = f.file().all<Engagement>(QStringLiteral("procedure_id"), procedure);
    ASSERT_EQ(engagement.size(), 1);
    EXPECT_EQ(engagement.first().letterDate, QDate(2026, 1, 15));
    EXPECT_EQ(engagement.first().letterNumber, QStringLiteral("SFP/UCSG/0123/2026"));
    ASSERT_EQ(f.file().all<Witness>().size(), 1);
    EXPECT_EQ(engagement.first().witnessId, f.file().all<Witness>().first().id);

    // 3. The testimony (Ctrl+T): Tab to "Export PDF", Space, type the path in the file dialog, Return.
    onNextDialog([pdf](QWidget *) {
        ASSERT_TRUE(tabTo(QStringLiteral("exportPdfButton")));
        onNextDialog([pdf](QWidget *fileDialog) {
            auto *name = fileDialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            ASSERT_TRUE(name) << "no file name field";
            EXPECT_EQ(focused(), name) << "the file dialog opens on its file name";
            QTest::keyClick(name, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(name, pdf);
            QTest::keyClick(name, Qt::Key_Return);
            QTimer::singleShot(200, [] {
                if (QWidget *d = QApplication::activeModalWidget())
                    QTest::keyClick(d, Qt::Key_Escape); // close the testimony dialog
            });
        });
        QTest::keyClick(focused(), Qt::Key_Space);
    });
    press(Qt::Key_T, Qt::ControlModifier);
    for (int i = 0; i < 100 && !QFile::exists(pdf); ++i)
        QTest::qWait(50);
    ASSERT_TRUE(QFile::exists(pdf)) << "no testimony written";
    QFile file(pdf);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(5) == "%PDF-");
    // A draft (nothing is written yet): every page says so, and the witness's profile is used.
    QProcess text;
    text.start(QStringLiteral("pdftotext"),
        {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    ASSERT_TRUE(text.waitForFinished(30000));
    const QString words = QString::fromUtf8(text.readAllStandardOutput())
                              .normalized(QString::NormalizationForm_KC)
                              .simplified();
    EXPECT_TRUE(words.contains(QStringLiteral("BORRADOR"))) << words.left(400).toStdString();
    EXPECT_TRUE(words.contains(QStringLiteral("Observatorio Ciudadano, A.C.")));
    EXPECT_TRUE(words.contains(QStringLiteral("LA-06-E2N-001-N-9-2026")));
}
