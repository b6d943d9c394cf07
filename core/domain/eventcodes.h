// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The closed vocabularies of the procedure's events (schema 7), like those of domain/codes.h.

#include "domain/codes.h"

namespace Testigo::Codes {
const CodeList &eventKinds(); // cancellation | void
const CodeList &eventExtents(); // total | partial
const CodeList &protestOutcomes(); // pending | founded | unfounded | dismissed | withdrawn
} // namespace Testigo::Codes
