// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// `testigo --screenshot DIR FILE`: grabs each main view of the window, in Spanish and in English,
// at 1024×640 and 1440×900, as DIR/workbench_<view>_<lang>[_<size>].png (scripts/screenshots.sh
// runs it on the demo file). walkViews shows the same views one after the other, for the tests
// that check every view (layout at a small screen, untranslated text).

#include <QSize>
#include <QString>
#include <functional>

namespace Testigo::Ui {

class LanguageManager;
class MainWindow;

bool takeScreenshots(MainWindow &window, LanguageManager &languages, const QString &dir);

// Shows the procedures list, every tab of the richest procedure and every whole-file page in turn,
// calling visit(viewName) on each once it is laid out; false when the window has no open file.
bool walkViews(MainWindow &window, const std::function<bool(const QString &view)> &visit);

} // namespace Testigo::Ui
