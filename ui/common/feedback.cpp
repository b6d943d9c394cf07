// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/feedback.h"

#include "store/session.h"

#include <QDir>
#include <QFileInfo>
#include <QMainWindow>
#include <QStatusBar>

namespace Testigo::Ui {

QString caseFolder(const Session &session)
{
    return QFileInfo(session.file().path()).absolutePath();
}

QString inCaseFolder(const Session &session, const QString &name)
{
    return QDir(caseFolder(session)).filePath(name);
}

void announceDone(QWidget *from, const QString &message)
{
    for (QWidget *w = from; w; w = w->parentWidget())
        if (auto *main = qobject_cast<QMainWindow *>(w)) {
            main->statusBar()->showMessage(message, 10000);
            return;
        }
}

} // namespace Testigo::Ui
