// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/eventcodes.h"

#include <QCoreApplication>

namespace Testigo::Codes {

const CodeList &eventKinds()
{
    static const CodeList l {{"cancellation", QT_TRANSLATE_NOOP("Codes", "Cancellation")},
        {"void", QT_TRANSLATE_NOOP("Codes", "Declared void (desierta)")}};
    return l;
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
