// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Everything shown for one open case file: the procedures list, one procedure's view and the
// dashboard, as pages of a stack. Created when a file opens and destroyed when it closes, so no
// widget outlives its session.

#include "workbench/hostedpanels.h"

#include <QStackedWidget>

class QUndoStack;

namespace Testigo {
class Session;
}

namespace Testigo::Ui {

class ProceduresPage;
class ProcedureView;

class Workspace final : public QStackedWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Workspace)

public:
    Workspace(Session &session, QUndoStack &stack, QWidget *parent = nullptr);

    ProceduresPage *proceduresPage() const { return m_list; }
    ProcedureView *procedureView() const { return m_view; }
    QWidget *dashboard() const { return m_pages.isEmpty() ? nullptr : m_pages.first().widget; }
    // Whole-file pages from other areas (dashboard, editorial plan), with their menu titles.
    const QList<HostedPanel> &pages() const { return m_pages; }
    void showPage(QWidget *page);

    void showList();
    void openProcedure(const QString &procedureId);
    void showDashboard();
    bool isShowingProcedure() const;

private:
    void followDeletion();

    Session &m_session;
    ProceduresPage *m_list;
    ProcedureView *m_view;
    QList<HostedPanel> m_pages;
};

} // namespace Testigo::Ui
