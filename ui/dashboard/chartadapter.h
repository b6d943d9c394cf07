// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The thin adapter between the plain chart series computed in core/impact and Qt Charts. Nothing
// else in Testigo includes Qt Charts. Labels and numbers follow the UI language (QLocale).

#include "dashboard/exporters.h"
#include "impact/portfolio.h"

#include <QCoreApplication>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace Testigo::Ui {

class ChartText
{
    Q_DECLARE_TR_FUNCTIONS(Dashboard)
};

// Bars of savings (in millions of `currency` units when large) per category, tooltips with the
// amount, the savings % and the number of procedures.
QChart *savingsBarChart(const QList<CategoryTotal> &categories, const QString &title, const QString &currency);
// One point per procedure: bidders (x) against savings % (y); tooltips name the procedure.
QChart *biddersScatterChart(const QList<ScatterPoint> &points, const QString &title);
QChart *histogramChart(const QList<HistogramBin> &bins, const QString &title);
// Per lot: reference, mean valid bid and awarded amount side by side.
QChart *lotsChart(const QList<LotMetrics> &lots, const QString &currency, const QString &title);

// The same data as tables, for CSV/XLSX export.
TableData categoryTable(const QList<CategoryTotal> &categories, const QString &title, const QString &firstColumn,
                        const QString &currency);
TableData scatterTable(const QList<ScatterPoint> &points, const QString &title);
TableData histogramTable(const QList<HistogramBin> &bins, const QString &title);
TableData lotsTable(const QList<LotMetrics> &lots, const QString &currency, const QString &title);

// Number of data points across a chart's series (for tests and empty-state checks).
int chartPointCount(const QChart *chart);

} // namespace Testigo::Ui
