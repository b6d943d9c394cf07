// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A titled table of a RecordTableModel with "Add" and "Remove" buttons: the building block of the
// bidders panel (bidders, bids, contracts, amendments). Removing tombstones the selected row
// through the undo stack; adding is left to the owner (it knows the new row's parent values).

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QUndoStack;

namespace Testigo {
class Session;
}

namespace Testigo::Ui {

class RecordTableModel;

class RecordTableSection final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordTableSection)

public:
    // `name` prefixes the object names: "<name>TableView", "add<Name>PushButton", ...
    RecordTableSection(Session &session, QUndoStack &undo, RecordTableModel *model, const QString &name,
        QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QString selectedId() const;
    void selectId(const QString &id, int column = 0);
    // Texts (already translated) of the heading, the buttons and the undo step of a removal.
    void setTexts(
        const QString &heading, const QString &add, const QString &remove, const QString &removeUndo);
    void setAddEnabled(bool enabled);

signals:
    void addRequested();
    void selectionChanged();

private:
    void updateButtons();

    Session &m_session;
    QUndoStack &m_undo;
    RecordTableModel *m_model;
    QLabel *m_heading;
    QLabel *m_refused; // why the last typed value was not taken
    QTableView *m_view;
    QPushButton *m_add;
    QPushButton *m_remove;
    QString m_removeUndo;
    bool m_addEnabled = false;
};

} // namespace Testigo::Ui
