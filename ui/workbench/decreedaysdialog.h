// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Decree days: days the witness declares non-working for this case file (a decree, an agency's
// closure such as Holy Thursday and Friday). They travel with the file, and every business-day
// clock skips them. Typing a date and Enter adds one; every change is an undoable edit.

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QUndoStack;

namespace Testigo {
class Session;
}

namespace Testigo::Ui {

class DateField;

class DecreeDaysDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DecreeDaysDialog)

public:
    DecreeDaysDialog(Session &session, QUndoStack &undo, QWidget *parent = nullptr);

    // Adds the typed date and description; false (with a message shown) when it cannot.
    bool addTyped();
    void removeSelected();

private:
    void refresh();
    void retranslate();

    Session &m_session;
    QUndoStack &m_undo;
    DateField *m_date;
    QLineEdit *m_description;
    QPushButton *m_add;
    QPushButton *m_remove;
    QTableWidget *m_table;
    QLabel *m_message;
    QLabel *m_intro;
};

} // namespace Testigo::Ui
