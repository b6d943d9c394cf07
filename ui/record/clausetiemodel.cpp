// SPDX-License-Identifier: GPL-3.0-or-later
#include "record/clausetiemodel.h"

#include "common/commands.h"
#include "record/recordformat.h"
#include "store/session.h"

#include <QLocale>
#include <QUndoStack>
#include <algorithm>
#include <utility>

namespace Testigo::Ui {

ClauseTieModel::ClauseTieModel(Session &session, QUndoStack &undo, QObject *parent)
    : QAbstractListModel(parent), m_session(session), m_undo(undo)
{
    connect(&m_session, &Session::rowInserted, this, [this](const QString &table, const QString &) { onChange(table); });
    connect(&m_session, &Session::fieldChanged, this,
            [this](const QString &table, const QString &, const QString &) { onChange(table); });
}

void ClauseTieModel::setProcedure(const QString &procedureId)
{
    m_procedureId = procedureId;
    reloadClauses();
}

void ClauseTieModel::setFinding(const QString &findingId)
{
    m_findingId = findingId;
    reloadTies();
}

void ClauseTieModel::onChange(const QString &table)
{
    if (table == QLatin1String("clause"))
        reloadClauses();
    else if (table == QLatin1String("finding_clause"))
        reloadTies();
}

void ClauseTieModel::reloadClauses()
{
    beginResetModel();
    m_clauses.clear();
    if (!m_procedureId.isEmpty()) {
        auto rows = m_session.file().rows(QStringLiteral("clause"), QStringLiteral("procedure_id"), m_procedureId);
        std::stable_sort(rows.begin(), rows.end(), [](const QVariantMap &a, const QVariantMap &b) {
            return a.value(QStringLiteral("position")).toLongLong() < b.value(QStringLiteral("position")).toLongLong();
        });
        for (const auto &r : rows)
            m_clauses.append({r.value(QStringLiteral("id")).toString(), r.value(QStringLiteral("code")).toString(),
                              r.value(QLocale().language() == QLocale::Spanish ? QStringLiteral("text_es")
                                                                               : QStringLiteral("text_en"))
                                  .toString()});
    }
    endResetModel();
    reloadTies();
}

void ClauseTieModel::reloadTies()
{
    m_tieByClause.clear();
    QSet<QString> live;
    if (!m_findingId.isEmpty())
        for (const auto &r : m_session.file().rows(QStringLiteral("finding_clause"), QStringLiteral("finding_id"),
                                                   m_findingId, true)) {
            const QString clause = r.value(QStringLiteral("clause_id")).toString();
            const bool deleted = r.value(QStringLiteral("deleted")).toLongLong() != 0;
            if (!deleted || !m_tieByClause.contains(clause))
                m_tieByClause.insert(clause, r.value(QStringLiteral("id")).toString());
            if (!deleted)
                live.insert(clause);
        }
    const QSet<QString> old = std::exchange(m_live, live);
    for (int i = 0; i < m_clauses.size(); ++i)
        if (live.contains(m_clauses[i].id) != old.contains(m_clauses[i].id))
            emit dataChanged(index(i), index(i), {Qt::CheckStateRole});
}

int ClauseTieModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_clauses.size());
}

QVariant ClauseTieModel::data(const QModelIndex &index, int role) const
{
    if (!isValidCell(index))
        return QVariant();
    const Entry &e = m_clauses[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1 — %2").arg(e.code, e.text);
    case Qt::ToolTipRole:
        return e.text;
    case Qt::CheckStateRole:
        return m_live.contains(e.id) ? Qt::Checked : Qt::Unchecked;
    case ClauseIdRole:
        return e.id;
    default:
        return QVariant();
    }
}

bool ClauseTieModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || m_findingId.isEmpty()
        || !isValidCell(index))
        return false;
    const Entry &e = m_clauses[index.row()];
    const bool check = value.toInt() == Qt::Checked;
    if (check == m_live.contains(e.id))
        return true;
    const QString tie = m_tieByClause.value(e.id);
    if (check && tie.isEmpty())
        m_undo.push(new InsertRowCommand(m_session, QStringLiteral("finding_clause"),
                                         {{QStringLiteral("finding_id"), m_findingId}, {QStringLiteral("clause_id"), e.id}},
                                         tr("Tie finding to clause %1").arg(e.code)));
    else
        m_undo.push(new SetDeletedCommand(m_session, QStringLiteral("finding_clause"), tie, !check,
                                          check ? tr("Tie finding to clause %1").arg(e.code)
                                                : tr("Untie finding from clause %1").arg(e.code)));
    return true;
}

Qt::ItemFlags ClauseTieModel::flags(const QModelIndex &index) const
{
    if (!isValidCell(index))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!m_findingId.isEmpty() && !m_session.isReadOnly())
        f |= Qt::ItemIsUserCheckable;
    return f;
}

} // namespace Testigo::Ui
