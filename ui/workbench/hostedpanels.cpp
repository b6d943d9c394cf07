// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench/hostedpanels.h"

#include "dashboard/dashboardwidget.h"
#include "dashboard/procedureimpactpanel.h"
#include "editor/editorialplanview.h"
#include "editor/mergedialog.h"
#include "editor/reportdialog.h"
#include "ocds/ocdsimportdialog.h"
#include "ocds/redflagspanel.h"
#include "record/bidderspanel.h"
#include "record/eventspanel.h"
#include "record/findingspanel.h"
#include "record/pactpanel.h"
#include "record/recordtablesection.h"
#include "testimony/narrativeeditor.h"
#include "testimony/testimonydialog.h"
#include "workbench/decreedaysdialog.h"

#include <QCoreApplication>
#include <QHash>
#include <QWidget>

namespace Testigo::Ui {

namespace {
template<class Dialog>
void runDialog(Dialog *d)
{
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->open();
}
} // namespace

ProcedurePanels createProcedurePanels(Session &session, QUndoStack &stack, QWidget *parent,
                                      std::function<void(QWidget *)> showTab)
{
    ProcedurePanels out;
    QHash<QString, QWidget *> byTable; // the panel that edits each table's rows
    auto *findings = new FindingsPanel(session, stack, parent);
    findings->setObjectName(QStringLiteral("findingsPanel"));
    out.findings = findings;
    out.tabs.append({findings, QT_TRANSLATE_NOOP("Workbench", "&Findings"), [findings](const QString &id) { findings->setProcedure(id); }});
    out.newFinding = [findings, showTab](const QString &stageId, const QString &clauseId) {
        showTab(findings);
        findings->newFinding(stageId, clauseId);
    };
    {
        auto *p = new PactPanel(session, stack, parent);
        p->setObjectName(QStringLiteral("pactPanel"));
        byTable.insert(QStringLiteral("signatory"), p);
        byTable.insert(QStringLiteral("clause"), p);
        out.tabs.append({p, QT_TRANSLATE_NOOP("Workbench", "Integrity &Pact"), [p](const QString &id) { p->setProcedure(id); }});
        QObject::connect(p, &PactPanel::newFindingRequested, findings, [findings, showTab](const QString &stageId, const QString &clauseId) {
            showTab(findings);
            findings->newFinding(stageId, clauseId);
        });
        QObject::connect(p, &PactPanel::findingActivated, findings, [findings, showTab](const QString &findingId) {
            showTab(findings);
            findings->selectFinding(findingId);
        });
    }
    {
        auto *p = new BiddersPanel(session, stack, parent);
        p->setObjectName(QStringLiteral("biddersPanel"));
        byTable.insert(QStringLiteral("bidder"), p);
        out.tabs.append({p, QT_TRANSLATE_NOOP("Workbench", "&Bidders and bids"), [p](const QString &id) { p->setProcedure(id); }});
    }
    {
        auto *p = new EventsPanel(session, stack, parent);
        for (const char *table : {"procedure_event", "protest", "dialogue_round"})
            byTable.insert(QLatin1String(table), p);
        out.tabs.append({p, QT_TRANSLATE_NOOP("Workbench", "Even&ts"), [p](const QString &id) { p->setProcedure(id); }});
    }
    {
        auto *p = new ProcedureImpactPanel(session, parent);
        p->setObjectName(QStringLiteral("impactPanel"));
        out.tabs.append({p, QT_TRANSLATE_NOOP("Workbench", "&Impact"), [p](const QString &id) { p->setProcedure(id); }});
    }
    {
        auto *p = new RedFlagsPanel(session, stack, parent);
        p->setObjectName(QStringLiteral("redFlagsPanel"));
        out.tabs.append({p, QT_TRANSLATE_NOOP("Workbench", "&Red flags"), [p](const QString &id) { p->setProcedure(id); }});
    }
    {
        auto *p = new NarrativeEditor(session, stack, QString(), parent);
        p->setObjectName(QStringLiteral("narrativePanel"));
        out.tabs.append({p, QT_TRANSLATE_NOOP("Workbench", "&Narrative"), [p](const QString &id) { p->setProcedure(id); }});
        byTable.insert(QStringLiteral("narrative"), p);
    }
    out.reveal = [findings, byTable, showTab](const QString &table, const QString &rowId) -> QWidget * {
        if (table == QStringLiteral("finding")) {
            showTab(findings);
            if (!rowId.isEmpty())
                findings->selectFinding(rowId);
            return findings;
        }
        QWidget *panel = byTable.value(table);
        if (auto *narrative = qobject_cast<NarrativeEditor *>(panel); narrative && !rowId.isEmpty())
            narrative->setLanguage(rowId); // a narrative's "row" is its language
        if (auto *bidders = qobject_cast<BiddersPanel *>(panel); bidders && !rowId.isEmpty())
            bidders->bidderSection()->selectId(rowId);
        if (panel)
            showTab(panel);
        return panel;
    };
    return out;
}

QList<HostedPanel> createWorkspacePages(Session &session, QUndoStack &stack, QWidget *parent)
{
    QList<HostedPanel> out;
    {
        auto *d = new DashboardWidget(session, parent);
        d->setObjectName(QStringLiteral("dashboardWidget"));
        out.append({d, QT_TRANSLATE_NOOP("Workbench", "&Dashboard")});
    }
    {
        auto *p = new EditorialPlanView(session, stack, parent);
        p->setObjectName(QStringLiteral("editorialPlanView"));
        out.append({p, QT_TRANSLATE_NOOP("Workbench", "&Editorial plan")});
    }
    return out;
}

QList<HostedAction> hostedFileActions()
{
    QList<HostedAction> out;
    out.append({"actionImportOcds", QT_TRANSLATE_NOOP("Workbench", "&Import OCDS…"), false,
                [](Session &s, QUndoStack &, const QString &, QWidget *parent, const GoToField &) { runDialog(new OcdsImportDialog(s, parent)); }});
    out.append({"actionExportOcds", QT_TRANSLATE_NOOP("Workbench", "Export &OCDS…"), false,
                [](Session &s, QUndoStack &, const QString &, QWidget *parent, const GoToField &) { exportOcdsWithDialog(s, {}, parent); }});
    out.append({"actionMerge", QT_TRANSLATE_NOOP("Workbench", "&Merge case files…"), false,
                [](Session &s, QUndoStack &, const QString &, QWidget *parent, const GoToField &) { runDialog(new MergeDialog(s, parent)); }});
    out.append({"actionDecreeDays", QT_TRANSLATE_NOOP("Workbench", "Decree da&ys…"), false,
                [](Session &s, QUndoStack &u, const QString &, QWidget *parent, const GoToField &) { runDialog(new DecreeDaysDialog(s, u, parent)); }});
    out.append({"actionReport", QT_TRANSLATE_NOOP("Workbench", "Analytical &review report…"), false,
                [](Session &s, QUndoStack &, const QString &, QWidget *parent, const GoToField &) { runDialog(new ReportDialog(s, parent)); }});
    return out;
}

QList<HostedAction> hostedProcedureActions()
{
    QList<HostedAction> out;
    out.append({"actionTestimony", QT_TRANSLATE_NOOP("Workbench", "&Testimony…"), true,
                [](Session &s, QUndoStack &, const QString &id, QWidget *parent, const GoToField &goTo) {
                    auto *d = new TestimonyDialog(s, id, parent);
                    QObject::connect(d, &TestimonyDialog::fieldRequested, d, [d, goTo](const QString &field) {
                        d->close(); // the field is in the window behind this modal dialog
                        goTo(field);
                    });
                    runDialog(d);
                }});
    return out;
}

} // namespace Testigo::Ui
