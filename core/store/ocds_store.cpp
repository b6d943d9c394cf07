// SPDX-License-Identifier: GPL-3.0-or-later
// Table binding of the red-flag decisions.
#include "store/ocds_store.h"

namespace Testigo {

template<> const Mapping<FlagDecision> &mappingOf<FlagDecision>()
{
    static const Mapping<FlagDecision> m{QStringLiteral("flag_decision"), QStringLiteral("procedure_id"),
        {bind("procedure_id", &FlagDecision::procedureId), bind("code", &FlagDecision::code),
         bind("decision", &FlagDecision::decision), bind("reason", &FlagDecision::reason),
         bind("finding_id", &FlagDecision::findingId), bind("detail", &FlagDecision::detail)}};
    return m;
}

} // namespace Testigo
