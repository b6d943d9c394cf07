// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The undo facade: every user edit of a case file goes through one of these commands, pushed on
// the open file's QUndoStack. Each command writes through CaseFile at once (there is no "save"),
// so redo()/undo() are the writes themselves.
//
// A write that fails (read-only file, store error) is never silently lost: the command marks itself
// failed() and obsolete (QUndoStack then drops it, so the stack never holds a command that did
// nothing) and reports the store's translated message to the session's CommandErrorSink, which the
// window shows.

#include "store/session.h"

#include <QObject>
#include <QUndoCommand>
#include <QVariant>
#include <QVariantMap>

namespace Testigo::Ui {

// One per Session (a child QObject of it, created on first use): commands report failed writes here.
class CommandErrorSink final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandErrorSink)

public:
    static CommandErrorSink *of(Session &session);
    void report(const QString &message);
    QString lastMessage() const { return m_last; }

signals:
    void writeFailed(const QString &message);

private:
    explicit CommandErrorSink(Session &session);
    QString m_last;
};

// Command ids for mergeWith.
enum CommandId { SetFieldCommandId = 0x5453 };

// Sets one field of one row through CaseFile::setField. Consecutive edits of the same row+field
// (typing) merge into one undo step (mergeWith with a common id).
class SetFieldCommand final : public QUndoCommand
{
public:
    SetFieldCommand(Session &session, const QString &table, const QString &id, const QString &field,
                    const QVariant &newValue, const QString &text, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override { return SetFieldCommandId; }
    bool mergeWith(const QUndoCommand *other) override;

    bool failed() const { return m_failed; }
    QString table() const { return m_table; }
    QString rowId() const { return m_rowId; }
    QString field() const { return m_field; }
    // Stops later edits of the same field from merging into this one (e.g. focus left the field).
    void closeMerging() { m_mergeable = false; }

private:
    bool write(const QVariant &value);

    Session &m_session;
    QUndoCommand *m_parentCommand;
    QString m_table, m_rowId, m_field;
    QVariant m_old, m_new; // storage values
    bool m_failed = false;
    bool m_mergeable = true;
};

// Inserts a row (values may carry "id"); undo tombstones it (setDeleted true), redo revives it.
class InsertRowCommand final : public QUndoCommand
{
public:
    InsertRowCommand(Session &session, const QString &table, QVariantMap values, const QString &text,
                     QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    // The new row's id, known before the command is pushed. (Not id(): QUndoCommand::id() is the
    // merge id.)
    QString rowId() const { return m_rowId; }
    bool failed() const { return m_failed; }

private:
    Session &m_session;
    QUndoCommand *m_parentCommand;
    QString m_table, m_rowId;
    QVariantMap m_values;
    bool m_inserted = false;
    bool m_failed = false;
};

// Tombstones / revives a row.
class SetDeletedCommand final : public QUndoCommand
{
public:
    SetDeletedCommand(Session &session, const QString &table, const QString &id, bool deleted,
                      const QString &text, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    bool failed() const { return m_failed; }
    QString rowId() const { return m_rowId; }

private:
    bool write(bool deleted);

    Session &m_session;
    QUndoCommand *m_parentCommand;
    QString m_table, m_rowId;
    bool m_deleted;
    bool m_failed = false;
};

} // namespace Testigo::Ui
