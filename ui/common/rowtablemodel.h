// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A table model over the live rows of one case-file table (optionally those of one parent), with
// declared columns. setData() pushes a SetFieldCommand, so every cell edit is written at once and
// undoable; the model follows the file (undo, other panels) one event loop turn later, or at once
// through reload().

#include "domain/codes.h"

#include <QAbstractTableModel>
#include <QTimer>
#include <QVariantMap>
#include <functional>

class QUndoStack;

namespace Testigo {
class Session;
}

namespace Testigo::Ui {

struct ColumnSpec
{
    enum Kind { Text, Integer, Money, Code, Date, Bool };
    QString field;
    const char *header; // marked with QT_TRANSLATE_NOOP("RowTableModel", ...)
    Kind kind = Text;
    const CodeList *codes = nullptr; // for Code
    bool editable = true;
    // Optional display text computed from the whole row (e.g. the question in the UI's language).
    std::function<QString(const QVariantMap &)> display = {};
};

class RowTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RowTableModel)

public:
    enum Role { IdRole = Qt::UserRole + 1, RowRole };

    RowTableModel(Session &session, QUndoStack &stack, const QString &table, QList<ColumnSpec> columns,
        QObject *parent = nullptr);

    // Lists the rows whose `column` equals `value` (e.g. stage_id = X); an empty value lists none.
    void setParentFilter(const QString &column, const QString &value);
    // Rows are ordered by these integer fields (e.g. "position"), then by creation.
    void setOrderBy(const QStringList &fields)
    {
        m_orderBy = fields;
        reload();
    }
    // Money columns are shown in this currency.
    void setCurrency(const QString &currency) { m_currency = currency; }
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }

    QString rowId(int row) const;
    int rowOf(const QString &id) const;
    QString table() const { return m_table; }
    const QList<ColumnSpec> &columns() const { return m_columns; }
    void reload();
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // A value typed into a cell was refused (the file is unchanged); the message says why.
    void inputRefused(const QString &message);

private:
    QList<QVariantMap> load() const;

    Session &m_session;
    QUndoStack &m_stack;
    QString m_table;
    QList<ColumnSpec> m_columns;
    QString m_parentColumn, m_parentValue;
    QStringList m_orderBy;
    QString m_currency = QStringLiteral("MXN");
    bool m_readOnly = false;
    QList<QVariantMap> m_rows;
    QTimer m_reloadTimer;
};

} // namespace Testigo::Ui
