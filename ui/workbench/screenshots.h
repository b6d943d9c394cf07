// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// `testigo --screenshot DIR FILE`: grabs each main view of the window, in Spanish and in English,
// as DIR/workbench_<view>_<lang>.png (scripts/screenshots.sh runs it on the demo file).

#include <QString>

namespace Testigo::Ui {

class LanguageManager;
class MainWindow;

bool takeScreenshots(MainWindow &window, LanguageManager &languages, const QString &dir);

} // namespace Testigo::Ui
