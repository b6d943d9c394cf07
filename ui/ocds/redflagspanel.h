// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The red flags of one procedure as leads: a table of flags with their figures and the witness's
// decision; "Confirm" (it becomes a finding) and "Dismiss" each need a reason. A decision is one
// undo step (a StoreOperationCommand around Ocds::decideFlag, one audited transaction).

#include "ocds/redflags.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QUndoStack;

namespace Testigo {

class Session;

class RedFlagsPanel : public QWidget
{
    Q_OBJECT

public:
    RedFlagsPanel(Session &session, QUndoStack &undo, QWidget *parent = nullptr);
    void setProcedure(const QString &procedureId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void reload();
    void decide(const QString &decision);
    void updateButtons();

    Session &m_session;
    QUndoStack &m_undo;
    QString m_procedureId;
    QList<Ocds::RedFlag> m_flags;
    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;
    QLineEdit *m_reason = nullptr;
    QPushButton *m_confirm = nullptr;
    QPushButton *m_dismiss = nullptr;
};

} // namespace Testigo
