// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The Integrity Pact's clause × stage matrix of one procedure: rows are the pact's clauses,
// columns the procedure's stages; a cell counts the live findings raised at that stage and tied to
// that clause, shows the worst severity among them and is coloured by it. Read-only; follows the
// Session's changes of findings, ties, clauses and stages.

#include <QAbstractTableModel>
#include <QHash>

namespace Testigo {
class Session;
}

namespace Testigo::Ui {

class ClauseMatrixModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClauseMatrixModel)

public:
    enum Roles { CountRole = Qt::UserRole + 1, SeverityRole, ClauseIdRole, StageIdRole, FindingIdsRole };

    explicit ClauseMatrixModel(Session &session, QObject *parent = nullptr);

    void setProcedure(const QString &procedureId);
    // The finding ids of a cell, ordered by number.
    QStringList findingsAt(const QModelIndex &index) const;
    QString clauseIdAt(int row) const;
    QString stageIdAt(int column) const;
    void refresh();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Header
    {
        QString id, label, tip;
    };
    struct Cell
    {
        QStringList findings;
        QString worst;
    };
    void onChange(const QString &table);

    Session &m_session;
    QString m_procedureId;
    QList<Header> m_clauses;
    QList<Header> m_stages;
    QHash<QString, Cell> m_cells; // key: clauseId + '|' + stageId
};

} // namespace Testigo::Ui
