// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench/stagespage.h"

#include "workbench/clockmodel.h"
#include "workbench/stagelistmodel.h"
#include "workbench/stagepage.h"

#include <QEvent>
#include <QGroupBox>
#include <QHeaderView>
#include <QListView>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Testigo::Ui {

StagesPage::StagesPage(Session &session, QUndoStack &stack, QWidget *parent)
    : QWidget(parent), m_stages(new StageListModel(session, this)), m_clocks(new ClockModel(session, this)),
      m_stageView(new QListView(this)), m_clockView(new QTableView(this)), m_page(new StagePage(session, stack, this))
{
    setObjectName(QStringLiteral("stagesPage"));
    m_stageView->setObjectName(QStringLiteral("stagesListView"));
    m_stageView->setModel(m_stages);
    m_stageView->setSpacing(2);
    m_stageView->setIconSize(QSize(16, 16));
    m_stageView->setMinimumWidth(250);
    m_stageView->setUniformItemSizes(true);
    m_stageView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_texts.accessible(m_stageView, QT_TRANSLATE_NOOP("Workbench", "Stages"));
    auto *stagesBox = new QGroupBox(this);
    m_texts.group(stagesBox, QT_TRANSLATE_NOOP("Workbench", "Stages"));
    auto *sl = new QVBoxLayout(stagesBox);
    sl->addWidget(m_stageView);

    m_clockView->setObjectName(QStringLiteral("clocksTableView"));
    m_clockView->setModel(m_clocks);
    m_clockView->verticalHeader()->hide();
    m_clockView->setTabKeyNavigation(false);
    m_clockView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_clockView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_clockView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_clockView->horizontalHeader()->setStretchLastSection(true);
    m_texts.accessible(m_clockView, QT_TRANSLATE_NOOP("Workbench", "Legal clocks"));
    auto *clocksBox = new QGroupBox(this);
    m_texts.group(clocksBox, QT_TRANSLATE_NOOP("Workbench", "Legal clocks"));
    auto *cl = new QVBoxLayout(clocksBox);
    cl->addWidget(m_clockView);

    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(stagesBox);
    top->addWidget(m_page);
    top->setStretchFactor(0, 0);
    top->setStretchFactor(1, 1);
    top->setChildrenCollapsible(false);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(clocksBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setSizes({560, 160});
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(m_stageView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { m_page->setStage(m_stages->stageId(current.row())); });
    connect(m_stages, &QAbstractItemModel::modelReset, this, [this] {
        if (m_stages->rowOf(m_page->stageId()) < 0)
            m_page->setStage(QString());
        else
            selectStage(m_page->stageId());
    });
}

void StagesPage::setProcedure(const QString &procedureId)
{
    m_stages->setProcedure(procedureId);
    m_clocks->setProcedure(procedureId);
    // Open at the current stage: where the witness is working now.
    QString current;
    for (int i = 0; i < m_stages->rowCount(); ++i)
        if (m_stages->index(i).data(StageListModel::CurrentRole).toBool())
            current = m_stages->stageId(i);
    selectStage(current);
    if (current.isEmpty())
        m_page->setStage(QString());
}

void StagesPage::selectStage(const QString &stageId)
{
    const int row = m_stages->rowOf(stageId);
    if (row < 0)
        return;
    m_stageView->setCurrentIndex(m_stages->index(row));
    if (m_page->stageId() != stageId)
        m_page->setStage(stageId);
}

void StagesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_texts.apply();
        m_stages->reload();
        m_clocks->retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace Testigo::Ui
