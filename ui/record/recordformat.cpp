// SPDX-License-Identifier: GPL-3.0-or-later
#include "record/recordformat.h"

#include "domain/codes.h"
#include "domain/money.h"

#include <QCoreApplication>

namespace Testigo::Ui {

QColor severityColor(const QString &severity)
{
    // Light tints so black text stays readable on them; colour is never the only cue (text too).
    switch (Codes::rank(Codes::severities(), severity)) {
    case 0:
        return QColor(0xd8, 0xf0, 0xd8); // low: green
    case 1:
        return QColor(0xff, 0xf0, 0xb0); // medium: amber
    case 2:
        return QColor(0xff, 0xcc, 0x99); // high: orange
    case 3:
        return QColor(0xff, 0x99, 0x99); // critical: red
    default:
        return QColor();
    }
}

QString stageLabel(const Stage &stage)
{
    const QString kind = Codes::label(Codes::stageKinds(), stage.kind);
    if (stage.round > 1)
        return QCoreApplication::translate("Testigo::Ui::Record", "%1 (round %2)").arg(kind).arg(stage.round);
    return kind;
}

QString worseSeverity(const QString &a, const QString &b)
{
    const auto &list = Codes::severities();
    return Codes::rank(list, b) > Codes::rank(list, a) ? b : a;
}

} // namespace Testigo::Ui
