// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench/procedureview.h"

#include "common/elidedlabel.h"
#include "common/fieldbinder.h"
#include "store/session.h"
#include "workbench/overviewpage.h"
#include "workbench/procedureactions.h"
#include "workbench/stagepage.h"
#include "workbench/stagespage.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QScrollArea>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace Testigo::Ui {

ProcedureView::ProcedureView(Session &session, QUndoStack &stack, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_back(new QToolButton(this))
    , m_heading(new ElidedLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_overview(new OverviewPage(session, stack, m_tabs))
    , m_stages(new StagesPage(session, stack, m_tabs))
    , m_panels(createProcedurePanels(session, stack, m_tabs, [this](QWidget *w) { showPage(w); }))
{
    setObjectName(QStringLiteral("procedureView"));
    m_back->setObjectName(QStringLiteral("backToListToolButton"));
    m_back->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_back->setArrowType(Qt::LeftArrow);
    m_texts.custom(m_back, [this] {
        m_back->setText(tr("Procedures"));
        m_back->setToolTip(tr("Back to the procedures list (Alt+Left)"));
        m_back->setAccessibleName(tr("Back to the procedures list"));
    });
    m_heading->setObjectName(QStringLiteral("procedureHeadingLabel"));
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont f = m_heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    m_heading->setFont(f);
    m_tabs->setObjectName(QStringLiteral("procedureTabWidget"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_overview, QString());
    m_texts.tab(m_tabs, m_overview, QT_TRANSLATE_NOOP("Workbench", "&Overview"));
    addScrollingTab(m_stages, QT_TRANSLATE_NOOP("Workbench", "&Stages"));
    for (const HostedPanel &p : m_panels.tabs)
        addScrollingTab(p.widget, p.title);

    auto *top = new QHBoxLayout;
    top->addWidget(m_back);
    top->addWidget(m_heading, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);

    connect(m_back, &QToolButton::clicked, this, &ProcedureView::backRequested);
    connect(&session, &Session::changed, this, &ProcedureView::updateHeading);
    connect(m_stages->stagePage(), &StagePage::newFindingRequested, this, &ProcedureView::newFindingAtStage);
}

// A tab whose page scrolls vertically when the window is lower than the page needs, instead of
// forcing its height on the whole window (the overview scrolls by itself).
void ProcedureView::addScrollingTab(QWidget *page, const char *title)
{
    auto *scroll = new QScrollArea(m_tabs);
    scroll->setObjectName(page->objectName() + QStringLiteral("ScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(page);
    m_tabs->addTab(scroll, QString());
    m_texts.tab(m_tabs, scroll, title);
}

void ProcedureView::showPage(QWidget *page)
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        QWidget *tab = m_tabs->widget(i);
        if (tab == page || tab->isAncestorOf(page)) {
            m_tabs->setCurrentIndex(i);
            return;
        }
    }
}

bool ProcedureView::showField(const QString &field)
{
    const QStringList parts = field.split(QLatin1Char(':'));
    const QString table = parts.value(0), rowId = parts.value(1), column = parts.value(2);
    QWidget *page = nullptr;
    if (table == QStringLiteral("procedure") || table == QStringLiteral("engagement")
        || table == QStringLiteral("lot") || table == QStringLiteral("witness")) {
        page = m_overview;
    } else if (table == QStringLiteral("stage")) {
        page = m_stages;
        if (!rowId.isEmpty())
            m_stages->selectStage(rowId);
    } else if (m_panels.reveal) {
        page = m_panels.reveal(table, rowId);
    }
    if (!page)
        return false;
    showPage(page);
    QWidget *editor = nullptr;
    if (table == QStringLiteral("witness")) // the witness's own data is edited in the profile
        editor = page->findChild<QWidget *>(QStringLiteral("witnessProfilePushButton"));
    else if (table == QStringLiteral("lot"))
        editor = page->findChild<QWidget *>(QStringLiteral("lotsTableView"));
    else if (table == QStringLiteral("narrative"))
        editor = page->findChild<QWidget *>(column + QStringLiteral("TextEdit"));
    else
        editor = FieldBinder::editorOf(page, column);
    if (editor && editor->isEnabled() && editor->isVisibleTo(page)) {
        editor->setFocus(Qt::OtherFocusReason);
        return true;
    }
    page->setFocus(Qt::OtherFocusReason);
    return true;
}

QWidget *ProcedureView::page(int index) const
{
    QWidget *tab = m_tabs->widget(index);
    auto *scroll = qobject_cast<QScrollArea *>(tab);
    return scroll && scroll->widget() ? scroll->widget() : tab;
}

void ProcedureView::setProcedure(const QString &procedureId)
{
    m_procedureId = procedureId;
    if (!procedureId.isEmpty())
        ProcedureActions::prepareForWitness(m_session, procedureId);
    m_overview->setProcedure(procedureId);
    m_stages->setProcedure(procedureId);
    for (const HostedPanel &p : m_panels.tabs)
        p.setProcedure(procedureId);
    updateHeading();
}

void ProcedureView::updateHeading()
{
    const auto p = m_procedureId.isEmpty() ? std::nullopt : m_session.file().get<Procedure>(m_procedureId);
    if (!p) {
        m_heading->setFullText(QString());
        return;
    }
    m_heading->setFullText(
        p->number.isEmpty() ? p->title : QStringLiteral("%1 — %2").arg(p->number, p->title));
}

void ProcedureView::newFindingAtStage(const QString &stageId)
{
    if (!m_panels.newFinding) {
        QMessageBox::information(
            this, tr("New finding"), tr("The findings panel is not part of this build."));
        return;
    }
    m_panels.newFinding(stageId, QString());
}

void ProcedureView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_texts.apply();
    QWidget::changeEvent(event);
}

} // namespace Testigo::Ui
