// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A table model over the live rows of one entity table, filtered by a parent column (the
// procedure, the lot, the contract...). Columns are declared, not coded: each maps a storage
// column with a kind (text, code, bool, date, money) or is computed from the row. setData() never
// writes: it pushes a SetFieldCommand on the undo stack, and the model follows the Session's
// signals, so undo, redo and edits made elsewhere all reach the view the same way.

#include "domain/codes.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QVariantMap>
#include <functional>

class QUndoStack;

namespace Testigo {
class Session;
}

namespace Testigo::Ui {

struct Choice
{
    QString code;
    QString label;
};
using ChoiceList = QList<Choice>;

// The translated choices of a closed vocabulary.
ChoiceList codeChoices(const CodeList &list);

struct RecordColumn
{
    enum Kind { Text, Number, Code, Bool, Date, Money };
    RecordColumn(QString field_, const char *header_, Kind kind_ = Text, bool editable_ = true)
        : field(std::move(field_))
        , header(header_)
        , kind(kind_)
        , editable(editable_)
    { }

    QString field; // storage column; empty for a computed, read-only column
    const char *header = nullptr; // QT_TRANSLATE_NOOP("Testigo::Ui::RecordTableModel", ...)
    Kind kind = Text;
    bool editable = true;
    bool allowEmpty = false; // Code: "—" (no value) is a valid choice
    std::function<ChoiceList()> choices; // Code: the allowed values
    std::function<QString(const QVariantMap &)> display; // computed or custom display text
    std::function<QString(const QVariantMap &)> currency; // Money: the row's currency (MXN)
    std::function<QColor(const QVariantMap &)> background; // optional cell colour
    std::function<QVariant(const QVariant &)> normalize; // applied to a storage value before writing
};

class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordTableModel)

public:
    enum Roles { IdRole = Qt::UserRole + 1, FieldRole, KindRole, SortRole };

    RecordTableModel(Session &session, QUndoStack &undo, const QString &table,
        const QList<RecordColumn> &columns, QObject *parent = nullptr);

    // Only rows whose `column` equals `value`; an empty value shows nothing.
    void setFilter(const QString &column, const QString &value);
    QString filterValue() const { return m_filterValue; }
    // Orders rows by an integer column (number, position) instead of creation order.
    void setSortField(const QString &field);
    // Changes in these tables refresh the computed columns (e.g. finding_clause for "clauses").
    void setDependencies(const QStringList &tables) { m_dependencies = tables; }

    QString table() const { return m_table; }
    const RecordColumn &columnDef(int column) const { return m_columns.at(column); }
    int columnOf(const QString &field) const;
    QString idAt(int row) const;
    QVariantMap rowAt(int row) const;
    int rowOf(const QString &id) const;
    // Re-reads everything: after a language change, or when a computed column's inputs changed.
    void refreshAll();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void onRowInserted(const QString &table, const QString &id);
    void onFieldChanged(const QString &table, const QString &id, const QString &field);
    QList<QVariantMap> query() const;
    void sync();
    void emitRowChanged(int row);
    QString displayText(const RecordColumn &c, const QVariantMap &row) const;

    Session &m_session;
    QUndoStack &m_undo;
    QString m_table;
    QList<RecordColumn> m_columns;
    QString m_filterColumn;
    QString m_filterValue;
    QString m_sortField;
    QStringList m_dependencies;
    QList<QVariantMap> m_rows;
};

} // namespace Testigo::Ui
