// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The hits of a search of the case file as a two-level tree: one row per kind found (procedures,
// findings, evidence...), its hits below it, in the order store/search.h gives them. A new search
// replaces the whole tree (a reset); headings are not selectable.

#include "store/search.h"

#include <QAbstractItemModel>

namespace Testigo::Ui {

class SearchResultsModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchResultsModel)

public:
    explicit SearchResultsModel(QObject *parent = nullptr);

    void setHits(const QList<SearchHit> &hits);
    int hitCount() const;
    // The hit at `index`, nullptr for a heading or an invalid index.
    const SearchHit *hit(const QModelIndex &index) const;
    // The hit `steps` hits after (or before, when negative) `from`, skipping headings; the first
    // hit when `from` is not a hit. Invalid when there are no hits; stays at the ends.
    QModelIndex stepHit(const QModelIndex &from, int steps) const;
    // The hit of a record, invalid when none is shown.
    QModelIndex indexOfRecord(const QString &recordId) const;
    // The headings' texts follow the interface language.
    void retranslate();

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Group
    {
        QString kind;
        QList<SearchHit> hits;
    };
    QList<Group> m_groups;
};

} // namespace Testigo::Ui
