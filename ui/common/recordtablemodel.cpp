// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/recordtablemodel.h"

#include "common/commands.h"
#include "common/uiformat.h"
#include "domain/dates.h"
#include "store/session.h"

#include <QCoreApplication>
#include <QDate>
#include <QUndoStack>
#include <algorithm>

namespace Testigo::Ui {

ChoiceList codeChoices(const CodeList &list)
{
    ChoiceList out;
    for (const auto &item : list)
        out.append({QString::fromLatin1(item.code), Codes::label(list, QString::fromLatin1(item.code))});
    return out;
}

RecordTableModel::RecordTableModel(Session &session, QUndoStack &undo, const QString &table,
    const QList<RecordColumn> &columns, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
    , m_undo(undo)
    , m_table(table)
    , m_columns(columns)
{
    connect(&m_session, &Session::rowInserted, this, &RecordTableModel::onRowInserted);
    connect(&m_session, &Session::fieldChanged, this, &RecordTableModel::onFieldChanged);
    connect(&m_session, &Session::reloaded, this, &RecordTableModel::refreshAll);
}

void RecordTableModel::setFilter(const QString &column, const QString &value)
{
    beginResetModel();
    m_filterColumn = column;
    m_filterValue = value;
    m_rows = query();
    endResetModel();
}

void RecordTableModel::setSortField(const QString &field)
{
    m_sortField = field;
    sync();
}

int RecordTableModel::columnOf(const QString &field) const
{
    for (int c = 0; c < m_columns.size(); ++c)
        if (m_columns[c].field == field)
            return c;
    return -1;
}

QString RecordTableModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].value(QStringLiteral("id")).toString() : QString();
}

QVariantMap RecordTableModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row] : QVariantMap();
}

int RecordTableModel::rowOf(const QString &id) const
{
    for (int r = 0; r < m_rows.size(); ++r)
        if (m_rows[r].value(QStringLiteral("id")).toString() == id)
            return r;
    return -1;
}

void RecordTableModel::refreshAll()
{
    sync();
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(m_rows.size() - 1, m_columns.size() - 1));
    emit headerDataChanged(Qt::Horizontal, 0, m_columns.size() - 1);
}

int RecordTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RecordTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QString RecordTableModel::displayText(const RecordColumn &c, const QVariantMap &row) const
{
    if (c.display)
        return c.display(row);
    const QVariant v = row.value(c.field);
    switch (c.kind) {
    case RecordColumn::Code:
        if (c.allowEmpty && v.toString().isEmpty())
            return QStringLiteral("—"); // "none", as the cell's combo offers it
        if (c.choices)
            for (const auto &choice : c.choices())
                if (choice.code == v.toString())
                    return choice.label;
        return v.toString();
    case RecordColumn::Bool:
        return QString(); // shown as a check box
    case RecordColumn::Date:
        return formatDate(QDate::fromString(v.toString(), Qt::ISODate));
    case RecordColumn::Money:
        return formatMoney(v.toLongLong(), c.currency ? c.currency(row) : QStringLiteral("MXN"));
    case RecordColumn::Number:
        return QLocale().toString(v.toLongLong());
    case RecordColumn::Text:
        break;
    }
    return v.toString();
}

QVariant RecordTableModel::data(const QModelIndex &index, int role) const
{
    if (!isValidCell(index))
        return QVariant();
    const QVariantMap &row = m_rows[index.row()];
    const RecordColumn &c = m_columns[index.column()];
    const QVariant v = c.field.isEmpty() ? QVariant() : row.value(c.field);
    switch (role) {
    case Qt::DisplayRole:
        return displayText(c, row);
    case Qt::ToolTipRole:
        // A narrow column cuts long texts (clauses, bidder names): the whole text is in the tooltip.
        return c.kind == RecordColumn::Text ? QVariant(displayText(c, row)) : QVariant();
    case Qt::EditRole:
        switch (c.kind) {
        case RecordColumn::Bool:
            return v.toLongLong() != 0;
        case RecordColumn::Date:
            return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
        case RecordColumn::Money:
            return moneyEditText(v.toLongLong());
        case RecordColumn::Number:
            return v.toLongLong();
        default:
            return c.field.isEmpty() ? QVariant(displayText(c, row)) : QVariant(v.toString());
        }
    case Qt::CheckStateRole:
        if (c.kind == RecordColumn::Bool)
            return v.toLongLong() != 0 ? Qt::Checked : Qt::Unchecked;
        return QVariant();
    case Qt::BackgroundRole:
        if (c.background) {
            const QColor colour = c.background(row);
            if (colour.isValid())
                return colour;
        }
        return QVariant();
    case Qt::TextAlignmentRole:
        if (c.kind == RecordColumn::Money || c.kind == RecordColumn::Number)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant();
    case IdRole:
        return row.value(QStringLiteral("id"));
    case FieldRole:
        return c.field;
    case KindRole:
        return int(c.kind);
    case SortRole:
        switch (c.kind) {
        case RecordColumn::Number:
        case RecordColumn::Money:
        case RecordColumn::Bool:
            return v.toLongLong();
        case RecordColumn::Date:
            return v.toString();
        case RecordColumn::Code:
            if (c.choices && !c.display) {
                const ChoiceList choices = c.choices();
                for (int i = 0; i < choices.size(); ++i)
                    if (choices[i].code == v.toString())
                        return i; // the vocabulary's order: severities low..critical, stages in time
                return -1;
            }
            break;
        case RecordColumn::Text:
            break;
        }
        return displayText(c, row);
    default:
        return QVariant();
    }
}

