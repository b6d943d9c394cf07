// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench/casefilesearch.h"

#include "store/search.h"
#include "store/session.h"
#include "workbench/procedurespage.h"
#include "workbench/procedureview.h"
#include "workbench/searchresultsmodel.h"
#include "workbench/workspace.h"

#include <QAction>
#include <QDockWidget>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QTimer>
#include <QTreeView>

namespace Testigo::Ui {

namespace {

constexpr int kHitsPerKind = 20;
constexpr int kPauseMs = 300; // typing pauses this long before the file is searched

// The field a hit opens, as the testimony's missing parts name fields ("table:rowId:column"):
// evidence opens the finding or the stage it documents.
QString fieldOf(const CaseFile &file, const SearchHit &hit)
{
    const QString &id = hit.recordId;
    if (hit.kind == QStringLiteral("bidder"))
        return QStringLiteral("bidder:%1:name").arg(id);
    if (hit.kind == QStringLiteral("finding"))
        return QStringLiteral("finding:%1:description").arg(id);
    if (hit.kind == QStringLiteral("stage"))
        return QStringLiteral("stage:%1:notes").arg(id);
    if (hit.kind == QStringLiteral("narrative")) {
        const QVariantMap row = file.row(QStringLiteral("narrative"), id).value_or(QVariantMap());
        for (const char *column : {"background", "summary", "conclusions"})
            if (!row.value(QLatin1String(column)).toString().isEmpty())
                return QStringLiteral("narrative:%1:%2")
                    .arg(row.value(QStringLiteral("language")).toString(), QLatin1String(column));
    }
    if (hit.kind == QStringLiteral("attachment")) {
        const QVariantMap row = file.row(QStringLiteral("attachment"), id).value_or(QVariantMap());
        if (const QString finding = row.value(QStringLiteral("finding_id")).toString(); !finding.isEmpty())
            return QStringLiteral("finding:%1:description").arg(finding);
        if (const QString stage = row.value(QStringLiteral("stage_id")).toString(); !stage.isEmpty())
            return QStringLiteral("stage:%1:notes").arg(stage);
    }
    return QStringLiteral("procedure:%1:title").arg(hit.procedureId);
}

} // namespace

CaseFileSearch::CaseFileSearch(QMainWindow *window)
    : QObject(window)
    , m_box(new QLineEdit(window))
    , m_find(new QAction(window))
    , m_dock(new QDockWidget(window))
    , m_view(new QTreeView(m_dock))
    , m_model(new SearchResultsModel(this))
    , m_pause(new QTimer(this))
{
    m_box->setObjectName(QStringLiteral("caseFileSearchLineEdit"));
    m_box->setClearButtonEnabled(true);
    m_box->setMinimumWidth(260);
    m_box->setEnabled(false);
    m_box->installEventFilter(this);
    // In a layout, so that the menu bar gives the box its minimum width and not a short hint.
    auto *corner = new QWidget(window);
    auto *layout = new QHBoxLayout(corner);
    layout->setContentsMargins(0, 1, 4, 1);
    layout->addWidget(m_box);
    window->menuBar()->setCornerWidget(corner, Qt::TopRightCorner);
    m_find->setObjectName(QStringLiteral("actionFind"));
    m_find->setShortcut(QKeySequence::Find);
    m_find->setEnabled(false);
    window->addAction(m_find);
    m_dock->setObjectName(QStringLiteral("searchResultsDockWidget"));
    m_view->setObjectName(QStringLiteral("searchResultsTreeView"));
    m_view->setModel(m_model);
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_dock->setWidget(m_view);
    window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    m_dock->hide();
    m_pause->setSingleShot(true);
    m_pause->setInterval(kPauseMs);
    connect(m_pause, &QTimer::timeout, this, &CaseFileSearch::searchNow);
    // textChanged, not textEdited: the clear button empties the box too.
    connect(m_box, &QLineEdit::textChanged, m_pause, qOverload<>(&QTimer::start));
    connect(m_find, &QAction::triggered, this, [this] {
        m_box->setFocus(Qt::ShortcutFocusReason);
        m_box->selectAll();
    });
    connect(m_view, &QAbstractItemView::activated, this, &CaseFileSearch::openIndex);
    connect(m_view, &QAbstractItemView::clicked, this, &CaseFileSearch::openIndex);
    retranslate();
}

void CaseFileSearch::setWorkspace(Session *session, Workspace *workspace)
{
    m_session = session;
    m_workspace = workspace;
    m_box->clear();
    m_pause->stop();
    m_model->setHits({});
    m_searched.clear();
    m_box->setEnabled(session != nullptr);
    m_find->setEnabled(session != nullptr);
    m_dock->hide();
    // What the hits show follows the file: an edit searches again after the same pause.
    if (session)
        connect(session, &Session::changed, m_pause, [this] {
            if (m_dock->isVisible() && !m_searched.isEmpty())
                m_pause->start();
        });
}

void CaseFileSearch::searchNow()
{
    m_pause->stop();
    if (!m_session)
        return;
    const QString typed = m_box->text().trimmed();
    const SearchHit *current = m_model->hit(m_view->currentIndex());
    const QString keep = current && typed == m_searched ? current->recordId : QString();
    m_searched = typed;
    m_model->setHits(
        m_searched.isEmpty() ? QList<SearchHit>() : search(m_session->file(), m_searched, kHitsPerKind));
    m_view->expandAll();
    // After an edit the hit chosen stays chosen; a new search starts at the best one.
    const QModelIndex kept = m_model->indexOfRecord(keep);
    const QModelIndex select = kept.isValid() ? kept : m_model->stepHit(QModelIndex(), 0);
    m_view->setCurrentIndex(select);
    m_dock->setVisible(!m_searched.isEmpty());
    retranslate();
}

void CaseFileSearch::open(const SearchHit &hit)
{
    if (!m_workspace || !m_session)
        return;
    if (hit.kind == QStringLiteral("agency")) {
        // An agency has no tab of its own: the list shows its procedures.
        const QVariantMap row = m_session->file().row(hit.kind, hit.recordId).value_or(QVariantMap());
        const QString acronym = row.value(QStringLiteral("acronym")).toString();
        m_workspace->showList();
        if (auto *filter
            = m_workspace->proceduresPage()->findChild<QLineEdit *>(QStringLiteral("searchLineEdit")))
            filter->setText(acronym.isEmpty() ? row.value(QStringLiteral("name")).toString() : acronym);
        return;
    }
    m_workspace->proceduresPage()->selectProcedure(hit.procedureId);
    m_workspace->openProcedure(hit.procedureId);
    if (m_workspace->isShowingProcedure())
        m_workspace->procedureView()->showField(fieldOf(m_session->file(), hit));
}

void CaseFileSearch::openIndex(const QModelIndex &index)
{
    if (const SearchHit *h = m_model->hit(index)) {
        const SearchHit hit = *h; // the model may be reset by what opening writes
        open(hit);
    }
}

void CaseFileSearch::step(int steps)
{
    const QModelIndex next = m_model->stepHit(m_view->currentIndex(), steps);
    if (next.isValid())
        m_view->setCurrentIndex(next);
}

bool CaseFileSearch::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_box && event->type() == QEvent::LanguageChange)
        retranslate();
    if (watched != m_box || event->type() != QEvent::KeyPress)
        return QObject::eventFilter(watched, event);
    switch (static_cast<QKeyEvent *>(event)->key()) {
    case Qt::Key_Down:
        step(1);
        return true;
    case Qt::Key_Up:
        step(-1);
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_pause->isActive() || m_box->text().trimmed() != m_searched)
            searchNow();
        openIndex(m_view->currentIndex());
        return true;
    case Qt::Key_Escape:
        m_dock->hide();
        return true;
    default:
        return QObject::eventFilter(watched, event);
    }
}

void CaseFileSearch::retranslate()
{
    m_box->setPlaceholderText(tr("Search the case file…"));
    m_box->setToolTip(tr("Procedures, agencies, bidders, findings, narratives, stage notes and evidence "
                         "(%1). Enter opens the selected hit; Up and Down choose another.")
                          .arg(m_find->shortcut().toString(QKeySequence::NativeText)));
    m_find->setText(tr("&Find in the case file…"));
    m_dock->setWindowTitle(m_model->hitCount() > 0 || m_searched.isEmpty()
            ? tr("Search results")
            : tr("Nothing found for “%1”").arg(m_searched));
    m_model->retranslate();
}

} // namespace Testigo::Ui
