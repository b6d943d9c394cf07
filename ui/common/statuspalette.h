// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The one place for the colours that carry a status: legal clocks, stage statuses, severities,
// valid and invalid fields. Neutral colours (text, muted text, empty fill) come from the
// application palette; the status hues are defined once in statuspalette.cpp, dark enough to read
// on a light palette, with lighter text and darker tints when the palette is dark. Colour is never
// the only cue: every caller also says the status in words or with a symbol.

#include "common/clocklevel.h"

#include <QColor>
#include <QString>

namespace Testigo::Ui {


namespace StatusPalette {

// True when the application palette has a dark base (text areas darker than mid-grey).
bool isDark();

// Palette text (QPalette::Text): black on the default light palette.
QColor text();
// Text that matters less (a stage that does not apply): halfway between text and base.
QColor muted();
// The fill of text areas (QPalette::Base): white on the default light palette.
QColor base();

// Text of a clock's level in a list (red breached .. green ok); invalid for None and Pending.
QColor clockText(ClockLevel level);
// Background of a clock's row (light tints); invalid for None and Pending.
QColor clockBackground(ClockLevel level);

// Icon colour of a stage status code: done, in_progress, not_applicable; anything else is pending.
QColor stageStatus(const QString &status);

// Background of a severity code (low .. critical); invalid for an empty or unknown code.
QColor severityBackground(const QString &severity);

// A field whose value checks out, or does not: its text (a status label) and its background.
QColor good();
QColor bad();
QColor goodBackground();
QColor badBackground();

// What is wrong in a text (the spelling underline).
QColor error();

} // namespace StatusPalette
} // namespace Testigo::Ui
