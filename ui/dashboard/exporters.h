// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Small export helpers for the dashboard: a table (already formatted in the UI's language) to CSV
// or XLSX, a chart view to PNG or SVG. Each returns false with a translated message on failure.

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

class QTableWidget;
class QWidget;

namespace Testigo::Ui {

struct TableCell
{
    QString text;                  // as shown (and written to CSV)
    std::optional<double> number;  // for XLSX: a real number cell (money in units, percent as 12.34)
    int decimals = 0;
};

struct TableData
{
    QString title; // sheet name and file name hint
    QStringList header;
    QList<QList<TableCell>> rows;
    QString footnote; // convention / notes, written under the table
};

class ExportText
{
    Q_DECLARE_TR_FUNCTIONS(Dashboard)
};

bool exportCsv(const TableData &table, const QString &path, QString *error = nullptr);
bool exportXlsx(const TableData &table, const QString &path, QString *error = nullptr);
// Renders a widget (a chart view) at its current size, or `size` when given, to PNG or SVG.
bool exportPng(QWidget *widget, const QString &path, QString *error = nullptr);
bool exportSvg(QWidget *widget, const QString &path, const QString &title, QString *error = nullptr);

// Shows a table in a QTableWidget: columns as wide as their contents and their headers' longest
// word (headers wrap), long texts elided with a tooltip, the last column stretched to the edge,
// and tall enough for up to `visibleRows` rows (the page scrolls, not the table).
void showTable(QTableWidget *widget, const TableData &table, int visibleRows = 30);

// Asks for a file name and exports; `what` is "png", "svg", "csv" or "xlsx".
void exportWithDialog(QWidget *parent, const QString &what, const QString &baseName,
                      QWidget *chart, const TableData *table);

} // namespace Testigo::Ui
