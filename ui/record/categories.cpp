// SPDX-License-Identifier: GPL-3.0-or-later
#include "record/categories.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace Testigo::Ui {

ChoiceList findingCategories()
{
    // Read once; the label follows the UI language at each call (it can switch at run time).
    static const QJsonArray categories = [] {
        QFile f(QStringLiteral(":/templates/categories.json"));
        if (!f.open(QIODevice::ReadOnly))
            return QJsonArray();
        return QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("categories")).toArray();
    }();
    const bool spanish = QLocale().language() == QLocale::Spanish;
    ChoiceList out;
    for (const auto &v : categories) {
        const QJsonObject o = v.toObject();
        out.append({o.value(QStringLiteral("code")).toString(),
                    o.value(spanish ? QStringLiteral("es") : QStringLiteral("en")).toString()});
    }
    return out;
}

} // namespace Testigo::Ui
