// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What a list of procedures shows of each one, read in one query and streamed in creation order:
// `testigo-cli list` over 250,000 procedures never holds them all in memory.

#include "store/casefile.h"

#include <functional>

namespace Testigo {

struct ProcedureSummary
{
    QString id, number, title, agency, regime, type, stage, ocid;
    int year = 0; // of its earliest stage date (actual, else planned); 0 when it has none
};

// Calls sink for every live procedure in creation order until it returns false. False when the
// query failed (a damaged file).
bool forEachProcedureSummary(const CaseFile &file, const std::function<bool(const ProcedureSummary &)> &sink);

} // namespace Testigo
