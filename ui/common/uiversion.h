// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>
namespace Testigo::Ui {
// The version shown in the About box and the window's metadata.
QString applicationVersion();
}
