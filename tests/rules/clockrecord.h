// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Records the clock tests build by hand: a procedure under a version of the law and its stages.
#include "domain/entities.h"

#include <QDate>
#include <QString>

namespace Testigo::Test {

// A procedure under `regime` (e.g. "LAASSP-2009"): goods under the LAASSP, works under the LOPSRM.
inline Procedure lawProcedure(const QString &regime, const QString &type = QStringLiteral("open_tender"),
    const QString &character = QStringLiteral("national"))
{
    Procedure p;
    p.regime = regime;
    p.type = type;
    p.character = character;
    p.objectKind
        = regime.startsWith(QLatin1String("LOPSRM")) ? QStringLiteral("works") : QStringLiteral("goods");
    return p;
}

// A stage held on `actual` (pending when it is not a date), after every stage made before it.
inline Stage recordedStage(
    const QString &kind, const QDate &actual, int round = 1, const QDate &planned = QDate())
{
    static int position = 0;
    Stage s;
    s.kind = kind;
    s.actualDate = actual;
    s.plannedDate = planned;
    s.round = round;
    s.position = ++position;
    s.status = actual.isValid() ? QStringLiteral("done") : QStringLiteral("pending");
    return s;
}

} // namespace Testigo::Test
