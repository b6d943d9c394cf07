// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench/stagelistmodel.h"

#include "common/statuspalette.h"
#include "common/uiformat.h"
#include "domain/codes.h"
#include "store/session.h"
#include "workbench/procedurefacts.h"

#include <QColor>
#include <QFont>
#include <QIcon>
#include <QPainter>
#include <QPixmap>
#include <algorithm>

namespace Testigo::Ui {

namespace {
QIcon statusIcon(const QString &status)
{
    QPixmap pm(16, 16);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor c = StatusPalette::stageStatus(status);
    p.setPen(QPen(c, 2));
    p.setBrush(status == QStringLiteral("pending") ? QBrush(StatusPalette::base()) : QBrush(c));
    p.drawEllipse(QRectF(2, 2, 12, 12));
    return QIcon(pm);
}
} // namespace

StageListModel::StageListModel(Session &session, QObject *parent) : QAbstractListModel(parent), m_session(session)
{
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(0);
    connect(&m_reloadTimer, &QTimer::timeout, this, &StageListModel::reload);
    connect(&session, &Session::changed, &m_reloadTimer, qOverload<>(&QTimer::start));
}

QList<Stage> StageListModel::load() const
{
    if (m_procedureId.isEmpty())
        return {};
    QList<Stage> stages = m_session.file().all<Stage>(QStringLiteral("procedure_id"), m_procedureId);
    std::stable_sort(stages.begin(), stages.end(), [](const Stage &a, const Stage &b) {
        return a.position != b.position ? a.position < b.position : a.round < b.round;
    });
    return stages;
}

void StageListModel::setProcedure(const QString &procedureId)
{
    beginResetModel();
    m_procedureId = procedureId;
    m_stages = load();
    m_currentId = currentStageId(m_stages);
    endResetModel();
}

void StageListModel::reload()
{
    m_reloadTimer.stop();
    QList<Stage> stages = load();
    bool same = stages.size() == m_stages.size();
    for (int i = 0; same && i < stages.size(); ++i)
        same = stages.at(i).id == m_stages.at(i).id;
    if (!same) {
        beginResetModel();
        m_stages = stages;
        m_currentId = currentStageId(m_stages);
        endResetModel();
        return;
    }
    m_stages = stages;
    m_currentId = currentStageId(m_stages);
    if (!m_stages.isEmpty())
        emit dataChanged(index(0), index(int(m_stages.size()) - 1));
}

QString StageListModel::stageId(int row) const
{
    return row >= 0 && row < m_stages.size() ? m_stages.at(row).id : QString();
}

int StageListModel::rowOf(const QString &stageId) const
{
    for (int i = 0; i < m_stages.size(); ++i)
        if (m_stages.at(i).id == stageId)
            return i;
    return -1;
}

QString StageListModel::stageName(const Stage &s)
{
    const QString name = Codes::label(Codes::stageKinds(), s.kind);
    return s.round > 1 ? tr("%1 (round %2)").arg(name).arg(s.round) : name;
}

int StageListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_stages.size());
}

QVariant StageListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Stage &s = m_stages.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        QString dates;
        if (s.actualDate.isValid())
            dates = formatDate(s.actualDate);
        else if (s.plannedDate.isValid())
            dates = tr("planned %1").arg(formatDate(s.plannedDate));
        QString second = Codes::label(Codes::stageStatuses(), s.status);
        if (!dates.isEmpty())
            second += QStringLiteral(" · ") + dates;
        return QStringLiteral("%1. %2\n%3").arg(index.row() + 1).arg(stageName(s), second);
    }
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
        return QStringLiteral("%1: %2").arg(stageName(s), Codes::label(Codes::stageStatuses(), s.status));
    case Qt::DecorationRole: return statusIcon(s.status);
    case Qt::FontRole:
        if (s.id == m_currentId) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::ForegroundRole:
        return s.status == QStringLiteral("not_applicable") ? QVariant(StatusPalette::muted()) : QVariant();
    case IdRole: return s.id;
    case StatusRole: return s.status;
    case KindRole: return s.kind;
    case CurrentRole: return s.id == m_currentId;
    }
    return {};
}

} // namespace Testigo::Ui
