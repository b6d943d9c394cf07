// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Testigo::Ui {

// Severity of a clock result for display, in increasing order; None when no clock applies.
// Ordered from the mildest to the worst (a procedure shows its worst clock).
enum class ClockLevel { None = -1, Pending = 0, Ok = 1, Warning = 2, Overdue = 3, Breached = 4 };

} // namespace Testigo::Ui
