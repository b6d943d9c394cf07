// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One chart with its export menu (PNG, SVG for the picture; CSV, XLSX for its numbers).

#include "dashboard/exporters.h"

#include <QFrame>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QToolButton;
QT_END_NAMESPACE

namespace Testigo::Ui {

class ChartPanel final : public QFrame
{
    Q_OBJECT

public:
    // objectName: <name>ChartPanel; the view is <name>ChartView, the button <name>ExportToolButton.
    ChartPanel(const QString &name, QWidget *parent = nullptr);

    // Takes ownership of the chart; the previous one is deleted.
    void setChart(QChart *chart, const TableData &table);
    QChart *chart() const;
    QChartView *view() const { return m_view; }
    const TableData &table() const { return m_table; }
    void retranslate();

private:
    QChartView *m_view = nullptr;
    QToolButton *m_export = nullptr;
    TableData m_table;
};

} // namespace Testigo::Ui
