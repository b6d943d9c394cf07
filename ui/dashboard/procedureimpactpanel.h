// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One procedure's impact: its economic figures, a chart of its lots (reference, mean valid bid,
// awarded) and the lots table, each exportable. Follows the Session's changes.

#include "dashboard/exporters.h"
#include "impact/metrics.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QTableWidget;
class QToolButton;
QT_END_NAMESPACE

namespace Testigo {
class Session;
}

namespace Testigo::Ui {

class ChartPanel;

class ProcedureImpactPanel final : public QWidget
{
    Q_OBJECT

public:
    ProcedureImpactPanel(Session &session, QWidget *parent = nullptr);

    QString procedureId() const { return m_procedureId; }
    const ProcedureMetrics &metrics() const { return m_metrics; }
    ChartPanel *chartPanel() const { return m_chart; }
    TableData lotsTableData() const;

public slots:
    void setProcedure(const QString &id);
    void refresh();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    Session &m_session;
    QString m_procedureId;
    ProcedureMetrics m_metrics;
    bool m_refreshQueued = false;
    QLabel *m_summary = nullptr, *m_notes = nullptr, *m_lotsTitle = nullptr;
    ChartPanel *m_chart = nullptr;
    QTableWidget *m_table = nullptr;
    QToolButton *m_export = nullptr;
};

} // namespace Testigo::Ui
