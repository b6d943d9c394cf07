// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The procedures of the open case file, one row each, for the procedures list. Read-only: edits go
// through the procedure view. Follows the file: changes are gathered and applied once per event
// loop turn. An edit recomputes only the procedures it touches (a case file with a whole imported
// portfolio has hundreds of thousands of rows); a procedure added, deleted or restored, or a
// renamed agency, reloads the list. Opening a file shows the first page at once and reads the rest
// a page per event-loop turn (ProcedurePager), so the window answers while a portfolio loads.

#include "workbench/procedurefacts.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QTimer>
#include <memory>
#include <optional>

namespace Testigo {
class ProcedurePager;
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
    ~ProcedureListModel() override;

    // Rows shown at once when a file opens, and read per event-loop turn after them.
    static constexpr int FirstPage = 500;
    static constexpr int LaterPage = 2000;
    // Whether procedures are still being read in (the list grows until it is false).
    bool isLoading() const;

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
        // Computed when a view first asks (a row scrolled into view, a sort by that column).
        mutable std::optional<ProcedureFacts> facts;
    };
    const ProcedureFacts &factsOf(const Row &row) const;
    QList<Row> load();
    QList<Row> rowsOf(const QList<Procedure> &procedures) const;
    void readAgencies();
    void loadMore();
    Row rowFor(const Procedure &p) const;
    void noteChange(const QString &table, const QString &id);
    void applyPending();

    Session &m_session;
    QList<Row> m_rows;
    QTimer m_reloadTimer;
    QTimer m_loadTimer; // reads the next page while m_pager has more
    std::unique_ptr<ProcedurePager> m_pager;
    QHash<QString, QString> m_agencies; // id -> acronym, else name
    QSet<QString> m_dirty; // procedures whose row must be recomputed
    bool m_fullReload = false;
    QDate m_today;
};

} // namespace Testigo::Ui
