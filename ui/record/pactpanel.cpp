// SPDX-License-Identifier: GPL-3.0-or-later
#include "record/pactpanel.h"

#include "common/commands.h"
#include "common/statuspalette.h"
#include "domain/codes.h"
#include "record/clausematrixmodel.h"
#include "common/recorddelegate.h"
#include "record/recordformat.h"
#include "common/recordtablemodel.h"
#include "store/session.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Testigo::Ui {

namespace {

QList<RecordColumn> clauseColumns()
{
    using C = RecordColumn;
    C party {QStringLiteral("party"), QT_TRANSLATE_NOOP("Testigo::Ui::RecordTableModel", "Party"), C::Code};
    party.choices = [] { return codeChoices(Codes::clauseParties()); };
    return {C {QStringLiteral("code"), QT_TRANSLATE_NOOP("Testigo::Ui::RecordTableModel", "Code")}, party,
        C {QStringLiteral("text_es"), QT_TRANSLATE_NOOP("Testigo::Ui::RecordTableModel", "Text (Spanish)")},
        C {QStringLiteral("text_en"), QT_TRANSLATE_NOOP("Testigo::Ui::RecordTableModel", "Text (English)")}};
}

QList<RecordColumn> signatoryColumns()
{
    using C = RecordColumn;
    C role {QStringLiteral("role"), QT_TRANSLATE_NOOP("Testigo::Ui::RecordTableModel", "Role"), C::Code};
    role.choices = [] { return codeChoices(Codes::signatoryRoles()); };
    return {C {QStringLiteral("name"), QT_TRANSLATE_NOOP("Testigo::Ui::RecordTableModel", "Name")}, role,
        C {QStringLiteral("position"), QT_TRANSLATE_NOOP("Testigo::Ui::RecordTableModel", "Position")},
        C {QStringLiteral("signed_date"), QT_TRANSLATE_NOOP("Testigo::Ui::RecordTableModel", "Signed on"),
            C::Date}};
}

QTableView *makeTable(QWidget *parent, const char *name, QAbstractItemModel *model)
{
    auto *view = new QTableView(parent);
    view->setObjectName(QLatin1String(name));
    view->setModel(model);
    view->setItemDelegate(new RecordDelegate(view));
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::AnyKeyPressed);
    view->setTabKeyNavigation(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}
} // namespace

PactPanel::PactPanel(Session &session, QUndoStack &undo, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_undo(undo)
    , m_clauses(new RecordTableModel(session, undo, QStringLiteral("clause"), clauseColumns(), this))
    , m_signatories(
          new RecordTableModel(session, undo, QStringLiteral("signatory"), signatoryColumns(), this))
    , m_matrix(new ClauseMatrixModel(session, this))
    , m_cellFindings(new QStandardItemModel(this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("pactPanel"));
    m_tabs->setObjectName(QStringLiteral("pactTabWidget"));
    m_clauses->setObjectName(QStringLiteral("clausesModel"));
    m_clauses->setSortField(QStringLiteral("position"));
    m_signatories->setObjectName(QStringLiteral("signatoriesModel"));
    m_matrix->setObjectName(QStringLiteral("clauseMatrixModel"));
    m_tabs->addTab(buildClausesTab(), QString());
    m_tabs->addTab(buildSignatoriesTab(), QString());
    m_tabs->addTab(buildMatrixTab(), QString());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);

    // The matrix follows the findings; the cell's list follows the matrix.
    connect(m_matrix, &QAbstractItemModel::dataChanged, this, &PactPanel::listCellFindings);
    connect(m_matrix, &QAbstractItemModel::modelReset, this, &PactPanel::listCellFindings);
    retranslate();
    setProcedure(QString());
}

QWidget *PactPanel::buildClausesTab()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("clausesPageWidget"));
    m_clauseView = makeTable(page, "clausesTableView", m_clauses);
    m_clauseView->setWordWrap(true);
    m_clauseView->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_clauseView->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_clauseView->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_clauseView->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_clauseView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_addClause = new QPushButton(page);
    m_addClause->setObjectName(QStringLiteral("addClausePushButton"));
    m_removeClause = new QPushButton(page);
    m_removeClause->setObjectName(QStringLiteral("removeClausePushButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addClause);
    buttons->addWidget(m_removeClause);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_clauseView);
    layout->addLayout(buttons);
    connect(m_addClause, &QPushButton::clicked, this, &PactPanel::addClause);
    connect(m_removeClause, &QPushButton::clicked, this,
        [this] { removeClause(selectedId(m_clauseView, m_clauses)); });
    connect(m_clauseView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &PactPanel::updateButtons);
    return page;
}

