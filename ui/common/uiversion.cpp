// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/uiversion.h"
namespace Testigo::Ui {
QString applicationVersion() { return QStringLiteral(TESTIGO_VERSION); }
}
