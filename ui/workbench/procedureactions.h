// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the procedures list does to the file: add (with its stages, checklists and pact clauses
// from the templates), duplicate and delete, each one undo step. Free of dialogs, so tests call it.

#include <QCoreApplication>
#include <QDate>
#include <QString>

class QUndoStack;

namespace Testigo {
class Session;
}

namespace Testigo::Ui {

struct NewProcedure
{
    QString number, title;
    QString objectKind = QStringLiteral("goods");
    QString type = QStringLiteral("open_tender");
    QString regime; // empty: proposed from the object kind and the start date
    QString agencyId; // an agency already in the file, or
    QString newAgencyName; // the name of an agency to add with the procedure (one undo step)
    QDate start = QDate::currentDate();
};

class ProcedureActions final
{
    Q_DECLARE_TR_FUNCTIONS(ProcedureActions)
public:
    // Returns the new procedure's id, empty when the write failed (reported to the error sink).
    static QString add(Session &session, QUndoStack &stack, const NewProcedure &values);
    // Copies the identity, lots and engagement; stages, checklists and clauses come fresh from the
    // templates (a duplicate is a new procedure, not a copy of what was witnessed).
    static QString duplicate(Session &session, QUndoStack &stack, const QString &procedureId);
    static bool remove(Session &session, QUndoStack &stack, const QString &procedureId);
    // An imported procedure gets its stage checklists and pact clauses from the templates the first
    // time the witness opens it (not an undo step: it prepares the procedure, it edits nothing).
    static void prepareForWitness(Session &session, const QString &procedureId);
};

} // namespace Testigo::Ui
