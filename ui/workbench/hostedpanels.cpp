// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench/hostedpanels.h"

#include <QCoreApplication>
#include <QWidget>

#if defined(TESTIGO_BUILT_FINDINGS) && __has_include("record/findingspanel.h")
#include "record/findingspanel.h"
#define TESTIGO_HAS_FINDINGS 1
#endif
#if defined(TESTIGO_BUILT_PACT) && __has_include("record/pactpanel.h")
#include "record/pactpanel.h"
#define TESTIGO_HAS_PACT 1
#endif
#if defined(TESTIGO_BUILT_BIDDERS) && __has_include("record/bidderspanel.h")
#include "record/bidderspanel.h"
#define TESTIGO_HAS_BIDDERS 1
#endif
#if defined(TESTIGO_BUILT_IMPACT) && __has_include("dashboard/procedureimpactpanel.h")
#include "dashboard/procedureimpactpanel.h"
#define TESTIGO_HAS_IMPACT 1
#endif
#if defined(TESTIGO_BUILT_DASHBOARD) && __has_include("dashboard/dashboardwidget.h")
#include "dashboard/dashboardwidget.h"
#define TESTIGO_HAS_DASHBOARD 1
#endif
#if defined(TESTIGO_BUILT_NARRATIVE) && __has_include("testimony/narrativeeditor.h")
#include "testimony/narrativeeditor.h"
#define TESTIGO_HAS_NARRATIVE 1
#endif
#if defined(TESTIGO_BUILT_TESTIMONY) && __has_include("testimony/testimonydialog.h")
#include "testimony/testimonydialog.h"
#define TESTIGO_HAS_TESTIMONY 1
#endif
#if defined(TESTIGO_BUILT_REDFLAGS) && __has_include("ocds/redflagspanel.h")
#include "ocds/redflagspanel.h"
#define TESTIGO_HAS_REDFLAGS 1
#endif
#if defined(TESTIGO_BUILT_OCDS_IMPORT) && __has_include("ocds/ocdsimportdialog.h")
#include "ocds/ocdsimportdialog.h"
#define TESTIGO_HAS_OCDS_IMPORT 1
#endif
#if defined(TESTIGO_BUILT_PLAN) && __has_include("editor/editorialplanview.h")
#include "editor/editorialplanview.h"
#define TESTIGO_HAS_PLAN 1
#endif
#if defined(TESTIGO_BUILT_MERGE) && __has_include("editor/mergedialog.h")
#include "editor/mergedialog.h"
#define TESTIGO_HAS_MERGE 1
#endif
#if defined(TESTIGO_BUILT_REPORT) && __has_include("editor/reportdialog.h")
#include "editor/reportdialog.h"
#define TESTIGO_HAS_REPORT 1
#endif

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
    Q_UNUSED(session)
    Q_UNUSED(stack)
    Q_UNUSED(parent)
    Q_UNUSED(showTab)
#ifdef TESTIGO_HAS_FINDINGS
    auto *findings = new FindingsPanel(session, stack, parent);
    findings->setObjectName(QStringLiteral("findingsPanel"));
    out.findings = findings;
    out.tabs.append({findings, QT_TRANSLATE_NOOP("Workbench", "&Findings"), [findings](const QString &id) { findings->setProcedure(id); }});
    out.newFinding = [findings, showTab](const QString &stageId, const QString &clauseId) {
        showTab(findings);
        findings->newFinding(stageId, clauseId);
    };
#endif
#ifdef TESTIGO_HAS_PACT
    {
        auto *p = new PactPanel(session, stack, parent);
        p->setObjectName(QStringLiteral("pactPanel"));
        out.tabs.append({p, QT_TRANSLATE_NOOP("Workbench", "Integrity &Pact"), [p](const QString &id) { p->setProcedure(id); }});
#ifdef TESTIGO_HAS_FINDINGS
        QObject::connect(p, &PactPanel::newFindingRequested, findings, [findings, showTab](const QString &stageId, const QString &clauseId) {
            showTab(findings);
            findings->newFinding(stageId, clauseId);
        });
        QObject::connect(p, &PactPanel::findingActivated, findings, [findings, showTab](const QString &findingId) {
            showTab(findings);
            findings->selectFinding(findingId);
        });
#endif
    }
