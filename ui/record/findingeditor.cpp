// SPDX-License-Identifier: GPL-3.0-or-later
#include "record/findingeditor.h"

#include "common/bilingualpair.h"
#include "common/commands.h"
#include "common/datefield.h"
#include "common/feedback.h"
#include "common/fieldbinder.h"
#include "common/recorddelegate.h"
#include "common/recordtablemodel.h"
#include "domain/codes.h"
#include "record/attachments.h"
#include "record/categories.h"
#include "record/clausetiemodel.h"
#include "record/recordchoices.h"
#include "store/session.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

namespace Testigo::Ui {

namespace {
const char *const Ctx = "Testigo::Ui::FindingEditor";

QList<RecordColumn> attachmentColumns()
{
    RecordColumn name {QStringLiteral("file_name"),
        QT_TRANSLATE_NOOP("Testigo::Ui::RecordTableModel", "File"), RecordColumn::Text, false};
    RecordColumn type {QStringLiteral("media_type"),
        QT_TRANSLATE_NOOP("Testigo::Ui::RecordTableModel", "Type"), RecordColumn::Text, false};
    RecordColumn size {QStringLiteral("size"), QT_TRANSLATE_NOOP("Testigo::Ui::RecordTableModel", "Size"),
        RecordColumn::Number, false};
    size.display = [](const QVariantMap &r) {
        return QLocale().formattedDataSize(r.value(QStringLiteral("size")).toLongLong());
    };
    return {name, type, size};
}
} // namespace

FindingEditor::FindingEditor(Session &session, QUndoStack &undo, RecordTableModel &findings, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_undo(undo)
    , m_findings(findings)
    , m_binder(new FieldBinder(session, undo, this))
    , m_ties(new ClauseTieModel(session, undo, this))
    , m_attachments(
          new RecordTableModel(session, undo, QStringLiteral("attachment"), attachmentColumns(), this))
    , m_title(new QLabel(this))
    , m_stage(new QComboBox(this))
    , m_category(new QComboBox(this))
    , m_severity(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_escalation(new QComboBox(this))
    , m_raised(new DateField(this))
    , m_responseDate(new DateField(this))
    , m_escalationDate(new DateField(this))
    , m_description(new QPlainTextEdit(this))
    , m_recommendation(new QPlainTextEdit(this))
    , m_response(new QPlainTextEdit(this))
    , m_descriptionEn(new QPlainTextEdit(this))
    , m_recommendationEn(new QPlainTextEdit(this))
    , m_responseEn(new QPlainTextEdit(this))
    , m_clauses(new QListView(this))
    , m_attachmentView(new QTableView(this))
    , m_add(new QPushButton(this))
    , m_open(new QPushButton(this))
    , m_export(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_message(new QLabel(this))
{
    nameWidgets();
    buildForm();
    bindFields();
    connectActions();
    retranslate();
    setCurrentRow(-1);
}

void FindingEditor::nameWidgets()
{
    setObjectName(QStringLiteral("findingEditorWidget"));
    m_title->setObjectName(QStringLiteral("findingTitleLabel"));
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_title->setFont(bold);
    m_stage->setObjectName(QStringLiteral("findingStageComboBox"));
    m_category->setObjectName(QStringLiteral("findingCategoryComboBox"));
    m_severity->setObjectName(QStringLiteral("findingSeverityComboBox"));
    m_status->setObjectName(QStringLiteral("findingStatusComboBox"));
    m_escalation->setObjectName(QStringLiteral("findingEscalationComboBox"));
    m_raised->setObjectName(QStringLiteral("findingRaisedDateEdit"));
    m_responseDate->setObjectName(QStringLiteral("findingResponseDateEdit"));
    m_escalationDate->setObjectName(QStringLiteral("findingEscalationDateEdit"));
    m_description->setObjectName(QStringLiteral("findingDescriptionPlainTextEdit"));
    m_recommendation->setObjectName(QStringLiteral("findingRecommendationPlainTextEdit"));
    m_response->setObjectName(QStringLiteral("findingResponsePlainTextEdit"));
    m_descriptionEn->setObjectName(QStringLiteral("findingDescriptionEnPlainTextEdit"));
    m_recommendationEn->setObjectName(QStringLiteral("findingRecommendationEnPlainTextEdit"));
    m_responseEn->setObjectName(QStringLiteral("findingResponseEnPlainTextEdit"));
    m_clauses->setObjectName(QStringLiteral("findingClausesListView"));
    m_attachmentView->setObjectName(QStringLiteral("findingAttachmentsTableView"));
    m_add->setObjectName(QStringLiteral("addAttachmentPushButton"));
    m_open->setObjectName(QStringLiteral("openAttachmentPushButton"));
    m_export->setObjectName(QStringLiteral("exportAttachmentPushButton"));
    m_remove->setObjectName(QStringLiteral("removeAttachmentPushButton"));
    m_message->setObjectName(QStringLiteral("attachmentMessageLabel"));
    m_message->setWordWrap(true);
    m_message->hide();
}

void FindingEditor::buildForm()
{
    for (QPlainTextEdit *t :
        {m_description, m_recommendation, m_response, m_descriptionEn, m_recommendationEn, m_responseEn}) {
        t->setTabChangesFocus(true);
        t->setMinimumHeight(64);
    }
    m_clauses->setModel(m_ties);
    m_clauses->setMinimumHeight(110);
    m_attachments->setFilter(QStringLiteral("finding_id"), QString());
    m_attachmentView->setModel(m_attachments);
    m_attachmentView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_attachmentView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_attachmentView->horizontalHeader()->setStretchLastSection(true);
    m_attachmentView->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_attachmentView->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_attachmentView->verticalHeader()->hide();
    m_attachmentView->setMaximumHeight(110);
    m_attachmentView->setTabKeyNavigation(false);

    buildRows();
}

void FindingEditor::buildRows()
{
    auto *form = new QFormLayout;
    m_rows = std::make_unique<FormRows>(form, Ctx);
    m_rows->add("findingStageLabel", QT_TRANSLATE_NOOP("Testigo::Ui::FindingEditor", "Stage:"), m_stage);
    m_rows->add(
        "findingCategoryLabel", QT_TRANSLATE_NOOP("Testigo::Ui::FindingEditor", "Category:"), m_category);
    m_rows->add(
        "findingSeverityLabel", QT_TRANSLATE_NOOP("Testigo::Ui::FindingEditor", "Severity:"), m_severity);
    m_rows->add(
        "findingRaisedLabel", QT_TRANSLATE_NOOP("Testigo::Ui::FindingEditor", "Raised on:"), m_raised);
    m_rows->add(
        "findingClausesLabel", QT_TRANSLATE_NOOP("Testigo::Ui::FindingEditor", "Pact clauses:"), m_clauses);
    // The texts the testimony prints: Spanish | English side by side; the label leads to the Spanish.
    const auto bilingual = [this](const char *objectName, const char *source, QPlainTextEdit *es,
                               QPlainTextEdit *en, const char *name) {
        auto *row = new QHBoxLayout;
        row->setContentsMargins(0, 0, 0, 0);
        row->addWidget(new BilingualPair(es, en, name, this));
        m_rows->add(objectName, source, es, row);
    };
    bilingual("findingDescriptionLabel", QT_TRANSLATE_NOOP("Testigo::Ui::FindingEditor", "Description:"),
        m_description, m_descriptionEn, QT_TRANSLATE_NOOP("Workbench", "Description"));
    bilingual("findingRecommendationLabel",
        QT_TRANSLATE_NOOP("Testigo::Ui::FindingEditor", "Recommendation:"), m_recommendation,
        m_recommendationEn, QT_TRANSLATE_NOOP("Workbench", "Recommendation"));
    bilingual("findingResponseLabel", QT_TRANSLATE_NOOP("Testigo::Ui::FindingEditor", "Agency response:"),
        m_response, m_responseEn, QT_TRANSLATE_NOOP("Workbench", "Agency response"));
    m_rows->add("findingResponseDateLabel", QT_TRANSLATE_NOOP("Testigo::Ui::FindingEditor", "Response date:"),
        m_responseDate);
    m_rows->add(
        "findingStatusLabel", QT_TRANSLATE_NOOP("Testigo::Ui::FindingEditor", "Follow-up status:"), m_status);
    m_rows->add("findingEscalationLabel", QT_TRANSLATE_NOOP("Testigo::Ui::FindingEditor", "Escalated to:"),
        m_escalation);
    m_rows->add("findingEscalationDateLabel",
        QT_TRANSLATE_NOOP("Testigo::Ui::FindingEditor", "Escalation date:"), m_escalationDate);
    auto *evidence = new QVBoxLayout;
    evidence->addWidget(m_attachmentView);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_add, m_open, m_export, m_remove})
        buttons->addWidget(b);
    buttons->addStretch(1);
    evidence->addLayout(buttons);
    evidence->addWidget(m_message);
    m_rows->add("findingEvidenceLabel", QT_TRANSLATE_NOOP("Testigo::Ui::FindingEditor", "Evidence:"),
        m_attachmentView, evidence);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addStretch(1);
}

// Every field is written as it is edited, one undo step per field, and follows undo and redo.
void FindingEditor::bindFields()
{
    m_binder->bindChoiceCombo(
        m_stage, QStringLiteral("stage_id"), [this] { return stageChoices(m_session.file(), m_procedureId); },
        true, QStringLiteral("stage"));
    m_binder->bindChoiceCombo(m_category, QStringLiteral("category"), &findingCategories, true);
    m_binder->bindCodeCombo(m_severity, QStringLiteral("severity"), Codes::severities());
    m_binder->bindCodeCombo(m_status, QStringLiteral("status"), Codes::findingStatuses());
    m_binder->bindCodeCombo(m_escalation, QStringLiteral("escalation"), Codes::escalations());
    m_binder->bindDateEdit(m_raised, QStringLiteral("raised_date"));
    m_binder->bindDateEdit(m_responseDate, QStringLiteral("response_date"));
    m_binder->bindDateEdit(m_escalationDate, QStringLiteral("escalation_date"));
    m_binder->bindPlainText(m_description, QStringLiteral("description"));
    m_binder->bindPlainText(m_recommendation, QStringLiteral("recommendation"));
    m_binder->bindPlainText(m_response, QStringLiteral("response"));
    m_binder->bindPlainText(m_descriptionEn, QStringLiteral("description_en"));
    m_binder->bindPlainText(m_recommendationEn, QStringLiteral("recommendation_en"));
    m_binder->bindPlainText(m_responseEn, QStringLiteral("response_en"));
}

void FindingEditor::connectActions()
{
    QWidget *order[] = {m_stage, m_category, m_severity, m_raised, m_clauses, m_description, m_descriptionEn,
        m_recommendation, m_recommendationEn, m_response, m_responseEn, m_responseDate, m_status,
        m_escalation, m_escalationDate, m_attachmentView, m_add, m_open, m_export, m_remove};
    for (size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);

    connect(m_add, &QPushButton::clicked, this, &FindingEditor::browseFiles);
    connect(m_open, &QPushButton::clicked, this, &FindingEditor::openAttachment);
    connect(m_export, &QPushButton::clicked, this, &FindingEditor::exportSelected);
    connect(m_remove, &QPushButton::clicked, this, &FindingEditor::removeAttachment);
    connect(m_attachmentView, &QTableView::activated, this, &FindingEditor::openAttachment);
    connect(m_attachmentView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &FindingEditor::updateButtons);
    connect(m_attachments, &QAbstractItemModel::rowsInserted, this, &FindingEditor::updateButtons);
    connect(m_attachments, &QAbstractItemModel::rowsRemoved, this, &FindingEditor::updateButtons);
    connect(m_attachments, &QAbstractItemModel::modelReset, this, &FindingEditor::updateButtons);
    connect(&m_findings, &QAbstractItemModel::dataChanged, this, &FindingEditor::updateTitle);
    connect(&m_session, &Session::rowInserted, this, [this](const QString &table) {
        if (table == QLatin1String("stage"))
            refreshStages();
    });
}

QWidget *FindingEditor::firstField() const
{
    return m_stage;
}
QWidget *FindingEditor::lastField() const
{
    return m_remove;
}

void FindingEditor::setProcedure(const QString &procedureId)
{
    m_procedureId = procedureId;
    m_ties->setProcedure(procedureId);
    setCurrentRow(-1);
    refreshStages();
}

void FindingEditor::refreshStages()
{
    m_binder->refresh();
}

void FindingEditor::setCurrentRow(int row)
{
    const QString id = m_findings.idAt(row);
    const bool has = !id.isEmpty();
    m_binder->setRow(QStringLiteral("finding"), id);
    for (QWidget *w : findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly))
        if (w != m_title)
            w->setEnabled(has && !m_session.isReadOnly());
    m_ties->setFinding(id);
    m_attachments->setFilter(QStringLiteral("finding_id"), id);
    m_message->hide();
    updateTitle();
    updateButtons();
}

int FindingEditor::currentRow() const
{
    return m_binder->rowId().isEmpty() ? -1 : m_findings.rowOf(m_binder->rowId());
}

QString FindingEditor::findingId() const
{
    return m_binder->rowId();
}

void FindingEditor::updateTitle()
{
    const QVariantMap row = m_findings.rowAt(currentRow());
    m_title->setText(row.isEmpty() ? tr("No finding selected")
                                   : tr("Finding %1").arg(row.value(QStringLiteral("number")).toLongLong()));
}

void FindingEditor::updateButtons()
{
    const bool has = !findingId().isEmpty() && !m_session.isReadOnly();
    const bool selected = !selectedAttachmentId().isEmpty();
    m_add->setEnabled(has);
    m_open->setEnabled(selected);
    m_export->setEnabled(selected);
    m_remove->setEnabled(has && selected);
}

QString FindingEditor::selectedAttachmentId() const
{
    const QModelIndexList rows = m_attachmentView->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_attachments->idAt(rows.first().row());
}

int FindingEditor::attachFiles(const QStringList &paths)
{
    const QString finding = findingId();
    if (finding.isEmpty() || paths.isEmpty())
        return 0;
    const QVariant stage = m_findings.rowAt(currentRow()).value(QStringLiteral("stage_id"));
    QStringList errors;
    QList<QVariantMap> rows;
    for (const QString &path : paths) {
        QString error;
        auto values = AttachmentFiles::store(m_session.file(), path, &error);
        if (!values) {
            errors << error;
            continue;
        }
        values->insert(QStringLiteral("procedure_id"), m_procedureId);
        values->insert(QStringLiteral("finding_id"), finding);
        values->insert(QStringLiteral("stage_id"), stage);
        rows << *values;
    }
    if (!rows.isEmpty()) {
        // All files of one drop are one undo step.
        auto *parent = new QUndoCommand(tr("Attach %n file(s)", nullptr, int(rows.size())));
        for (const QVariantMap &values : rows)
            new InsertRowCommand(m_session, QStringLiteral("attachment"), values, QString(), parent);
        m_undo.push(parent);
    }
    m_message->setText(errors.join(QLatin1Char('\n')));
    m_message->setVisible(!errors.isEmpty());
    return int(rows.size());
}

bool FindingEditor::exportAttachment(const QString &attachmentId, const QString &path, QString *error)
{
    const auto a = m_session.file().get<Attachment>(attachmentId);
    if (!a) {
        *error = tr("No such attachment.");
        return false;
    }
    return AttachmentFiles::write(m_session.file(), a->sha256, path, error);
}

void FindingEditor::browseFiles()
{
    const QStringList paths
        = QFileDialog::getOpenFileNames(this, tr("Attach evidence"), caseFolder(m_session));
    attachFiles(paths);
}

void FindingEditor::openAttachment()
{
    const auto a = m_session.file().get<Attachment>(selectedAttachmentId());
    if (!a)
        return;
    QString error;
    const QString path = AttachmentFiles::writeTemporary(m_session.file(), a->sha256, a->fileName, &error);
    if (path.isEmpty() || !QDesktopServices::openUrl(QUrl::fromLocalFile(path))) {
        m_message->setText(path.isEmpty() ? error : tr("No application could open %1.").arg(a->fileName));
        m_message->show();
    }
}

void FindingEditor::exportSelected()
{
    const auto a = m_session.file().get<Attachment>(selectedAttachmentId());
    if (!a)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export evidence"), a->fileName);
    if (path.isEmpty())
        return;
    QString error;
    if (!exportAttachment(a->id, path, &error)) {
        m_message->setText(error);
        m_message->show();
    }
}

void FindingEditor::removeAttachment()
{
    const QString id = selectedAttachmentId();
    if (id.isEmpty())
        return;
    const auto a = m_session.file().get<Attachment>(id);
    m_undo.push(new SetDeletedCommand(m_session, QStringLiteral("attachment"), id, true,
        tr("Remove evidence %1").arg(a ? a->fileName : QString())));
}

void FindingEditor::retranslate()
{
    m_rows->retranslate();
    refreshStages();
    m_attachmentView->setAccessibleName(tr("Evidence files"));
    m_add->setText(tr("Attach…"));
    m_add->setToolTip(tr("Attach evidence files (you can also drop files here)"));
    m_open->setText(tr("Open"));
    m_export->setText(tr("Export…"));
    m_remove->setText(tr("Remove"));
    m_add->setAccessibleName(tr("Attach evidence"));
    m_open->setAccessibleName(tr("Open evidence"));
    m_export->setAccessibleName(tr("Export evidence"));
    m_remove->setAccessibleName(tr("Remove evidence"));
    m_description->setPlaceholderText(tr("What happened, where it is documented, why it matters"));
    m_recommendation->setPlaceholderText(tr("What the agency should do"));
    m_response->setPlaceholderText(tr("What the agency answered"));
    m_descriptionEn->setPlaceholderText(tr("The description in English"));
    m_recommendationEn->setPlaceholderText(tr("The recommendation in English"));
    m_responseEn->setPlaceholderText(tr("The response in English"));
    m_attachments->refreshAll();
    updateTitle();
}

} // namespace Testigo::Ui
