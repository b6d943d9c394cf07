// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/fieldbinder.h"

#include "common/commands.h"
#include "common/datefield.h"
#include "common/recorddelegate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QUndoStack>

namespace Testigo::Ui {

FieldBinder::FieldBinder(Session &session, QUndoStack &stack, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_stack(stack)
{
    connect(&session, &Session::fieldChanged, this, &FieldBinder::onFieldChanged);
    connect(&session, &Session::rowInserted, this, &FieldBinder::onRowInserted);
}

void FieldBinder::markField(QWidget *editor, const QString &field)
{
    editor->setProperty(FieldProperty, field);
}

QWidget *FieldBinder::editorOf(const QWidget *root, const QString &field)
{
    if (!root || field.isEmpty())
        return nullptr;
    const auto all = root->findChildren<QWidget *>();
    for (QWidget *w : all)
        if (w->property(FieldProperty).toString() == field)
            return w;
    return nullptr;
}

void FieldBinder::setRow(const QString &table, const QString &id)
{
    m_table = table;
    m_id = id;
    refresh();
}

void FieldBinder::refresh()
{
    for (auto it = m_bindings.cbegin(); it != m_bindings.cend(); ++it) {
        if (it->kind == Binding::Choice)
            fillCombo(it.key());
        show(it.key());
    }
}

void FieldBinder::endTyping()
{
    // Leaving a field ends its undo step: the next edit of the same field is a new step.
    if (m_stack.index() > 0)
        if (const auto *c = dynamic_cast<const SetFieldCommand *>(m_stack.command(m_stack.index() - 1)))
            const_cast<SetFieldCommand *>(c)->closeMerging();
}

void FieldBinder::setCleanup(const QString &field, std::function<QVariant(const QVariant &)> cleanup)
{
    auto it = m_bindings.find(field);
    if (it != m_bindings.end())
        it->cleanup = std::move(cleanup);
}

void FieldBinder::leave(const QString &field)
{
    const Binding b = m_bindings.value(field);
    if (b.cleanup && !m_id.isEmpty() && !m_updating) {
        const auto row = m_session.file().row(m_table, m_id);
        const QVariant stored = row ? row->value(field) : QVariant();
        const QVariant clean = b.cleanup(stored);
        if (row && clean != stored)
            push(field, clean, b.widget ? b.widget->accessibleName() : QString());
    }
    endTyping();
}

void FieldBinder::push(const QString &field, const QVariant &value, const QString &label)
{
    if (m_updating || m_id.isEmpty())
        return;
    m_stack.push(new SetFieldCommand(
        m_session, m_table, m_id, field, value, tr("Edit %1").arg(label.isEmpty() ? field : label)));
    // A failed write leaves the file unchanged: show what the file really holds.
    show(field);
}

void FieldBinder::bindLineEdit(QLineEdit *edit, const QString &field)
{
    m_bindings.insert(field, {edit, Binding::Line});
    markField(edit, field);
    connect(edit, &QLineEdit::textEdited, this,
        [this, edit, field](const QString &t) { push(field, t, edit->accessibleName()); });
    connect(edit, &QLineEdit::editingFinished, this, [this, field] { leave(field); });
    show(field);
}

void FieldBinder::bindPlainText(QPlainTextEdit *edit, const QString &field)
{
    m_bindings.insert(field, {edit, Binding::Plain});
    markField(edit, field);
    connect(edit, &QPlainTextEdit::textChanged, this,
        [this, edit, field] { push(field, edit->toPlainText(), edit->accessibleName()); });
    edit->installEventFilter(this);
    show(field);
}

void FieldBinder::bindCheckBox(QCheckBox *box, const QString &field)
{
    m_bindings.insert(field, {box, Binding::Check});
    markField(box, field);
    connect(box, &QCheckBox::toggled, this, [this, box, field](bool on) {
        push(field, on, box->text());
        endTyping();
    });
    show(field);
}

void FieldBinder::bindSpinBox(QSpinBox *box, const QString &field)
{
    m_bindings.insert(field, {box, Binding::Spin});
    markField(box, field);
    connect(box, &QSpinBox::valueChanged, this,
        [this, box, field](int v) { push(field, v, box->accessibleName()); });
    connect(box, &QSpinBox::editingFinished, this, &FieldBinder::endTyping);
    show(field);
}

void FieldBinder::bindDateEdit(DateField *edit, const QString &field)
{
    m_bindings.insert(field, {edit, Binding::Date});
    markField(edit, field);
    connect(edit, &DateField::dateChanged, this, [this, edit, field](const QDate &d) {
        if (m_updating)
            return;
        push(field, d.isValid() ? QVariant(d) : QVariant(), edit->accessibleName());
        endTyping();
    });
    show(field);
}

void FieldBinder::bindCodeCombo(QComboBox *combo, const QString &field, const CodeList &codes)
{
    bindChoiceCombo(combo, field, [&codes] { return codeChoices(codes); });
}

void FieldBinder::bindRowCombo(
    QComboBox *combo, const QString &field, const QString &table, const QString &displayColumn)
{
    const auto rows = [this, table, displayColumn] {
        ChoiceList out;
        for (const QVariantMap &r : m_session.file().rows(table))
            out.append({r.value(QStringLiteral("id")).toString(), r.value(displayColumn).toString()});
        return out;
    };
    bindChoiceCombo(combo, field, rows, true, table);
}

void FieldBinder::bindChoiceCombo(QComboBox *combo, const QString &field, std::function<ChoiceList()> choices,
    bool withEmpty, const QString &sourceTable)
{
    Binding b {combo, Binding::Choice};
    b.choices = std::move(choices);
    b.withEmpty = withEmpty;
    b.sourceTable = sourceTable;
    m_bindings.insert(field, b);
    markField(combo, field);
    combo->installEventFilter(this); // labels follow the UI language
    connect(combo, &QComboBox::activated, this, [this, combo, field](int i) {
        const QString code = combo->itemData(i).toString();
        push(field, code.isEmpty() ? QVariant() : QVariant(code), combo->accessibleName());
        endTyping();
    });
    fillCombo(field);
    show(field);
}

void FieldBinder::fillCombo(const QString &field)
{
    const Binding b = m_bindings.value(field);
    if (auto *combo = qobject_cast<QComboBox *>(b.widget.data()))
        RecordDelegate::fillCombo(combo, b.choices(), b.withEmpty);
}

void FieldBinder::show(const QString &field)
{
    const Binding b = m_bindings.value(field);
    if (!b.widget)
        return;
    const auto row = m_id.isEmpty() ? std::nullopt : m_session.file().row(m_table, m_id);
    b.widget->setEnabled(row.has_value() && !m_session.isReadOnly());
    const QVariant v = row ? row->value(field) : QVariant();
    m_updating = true;
    switch (b.kind) {
    case Binding::Line: {
        auto *e = static_cast<QLineEdit *>(b.widget.data());
        if (e->text() != v.toString()) {
            e->setText(v.toString());
            if (!e->hasFocus())
                e->setCursorPosition(0); // a long title shows its beginning, not its tail
        }
        break;
    }
    case Binding::Plain: {
        auto *e = static_cast<QPlainTextEdit *>(b.widget.data());
        if (e->toPlainText() != v.toString())
            e->setPlainText(v.toString());
        break;
    }
    case Binding::Check:
        static_cast<QCheckBox *>(b.widget.data())->setChecked(v.toLongLong() != 0);
        break;
    case Binding::Spin:
        static_cast<QSpinBox *>(b.widget.data())->setValue(v.toInt());
        break;
    case Binding::Date: {
        const QDate d = v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
        auto *e = static_cast<DateField *>(b.widget.data());
        if (!e->hasInvalidText() || e->date() != d)
            e->setDate(d);
        break;
    }
    case Binding::Choice: {
        auto *c = static_cast<QComboBox *>(b.widget.data());
        int i = c->findData(v.toString());
        if (i < 0 && !v.toString().isEmpty()) { // an unknown code is shown, not lost
            c->addItem(v.toString(), v.toString());
            i = c->count() - 1;
        }
        c->setCurrentIndex(i);
        break;
    }
    }
    m_updating = false;
}

void FieldBinder::onFieldChanged(const QString &table, const QString &id, const QString &field)
{
    if (table == m_table && id == m_id) {
        if (field == QStringLiteral("deleted"))
            refresh();
        else if (m_bindings.contains(field))
            show(field);
        return;
    }
    // A renamed or deleted agency/witness shows in the combos that list them.
    for (auto it = m_bindings.cbegin(); it != m_bindings.cend(); ++it)
        if (it->kind == Binding::Choice && !table.isEmpty() && it->sourceTable == table) {
            fillCombo(it.key());
            show(it.key());
        }
}

void FieldBinder::onRowInserted(const QString &table, const QString &id)
{
    onFieldChanged(table, id, QString());
}

bool FieldBinder::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        for (auto it = m_bindings.cbegin(); it != m_bindings.cend(); ++it)
            if (it->widget == watched && it->kind == Binding::Choice) {
                fillCombo(it.key());
                show(it.key());
            }
    } else if (event->type() == QEvent::FocusOut) {
        for (auto it = m_bindings.cbegin(); it != m_bindings.cend(); ++it)
            if (it->widget == watched) {
                leave(it.key());
                return QObject::eventFilter(watched, event);
            }
        endTyping();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Testigo::Ui
