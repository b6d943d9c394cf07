// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Fixed wording of documents (testimony, report). Sources are English, marked with
// QT_TRANSLATE_NOOP("Testimony", ...) so lupdate collects them; the Spanish wording also lives in a
// small table here, so a Spanish document is complete even before the .qm catalogue is filled.
// The catalogue wins when it has a translation.

#include "domain/codes.h"
#include "domain/doclanguage.h"

namespace Testigo::Render {

// The document's wording of a source string marked QT_TRANSLATE_NOOP("Testimony", source).
QString docText(const DocLanguage &lang, const char *source);
// The label of a code in the document's language (Codes::label, with a Spanish fallback here).
QString docCode(const CodeList &list, const QString &code, const DocLanguage &lang);

} // namespace Testigo::Render
