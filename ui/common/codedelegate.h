// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Edits a code column (answer, status, severity...) with a combo box of translated labels.

#include "domain/codes.h"

#include <QStyledItemDelegate>

namespace Testigo::Ui {

class CodeDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodeDelegate)

public:
    CodeDelegate(const CodeList &codes, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    const CodeList &m_codes;
};

} // namespace Testigo::Ui
