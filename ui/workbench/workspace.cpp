// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench/workspace.h"

#include "store/session.h"
#include "workbench/hostedpanels.h"
#include "workbench/procedurespage.h"
#include "workbench/procedureview.h"

namespace Testigo::Ui {

Workspace::Workspace(Session &session, QUndoStack &stack, QWidget *parent)
    : QStackedWidget(parent), m_session(session), m_list(new ProceduresPage(session, stack, this)),
      m_view(new ProcedureView(session, stack, this)), m_pages(createWorkspacePages(session, stack, this))
{
    setObjectName(QStringLiteral("workspaceStackedWidget"));
    addWidget(m_list);
    addWidget(m_view);
    for (const HostedPanel &p : m_pages)
        addWidget(p.widget);
    connect(m_list, &ProceduresPage::openRequested, this, &Workspace::openProcedure);
    connect(m_view, &ProcedureView::backRequested, this, &Workspace::showList);
    connect(&session, &Session::fieldChanged, this, [this](const QString &table, const QString &id, const QString &field) {
        if (table == QStringLiteral("procedure") && id == m_view->procedureId() && field == QStringLiteral("deleted"))
            followDeletion();
    });
    // After a bulk change the procedure shown is read again from the file, panel by panel.
    connect(&session, &Session::reloaded, this, [this] {
        if (m_view->procedureId().isEmpty())
            return;
        m_view->setProcedure(m_view->procedureId());
        followDeletion();
    });
}

void Workspace::followDeletion()
{
    // An undone "add" or a deletion removes the procedure being shown: go back to the list.
    const auto p = m_session.file().get<Procedure>(m_view->procedureId());
    if ((!p || p->deleted) && isShowingProcedure())
        showList();
}

bool Workspace::isShowingProcedure() const
{
    return currentWidget() == static_cast<QWidget *>(m_view);
}

void Workspace::showList()
{
    const QString id = m_view->procedureId();
    setCurrentWidget(m_list);
    if (!id.isEmpty())
        m_list->selectProcedure(id);
}

void Workspace::openProcedure(const QString &procedureId)
{
    if (procedureId.isEmpty())
        return;
    if (m_view->procedureId() != procedureId)
        m_view->setProcedure(procedureId);
    setCurrentWidget(m_view);
}

void Workspace::showDashboard()
{
    if (dashboard())
        setCurrentWidget(dashboard());
}

void Workspace::showPage(QWidget *page)
{
    if (indexOf(page) >= 0)
        setCurrentWidget(page);
}

} // namespace Testigo::Ui
