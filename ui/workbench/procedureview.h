// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One procedure: a heading with the way back to the list, and tabs for the overview, the stages
// (navigator, stage page, clocks) and the panels of other areas (findings, pact, bidders...).

#include "common/translatedtexts.h"
#include "workbench/hostedpanels.h"

#include <QWidget>

class QLabel;
class QTabWidget;
class QToolButton;
class QUndoStack;

namespace Testigo {
class Session;
}

namespace Testigo::Ui {

class OverviewPage;
class StagesPage;

class ElidedLabel;

class ProcedureView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProcedureView)

public:
    ProcedureView(Session &session, QUndoStack &stack, QWidget *parent = nullptr);

    void setProcedure(const QString &procedureId);
    QString procedureId() const { return m_procedureId; }
    OverviewPage *overview() const { return m_overview; }
    StagesPage *stages() const { return m_stages; }
    QTabWidget *tabs() const { return m_tabs; }
    // The page of tab `index` (the tabs hold scroll areas around most pages).
    QWidget *page(int index) const;
    // Shows the tab that holds `page`.
    void showPage(QWidget *page);
    QWidget *findingsPanel() const { return m_panels.findings; }
    // Shows the page that edits a field and puts the cursor in it: "table:rowId:column", as the
    // testimony's missing parts name them. False when no page edits that field.
    bool showField(const QString &field);

signals:
    void backRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateHeading();
    void addScrollingTab(QWidget *page, const char *title);
    void newFindingAtStage(const QString &stageId);

    Session &m_session;
    QString m_procedureId;
    QToolButton *m_back;
    ElidedLabel *m_heading;
    QTabWidget *m_tabs;
    OverviewPage *m_overview;
    StagesPage *m_stages;
    ProcedurePanels m_panels;
    TranslatedTexts m_texts;
};

} // namespace Testigo::Ui
