// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The stages of one procedure in order, for the stage navigator: name (with the round of a repeated
// clarification meeting), status and dates, with a status colour.

#include "domain/entities.h"

#include <QAbstractListModel>
#include <QTimer>

namespace Testigo {
class Session;
}

namespace Testigo::Ui {

class StageListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StageListModel)

public:
    enum Role { IdRole = Qt::UserRole + 1, StatusRole, KindRole, CurrentRole };

    explicit StageListModel(Session &session, QObject *parent = nullptr);
    void setProcedure(const QString &procedureId);
    QString stageId(int row) const;
    int rowOf(const QString &stageId) const;
    static QString stageName(const Stage &s);
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<Stage> load() const;

    Session &m_session;
    QString m_procedureId;
    QList<Stage> m_stages;
    QString m_currentId;
    QTimer m_reloadTimer;
};

} // namespace Testigo::Ui
