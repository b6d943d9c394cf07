// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Fixed wording of the documents. Sources are English, marked at their call sites with
// QT_TRANSLATE_NOOP("Testimony", ...) or QT_TRANSLATE_NOOP("Report", ...) (literal contexts that
// lupdate collects); the document's own translator (DocLanguage) turns them into its language,
// whatever the interface's. The catalogue (translations/*.ts) is the one source of the wording.

#include "domain/codes.h"
#include "domain/doclanguage.h"

namespace Testigo::Render {

// The document's wording of QT_TRANSLATE_NOOP("Testimony", source); n >= 0 picks a "%n" plural form.
inline QString docText(const DocLanguage &lang, const char *source, int n = -1)
{
    return lang.translate("Testimony", source, n);
}
// The document's wording of QT_TRANSLATE_NOOP("Report", source).
inline QString reportText(const DocLanguage &lang, const char *source, int n = -1)
{
    return lang.translate("Report", source, n);
}
// The label of a code in the document's language.
inline QString docCode(const CodeList &list, const QString &code, const DocLanguage &lang)
{
    return Codes::label(list, code, lang);
}

} // namespace Testigo::Render
