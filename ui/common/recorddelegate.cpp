// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/recorddelegate.h"

#include "common/datefield.h"
#include "common/recordtablemodel.h"
#include "domain/money.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace Testigo::Ui {

namespace {
RecordColumn::Kind kindOf(const QModelIndex &index)
{
    return RecordColumn::Kind(index.data(RecordTableModel::KindRole).toInt());
}

const RecordColumn *columnOf(const QModelIndex &index)
{
    const auto *m = qobject_cast<const RecordTableModel *>(index.model());
    return m ? &m->columnDef(index.column()) : nullptr;
}
} // namespace

RecordDelegate::RecordDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

void RecordDelegate::fillCombo(QComboBox *combo, const QList<Choice> &choices, bool withEmpty)
{
    const QString current = combo->currentData().toString();
    combo->blockSignals(true);
    combo->clear();
    if (withEmpty)
        combo->addItem(QStringLiteral("—"), QString());
    for (const auto &c : choices)
        combo->addItem(c.label, c.code);
    const int at = combo->findData(current);
    combo->setCurrentIndex(at >= 0 ? at : (withEmpty ? 0 : -1));
    combo->blockSignals(false);
}

QWidget *RecordDelegate::createEditor(
    QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const RecordColumn *c = columnOf(index);
    if (!c)
        return QStyledItemDelegate::createEditor(parent, option, index);
    switch (c->kind) {
    case RecordColumn::Code: {
        auto *combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("cellComboBox"));
        fillCombo(combo, c->choices ? c->choices() : ChoiceList(), c->allowEmpty);
        // A choice picked in a table cell is committed at once.
        connect(combo, &QComboBox::activated, this,
            [this, combo] { emit const_cast<RecordDelegate *>(this)->commitData(combo); });
        return combo;
    }
    case RecordColumn::Date: {
        auto *edit = new DateField(parent);
        edit->setObjectName(QStringLiteral("cellDateEdit"));
        return edit;
    }
    case RecordColumn::Money: {
        auto *edit = new QLineEdit(parent);
        edit->setObjectName(QStringLiteral("cellMoneyLineEdit"));
        edit->setAlignment(Qt::AlignRight);
        return edit;
    }
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void RecordDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant v = index.data(Qt::EditRole);
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const int at = combo->findData(v.toString());
        combo->setCurrentIndex(
            at >= 0 ? at : (combo->findData(QString()) >= 0 ? combo->findData(QString()) : -1));
    } else if (auto *date = qobject_cast<DateField *>(editor)) {
        if (!date->hasInvalidText() || date->date() != v.toDate())
            date->setDate(v.toDate());
    } else if (auto *text = qobject_cast<QPlainTextEdit *>(editor)) {
        if (text->toPlainText() != v.toString())
            text->setPlainText(v.toString());
    } else if (auto *box = qobject_cast<QCheckBox *>(editor)) {
        box->setChecked(v.toBool());
    } else if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        if (line->text() != v.toString())
            line->setText(v.toString());
        line->setProperty("invalid", false);
    } else {
        QStyledItemDelegate::setEditorData(editor, index);
    }
}

void RecordDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentData());
    } else if (auto *date = qobject_cast<DateField *>(editor)) {
        if (!date->hasInvalidText())
            model->setData(index, date->date());
    } else if (auto *text = qobject_cast<QPlainTextEdit *>(editor)) {
        model->setData(index, text->toPlainText());
    } else if (auto *box = qobject_cast<QCheckBox *>(editor)) {
        model->setData(index, box->isChecked());
    } else if (auto *line = qobject_cast<QLineEdit *>(editor); line && kindOf(index) == RecordColumn::Money) {
        // Exact: "1,234.50" -> 123450 centavos; text that is not money is refused, not rounded.
        const QString typed = line->text().trimmed();
        const auto money = Money::parse(typed, QStringLiteral("MXN"));
        if (money) {
            model->setData(index, money->cents());
            emit inputAccepted();
        } else if (!typed.isEmpty()) {
            emit inputRefused(
                tr("“%1” is not an amount: type digits, with a point before the centavos (1,234.50).")
                    .arg(typed));
        }
    } else if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        model->setData(index, line->text());
    } else {
        QStyledItemDelegate::setModelData(editor, model, index);
    }
}

} // namespace Testigo::Ui