QWidget *PactPanel::buildSignatoriesTab()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("signatoriesPageWidget"));
    m_signatoryView = makeTable(page, "signatoriesTableView", m_signatories);
    m_signatoryView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_signatoryView->horizontalHeader()->setDefaultSectionSize(200);
    m_addSignatory = new QPushButton(page);
    m_addSignatory->setObjectName(QStringLiteral("addSignatoryPushButton"));
    m_removeSignatory = new QPushButton(page);
    m_removeSignatory->setObjectName(QStringLiteral("removeSignatoryPushButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addSignatory);
    buttons->addWidget(m_removeSignatory);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_signatoryView);
    layout->addLayout(buttons);
    connect(m_addSignatory, &QPushButton::clicked, this, &PactPanel::addSignatory);
    connect(m_removeSignatory, &QPushButton::clicked, this,
        [this] { removeSignatory(selectedId(m_signatoryView, m_signatories)); });
    connect(m_signatoryView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &PactPanel::updateButtons);
    return page;
}

QWidget *PactPanel::buildMatrixTab()
{
    auto *page = new QSplitter(this);
    page->setObjectName(QStringLiteral("matrixSplitter"));
    auto *left = new QWidget(page);
    left->setObjectName(QStringLiteral("matrixWidget"));
    m_matrixView = new QTableView(left);
    m_matrixView->setObjectName(QStringLiteral("clauseMatrixTableView"));
    m_matrixView->setModel(m_matrix);
    m_matrixView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_matrixView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_matrixView->setTabKeyNavigation(false);
    m_matrixView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_matrixView->horizontalHeader()->setMinimumSectionSize(80);
    m_matrixView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_legend = new QLabel(left);
    m_legend->setObjectName(QStringLiteral("matrixLegendLabel"));
    m_legend->setWordWrap(true);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_matrixView);
    leftLayout->addWidget(m_legend);

    auto *right = new QWidget(page);
    right->setObjectName(QStringLiteral("cellFindingsWidget"));
    m_cellLabel = new QLabel(right);
    m_cellLabel->setObjectName(QStringLiteral("cellFindingsLabel"));
    m_cellLabel->setWordWrap(true);
    m_cellView = new QListView(right);
    m_cellView->setObjectName(QStringLiteral("cellFindingsListView"));
    m_cellView->setModel(m_cellFindings);
    m_cellView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_cellView->setWordWrap(true);
    m_cellLabel->setBuddy(m_cellView);
    m_newHere = new QPushButton(right);
    m_newHere->setObjectName(QStringLiteral("newFindingHerePushButton"));
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_cellLabel);
    rightLayout->addWidget(m_cellView, 1);
    rightLayout->addWidget(m_newHere);
    page->addWidget(left);
    page->addWidget(right);
    page->setStretchFactor(0, 3);
    page->setStretchFactor(1, 1);
    page->setChildrenCollapsible(false);

    setTabOrder(m_matrixView, m_cellView);
    setTabOrder(m_cellView, m_newHere);
    connect(m_matrixView->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) {
            m_cell = current;
            listCellFindings();
        });
    connect(m_newHere, &QPushButton::clicked, this, [this] {
        if (m_cell.isValid())
            emit newFindingRequested(
                m_matrix->stageIdAt(m_cell.column()), m_matrix->clauseIdAt(m_cell.row()));
    });
    connect(m_cellView, &QListView::activated, this,
        [this](const QModelIndex &index) { emit findingActivated(index.data(Qt::UserRole).toString()); });
    return page;
}

void PactPanel::setProcedure(const QString &procedureId)
{
    m_procedureId = procedureId;
    m_clauses->setFilter(QStringLiteral("procedure_id"), procedureId);
    m_signatories->setFilter(QStringLiteral("procedure_id"), procedureId);
    m_matrix->setProcedure(procedureId);
    m_cell = QPersistentModelIndex();
    listCellFindings();
    updateButtons();
}

void PactPanel::selectCell(int clauseRow, int stageColumn)
{
    const QModelIndex index = m_matrix->index(clauseRow, stageColumn);
    m_matrixView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    m_cell = index;
    listCellFindings();
}

