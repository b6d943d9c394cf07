// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The witness's decisions on red flags (table flag_decision, migration 0004). An entity
// like the others: audited, revisioned, merged.

#include "store/mapping.h"

namespace Testigo {

struct FlagDecision : RowMeta
{
    QString procedureId;
    QString code;     // red flag code (ocds/redflags.h)
    QString decision; // confirmed | dismissed
    QString reason;
    QString findingId; // the finding a confirmed flag became
    QString detail;    // the flag's figures when it was decided
};

template<> const Mapping<FlagDecision> &mappingOf<FlagDecision>();

} // namespace Testigo
