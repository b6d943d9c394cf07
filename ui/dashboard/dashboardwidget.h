// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The portfolio dashboard: totals (procedures, amount monitored, savings nominal and real,
// savings %), six charts, the per-procedure table and the social results, with filters by year,
// agency, regime and type. Everything is computed in core/impact; this only shows and exports it.

#include "dashboard/exporters.h"
#include "impact/portfolio.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QTableWidget;
class QToolButton;
class QVBoxLayout;
QT_END_NAMESPACE

namespace Testigo {
class Session;
}

namespace Testigo::Ui {

class ChartPanel;

class DashboardWidget final : public QWidget
{
    Q_OBJECT

public:
    DashboardWidget(Session &session, QWidget *parent = nullptr);

    const Portfolio &portfolio() const { return m_portfolio; }
    QList<ChartPanel *> chartPanels() const { return m_panels; }
    TableData proceduresTable() const;
    TableData socialTable() const;

public slots:
    void refresh();            // recompute everything from the case file
    void applyFilters();       // re-aggregate the computed rows

protected:
    void changeEvent(QEvent *event) override;

private:
    void build();
    void buildFilters(QWidget *content, QVBoxLayout *lay);
    void buildTotals(QWidget *content, QVBoxLayout *lay);
    void buildCharts(QWidget *content, QVBoxLayout *lay);
    void buildTableSection(QWidget *content, QVBoxLayout *lay, const QString &name, QTableWidget **table,
        std::function<TableData()> data);
    void retranslate();
    void fillFilters();
    void showTotals();
    void showCharts();
    void showTables();
    QToolButton *exportButton(const QString &name, std::function<TableData()> table);

    Session &m_session;
    ComparableOptions m_options;
    QList<PortfolioRow> m_rows;
    Portfolio m_portfolio;
    bool m_refreshQueued = false;

    QComboBox *m_year = nullptr, *m_agency = nullptr, *m_regime = nullptr, *m_type = nullptr, *m_currency = nullptr;
    QList<QLabel *> m_filterLabels, m_totalCaptions, m_sectionTitles;
    QLabel *m_procedures = nullptr, *m_monitored = nullptr, *m_savings = nullptr, *m_savingsReal = nullptr,
           *m_savingsPercent = nullptr, *m_convention = nullptr;
    QList<ChartPanel *> m_panels;
    QTableWidget *m_table = nullptr, *m_social = nullptr;
    QList<QToolButton *> m_exportButtons;
};

} // namespace Testigo::Ui