bool RecordTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!isValidCell(index))
        return false;
    const RecordColumn &c = m_columns[index.column()];
    if (c.field.isEmpty() || !c.editable || m_session.isReadOnly())
        return false;
    QVariant storage;
    if (role == Qt::CheckStateRole && c.kind == RecordColumn::Bool)
        storage = qint64(value.toInt() == Qt::Checked ? 1 : 0);
    else if (role != Qt::EditRole)
        return false;
    else
        switch (c.kind) {
        case RecordColumn::Bool:
            storage = qint64(value.toBool() ? 1 : 0);
            break;
        case RecordColumn::Number:
            storage = value.toLongLong();
            break;
        case RecordColumn::Money:
            // Centavos from the delegate; typed text (1,234.50) is parsed exactly, or refused.
            if (value.typeId() == QMetaType::QString) {
                const auto cents = parseAmount(value.toString());
                if (!cents)
                    return false;
                storage = *cents;
            } else {
                storage = value.toLongLong();
            }
            break;
        case RecordColumn::Date: {
            const QDate d = value.toDate();
            storage = d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
            break;
        }
        default:
            storage = nonNull(value.toString());
            // References (stage_id, bidder_id...) are NULL, not "", when unset: foreign keys.
            if (c.field.endsWith(QLatin1String("_id")) && storage.toString().isEmpty())
                storage = QVariant();
            break;
        }
    if (c.normalize)
        storage = c.normalize(storage);
    const QVariantMap &row = m_rows[index.row()];
    if (row.value(c.field) == storage || (row.value(c.field).isNull() && storage.isNull()))
        return true;
    // Inside a sentence a column's name starts lower-case ("Cambiar categoría"), an acronym stays ("RFC").
    QString header = tr(c.header);
    if (header.size() > 1 && header.at(1).isLower())
        header[0] = header.at(0).toLower();
    const QString text = tr("Change %1").arg(header);
    m_undo.push(new SetFieldCommand(m_session, m_table, idAt(index.row()), c.field, storage, text));
    return true;
}

Qt::ItemFlags RecordTableModel::flags(const QModelIndex &index) const
{
    if (!isValidCell(index))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const RecordColumn &c = m_columns[index.column()];
    if (c.field.isEmpty() || !c.editable || m_session.isReadOnly())
        return f;
    return c.kind == RecordColumn::Bool ? f | Qt::ItemIsUserCheckable : f | Qt::ItemIsEditable;
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return tr(m_columns[section].header);
    return QVariant();
}

void RecordTableModel::onRowInserted(const QString &table, const QString &)
{
    if (table == m_table)
        sync();
    else if (m_dependencies.contains(table))
        refreshAll();
}

void RecordTableModel::onFieldChanged(const QString &table, const QString &id, const QString &field)
{
    if (m_dependencies.contains(table)) {
        refreshAll();
        return;
    }
    if (table != m_table)
        return;
    if (field == QLatin1String("deleted") || field == m_filterColumn || field == m_sortField) {
        sync();
        return;
    }
    const int r = rowOf(id);
    if (r < 0)
        return;
    if (const auto fresh = m_session.file().row(m_table, id)) {
        m_rows[r] = *fresh;
        // Only the changed field's cells (and computed ones): a form mapped on this row must not
        // reload the editor the user is typing in.
        for (int c = 0; c < m_columns.size(); ++c)
            if (m_columns[c].field == field || m_columns[c].display || m_columns[c].background)
                emit dataChanged(index(r, c), index(r, c));
    }
}

QList<QVariantMap> RecordTableModel::query() const
{
    if (m_filterValue.isEmpty())
        return {};
    QList<QVariantMap> rows = m_session.file().rows(m_table, m_filterColumn, m_filterValue);
    if (!m_sortField.isEmpty())
        std::stable_sort(rows.begin(), rows.end(), [this](const QVariantMap &a, const QVariantMap &b) {
            return a.value(m_sortField).toLongLong() < b.value(m_sortField).toLongLong();
        });
    return rows;
}

// Brings m_rows to the freshly queried list with fine-grained remove/insert/move/change signals,
// so views keep their selection and the editor mapped on a row keeps its place.
void RecordTableModel::sync()
{
    const QList<QVariantMap> fresh = query();
    QStringList freshIds;
    for (const auto &r : fresh)
        freshIds << r.value(QStringLiteral("id")).toString();
    for (int i = int(m_rows.size()) - 1; i >= 0; --i)
        if (!freshIds.contains(idAt(i))) {
            beginRemoveRows(QModelIndex(), i, i);
            m_rows.removeAt(i);
            endRemoveRows();
        }
    for (int i = 0; i < fresh.size(); ++i) {
        const int at = rowOf(freshIds[i]);
        if (at == i) {
            if (m_rows[i] != fresh[i]) {
                m_rows[i] = fresh[i];
                emitRowChanged(i);
            }
        } else if (at > i) {
            beginMoveRows(QModelIndex(), at, at, QModelIndex(), i);
            m_rows.move(at, i);
            endMoveRows();
            m_rows[i] = fresh[i];
            emitRowChanged(i);
        } else {
            beginInsertRows(QModelIndex(), i, i);
            m_rows.insert(i, fresh[i]);
            endInsertRows();
        }
    }
}

void RecordTableModel::emitRowChanged(int row)
{
    emit dataChanged(index(row, 0), index(row, int(m_columns.size()) - 1));
}

} // namespace Testigo::Ui
