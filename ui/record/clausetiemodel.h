// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The procedure's pact clauses as a checkable list: a clause is checked when the current finding
// is tied to it (a live FindingClause row). Checking inserts a tie (or revives a tombstoned one),
// unchecking tombstones it; both through the undo stack.

#include <QAbstractListModel>
#include <QHash>
#include <QSet>

class QUndoStack;

namespace Testigo {
class Session;
}

namespace Testigo::Ui {

class ClauseTieModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClauseTieModel)

public:
    enum Roles { ClauseIdRole = Qt::UserRole + 1 };

    ClauseTieModel(Session &session, QUndoStack &undo, QObject *parent = nullptr);

    void setProcedure(const QString &procedureId);
    void setFinding(const QString &findingId);
    QString findingId() const { return m_findingId; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Entry
    {
        QString id, code, text;
    };
    void reloadClauses();
    void reloadTies();
    void onChange(const QString &table);

    Session &m_session;
    QUndoStack &m_undo;
    QString m_procedureId;
    QString m_findingId;
    QList<Entry> m_clauses;
    QHash<QString, QString> m_tieByClause; // clause id -> finding_clause id (live or deleted)
    QSet<QString> m_live;                  // clause ids with a live tie
};

} // namespace Testigo::Ui