void PactPanel::listCellFindings()
{
    m_cellFindings->clear();
    const bool valid = m_cell.isValid();
    m_newHere->setEnabled(valid && !m_session.isReadOnly());
    if (!valid) {
        m_cellLabel->setText(tr("Select a cell to list its findings."));
        return;
    }
    const QString clause = m_matrix->headerData(m_cell.row(), Qt::Vertical).toString();
    const QString stage = m_matrix->headerData(m_cell.column(), Qt::Horizontal).toString();
    const QStringList ids = m_matrix->findingsAt(m_cell);
    m_cellLabel->setText(
        tr("Findings on clause %1 at %2: %3").arg(clause, stage, QLocale().toString(ids.size())));
    for (const QString &id : ids) {
        const auto f = m_session.file().get<Finding>(id);
        if (!f)
            continue;
        QString text = f->description.simplified();
        if (text.size() > 80)
            text = text.left(79) + QChar(0x2026);
        auto *item = new QStandardItem(
            tr("No. %1 (%2): %3").arg(f->number).arg(Codes::label(Codes::severities(), f->severity), text));
        item->setData(id, Qt::UserRole);
        item->setData(StatusPalette::severityBackground(f->severity), Qt::DecorationRole);
        item->setToolTip(f->description);
        m_cellFindings->appendRow(item);
    }
}

QString PactPanel::selectedId(QTableView *view, RecordTableModel *model) const
{
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : model->idAt(rows.first().row());
}

QString PactPanel::addSignatory()
{
    if (m_procedureId.isEmpty())
        return QString();
    auto *cmd = new InsertRowCommand(m_session, QStringLiteral("signatory"),
        {{QStringLiteral("procedure_id"), m_procedureId},
            {QStringLiteral("role"), QStringLiteral("official")}},
        tr("Add signatory"));
    const QString id = cmd->rowId();
    m_undo.push(cmd);
    const int row = m_signatories->rowOf(id);
    if (row >= 0) {
        m_signatoryView->setCurrentIndex(m_signatories->index(row, 0));
        m_signatoryView->setFocus();
    }
    return id;
}

void PactPanel::removeSignatory(const QString &signatoryId)
{
    if (!signatoryId.isEmpty())
        m_undo.push(new SetDeletedCommand(
            m_session, QStringLiteral("signatory"), signatoryId, true, tr("Remove signatory")));
}

QString PactPanel::addClause()
{
    if (m_procedureId.isEmpty())
        return QString();
    int position = 0;
    for (int r = 0; r < m_clauses->rowCount(); ++r)
        position = qMax(position, m_clauses->rowAt(r).value(QStringLiteral("position")).toInt() + 1);
    auto *cmd = new InsertRowCommand(m_session, QStringLiteral("clause"),
        {{QStringLiteral("procedure_id"), m_procedureId}, {QStringLiteral("position"), qint64(position)},
            {QStringLiteral("party"), QStringLiteral("authority")}},
        tr("Add clause"));
    const QString id = cmd->rowId();
    m_undo.push(cmd);
    const int row = m_clauses->rowOf(id);
    if (row >= 0) {
        m_clauseView->setCurrentIndex(m_clauses->index(row, 0));
        m_clauseView->setFocus();
    }
    return id;
}

void PactPanel::removeClause(const QString &clauseId)
{
    if (!clauseId.isEmpty())
        m_undo.push(
            new SetDeletedCommand(m_session, QStringLiteral("clause"), clauseId, true, tr("Remove clause")));
}

void PactPanel::updateButtons()
{
    const bool writable = !m_procedureId.isEmpty() && !m_session.isReadOnly();
    m_addClause->setEnabled(writable);
    m_addSignatory->setEnabled(writable);
    m_removeClause->setEnabled(writable && !selectedId(m_clauseView, m_clauses).isEmpty());
    m_removeSignatory->setEnabled(writable && !selectedId(m_signatoryView, m_signatories).isEmpty());
}

void PactPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PactPanel::retranslate()
{
    m_tabs->setTabText(0, tr("Clauses"));
    m_tabs->setTabText(1, tr("Signatories"));
    m_tabs->setTabText(2, tr("Clause × stage matrix"));
    m_clauseView->setAccessibleName(tr("Pact clauses"));
    m_signatoryView->setAccessibleName(tr("Signatories"));
    m_matrixView->setAccessibleName(tr("Findings by clause and stage"));
    m_cellView->setAccessibleName(tr("Findings of the selected cell"));
    m_addClause->setText(tr("Add clause"));
    m_removeClause->setText(tr("Remove clause"));
    m_addSignatory->setText(tr("Add signatory"));
    m_removeSignatory->setText(tr("Remove signatory"));
    m_newHere->setText(tr("New finding here…"));
    m_newHere->setAccessibleName(tr("New finding on this clause and stage"));
    m_legend->setText(
        tr("Each cell: number of findings · worst severity. Click a cell to list its findings."));
    m_clauses->refreshAll();
    m_signatories->refreshAll();
    m_matrix->refresh();
    listCellFindings();
}

} // namespace Testigo::Ui
