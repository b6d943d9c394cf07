// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench/clockmodel.h"

#include "common/statuspalette.h"
#include "common/uiformat.h"
#include "domain/doclanguage.h"
#include "rules/clocks.h"
#include "store/session.h"

#include <QBrush>
#include <QColor>

namespace Testigo::Ui {

ClockModel::ClockModel(Session &session, QObject *parent) : QAbstractTableModel(parent), m_session(session)
{
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(0);
    connect(&m_reloadTimer, &QTimer::timeout, this, &ClockModel::reload);
    connect(&session, &Session::changed, &m_reloadTimer, qOverload<>(&QTimer::start));
}

void ClockModel::setProcedure(const QString &procedureId)
{
    m_procedureId = procedureId;
    beginResetModel();
    m_items = load();
    endResetModel();
}

QList<ClockModel::Item> ClockModel::load() const
{
    QList<Item> items;
    const auto p = m_procedureId.isEmpty() ? std::nullopt : m_session.file().get<Procedure>(m_procedureId);
    if (!p)
        return items;
    const QString lang = uiIsSpanish() ? QStringLiteral("es") : QStringLiteral("en");
    const DocLanguage doc(lang);
    for (const ClockResult &c : evaluateClocks(m_session.file(), *p, m_today)) {
        Item it;
        it.name = c.name(lang);
        it.article = c.articleLabel(doc);
        it.detail = c.detail(doc);
        it.explanation = c.explanation(lang);
        switch (c.status) {
        case ClockResult::Status::Ok: it.level = ClockLevel::Ok; break;
        case ClockResult::Status::Warning: it.level = ClockLevel::Warning; break;
        case ClockResult::Status::Breached: it.level = ClockLevel::Breached; break;
        case ClockResult::Status::Pending: it.level = ClockLevel::Pending; break;
        case ClockResult::Status::Overdue: it.level = ClockLevel::Overdue; break;
        case ClockResult::Status::NotApplicable: it.level = ClockLevel::None; break;
        }
        items.append(it);
    }
    return items;
}

void ClockModel::reload()
{
    m_reloadTimer.stop();
    QList<Item> items = load();
    if (items.size() == m_items.size()) {
        m_items = items;
        if (!m_items.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_items.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_items = items;
    endResetModel();
}

void ClockModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    reload();
}

int ClockModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ClockModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClockModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Item &it = m_items.at(index.row());
    if (role == LevelRole)
        return int(it.level);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Rule: return it.name;
        case Article: return it.article;
        case Result: {
            const QString label = ProcedureFactsText::clockLevelLabel(it.level);
            return it.level == ClockLevel::Breached ? QStringLiteral("✖ ") + label
                 : it.level == ClockLevel::Overdue  ? QStringLiteral("◷ ") + label
                 : it.level == ClockLevel::Warning  ? QStringLiteral("▲ ") + label
                 : it.level == ClockLevel::Ok       ? QStringLiteral("✔ ") + label
                                                    : label;
        }
        case Detail: return it.detail;
        }
    }
    if (role == Qt::ToolTipRole)
        return it.explanation.isEmpty() ? it.detail : it.explanation;
    if (role == Qt::BackgroundRole) {
        const QColor c = StatusPalette::clockBackground(it.level);
        return c.isValid() ? QVariant(QBrush(c)) : QVariant();
    }
    return {};
}

QVariant ClockModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Rule: return tr("Legal clock");
    case Article: return tr("Article");
    case Result: return tr("Result");
    case Detail: return tr("Detail");
    }
    return {};
}

} // namespace Testigo::Ui
