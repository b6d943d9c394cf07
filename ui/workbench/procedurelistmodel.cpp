// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench/procedurelistmodel.h"

#include "common/statuspalette.h"
#include "common/uiformat.h"
#include "domain/codes.h"
#include "store/procedurepager.h"
#include "store/session.h"

#include <QBrush>
#include <QColor>
#include <QEvent>
#include <QHash>
#include <utility>

namespace Testigo::Ui {

ProcedureListModel::ProcedureListModel(Session &session, QObject *parent)
    : QAbstractTableModel(parent), m_session(session), m_today(QDate::currentDate())
{
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(0);
    connect(&m_reloadTimer, &QTimer::timeout, this, &ProcedureListModel::applyPending);
    connect(&session, &Session::rowInserted, this, [this](const QString &table, const QString &id) { noteChange(table, id); });
    connect(&session, &Session::fieldChanged, this,
            [this](const QString &table, const QString &id, const QString &) { noteChange(table, id); });
    connect(&session, &Session::reloaded, this, [this] {
        m_fullReload = true;
        m_reloadTimer.start();
    });
    m_loadTimer.setSingleShot(true);
    m_loadTimer.setInterval(0);
    connect(&m_loadTimer, &QTimer::timeout, this, &ProcedureListModel::loadMore);
    readAgencies();
    m_pager = std::make_unique<ProcedurePager>(session.file());
    m_rows = rowsOf(m_pager->next(FirstPage));
    if (!m_pager->atEnd())
        m_loadTimer.start();
}

ProcedureListModel::~ProcedureListModel() = default;

bool ProcedureListModel::isLoading() const { return m_pager && !m_pager->atEnd(); }

void ProcedureListModel::loadMore()
{
    if (!isLoading())
        return;
    const QList<Row> more = rowsOf(m_pager->next(LaterPage));
    if (!more.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
        m_rows += more;
        endInsertRows();
    }
    if (!m_pager->atEnd())
        m_loadTimer.start();
}

void ProcedureListModel::noteChange(const QString &table, const QString &id)
{
    m_reloadTimer.start();
    if (m_fullReload)
        return;
    if (table == QLatin1String("agency")) { // its name shows on every row of its procedures
        m_fullReload = true;
        return;
    }
    // Walk up the foreign keys to the procedure the changed row belongs to.
    static const QList<QPair<QString, QString>> parents{{QStringLiteral("lot_id"), QStringLiteral("lot")},
                                                        {QStringLiteral("stage_id"), QStringLiteral("stage")},
                                                        {QStringLiteral("contract_id"), QStringLiteral("contract")},
                                                        {QStringLiteral("finding_id"), QStringLiteral("finding")}};
    const CaseFile &file = m_session.file();
    QString t = table, rowId = id;
    for (int depth = 0; depth < 4 && !rowId.isEmpty(); ++depth) {
        if (t == QLatin1String("procedure")) {
            m_dirty.insert(rowId);
            return;
        }
        const auto row = file.row(t, rowId);
        if (!row)
            break;
        if (const QString owner = row->value(QStringLiteral("procedure_id")).toString(); !owner.isEmpty()) {
            m_dirty.insert(owner);
            return;
        }
        QString next;
        for (const auto &[column, parent] : parents)
            if (next.isEmpty() && !row->value(column).toString().isEmpty()) {
                next = row->value(column).toString();
                t = parent;
            }
        rowId = next;
    }
    // Rows of no procedure (witnesses, the editors' chapters and merge records) do not show here.
}

ProcedureListModel::Row ProcedureListModel::rowFor(const Procedure &p) const
{
    return {p, m_agencies.value(p.agencyId), std::nullopt}; // a renamed agency reloads the whole list
}

const ProcedureFacts &ProcedureListModel::factsOf(const Row &row) const
{
    if (!row.facts)
        row.facts = computeProcedureFacts(m_session.file(), row.procedure, m_today);
    return *row.facts;
}

void ProcedureListModel::applyPending()
{
    const QSet<QString> dirty = std::exchange(m_dirty, {});
    if (std::exchange(m_fullReload, false)) {
        reload();
        return;
    }
    const CaseFile &file = m_session.file();
    for (const QString &id : dirty) {
        const auto p = file.get<Procedure>(id);
        const int at = rowOf(id);
        if (!p || p->deleted || at < 0) {
            // Added, deleted or restored: the list's order comes from the file.
            reload();
            return;
        }
        m_rows[at] = rowFor(*p); // facts recomputed when next shown
        emit dataChanged(index(at, 0), index(at, ColumnCount - 1));
    }
}

void ProcedureListModel::setToday(const QDate &today)
{
    m_today = today;
    reload();
}

void ProcedureListModel::readAgencies()
{
    m_agencies.clear();
    for (const Testigo::Agency &a : m_session.file().all<Testigo::Agency>())
        m_agencies.insert(a.id, a.acronym.isEmpty() ? a.name : a.acronym);
}

QList<ProcedureListModel::Row> ProcedureListModel::rowsOf(const QList<Procedure> &procedures) const
{
    QList<Row> rows;
    rows.reserve(procedures.size());
    for (const Procedure &p : procedures)
        rows.append(rowFor(p));
    return rows;
}

// Everything at once (an edit that adds or removes a procedure), ending any loading under way.
QList<ProcedureListModel::Row> ProcedureListModel::load()
{
    m_loadTimer.stop();
    readAgencies();
    m_pager = std::make_unique<ProcedurePager>(m_session.file());
    QList<Row> rows;
    while (!m_pager->atEnd())
        rows += rowsOf(m_pager->next(LaterPage * 10));
    return rows;
}

void ProcedureListModel::reload()
{
    m_reloadTimer.stop();
    m_dirty.clear();
    m_fullReload = false;
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
        return int(factsOf(r).worstClock);
    if (role == Qt::DisplayRole || role == SortRole) {
        const bool sort = role == SortRole;
        switch (index.column()) {
        case Number: return p.number;
        case Title: return p.title;
        case Agency: return r.agency;
        case Regime: // the law's name; its qualifier ("before 17-IV-2025") is in the tooltip
            return Codes::label(Codes::regimes(), p.regime).section(QStringLiteral(" ("), 0, 0);
        case Type: return Codes::label(Codes::procedureTypes(), p.type);
        case CurrentStage: {
            const QString kind = factsOf(r).currentStageKind;
            if (sort)
                return Codes::rank(Codes::stageKinds(), kind);
            return kind.isEmpty() ? QString() : Codes::label(Codes::stageKinds(), kind);
        }
        case OpenFindings: return factsOf(r).openFindings;
        case WorstClock:
            if (sort)
                return int(factsOf(r).worstClock);
            return ProcedureFactsText::clockLevelLabel(factsOf(r).worstClock);
        case Savings: {
            const auto savings = factsOf(r).savingsBp;
            if (sort)
                return savings ? QVariant(*savings) : QVariant(qint64(-1) << 40);
            return savings ? formatPercent(*savings) : QString();
        }
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == WorstClock)
            return factsOf(r).worstClockName.isEmpty() ? QVariant() : QVariant(factsOf(r).worstClockName);
        if (index.column() == Regime)
            return Codes::label(Codes::regimes(), p.regime);
        return data(index, Qt::DisplayRole); // elided cells show in full
    }
    if (role == Qt::TextAlignmentRole && (index.column() == OpenFindings || index.column() == Savings))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == WorstClock) {
        const QColor c = StatusPalette::clockText(factsOf(r).worstClock);
        if (c.isValid())
            return QBrush(c);
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
