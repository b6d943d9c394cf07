// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/commands.h"

#include "store/mapping.h"

namespace Testigo::Ui {

namespace {
// A failed child must also drop the composite command it belongs to.
void markFailed(QUndoCommand *cmd, QUndoCommand *parent)
{
    cmd->setObsolete(true);
    if (parent)
        parent->setObsolete(true);
}
} // namespace

// --- CommandErrorSink -----------------------------------------------------------------------------

CommandErrorSink::CommandErrorSink(Session &session) : QObject(&session)
{
    setObjectName(QStringLiteral("commandErrorSink"));
}

CommandErrorSink *CommandErrorSink::of(Session &session)
{
    if (auto *sink = session.findChild<CommandErrorSink *>(QString(), Qt::FindDirectChildrenOnly))
        return sink;
    return new CommandErrorSink(session);
}

void CommandErrorSink::report(const QString &message)
{
    m_last = message;
    emit writeFailed(message);
}

// --- SetFieldCommand ------------------------------------------------------------------------------

SetFieldCommand::SetFieldCommand(Session &session, const QString &table, const QString &id,
                                 const QString &field, const QVariant &newValue, const QString &text,
                                 QUndoCommand *parent)
    : QUndoCommand(text, parent), m_session(session), m_parentCommand(parent), m_table(table), m_rowId(id), m_field(field),
      m_new(toStorage(newValue))
{
    if (const auto row = session.file().row(table, id))
        m_old = row->value(field);
}

bool SetFieldCommand::write(const QVariant &value)
{
    if (m_session.file().setField(m_table, m_rowId, m_field, value))
        return true;
    m_failed = true;
    markFailed(this, m_parentCommand);
    CommandErrorSink::of(m_session)->report(m_session.file().lastError());
    return false;
}

void SetFieldCommand::redo()
{
    write(m_new);
}

void SetFieldCommand::undo()
{
    write(m_old);
}

bool SetFieldCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = dynamic_cast<const SetFieldCommand *>(other);
    if (!o || !m_mergeable || o->m_failed || m_failed || &o->m_session != &m_session
        || o->m_table != m_table || o->m_rowId != m_rowId || o->m_field != m_field)
        return false;
    m_new = o->m_new;
    // Typing back to the original text leaves nothing to undo.
    if (canonicalValue(m_new) == canonicalValue(m_old))
        setObsolete(true);
    return true;
}

// --- InsertRowCommand -----------------------------------------------------------------------------

InsertRowCommand::InsertRowCommand(Session &session, const QString &table, QVariantMap values,
                                   const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent), m_session(session), m_parentCommand(parent), m_table(table), m_values(std::move(values))
{
    m_rowId = m_values.value(QStringLiteral("id")).toString();
    if (m_rowId.isEmpty()) {
        // Chosen now so callers can use id() before the command is pushed.
        m_rowId = CaseFile::newId();
        m_values.insert(QStringLiteral("id"), m_rowId);
    }
}

void InsertRowCommand::redo()
{
    bool ok;
    if (!m_inserted) {
        QVariantMap values = m_values;
        ok = m_session.file().insertRow(m_table, values);
        m_inserted = ok;
    } else {
        ok = m_session.file().setDeleted(m_table, m_rowId, false);
    }
    if (!ok) {
        m_failed = true;
        markFailed(this, m_parentCommand);
        CommandErrorSink::of(m_session)->report(m_session.file().lastError());
    }
}

void InsertRowCommand::undo()
{
    if (!m_inserted)
        return;
    if (!m_session.file().setDeleted(m_table, m_rowId, true)) {
        m_failed = true;
        markFailed(this, m_parentCommand);
        CommandErrorSink::of(m_session)->report(m_session.file().lastError());
    }
}

// --- SetDeletedCommand ----------------------------------------------------------------------------

SetDeletedCommand::SetDeletedCommand(Session &session, const QString &table, const QString &id,
                                     bool deleted, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent), m_session(session), m_parentCommand(parent), m_table(table), m_rowId(id), m_deleted(deleted)
{
}

bool SetDeletedCommand::write(bool deleted)
{
    if (m_session.file().setDeleted(m_table, m_rowId, deleted))
        return true;
    m_failed = true;
    markFailed(this, m_parentCommand);
    CommandErrorSink::of(m_session)->report(m_session.file().lastError());
    return false;
}

void SetDeletedCommand::redo()
{
    write(m_deleted);
}

void SetDeletedCommand::undo()
{
    write(!m_deleted);
}

} // namespace Testigo::Ui
