// SPDX-License-Identifier: GPL-3.0-or-later
#include "record/categories.h"

#include "rules/templates.h"

#include <QLocale>

namespace Testigo::Ui {

ChoiceList findingCategories()
{
    // The label follows the UI language at each call (it can switch at run time).
    const QString lang = QLocale().language() == QLocale::Spanish ? QStringLiteral("es") : QStringLiteral("en");
    ChoiceList out;
    for (const CategoryTemplate &c : Templates::standard().categories())
        out.append({c.code, c.text(lang)});
    return out;
}

} // namespace Testigo::Ui
