// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The legal clocks of one procedure (core/rules/clocks.h): rule, article, result and the figures,
// coloured so that a breach is visible at a glance.

#include "workbench/procedurefacts.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QTimer>

namespace Testigo {
class Session;
}

namespace Testigo::Ui {

class ClockModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClockModel)

public:
    enum Column { Rule, Article, Result, Detail, ColumnCount };
    enum Role { LevelRole = Qt::UserRole + 1 };
    struct Item
    {
        QString name, article, detail, explanation;
        ClockLevel level = ClockLevel::None;
    };

    explicit ClockModel(Session &session, QObject *parent = nullptr);
    void setProcedure(const QString &procedureId);
    void setToday(const QDate &today) { m_today = today; reload(); }
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void retranslate();

private:
    QList<Item> load() const;

    Session &m_session;
    QString m_procedureId;
    QList<Item> m_items;
    QDate m_today = QDate::currentDate();
    QTimer m_reloadTimer;
};

} // namespace Testigo::Ui
