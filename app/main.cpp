// SPDX-License-Identifier: GPL-3.0-or-later
// The window executable: wiring only. `testigo FILE` opens FILE; otherwise the last file reopens.
// `testigo --screenshot DIR [FILE]` writes PNGs of the main views in Spanish and English and exits.
#include "common/languagemanager.h"
#include "common/uiversion.h"
#include "workbench/casefilehandler.h"
#include "workbench/mainwindow.h"
#include "workbench/screenshots.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Testigo"));
    QApplication::setApplicationName(QStringLiteral("Testigo"));
    QApplication::setApplicationVersion(Testigo::Ui::applicationVersion());
    QApplication::setDesktopFileName(QStringLiteral("org.testigo.Testigo"));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("The case file to open."));
    const QCommandLineOption shots(QStringLiteral("screenshot"), QStringLiteral("Write screenshots to DIR and exit."),
                                   QStringLiteral("DIR"));
    parser.addOption(shots);
    parser.process(app);

    Testigo::Ui::LanguageManager languages;
    languages.setLanguage(Testigo::Ui::LanguageManager::initialLanguage());
    Testigo::Ui::MainWindow window(languages);

    const QStringList args = parser.positionalArguments();
    if (parser.isSet(shots)) {
        if (args.isEmpty() || !window.openFile(args.first()))
            return 1;
        return Testigo::Ui::takeScreenshots(window, languages, parser.value(shots)) ? 0 : 1;
    }
    if (!args.isEmpty())
        window.openFile(args.first());
    else if (const QString last = Testigo::Ui::CaseFileHandler::lastFile(); !last.isEmpty() && QFileInfo::exists(last))
        window.openFile(last);
    window.show();
    return app.exec();
}
