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
#include <QEventLoop>
#include <QTabWidget>
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

bool save(QWidget &window, const QString &dir, const QString &name)
{
    const QString path = QDir(dir).filePath(QStringLiteral("workbench_%1.png").arg(name));
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

bool walkViews(MainWindow &window, const std::function<bool(const QString &view)> &visit)
{
    Workspace *ws = window.workspace();
    if (!ws)
        return false;
    ws->showList();
    ws->proceduresPage()->model()->reload();
    const QString id = richestProcedure(*ws->proceduresPage()->model());
    ws->proceduresPage()->selectProcedure(id);
    settle();
    bool ok = visit(QStringLiteral("procedures"));
    if (!id.isEmpty()) {
        ws->openProcedure(id);
        QTabWidget *tabs = ws->procedureView()->tabs();
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            settle();
            ok &= visit(slug(ws->procedureView()->page(i), i));
        }
    }
    for (int i = 0; i < ws->pages().size(); ++i) {
        ws->showPage(ws->pages().at(i).widget);
        settle();
        ok &= visit(slug(ws->pages().at(i).widget, i));
    }
    ws->showList();
    return ok;
}

bool takeScreenshots(MainWindow &window, LanguageManager &languages, const QString &dir)
{
    if (!window.workspace() || !QDir().mkpath(dir))
        return false;
    const QString before = languages.language();
    window.show();
    bool ok = true;
    // The small size is the one a witness's laptop gives; the large one has no suffix, as before.
    for (const QSize size : {QSize(1024, 640), QSize(1440, 900)}) {
        window.resize(size);
        const QString suffix = size.width() == 1440
            ? QString()
            : QStringLiteral("_%1x%2").arg(size.width()).arg(size.height());
        for (const QString &lang : LanguageManager::languages()) {
            languages.setLanguage(lang);
            ok &= walkViews(window, [&](const QString &view) {
                return save(window, dir, view + QStringLiteral("_") + lang + suffix);
            });
        }
    }
    languages.setLanguage(before);
    return ok;
}

} // namespace Testigo::Ui
