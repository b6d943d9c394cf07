// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A small but complete procedure to print, built directly through the store (tests and the
// benchmark do not depend on the demo generator).

#include "store/casefile.h"

namespace Testigo::TestSupport {

inline const QString kFixtureTitle = QStringLiteral("Adquisición de medicamentos oncológicos para la Región Sureste");
inline const QString kFixtureNumber = QStringLiteral("LA-12-M7A-012M7A001-N-45-2024");

struct FixtureOptions
{
    int findings = 6;
    bool complete = true; // narratives, dates, responses and signatories all present
};

// Adds one procedure with its witness, agency, lots, stages, findings... Returns its id.
QString addTestimonyProcedure(CaseFile &file, const FixtureOptions &options = {});

} // namespace Testigo::TestSupport
