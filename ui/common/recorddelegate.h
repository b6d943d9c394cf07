// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The editors of RecordTableModel cells, in table views: combo
// boxes for codes (the stored value is the code, the label is shown), date fields that can be
// empty, money line edits parsed exactly with Money::parse, plain-text edits for long text.

#include <QDate>
#include <QStyledItemDelegate>

class QComboBox;

namespace Testigo::Ui {

struct Choice;

class RecordDelegate : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordDelegate)

public:
    explicit RecordDelegate(QObject *parent = nullptr);

    QWidget *createEditor(
        QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

    static void fillCombo(QComboBox *combo, const QList<Choice> &choices, bool withEmpty = false);
    // Commits a form editor at once (combo picked, box checked) instead of on focus loss.
    void commitNow(QWidget *editor) { emit commitData(editor); }

signals:
    // Typed text the cell cannot hold (an amount that is not money): the owner shows the message;
    // the cell keeps its value.
    void inputRefused(const QString &message) const;
    // A value was taken: an earlier refusal's message can go.
    void inputAccepted() const;
};

} // namespace Testigo::Ui
