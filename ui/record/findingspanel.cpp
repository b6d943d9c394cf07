// SPDX-License-Identifier: GPL-3.0-or-later
#include "record/findingspanel.h"

#include "common/commands.h"
#include "common/droppedfiles.h"
#include "common/recorddelegate.h"
#include "common/recordtablemodel.h"
#include "common/statuspalette.h"
#include "record/attachments.h"
#include "record/categories.h"
#include "record/findingeditor.h"
#include "record/recordchoices.h"
#include "record/recordformat.h"
#include "store/session.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Testigo::Ui {

namespace {

QList<RecordColumn> findingColumns(Session &session, const QString *procedureId)
{
    using C = RecordColumn;
    C number {QStringLiteral("number"), QT_TRANSLATE_NOOP("Testigo::Ui::RecordTableModel", "No."), C::Number,
        false};
    C stage {
        QStringLiteral("stage_id"), QT_TRANSLATE_NOOP("Testigo::Ui::RecordTableModel", "Stage"), C::Code};
    stage.allowEmpty = true;
    stage.choices = [&session, procedureId] { return stageChoices(session.file(), *procedureId); };
    C clauses {QString(), QT_TRANSLATE_NOOP("Testigo::Ui::RecordTableModel", "Clauses"), C::Text, false};
    clauses.display = [&session](const QVariantMap &row) {
        QStringList codes;
        for (const auto &tie : session.file().rows(QStringLiteral("finding_clause"),
                 QStringLiteral("finding_id"), row.value(QStringLiteral("id"))))
            if (const auto clause = session.file().row(
                    QStringLiteral("clause"), tie.value(QStringLiteral("clause_id")).toString()))
                if (clause->value(QStringLiteral("deleted")).toLongLong() == 0)
                    codes << clause->value(QStringLiteral("code")).toString();
        codes.sort();
        return codes.join(QStringLiteral(", "));
    };
    C category {
        QStringLiteral("category"), QT_TRANSLATE_NOOP("Testigo::Ui::RecordTableModel", "Category"), C::Code};
    category.allowEmpty = true;
    category.choices = &findingCategories;
    C severity {
        QStringLiteral("severity"), QT_TRANSLATE_NOOP("Testigo::Ui::RecordTableModel", "Severity"), C::Code};
    severity.choices = [] { return codeChoices(Codes::severities()); };
    severity.background = [](const QVariantMap &row) {
        return StatusPalette::severityBackground(row.value(QStringLiteral("severity")).toString());
    };
    C status {
        QStringLiteral("status"), QT_TRANSLATE_NOOP("Testigo::Ui::RecordTableModel", "Follow-up"), C::Code};
    status.choices = [] { return codeChoices(Codes::findingStatuses()); };
    C escalation {QStringLiteral("escalation"),
        QT_TRANSLATE_NOOP("Testigo::Ui::RecordTableModel", "Escalation"), C::Code};
    escalation.choices = [] { return codeChoices(Codes::escalations()); };
    return {number, stage, clauses, category, severity, status, escalation};
}
} // namespace

