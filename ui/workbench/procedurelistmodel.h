// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The procedures of the open case file, one row each, for the procedures list. Read-only: edits go
// through the procedure view. Follows the file: changes are gathered and applied once per event
// loop turn (a keystroke in a title updates one row, a new procedure inserts one row).

#include "workbench/procedurefacts.h"

#include <QAbstractTableModel>
#include <QTimer>

namespace Testigo {
class Session;
}

namespace Testigo::Ui {

class ProcedureListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProcedureListModel)

public:
    enum Column { Number, Title, Agency, Regime, Type, CurrentStage, OpenFindings, WorstClock, Savings, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, SortRole, ClockLevelRole };

    explicit ProcedureListModel(Session &session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QString procedureId(int row) const;
    int rowOf(const QString &procedureId) const;
    // Applies pending changes now (tests; the list otherwise updates on the next event loop turn).
    void reload();
    // Labels follow the UI language: call on QEvent::LanguageChange.
    void retranslate();
    // "Today" for the clocks; tests pin it.
    void setToday(const QDate &today);

private:
    struct Row
    {
        Procedure procedure;
        QString agency;
        ProcedureFacts facts;
    };
    QList<Row> load() const;

    Session &m_session;
    QList<Row> m_rows;
    QTimer m_reloadTimer;
    QDate m_today;
};

} // namespace Testigo::Ui
