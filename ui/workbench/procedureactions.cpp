// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench/procedureactions.h"

#include "common/commands.h"
#include "common/storeoperationcommand.h"
#include "rules/instantiate.h"
#include "store/session.h"

#include <QUndoStack>

namespace Testigo::Ui {

namespace {
// Inserts the procedure and fills it from templates (stages, checklists, clauses) in one undo step:
// undo removes the procedure and everything instantiated for it, redo brings them back.
QString insertProcedure(Session &session, QUndoStack &stack, QVariantMap procedure,
    const QList<QPair<QString, QVariantMap>> &children, const QString &text,
    const QString &newAgencyName = QString())
{
    auto *macro = new QUndoCommand(text);
    if (!newAgencyName.isEmpty()) {
        auto *agency = new InsertRowCommand(
            session, QStringLiteral("agency"), {{QStringLiteral("name"), newAgencyName}}, text, macro);
        procedure.insert(QStringLiteral("agency_id"), agency->rowId());
    }
    auto *ins = new InsertRowCommand(session, QStringLiteral("procedure"), procedure, text, macro);
    const QString id = ins->rowId();
    for (const auto &[table, values] : children) {
        QVariantMap v = values;
        v.insert(QStringLiteral("procedure_id"), id);
        new InsertRowCommand(session, table, v, text, macro);
    }
    // Runs after the rows above; a failure is reported and leaves the procedure without stages.
    new StoreOperationCommand(
        session, text,
        [id](CaseFile &file) {
            auto p = file.get<Procedure>(id);
            return p && instantiateTemplates(file, *p);
        },
        macro);
    const int before = stack.index();
    stack.push(macro);
    if (stack.index() == before) // the macro failed and was dropped
        return QString();
    return id;
}
} // namespace

void ProcedureActions::prepareForWitness(Session &session, const QString &procedureId)
{
    CaseFile &file = session.file();
    auto p = file.get<Procedure>(procedureId);
    if (!p || !needsTemplates(*p) || file.isReadOnly())
        return;
    if (!instantiateTemplates(file, *p))
        CommandErrorSink::of(session)->report(file.lastError());
}

QString ProcedureActions::add(Session &session, QUndoStack &stack, const NewProcedure &values)
{
    const QString regime
        = values.regime.isEmpty() ? proposeRegime(values.objectKind, values.start) : values.regime;
    QVariantMap p {{QStringLiteral("number"), values.number},
        {QStringLiteral("title"), values.title.isEmpty() ? tr("New procedure") : values.title},
        {QStringLiteral("object_kind"), values.objectKind}, {QStringLiteral("type"), values.type},
        {QStringLiteral("regime"), regime}, {QStringLiteral("character"), QStringLiteral("national")},
        {QStringLiteral("evaluation"), QStringLiteral("binary")},
        {QStringLiteral("currency"), QStringLiteral("MXN")}};
    QList<QPair<QString, QVariantMap>> children;
    children.append({QStringLiteral("lot"), {{QStringLiteral("number"), 1}}});
    QVariantMap engagement;
    const auto witnesses = session.file().all<Witness>();
    if (!witnesses.isEmpty())
        engagement.insert(QStringLiteral("witness_id"), witnesses.first().id);
    children.append({QStringLiteral("engagement"), engagement});
    if (!values.agencyId.isEmpty())
        p.insert(QStringLiteral("agency_id"), values.agencyId);
    return insertProcedure(session, stack, p, children, tr("Add procedure"), values.newAgencyName);
}

QString ProcedureActions::duplicate(Session &session, QUndoStack &stack, const QString &procedureId)
{
    const CaseFile &file = session.file();
    const auto src = file.row(QStringLiteral("procedure"), procedureId);
    if (!src)
        return QString();
    QVariantMap p;
    for (const QString &c : dataColumns(QStringLiteral("procedure")))
        p.insert(c, src->value(c));
    p.insert(QStringLiteral("title"), tr("%1 (copy)").arg(src->value(QStringLiteral("title")).toString()));
    p.remove(QStringLiteral("ocid")); // an ocid names one real process
    p.remove(QStringLiteral("pact_version"));
    QList<QPair<QString, QVariantMap>> children;
    for (const QString &table : {QStringLiteral("lot"), QStringLiteral("engagement")})
        for (const QVariantMap &r : file.rows(table, QStringLiteral("procedure_id"), procedureId)) {
            QVariantMap v;
            for (const QString &c : dataColumns(table))
                v.insert(c, r.value(c));
            children.append({table, v});
        }
    return insertProcedure(session, stack, p, children, tr("Duplicate procedure"));
}

bool ProcedureActions::remove(Session &session, QUndoStack &stack, const QString &procedureId)
{
    const int before = stack.index();
    stack.push(new SetDeletedCommand(
        session, QStringLiteral("procedure"), procedureId, true, tr("Delete procedure")));
    return stack.index() > before;
}

} // namespace Testigo::Ui