FindingsPanel::FindingsPanel(Session &session, QUndoStack &undo, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_undo(undo)
    , m_model(new RecordTableModel(
          session, undo, QStringLiteral("finding"), findingColumns(session, &m_procedureId), this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_heading(new QLabel(this))
    , m_new(new QPushButton(this))
    , m_delete(new QPushButton(this))
    , m_table(new QTableView(this))
    , m_editor(new FindingEditor(session, undo, *m_model, this))
    , m_splitter(new QSplitter(this))
    , m_dialog(new NewFindingDialog(this))
{
    setObjectName(QStringLiteral("findingsPanel"));
    setAcceptDrops(true);
    nameWidgets();
    setUpModel();
    setUpTable();
    buildLayout();
    connectSignals();
    retranslate();
}

void FindingsPanel::nameWidgets()
{
    m_heading->setObjectName(QStringLiteral("findingsHeadingLabel"));
    m_new->setObjectName(QStringLiteral("newFindingPushButton"));
    m_delete->setObjectName(QStringLiteral("deleteFindingPushButton"));
    m_table->setObjectName(QStringLiteral("findingsTableView"));
    m_splitter->setObjectName(QStringLiteral("findingsSplitter"));
}

// Ordered by number; its clause and stage columns refresh when those tables change.
void FindingsPanel::setUpModel()
{
    m_model->setObjectName(QStringLiteral("findingsModel"));
    m_model->setSortField(QStringLiteral("number"));
    m_model->setDependencies(
        {QStringLiteral("finding_clause"), QStringLiteral("clause"), QStringLiteral("stage")});
    m_model->setFilter(QStringLiteral("procedure_id"), QString());
}

// Sorted by number, one row selected at a time; the columns after the first few are the editor's.
void FindingsPanel::setUpTable()
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(RecordTableModel::SortRole);
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new RecordDelegate(m_table));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(0, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setWordWrap(false);
}

// The list (heading, buttons, table) left of the scrolling editor.
void FindingsPanel::buildLayout()
{
    auto *left = new QWidget(m_splitter);
    left->setObjectName(QStringLiteral("findingsListWidget"));
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_heading, 1);
    buttons->addWidget(m_new);
    buttons->addWidget(m_delete);
    leftLayout->addLayout(buttons);
    leftLayout->addWidget(m_table);
    auto *scroll = new QScrollArea(m_splitter);
    scroll->setObjectName(QStringLiteral("findingEditorScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_editor);
    m_splitter->addWidget(left);
    m_splitter->addWidget(scroll);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter);

    setTabOrder(m_new, m_delete);
    setTabOrder(m_delete, m_table);
    setTabOrder(m_table, m_editor->firstField());
}

void FindingsPanel::connectSignals()
{
    connect(m_new, &QPushButton::clicked, this, [this] { newFinding(); });
    connect(m_delete, &QPushButton::clicked, this, &FindingsPanel::deleteSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &FindingsPanel::onSelectionChanged);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &FindingsPanel::onSelectionChanged);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &FindingsPanel::onSelectionChanged);
    // A finding brought back by undo is selected and shown whole, not as an empty greyed form.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first) {
        if (m_table->selectionModel()->selectedRows().isEmpty())
            m_table->selectRow(first);
        onSelectionChanged();
    });
    connect(m_dialog, &QDialog::accepted, this, [this] { createFinding(m_dialog->draft()); });
}

void FindingsPanel::setProcedure(const QString &procedureId)
{
    m_procedureId = procedureId;
    m_model->setFilter(QStringLiteral("procedure_id"), procedureId);
    m_editor->setProcedure(procedureId);
    onSelectionChanged();
}

int FindingsPanel::nextNumber() const
{
    int max = 0;
    for (const Finding &f : m_session.file().all<Finding>(QStringLiteral("procedure_id"), m_procedureId))
        max = qMax(max, f.number);
    return max + 1;
}

void FindingsPanel::newFinding(const QString &stageId, const QString &clauseId)
{
    if (m_procedureId.isEmpty() || m_session.isReadOnly())
        return;
    m_dialog->prepare(stageChoices(m_session.file(), m_procedureId),
        clauseChoices(m_session.file(), m_procedureId), stageId, clauseId);
    m_dialog->open();
}

