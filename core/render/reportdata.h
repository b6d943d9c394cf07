// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Everything the Analytical Review Report prints, read once from the case file (like
// TestimonyData): the chapters in plan order (a default plan when the file has none yet), the
// appendix's one row per procedure and the data behind every live figure.

#include "domain/editorial.h"
#include "impact/reportresults.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <optional>

namespace Testigo {
class CaseFile;
}

namespace Testigo::Render {

struct ReportProcedureRow
{
    QString id, number, agency, type; // type already labelled in the document's language
    int year = 0;
    std::optional<qint64> amountCents, savingsCents; // awarded, and savings vs reference
    QString currency = QStringLiteral("MXN");
    int findings = 0;
    bool testimonyIssued = false;
};

struct CountSeries
{
    QStringList labels;
    QList<int> counts;
};

struct HeatMap
{
    QStringList rows, columns; // clause codes × stage labels
    QList<QList<int>> cells; // [row][column] findings citing the clause at the stage
};

struct ReportData
{
    QString language; // es | en
    QString auditHead;
    QDate printDate;
    QList<Chapter> chapters; // plan order
    bool defaultPlan = false; // true when the file had no chapters and the default plan is used
    QList<ReportProcedureRow> procedures;
    // Figure series.
    QList<QPair<int, qint64>> savingsByYear; // year, savings cents (MXN, nominal)
    CountSeries findingsByCategory, findingsBySeverity, findingsByStage;
    HeatMap clauseByStage;
    QList<QPair<QString, QString>>
        clauseLegend; // heat map rows: clause code, its text in the document's language
    int totalFindings = 0;
    qint64 totalAwardedCents = 0, totalSavingsCents = 0;
    ReportResults results; // the computed results chapter and the executive summary

    QString shortDigest() const { return auditHead.left(12); }
};

ReportData loadReport(const CaseFile &file, const QString &language, const QDate &today);

// The default plan (economic impact, social results, Collective Action) with bodies in both
// languages and figure placeholders; used when a file has no chapters yet.
QList<Chapter> defaultChapters();

} // namespace Testigo::Render
