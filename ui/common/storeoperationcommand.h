// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Makes an operation of core (confirming a red flag, which writes its decision and a finding) one
// undo step without teaching the UI what the operation writes: the first redo() runs it in one
// transaction and keeps the audit entries it appended; undo() walks them back (inserted rows are
// tombstoned, changed fields get their old values) and a later redo() walks them forward again.

#include "store/casefile.h"

#include <QUndoCommand>
#include <functional>

namespace Testigo {
class Session;
}

namespace Testigo::Ui {

class StoreOperationCommand final : public QUndoCommand
{
public:
    StoreOperationCommand(Session &session, const QString &text, std::function<bool(CaseFile &)> operation,
        QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    bool failed() const { return m_failed; }

private:
    bool replay(bool forward);
    void fail();

    Session &m_session;
    std::function<bool(CaseFile &)> m_operation;
    QList<AuditEntry> m_changes; // what the operation wrote, in order
    bool m_done = false;
    bool m_failed = false;
};

} // namespace Testigo::Ui
