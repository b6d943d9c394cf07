// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The parts of the Analytical Review Report written from the computed results (ReportResults),
// not by the editors: the executive summary, the chapter of results in figures, and the legend
// of the clause heat map. Every sentence is in the report's language.

#include "render/reportdata.h"

namespace Testigo {
class DocLanguage;
}

namespace Testigo::Render {

class DocBuilder;

// The summary's sentences, built from the figures (one paragraph each).
QStringList executiveSummary(const ReportData &data, const DocLanguage &lang);
// Economic impact, competition, social results and Collective Action as labelled figures.
void writeResultsChapter(DocBuilder &b, const ReportData &data, const DocLanguage &lang);
// Below the heat map: what its codes and shades mean.
void writeHeatMapLegend(DocBuilder &b, const ReportData &data, const DocLanguage &lang);

} // namespace Testigo::Render
