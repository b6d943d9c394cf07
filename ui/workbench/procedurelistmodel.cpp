// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench/procedurelistmodel.h"

#include "common/uiformat.h"
#include "domain/codes.h"
#include "store/session.h"

#include <QBrush>
#include <QColor>
#include <QEvent>
#include <QHash>

namespace Testigo::Ui {

ProcedureListModel::ProcedureListModel(Session &session, QObject *parent)
    : QAbstractTableModel(parent), m_session(session), m_today(QDate::currentDate())
{
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(0);
    connect(&m_reloadTimer, &QTimer::timeout, this, &ProcedureListModel::reload);
    connect(&session, &Session::changed, &m_reloadTimer, qOverload<>(&QTimer::start));
    m_rows = load();
}

void ProcedureListModel::setToday(const QDate &today)
{
    m_today = today;
    reload();
}

QList<ProcedureListModel::Row> ProcedureListModel::load() const
{
    const CaseFile &file = m_session.file();
    QHash<QString, QString> agencies;
    for (const Testigo::Agency &a : file.all<Testigo::Agency>())
        agencies.insert(a.id, a.acronym.isEmpty() ? a.name : a.acronym);
    QList<Row> rows;
    for (const Procedure &p : file.all<Procedure>())
        rows.append({p, agencies.value(p.agencyId), computeProcedureFacts(file, p, m_today)});
    return rows;
}

void ProcedureListModel::reload()
{
    m_reloadTimer.stop();
    QList<Row> rows = load();
    QStringList before, after;
    for (const Row &r : m_rows)
        before << r.procedure.id;
    for (const Row &r : rows)
        after << r.procedure.id;
    if (before == after) {
        m_rows = rows;
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(m_rows.size() - 1, ColumnCount - 1));
        return;
    }
    // Fine-grained moves keep the selection: one row added at the end, or one row removed.
    if (after.size() == before.size() + 1 && after.mid(0, before.size()) == before) {
        beginInsertRows({}, before.size(), before.size());
        m_rows = rows;
        endInsertRows();
        return;
    }
    if (after.size() + 1 == before.size()) {
        int gone = 0;
        while (gone < after.size() && before.at(gone) == after.at(gone))
            ++gone;
        if (before.mid(gone + 1) == after.mid(gone)) {
            beginRemoveRows({}, gone, gone);
            m_rows.removeAt(gone);
            endRemoveRows();
            m_rows = rows;
            if (!m_rows.isEmpty())
                emit dataChanged(index(0, 0), index(m_rows.size() - 1, ColumnCount - 1));
            return;
        }
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void ProcedureListModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    reload(); // clock names come translated from core
}

int ProcedureListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProcedureListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ProcedureListModel::procedureId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).procedure.id : QString();
}

int ProcedureListModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).procedure.id == id)
            return i;
    return -1;
}

QVariant ProcedureListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const Procedure &p = r.procedure;
    if (role == IdRole)
        return p.id;
    if (role == ClockLevelRole)
        return int(r.facts.worstClock);
    if (role == Qt::DisplayRole || role == SortRole) {
        const bool sort = role == SortRole;
        switch (index.column()) {
        case Number: return p.number;
        case Title: return p.title;
        case Agency: return r.agency;
        case Regime: return Codes::label(Codes::regimes(), p.regime);
        case Type: return Codes::label(Codes::procedureTypes(), p.type);
        case CurrentStage:
            if (sort)
                return Codes::rank(Codes::stageKinds(), r.facts.currentStageKind);
            return r.facts.currentStageKind.isEmpty() ? QString() : Codes::label(Codes::stageKinds(), r.facts.currentStageKind);
        case OpenFindings: return r.facts.openFindings;
        case WorstClock:
            if (sort)
                return int(r.facts.worstClock);
            return ProcedureFactsText::clockLevelLabel(r.facts.worstClock);
        case Savings:
            if (sort)
                return r.facts.savingsBp ? QVariant(*r.facts.savingsBp) : QVariant(qint64(-1) << 40);
            return r.facts.savingsBp ? formatPercent(*r.facts.savingsBp) : QString();
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == WorstClock)
            return r.facts.worstClockName.isEmpty() ? QVariant() : QVariant(r.facts.worstClockName);
        return data(index, Qt::DisplayRole); // elided cells show in full
    }
    if (role == Qt::TextAlignmentRole && (index.column() == OpenFindings || index.column() == Savings))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == WorstClock) {
        if (r.facts.worstClock == ClockLevel::Breached)
            return QBrush(QColor(0xb0, 0x00, 0x20));
        if (r.facts.worstClock == ClockLevel::Warning)
            return QBrush(QColor(0x9a, 0x60, 0x00));
        if (r.facts.worstClock == ClockLevel::Ok)
            return QBrush(QColor(0x1e, 0x7a, 0x32));
    }
    return {};
}

QVariant ProcedureListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number: return tr("Number");
    case Title: return tr("Title");
    case Agency: return tr("Agency");
    case Regime: return tr("Regime");
    case Type: return tr("Type");
    case CurrentStage: return tr("Current stage");
    case OpenFindings: return tr("Open findings");
    case WorstClock: return tr("Worst clock");
    case Savings: return tr("Savings %");
    }
    return {};
}

} // namespace Testigo::Ui
