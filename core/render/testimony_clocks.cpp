// SPDX-License-Identifier: GPL-3.0-or-later
// The testimony's tables of legal clocks: a minimum period's date is the earliest lawful date of
// its end, a maximum period's the deadline, so each kind gets its own table and heading.
#include "render/testimony_events.h"
#include "render/testimonysections.h"

namespace Testigo::Render {

namespace {
void table(SectionContext &c, const QList<const ClockLine *> &clocks, bool minimum)
{
    QList<QStringList> rows;
    for (const ClockLine *k : clocks)
        if (k->minimum == minimum)
            rows << QStringList {k->name, k->article, c.shortDate(k->deadline),
                k->detail.isEmpty() ? k->status : k->status + QStringLiteral(": ") + k->detail};
    if (rows.isEmpty())
        return;
    c.b.heading(3,
        minimum ? c.t(QT_TRANSLATE_NOOP("Testimony", "Minimum periods"))
                : c.t(QT_TRANSLATE_NOOP("Testimony", "Maximum periods")));
    c.b.table(
        {c.t(QT_TRANSLATE_NOOP("Testimony", "Clock")), c.t(QT_TRANSLATE_NOOP("Testimony", "Legal basis")),
            minimum ? c.t(QT_TRANSLATE_NOOP("Testimony", "Earliest lawful date"))
                    : c.t(QT_TRANSLATE_NOOP("Testimony", "Deadline")),
            c.t(QT_TRANSLATE_NOOP("Testimony", "Result"))},
        rows, {26, 16, 13, 45});
}
} // namespace

void writeClockTables(SectionContext &c, const QList<const ClockLine *> &clocks)
{
    table(c, clocks, true);
    table(c, clocks, false);
}

} // namespace Testigo::Render
