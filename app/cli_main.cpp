// SPDX-License-Identifier: GPL-3.0-or-later
// testigo-cli: wires the command line to the core. Documents need fonts, so a headless
// QGuiApplication is used; messages follow the system locale.
#include "cli/cli.h"
#include "domain/catalogue.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QLocale>
#include <memory>
#include <unistd.h>

int main(int argc, char **argv)
{
    // Only the commands that lay out documents need fonts, hence a (headless) GUI application.
    const bool needsGui = argc > 1 && (qstrcmp(argv[1], "testimony") == 0 || qstrcmp(argv[1], "report") == 0
                                       || qstrcmp(argv[1], "verify") == 0);
    if (needsGui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (needsGui && qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        // A runtime folder of our own, private as Qt requires (the shared temporary folder would
        // make Qt print a warning line on stderr, which scripts read as an error).
        const QString runtime = QDir::tempPath() + QStringLiteral("/testigo-runtime-%1").arg(::getuid());
        QDir().mkpath(runtime);
        QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", runtime.toLocal8Bit());
    }
    std::unique_ptr<QCoreApplication> app(needsGui ? new QGuiApplication(argc, argv) : new QCoreApplication(argc, argv));
    QCoreApplication::setApplicationName(QStringLiteral("testigo"));
    QCoreApplication::setOrganizationName(QStringLiteral("Testigo"));
    Testigo::Catalogue catalogue;
    if (QLocale().language() == QLocale::Spanish && catalogue.loadLanguage(QStringLiteral("es")))
        QCoreApplication::installTranslator(&catalogue);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    return Testigo::Cli::run(args, {out, err});
}
