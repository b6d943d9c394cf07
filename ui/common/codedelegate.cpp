// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/codedelegate.h"

#include <QComboBox>

namespace Testigo::Ui {

CodeDelegate::CodeDelegate(const CodeList &codes, QObject *parent) : QStyledItemDelegate(parent), m_codes(codes) {}

QWidget *CodeDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("codeComboBox"));
    for (const CodeItem &c : m_codes) {
        const QString code = QString::fromLatin1(c.code);
        combo->addItem(code.isEmpty() ? QStringLiteral("—") : Codes::label(m_codes, code), code);
    }
    // Committing on choice keeps keyboard use quick: pick with arrows, the value is written.
    connect(combo, &QComboBox::activated, this, [this, combo] {
        emit const_cast<CodeDelegate *>(this)->commitData(combo);
    });
    return combo;
}

void CodeDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole).toString())));
}

void CodeDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
}

} // namespace Testigo::Ui
