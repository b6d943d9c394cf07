// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/rowtablemodel.h"

#include "common/commands.h"
#include "common/uiformat.h"
#include "store/session.h"

#include <QCoreApplication>
#include <QUndoStack>
#include <algorithm>

namespace Testigo::Ui {

RowTableModel::RowTableModel(
    Session &session, QUndoStack &stack, const QString &table, QList<ColumnSpec> columns, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
    , m_stack(stack)
    , m_table(table)
    , m_columns(std::move(columns))
{
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(0);
    connect(&m_reloadTimer, &QTimer::timeout, this, &RowTableModel::reload);
    connect(&session, &Session::changed, &m_reloadTimer, qOverload<>(&QTimer::start));
    m_readOnly = session.isReadOnly();
}

void RowTableModel::setParentFilter(const QString &column, const QString &value)
{
    m_parentColumn = column;
    m_parentValue = value;
    beginResetModel();
    m_rows = load();
    endResetModel();
}

QList<QVariantMap> RowTableModel::load() const
{
    if (!m_parentColumn.isEmpty() && m_parentValue.isEmpty())
        return {};
    QList<QVariantMap> rows = m_session.file().rows(m_table, m_parentColumn, m_parentValue);
    if (!m_orderBy.isEmpty())
        std::stable_sort(rows.begin(), rows.end(), [this](const QVariantMap &a, const QVariantMap &b) {
            for (const QString &f : m_orderBy) {
                const qint64 x = a.value(f).toLongLong(), y = b.value(f).toLongLong();
                if (x != y)
                    return x < y;
            }
            return false;
        });
    return rows;
}

void RowTableModel::reload()
{
    m_reloadTimer.stop();
    QList<QVariantMap> rows = load();
    QStringList before, after;
    for (const auto &r : m_rows)
        before << r.value(QStringLiteral("id")).toString();
    for (const auto &r : rows)
        after << r.value(QStringLiteral("id")).toString();
    if (before == after) {
        m_rows = rows;
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, int(m_columns.size()) - 1));
        return;
    }
    if (after.size() == before.size() + 1 && after.mid(0, before.size()) == before) {
        beginInsertRows({}, int(before.size()), int(before.size()));
        m_rows = rows;
        endInsertRows();
        return;
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void RowTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, int(m_columns.size()) - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, int(m_columns.size()) - 1));
}

QString RowTableModel::rowId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).value(QStringLiteral("id")).toString()
                                           : QString();
}

int RowTableModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).value(QStringLiteral("id")).toString() == id)
            return i;
    return -1;
}

int RowTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RowTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant RowTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QVariantMap &row = m_rows.at(index.row());
    const ColumnSpec &c = m_columns.at(index.column());
    const QVariant v = row.value(c.field);
    if (role == IdRole)
        return row.value(QStringLiteral("id"));
    if (role == RowRole)
        return row;
    if (role == Qt::CheckStateRole && c.kind == ColumnSpec::Bool)
        return v.toLongLong() ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::TextAlignmentRole && (c.kind == ColumnSpec::Money || c.kind == ColumnSpec::Integer))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        if (c.display)
            return c.display(row);
        switch (c.kind) {
        case ColumnSpec::Text:
            return v.toString();
        case ColumnSpec::Integer:
            return v.toLongLong();
        case ColumnSpec::Money:
            return formatMoney(v.toLongLong(), m_currency);
        case ColumnSpec::Code:
            return Codes::label(*c.codes, v.toString());
        case ColumnSpec::Date:
            return formatDate(QDate::fromString(v.toString(), Qt::ISODate));
        case ColumnSpec::Bool:
            return QVariant();
        }
    }
    if (role == Qt::EditRole) {
        switch (c.kind) {
        case ColumnSpec::Text:
            return v.toString();
        case ColumnSpec::Integer:
            return v.toInt();
        case ColumnSpec::Money:
            return formatAmount(v.toLongLong());
        case ColumnSpec::Code:
            return v.toString();
        case ColumnSpec::Date: {
            const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
            return d.isValid() ? d : QDate::currentDate();
        }
        case ColumnSpec::Bool:
            return v.toLongLong() != 0;
        }
    }
    return {};
}

bool RowTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const ColumnSpec &c = m_columns.at(index.column());
    if (!(flags(index) & (Qt::ItemIsEditable | Qt::ItemIsUserCheckable)))
        return false;
    QVariant stored = value;
    if (c.kind == ColumnSpec::Bool) {
        if (role != Qt::CheckStateRole)
            return false;
        stored = value.toInt() == Qt::Checked;
    } else if (role != Qt::EditRole) {
        return false;
    } else if (c.kind == ColumnSpec::Money) {
        const auto cents = parseAmount(value.toString());
        if (!cents) {
            emit inputRefused(
                tr("“%1” is not an amount: type digits, with a point before the centavos (1,234.50).")
                    .arg(value.toString()));
            return false;
        }
        stored = *cents;
    } else if (c.kind == ColumnSpec::Integer) {
        stored = qint64(value.toLongLong());
    }
    const QString id = rowId(index.row());
    m_stack.push(new SetFieldCommand(m_session, m_table, id, c.field, stored,
        tr("Edit %1").arg(QCoreApplication::translate("RowTableModel", c.header))));
    reload();
    // True when the file now holds the value (false after a failed write, which was reported).
    const auto row = m_session.file().row(m_table, id);
    return row && canonicalValue(row->value(c.field)) == canonicalValue(toStorage(stored));
}

Qt::ItemFlags RowTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const ColumnSpec &c = m_columns.at(index.column());
    if (c.editable && !m_readOnly)
        f |= c.kind == ColumnSpec::Bool ? Qt::ItemIsUserCheckable : Qt::ItemIsEditable;
    return f;
}

QVariant RowTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0
        && section < m_columns.size())
        return QCoreApplication::translate("RowTableModel", m_columns.at(section).header);
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace Testigo::Ui
