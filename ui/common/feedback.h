// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Where file dialogs start and how finished work is announced, the same everywhere: evidence
// pickers and exports open in the case file's folder; a finished export says so in the main
// window's status bar (never silence after work is done).

#include <QString>

class QWidget;

namespace Testigo {
class Session;
}

namespace Testigo::Ui {

// The folder holding the open case file.
QString caseFolder(const Session &session);
// `name` inside the case file's folder: the path a save dialog proposes.
QString inCaseFolder(const Session &session, const QString &name);
// Shows `message` in the status bar of the main window that `from` belongs to, for ten seconds.
void announceDone(QWidget *from, const QString &message);

} // namespace Testigo::Ui
