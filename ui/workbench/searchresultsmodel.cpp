// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench/searchresultsmodel.h"

#include <QFont>

namespace Testigo::Ui {

// internalId: 0 for a heading, its group's row + 1 for a hit.
SearchResultsModel::SearchResultsModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

void SearchResultsModel::setHits(const QList<SearchHit> &hits)
{
    beginResetModel();
    m_groups.clear();
    for (const SearchHit &h : hits) {
        if (m_groups.isEmpty() || m_groups.last().kind != h.kind)
            m_groups.append({h.kind, {}});
        m_groups.last().hits.append(h);
    }
    endResetModel();
}

int SearchResultsModel::hitCount() const
{
    int n = 0;
    for (const Group &g : m_groups)
        n += int(g.hits.size());
    return n;
}

const SearchHit *SearchResultsModel::hit(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == 0)
        return nullptr;
    const Group &g = m_groups.at(int(index.internalId()) - 1);
    return index.row() < g.hits.size() ? &g.hits.at(index.row()) : nullptr;
}

QModelIndex SearchResultsModel::stepHit(const QModelIndex &from, int steps) const
{
    QList<QModelIndex> all;
    for (int g = 0; g < m_groups.size(); ++g)
        for (int r = 0; r < m_groups.at(g).hits.size(); ++r)
            all.append(createIndex(r, 0, quintptr(g + 1)));
    if (all.isEmpty())
        return {};
    const qsizetype at = hit(from) ? all.indexOf(from) : -1;
    if (at < 0)
        return all.first();
    return all.at(qBound<qsizetype>(0, at + steps, all.size() - 1));
}

QModelIndex SearchResultsModel::indexOfRecord(const QString &recordId) const
{
    for (int g = 0; g < m_groups.size(); ++g)
        for (int r = 0; r < m_groups.at(g).hits.size(); ++r)
            if (!recordId.isEmpty() && m_groups.at(g).hits.at(r).recordId == recordId)
                return createIndex(r, 0, quintptr(g + 1));
    return {};
}

void SearchResultsModel::retranslate()
{
    if (!m_groups.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_groups.size()) - 1, 0), {Qt::DisplayRole});
}

QModelIndex SearchResultsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, 0, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() >= m_groups.size()
        || row >= m_groups.at(parent.row()).hits.size())
        return {};
    return createIndex(row, 0, quintptr(parent.row() + 1));
}

QModelIndex SearchResultsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId()) - 1, 0, quintptr(0));
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(m_groups.at(parent.row()).hits.size());
}

int SearchResultsModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == 0) {
        const Group &g = m_groups.at(index.row());
        if (role == Qt::DisplayRole)
            return tr("%1 (%2)").arg(searchKindLabel(g.kind)).arg(g.hits.size());
        if (role == Qt::FontRole) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    }
    const SearchHit *h = hit(index);
    if (!h)
        return {};
    if (role == Qt::DisplayRole) {
        QString snippet = h->snippet;
        snippet.replace(QLatin1Char('\n'), QLatin1Char(' '));
        return h->procedureNumber.isEmpty() || h->kind == QStringLiteral("procedure")
            ? snippet
            : h->procedureNumber + QStringLiteral(" · ") + snippet;
    }
    if (role == Qt::ToolTipRole) // the whole snippet, and the procedure it belongs to
        return h->procedureNumber.isEmpty()
            ? h->snippet
            : h->snippet + QLatin1Char('\n') + h->procedureNumber + QStringLiteral(" — ") + h->procedureTitle;
    return {};
}

Qt::ItemFlags SearchResultsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return index.internalId() == 0 ? Qt::ItemIsEnabled : Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

} // namespace Testigo::Ui