QString FindingsPanel::createFinding(const FindingDraft &draft)
{
    if (m_procedureId.isEmpty())
        return QString();
    const int number = nextNumber();
    const QVariant stage = draft.stageId.isEmpty() ? QVariant() : QVariant(draft.stageId);
    auto *parent = new QUndoCommand(tr("New finding %1").arg(number));
    auto *finding = new InsertRowCommand(m_session, QStringLiteral("finding"),
        {{QStringLiteral("procedure_id"), m_procedureId}, {QStringLiteral("stage_id"), stage},
            {QStringLiteral("number"), qint64(number)}, {QStringLiteral("category"), nonNull(draft.category)},
            {QStringLiteral("severity"),
                draft.severity.isEmpty() ? QStringLiteral("medium") : draft.severity},
            {QStringLiteral("description"), nonNull(draft.description)},
            {QStringLiteral("raised_date"), QDate::currentDate().toString(Qt::ISODate)}},
        QString(), parent);
    for (const QString &clause : draft.clauseIds)
        new InsertRowCommand(m_session, QStringLiteral("finding_clause"),
            {{QStringLiteral("finding_id"), finding->rowId()}, {QStringLiteral("clause_id"), clause}},
            QString(), parent);
    for (const QString &path : draft.files) {
        QString error;
        auto values = AttachmentFiles::store(m_session.file(), path, &error);
        if (!values)
            continue; // an unreadable file does not stop the finding; the editor can attach it later
        values->insert(QStringLiteral("procedure_id"), m_procedureId);
        values->insert(QStringLiteral("finding_id"), finding->rowId());
        values->insert(QStringLiteral("stage_id"), stage);
        new InsertRowCommand(m_session, QStringLiteral("attachment"), *values, QString(), parent);
    }
    const QString id = finding->rowId();
    m_undo.push(parent); // may delete `parent` and `finding` when a write failed
    if (!m_session.file().get<Finding>(id))
        return QString();
    selectFinding(id);
    return id;
}

void FindingsPanel::deleteFinding(const QString &findingId)
{
    const auto doomed = m_session.file().get<Finding>(findingId);
    if (!doomed || doomed->deleted)
        return;
    auto *parent = new QUndoCommand(tr("Delete finding %1").arg(doomed->number));
    new SetDeletedCommand(m_session, QStringLiteral("finding"), findingId, true, QString(), parent);
    // Keep the numbers 1..n: the later findings move up by one, in the same undo step.
    for (const Finding &f : m_session.file().all<Finding>(QStringLiteral("procedure_id"), m_procedureId))
        if (f.number > doomed->number)
            new SetFieldCommand(m_session, QStringLiteral("finding"), f.id, QStringLiteral("number"),
                qint64(f.number - 1), QString(), parent);
    m_undo.push(parent);
}

void FindingsPanel::deleteSelected()
{
    const auto doomed = m_session.file().get<Finding>(currentFindingId());
    if (!doomed)
        return;
    const auto answer = QMessageBox::question(this, tr("Delete finding"),
        tr("Delete finding %1 and renumber the ones after it?\nYou can undo this with Edit ▸ Undo.")
            .arg(doomed->number),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer == QMessageBox::Yes)
        deleteFinding(doomed->id);
}

void FindingsPanel::selectFinding(const QString &findingId)
{
    const int row = m_model->rowOf(findingId);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

QString FindingsPanel::currentFindingId() const
{
    return m_editor->findingId();
}

int FindingsPanel::attachFiles(const QStringList &paths)
{
    return m_editor->attachFiles(paths);
}

void FindingsPanel::onSelectionChanged()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const int row = rows.isEmpty() ? -1 : m_proxy->mapToSource(rows.first()).row();
    if (row != m_editor->currentRow() || m_model->idAt(row) != currentFindingId())
        m_editor->setCurrentRow(row);
    updateButtons();
}

void FindingsPanel::updateButtons()
{
    const bool writable = !m_procedureId.isEmpty() && !m_session.isReadOnly();
    m_new->setEnabled(writable);
    m_delete->setEnabled(writable && !currentFindingId().isEmpty());
}

void FindingsPanel::dragEnterEvent(QDragEnterEvent *event)
{
    if (!currentFindingId().isEmpty() && !droppedFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void FindingsPanel::dragMoveEvent(QDragMoveEvent *event)
{
    if (!currentFindingId().isEmpty() && !droppedFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void FindingsPanel::dropEvent(QDropEvent *event)
{
    if (attachFiles(droppedFiles(event->mimeData())) > 0)
        event->acceptProposedAction();
}

void FindingsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FindingsPanel::retranslate()
{
    m_heading->setText(tr("Findings"));
    m_new->setText(tr("New finding…"));
    m_new->setAccessibleName(tr("New finding"));
    m_delete->setText(tr("Delete finding"));
    m_delete->setAccessibleName(tr("Delete finding"));
    m_table->setAccessibleName(tr("Findings"));
    m_model->refreshAll();
    m_editor->retranslate();
}

} // namespace Testigo::Ui
