// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The panels and dialogs other areas provide (findings, Integrity Pact, bidders, impact, narrative,
// red flags, dashboard, editorial plan, testimony, report, merge, OCDS), created when their classes
// are part of the build. Keeping their includes here keeps the window and the views free of them.

#include <QList>
#include <QString>
#include <functional>

class QUndoStack;
class QWidget;

namespace Testigo {
class Session;
}

namespace Testigo::Ui {

struct HostedPanel
{
    QWidget *widget = nullptr;
    const char *title = nullptr; // QT_TRANSLATE_NOOP("Workbench", ...)
    std::function<void(const QString &procedureId)> setProcedure = {};
};

struct ProcedurePanels
{
    QList<HostedPanel> tabs;
    // Opens the findings panel's "New finding" dialog preset with a stage (and clause); empty when absent.
    std::function<void(const QString &stageId, const QString &clauseId)> newFinding;
    QWidget *findings = nullptr;
    // Brings forward the panel that edits a row of `table` (selecting the row where it can) and
    // returns it; null for a table no panel edits.
    std::function<QWidget *(const QString &table, const QString &rowId)> reveal;
};

// `showTab` brings a panel to the front (the pact's matrix opens findings in the findings panel).
ProcedurePanels createProcedurePanels(Session &session, QUndoStack &stack, QWidget *parent,
                                      std::function<void(QWidget *)> showTab);
// Whole-file pages: the portfolio dashboard, the editorial plan.
QList<HostedPanel> createWorkspacePages(Session &session, QUndoStack &stack, QWidget *parent);

// Takes the witness to a field of the open procedure: "table:rowId:column" (Render::MissingPart).
using GoToField = std::function<void(const QString &field)>;

// Menu entries that open other areas' dialogs.
struct HostedAction
{
    const char *objectName;
    const char *text; // QT_TRANSLATE_NOOP("Workbench", ...)
    bool needsProcedure = false;
    std::function<void(Session &, QUndoStack &, const QString &procedureId, QWidget *parent,
        const GoToField &goTo)>
        run;
};
QList<HostedAction> hostedFileActions();
QList<HostedAction> hostedProcedureActions();

} // namespace Testigo::Ui
