// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The testimony's figures that other layers compute: impact's economic metrics, the rules' legal
// clocks and finding category labels. Kept apart so the adapters to those APIs stay in one place.

#include "render/testimonydata.h"

namespace Testigo::Render {

void fillEconomics(const CaseFile &file, TestimonyData &data);
void fillClocks(const CaseFile &file, TestimonyData &data);
// Finding category and stage names from the rules' bilingual templates.
void fillLabels(TestimonyData &data);

} // namespace Testigo::Render
