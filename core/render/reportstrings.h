// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Fixed wording of the Analytical Review Report. Sources are English, marked with
// QT_TRANSLATE_NOOP("Report", ...); the Spanish wording also lives in a table here so a Spanish
// report is complete before the .qm catalogue is filled (the catalogue wins when it has one).

#include "domain/doclanguage.h"

namespace Testigo::Render {

QString reportText(const DocLanguage &lang, const char *source);

} // namespace Testigo::Render
