// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench/screenshots.h"

#include "common/languagemanager.h"
#include "store/session.h"
#include "workbench/casefilehandler.h"
#include "workbench/mainwindow.h"
#include "workbench/procedurelistmodel.h"
#include "workbench/procedurespage.h"
#include "workbench/procedureview.h"
#include "workbench/stagelistmodel.h"
#include "workbench/stagespage.h"
#include "workbench/workspace.h"

#include <QApplication>
#include <QDir>
#include <QTabWidget>
#include <QEventLoop>
#include <QTimer>
#include <cstdio>

namespace Testigo::Ui {

namespace {
void settle()
{
    for (int i = 0; i < 5; ++i) {
        QEventLoop loop;
        QTimer::singleShot(30, &loop, &QEventLoop::quit);
        loop.exec();
    }
}

bool save(QWidget &window, const QString &dir, const QString &view, const QString &lang)
{
    settle();
    const QString path = QDir(dir).filePath(QStringLiteral("workbench_%1_%2.png").arg(view, lang));
    const bool ok = window.grab().save(path);
    std::fprintf(stderr, "%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}

// The procedure that shows the most: the one with the most open findings, else the first.
QString richestProcedure(const ProcedureListModel &m)
{
    QString best;
    int most = -1;
    for (int r = 0; r < m.rowCount(); ++r) {
        const int open = m.index(r, ProcedureListModel::OpenFindings).data().toInt();
        if (open > most) {
            most = open;
            best = m.procedureId(r);
        }
    }
    return best;
}

QString slug(const QWidget *page, int index)
{
    QString name = page->objectName();
    for (const QString &suffix : {QStringLiteral("Panel"), QStringLiteral("Page"), QStringLiteral("Widget")})
        if (name.endsWith(suffix))
            name.chop(suffix.size());
    return name.isEmpty() ? QStringLiteral("tab%1").arg(index) : name.toLower();
}
} // namespace

bool takeScreenshots(MainWindow &window, LanguageManager &languages, const QString &dir)
{
    Workspace *ws = window.workspace();
    if (!ws || !QDir().mkpath(dir))
        return false;
    const QString before = languages.language();
    window.resize(1280, 800);
    window.show();
    bool ok = true;
    for (const QString &lang : LanguageManager::languages()) {
        languages.setLanguage(lang);
        ws->showList();
        ws->proceduresPage()->model()->reload();
        const QString id = richestProcedure(*ws->proceduresPage()->model());
        ws->proceduresPage()->selectProcedure(id);
        ok &= save(window, dir, QStringLiteral("procedures"), lang);
        if (id.isEmpty())
            continue;
        ws->openProcedure(id);
        QTabWidget *tabs = ws->procedureView()->tabs();
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            ok &= save(window, dir, slug(tabs->widget(i), i), lang);
        }
        for (int i = 0; i < ws->pages().size(); ++i) {
            ws->showPage(ws->pages().at(i).widget);
            ok &= save(window, dir, slug(ws->pages().at(i).widget, i), lang);
        }
    }
    languages.setLanguage(before);
    return ok;
}

} // namespace Testigo::Ui
