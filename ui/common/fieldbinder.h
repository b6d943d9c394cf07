// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Binds plain editors to the fields of one row of the case file. Every user change pushes a
// SetFieldCommand (so it is written at once and undoable; keystrokes in one field merge into one
// step), and every change in the file (undo, redo, another panel) is shown in the editor.
// Choice combos (codes such as regime or status, or rows of another table) store codes and show
// labels that follow the UI language. The one form binder of the UI: every form uses it.

#include "common/recordtablemodel.h"
#include "domain/codes.h"
#include "store/session.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <functional>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QUndoStack;
class QWidget;

namespace Testigo::Ui {

class DateField;

class FieldBinder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldBinder)

public:
    FieldBinder(Session &session, QUndoStack &stack, QObject *parent = nullptr);

    // The row edited; an empty id disables every bound editor.
    void setRow(const QString &table, const QString &id);
    QString table() const { return m_table; }
    QString rowId() const { return m_id; }

    void bindLineEdit(QLineEdit *edit, const QString &field);
    void bindPlainText(QPlainTextEdit *edit, const QString &field);
    void bindCheckBox(QCheckBox *box, const QString &field);
    void bindSpinBox(QSpinBox *box, const QString &field);
    // An empty field stores NULL ("no date").
    void bindDateEdit(DateField *edit, const QString &field);
    void bindCodeCombo(QComboBox *combo, const QString &field, const CodeList &codes);
    // A combo of rows of another table (agency, witness) storing their id; display = a column.
    void bindRowCombo(
        QComboBox *combo, const QString &field, const QString &table, const QString &displayColumn);
    // A combo of any choices (read again on refresh, on a language change, and when a row of
    // `sourceTable` changes); withEmpty offers "—" for "none" (stored as NULL).
    void bindChoiceCombo(QComboBox *combo, const QString &field, std::function<ChoiceList()> choices,
        bool withEmpty = false, const QString &sourceTable = QString());

    // A clean-up applied when the editor of `field` is left (Return, Tab, focus out): text is
    // stored as typed while typing, and its canonical form once the field is left (an RFC in
    // capitals without separators). The clean-up is part of the typing's undo step.
    void setCleanup(const QString &field, std::function<QVariant(const QVariant &)> cleanup);

    // Re-reads every bound editor from the file.
    void refresh();

    // Every bound editor carries its column in this property, so a page can be asked for the
    // editor of a field (the testimony's missing parts lead there).
    static constexpr const char *FieldProperty = "testigoField";
    // The editor of `field` among root's descendants, or null.
    static QWidget *editorOf(const QWidget *root, const QString &field);
    static void markField(QWidget *editor, const QString &field);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Binding
    {
        QPointer<QWidget> widget;
        enum Kind { Line, Plain, Check, Spin, Date, Choice } kind;
        std::function<ChoiceList()> choices = {};
        bool withEmpty = false;
        QString sourceTable = {};
        std::function<QVariant(const QVariant &)> cleanup = {};
    };

    void push(const QString &field, const QVariant &value, const QString &label);
    void show(const QString &field);
    void fillCombo(const QString &field);
    void onFieldChanged(const QString &table, const QString &id, const QString &field);
    void onRowInserted(const QString &table, const QString &id);
    void leave(const QString &field);
    void endTyping();

    Session &m_session;
    QUndoStack &m_stack;
    QString m_table, m_id;
    QHash<QString, Binding> m_bindings;
    bool m_updating = false;
};

} // namespace Testigo::Ui
