// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/storeoperationcommand.h"

#include "common/commands.h"
#include "store/session.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Testigo::Ui {

namespace {
// The audit log keeps values in canonical JSON text: null, a whole number or a string.
QVariant fromCanonical(const QString &text)
{
    if (text == QLatin1String("null"))
        return QVariant();
    if (!text.startsWith(QLatin1Char('"')))
        return text.toLongLong();
    return QJsonDocument::fromJson(QStringLiteral("[%1]").arg(text).toUtf8()).array().first().toString();
}
} // namespace

StoreOperationCommand::StoreOperationCommand(
    Session &session, const QString &text, std::function<bool(CaseFile &)> operation, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_session(session)
    , m_operation(std::move(operation))
{ }

void StoreOperationCommand::fail()
{
    m_failed = true;
    setObsolete(true);
    CommandErrorSink::of(m_session)->report(m_session.file().lastError());
}

void StoreOperationCommand::redo()
{
    if (m_failed)
        return;
    if (m_done) {
        if (!replay(true))
            fail();
        return;
    }
    CaseFile &file = m_session.file();
    const qint64 before = file.auditLength();
    CaseFile::Transaction tx(file);
    if (!tx.ok() || !m_operation(file) || !tx.commit()) {
        fail();
        return;
    }
    m_changes = file.auditEntries(before);
    m_done = true;
    if (m_changes.isEmpty())
        setObsolete(true); // it changed nothing: no undo step
}

void StoreOperationCommand::undo()
{
    if (!m_failed && !replay(false))
        fail();
}

bool StoreOperationCommand::replay(bool forward)
{
    CaseFile &file = m_session.file();
    CaseFile::Transaction tx(file);
    if (!tx.ok())
        return false;
    const qsizetype n = m_changes.size();
    for (qsizetype i = 0; i < n; ++i) {
        const AuditEntry &e = m_changes.at(forward ? i : n - 1 - i);
        const bool ok = e.field == QLatin1String("*")
            ? file.setDeleted(e.table, e.rowId, !forward)
            : file.setField(e.table, e.rowId, e.field, fromCanonical(forward ? e.newValue : e.oldValue));
        if (!ok)
            return false;
    }
    return tx.commit();
}

} // namespace Testigo::Ui
