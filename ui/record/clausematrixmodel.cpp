// SPDX-License-Identifier: GPL-3.0-or-later
#include "record/clausematrixmodel.h"

#include "common/statuspalette.h"
#include "domain/codes.h"
#include "record/recordformat.h"
#include "store/session.h"

#include <QLocale>
#include <algorithm>

namespace Testigo::Ui {

namespace {
QString key(const QString &clause, const QString &stage)
{
    return clause + QLatin1Char('|') + stage;
}

bool sameIds(const auto &a, const auto &b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                      [](const auto &x, const auto &y) { return x.id == y.id; });
}
} // namespace

ClauseMatrixModel::ClauseMatrixModel(Session &session, QObject *parent)
    : QAbstractTableModel(parent), m_session(session)
{
    connect(&m_session, &Session::rowInserted, this, [this](const QString &table) { onChange(table); });
    connect(&m_session, &Session::fieldChanged, this,
            [this](const QString &table, const QString &, const QString &) { onChange(table); });
}

void ClauseMatrixModel::setProcedure(const QString &procedureId)
{
    m_procedureId = procedureId;
    refresh();
}

void ClauseMatrixModel::onChange(const QString &table)
{
    static const QStringList watched{QStringLiteral("finding"), QStringLiteral("finding_clause"),
                                     QStringLiteral("clause"), QStringLiteral("stage")};
    if (watched.contains(table))
        refresh();
}

// Recomputes everything (a procedure has tens of clauses and stages); resets only when the rows
// or columns themselves changed, so a view keeps its current cell while counts change.
void ClauseMatrixModel::refresh()
{
    QList<Header> clauses, stages;
    QHash<QString, Cell> cells;
    if (!m_procedureId.isEmpty()) {
        const CaseFile &file = m_session.file();
        const bool spanish = QLocale().language() == QLocale::Spanish;
        auto clauseList = file.all<Clause>(QStringLiteral("procedure_id"), m_procedureId);
        std::stable_sort(clauseList.begin(), clauseList.end(), [](const Clause &a, const Clause &b) { return a.position < b.position; });
        for (const Clause &c : clauseList)
            clauses.append({c.id, c.code, spanish ? c.textEs : c.textEn});
        auto stageList = file.all<Stage>(QStringLiteral("procedure_id"), m_procedureId);
        std::stable_sort(stageList.begin(), stageList.end(), [](const Stage &a, const Stage &b) { return a.position < b.position; });
        for (const Stage &s : stageList)
            stages.append({s.id, stageLabel(s), stageLabel(s)});
        auto findings = file.all<Finding>(QStringLiteral("procedure_id"), m_procedureId);
        std::stable_sort(findings.begin(), findings.end(), [](const Finding &a, const Finding &b) { return a.number < b.number; });
        for (const Finding &f : findings) {
            if (f.stageId.isEmpty())
                continue;
            for (const FindingClause &tie : file.all<FindingClause>(QStringLiteral("finding_id"), f.id)) {
                Cell &cell = cells[key(tie.clauseId, f.stageId)];
                if (!cell.findings.contains(f.id))
                    cell.findings << f.id;
                cell.worst = worseSeverity(cell.worst, f.severity);
            }
        }
    }
    if (sameIds(clauses, m_clauses) && sameIds(stages, m_stages)) {
        m_clauses = clauses;
        m_stages = stages;
        m_cells = cells;
        if (!m_clauses.isEmpty() && !m_stages.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        if (!m_clauses.isEmpty())
            emit headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
        if (!m_stages.isEmpty())
            emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
        return;
    }
    beginResetModel();
    m_clauses = clauses;
    m_stages = stages;
    m_cells = cells;
    endResetModel();
}

QStringList ClauseMatrixModel::findingsAt(const QModelIndex &index) const
{
    if (!isValidCell(index))
        return {};
    return m_cells.value(key(m_clauses[index.row()].id, m_stages[index.column()].id)).findings;
}

QString ClauseMatrixModel::clauseIdAt(int row) const
{
    return row >= 0 && row < m_clauses.size() ? m_clauses[row].id : QString();
}

QString ClauseMatrixModel::stageIdAt(int column) const
{
    return column >= 0 && column < m_stages.size() ? m_stages[column].id : QString();
}

int ClauseMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_clauses.size());
}

int ClauseMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_stages.size());
}

QVariant ClauseMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!isValidCell(index))
        return QVariant();
    const Cell cell = m_cells.value(key(m_clauses[index.row()].id, m_stages[index.column()].id));
    const int count = int(cell.findings.size());
    switch (role) {
    case Qt::DisplayRole:
        // Count and severity in words: the colour is never the only cue.
        return count == 0 ? QString()
                          : QStringLiteral("%1 · %2").arg(QLocale().toString(count),
                                                          Codes::label(Codes::severities(), cell.worst));
    case Qt::ToolTipRole:
        return count == 0 ? QVariant()
                          : QVariant(tr("%n finding(s) on clause %1 at %2; worst severity: %3", nullptr, count)
                                         .arg(m_clauses[index.row()].label, m_stages[index.column()].label,
                                              Codes::label(Codes::severities(), cell.worst)));
    case Qt::BackgroundRole:
        return count == 0 ? QVariant() : QVariant(StatusPalette::severityBackground(cell.worst));
    case Qt::ForegroundRole:
        return count == 0 ? QVariant() : QVariant(StatusPalette::text());
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case CountRole:
        return count;
    case SeverityRole:
        return cell.worst;
    case ClauseIdRole:
        return m_clauses[index.row()].id;
    case StageIdRole:
        return m_stages[index.column()].id;
    case FindingIdsRole:
        return cell.findings;
    default:
        return QVariant();
    }
}

QVariant ClauseMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    const QList<Header> &list = orientation == Qt::Horizontal ? m_stages : m_clauses;
    if (section < 0 || section >= list.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return list[section].label;
    if (role == Qt::ToolTipRole)
        return list[section].tip;
    return QVariant();
}

} // namespace Testigo::Ui
