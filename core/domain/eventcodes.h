// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The closed vocabularies of the procedure's events (schema 7), like those of domain/codes.h.

#include "domain/codes.h"

namespace Testigo::Codes {
// cancellation | void | questions_deadline | call_change | award_correction (schema 9)
const CodeList &eventKinds();
// A cancellation or a void declaration (the procedure's closures), not a dated act for a clock.
bool isClosureKind(const QString &kind);
const CodeList &eventExtents(); // total | partial
const CodeList &protestOutcomes(); // pending | founded | unfounded | dismissed | withdrawn
} // namespace Testigo::Codes
