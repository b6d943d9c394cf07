// SPDX-License-Identifier: GPL-3.0-or-later
#include "record/recordformat.h"

#include "domain/codes.h"
#include "domain/money.h"

#include <QCoreApplication>

namespace Testigo::Ui {


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
