// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/eventcodes.h"

#include <QCoreApplication>

namespace Testigo::Codes {

const CodeList &eventKinds()
{
    static const CodeList l {{"cancellation", QT_TRANSLATE_NOOP("Codes", "Cancellation")},
        {"void", QT_TRANSLATE_NOOP("Codes", "Declared void (desierta)")},
        {"questions_deadline", QT_TRANSLATE_NOOP("Codes", "Deadline for questions (clarification meeting)")},
        {"call_change", QT_TRANSLATE_NOOP("Codes", "Change to the call")},
        {"award_correction", QT_TRANSLATE_NOOP("Codes", "Correction of the award (fallo)")}};
    return l;
}

bool isClosureKind(const QString &kind)
{
    return kind == QLatin1String("cancellation") || kind == QLatin1String("void");
}

const CodeList &eventExtents()
{
    static const CodeList l {
        {"total", QT_TRANSLATE_NOOP("Codes", "Total")}, {"partial", QT_TRANSLATE_NOOP("Codes", "Partial")}};
    return l;
}

const CodeList &protestOutcomes()
{
    static const CodeList l {{"pending", QT_TRANSLATE_NOOP("Codes", "Pending resolution")},
        {"founded", QT_TRANSLATE_NOOP("Codes", "Founded")},
        {"unfounded", QT_TRANSLATE_NOOP("Codes", "Unfounded")},
        {"dismissed", QT_TRANSLATE_NOOP("Codes", "Dismissed")},
        {"withdrawn", QT_TRANSLATE_NOOP("Codes", "Withdrawn")}};
    return l;
}

} // namespace Testigo::Codes
