// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The testimony's account of the procedure's events (rules/procedurefacts.h): cancellations, void
// declarations, inconformidades and the rounds of a diálogo competitivo, with the law's rule on who
// may run one. Internal to render/.

#include "rules/procedurefacts.h"

namespace Testigo::Render {

struct SectionContext;

// A numbered section "Events of the procedure", left out when there is nothing to state.
void writeEvents(SectionContext &c);

struct ClockLine;
// The clocks no stage shows, in two tables: minimum periods with their earliest lawful date, maximum
// periods with their deadline (testimony_clocks.cpp).
void writeClockTables(SectionContext &c, const QList<const ClockLine *> &clocks);

} // namespace Testigo::Render