#endif
#ifdef TESTIGO_HAS_BIDDERS
    {
        auto *p = new BiddersPanel(session, stack, parent);
        p->setObjectName(QStringLiteral("biddersPanel"));
        out.tabs.append({p, QT_TRANSLATE_NOOP("Workbench", "&Bidders and bids"), [p](const QString &id) { p->setProcedure(id); }});
    }
#endif
#ifdef TESTIGO_HAS_IMPACT
    {
        auto *p = new ProcedureImpactPanel(session, parent);
        p->setObjectName(QStringLiteral("impactPanel"));
        out.tabs.append({p, QT_TRANSLATE_NOOP("Workbench", "&Impact"), [p](const QString &id) { p->setProcedure(id); }});
    }
#endif
#ifdef TESTIGO_HAS_REDFLAGS
    {
        auto *p = new RedFlagsPanel(session, stack, parent);
        p->setObjectName(QStringLiteral("redFlagsPanel"));
        out.tabs.append({p, QT_TRANSLATE_NOOP("Workbench", "&Red flags"), [p](const QString &id) { p->setProcedure(id); }});
    }
#endif
#ifdef TESTIGO_HAS_NARRATIVE
    {
        auto *p = new NarrativeEditor(session, stack, QString(), parent);
        p->setObjectName(QStringLiteral("narrativePanel"));
        out.tabs.append({p, QT_TRANSLATE_NOOP("Workbench", "&Narrative"), [p](const QString &id) { p->setProcedure(id); }});
    }
#endif
    return out;
}

QList<HostedPanel> createWorkspacePages(Session &session, QUndoStack &stack, QWidget *parent)
{
    QList<HostedPanel> out;
    Q_UNUSED(session)
    Q_UNUSED(stack)
    Q_UNUSED(parent)
#ifdef TESTIGO_HAS_DASHBOARD
    {
        auto *d = new DashboardWidget(session, parent);
        d->setObjectName(QStringLiteral("dashboardWidget"));
        out.append({d, QT_TRANSLATE_NOOP("Workbench", "&Dashboard")});
    }
#endif
#ifdef TESTIGO_HAS_PLAN
    {
        auto *p = new EditorialPlanView(session, stack, parent);
        p->setObjectName(QStringLiteral("editorialPlanView"));
        out.append({p, QT_TRANSLATE_NOOP("Workbench", "&Editorial plan")});
    }
#endif
    return out;
}

QList<HostedAction> hostedFileActions()
{
    QList<HostedAction> out;
#ifdef TESTIGO_HAS_OCDS_IMPORT
    out.append({"actionImportOcds", QT_TRANSLATE_NOOP("Workbench", "&Import OCDS…"), false,
                [](Session &s, QUndoStack &, const QString &, QWidget *parent) { runDialog(new OcdsImportDialog(s, parent)); }});
    out.append({"actionExportOcds", QT_TRANSLATE_NOOP("Workbench", "Export &OCDS…"), false,
                [](Session &s, QUndoStack &, const QString &, QWidget *parent) { exportOcdsWithDialog(s, {}, parent); }});
#endif
#ifdef TESTIGO_HAS_MERGE
    out.append({"actionMerge", QT_TRANSLATE_NOOP("Workbench", "&Merge case files…"), false,
                [](Session &s, QUndoStack &, const QString &, QWidget *parent) { runDialog(new MergeDialog(s, parent)); }});
#endif
#ifdef TESTIGO_HAS_REPORT
    out.append({"actionReport", QT_TRANSLATE_NOOP("Workbench", "Analytical &review report…"), false,
                [](Session &s, QUndoStack &, const QString &, QWidget *parent) { runDialog(new ReportDialog(s, parent)); }});
#endif
    return out;
}

QList<HostedAction> hostedProcedureActions()
{
    QList<HostedAction> out;
#ifdef TESTIGO_HAS_TESTIMONY
    out.append({"actionTestimony", QT_TRANSLATE_NOOP("Workbench", "&Testimony…"), true,
                [](Session &s, QUndoStack &, const QString &id, QWidget *parent) { runDialog(new TestimonyDialog(s, id, parent)); }});
#endif
    return out;
}

} // namespace Testigo::Ui
