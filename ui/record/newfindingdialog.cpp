// SPDX-License-Identifier: GPL-3.0-or-later
#include "record/newfindingdialog.h"

#include "common/droppedfiles.h"
#include "common/recorddelegate.h"
#include "record/categories.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStringListModel>
#include <QVBoxLayout>

namespace Testigo::Ui {

NewFindingDialog::NewFindingDialog(QWidget *parent)
    : QDialog(parent)
    , m_stage(new QComboBox(this))
    , m_clauseView(new QListView(this))
    , m_category(new QComboBox(this))
    , m_severity(new QComboBox(this))
    , m_description(new QPlainTextEdit(this))
    , m_fileView(new QListView(this))
    , m_addFiles(new QPushButton(this))
    , m_create(new QPushButton(this))
    , m_cancel(new QPushButton(this))
    , m_clauses(new QStandardItemModel(this))
    , m_files(new QStringListModel(this))
    , m_form(new QFormLayout)
{
    setObjectName(QStringLiteral("newFindingDialog"));
    setAcceptDrops(true);
    setUpFields();
    buildForm();
    QDialogButtonBox *buttons = buildLayout();

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_addFiles, &QPushButton::clicked, this, &NewFindingDialog::browse);
    chainTabOrder();
    retranslate();
    resize(560, 560);
}

void NewFindingDialog::setUpFields()
{
    m_stage->setObjectName(QStringLiteral("newFindingStageComboBox"));
    m_clauseView->setObjectName(QStringLiteral("newFindingClausesListView"));
    m_category->setObjectName(QStringLiteral("newFindingCategoryComboBox"));
    m_severity->setObjectName(QStringLiteral("newFindingSeverityComboBox"));
    m_description->setObjectName(QStringLiteral("newFindingDescriptionPlainTextEdit"));
    m_fileView->setObjectName(QStringLiteral("newFindingFilesListView"));
    m_addFiles->setObjectName(QStringLiteral("newFindingAddFilesPushButton"));
    m_create->setObjectName(QStringLiteral("newFindingCreatePushButton"));
    m_cancel->setObjectName(QStringLiteral("newFindingCancelPushButton"));
    m_clauseView->setModel(m_clauses);
    m_fileView->setModel(m_files);
    m_fileView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_description->setTabChangesFocus(true);
    m_clauseView->setMinimumHeight(120);
    m_fileView->setMaximumHeight(80);
    m_create->setDefault(true);
}

// A word-wrapped label (named, texts set by retranslate) leading to `field`; the row holds
// `layout` instead of the field when given.
void NewFindingDialog::addFormRow(QWidget *field, const char *name, QLayout *layout)
{
    auto *label = new QLabel(this);
    label->setObjectName(QLatin1String(name));
    label->setBuddy(field);
    label->setWordWrap(true);
    m_labels << label;
    if (layout)
        m_form->addRow(label, layout);
    else
        m_form->addRow(label, field);
}

void NewFindingDialog::buildForm()
{
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    addFormRow(m_stage, "newFindingStageLabel");
    addFormRow(m_clauseView, "newFindingClausesLabel");
    addFormRow(m_category, "newFindingCategoryLabel");
    addFormRow(m_severity, "newFindingSeverityLabel");
    addFormRow(m_description, "newFindingDescriptionLabel");
    auto *files = new QHBoxLayout;
    files->addWidget(m_fileView, 1);
    files->addWidget(m_addFiles, 0, Qt::AlignTop);
    addFormRow(m_fileView, "newFindingFilesLabel", files);
}

// The form, the (hidden) problem message under it and the buttons; returns the button box.
QDialogButtonBox *NewFindingDialog::buildLayout()
{
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("newFindingProblemLabel"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    auto *buttons = new QDialogButtonBox(this);
    buttons->setObjectName(QStringLiteral("newFindingButtonBox"));
    buttons->addButton(m_create, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    return buttons;
}

void NewFindingDialog::chainTabOrder()
{
    setTabOrder(m_stage, m_clauseView);
    setTabOrder(m_clauseView, m_category);
    setTabOrder(m_category, m_severity);
    setTabOrder(m_severity, m_description);
    setTabOrder(m_description, m_fileView);
    setTabOrder(m_fileView, m_addFiles);
    setTabOrder(m_addFiles, m_create);
    setTabOrder(m_create, m_cancel);
}

void NewFindingDialog::prepare(
    const ChoiceList &stages, const ChoiceList &clauses, const QString &stageId, const QString &clauseId)
{
    m_stage->clear();
    RecordDelegate::fillCombo(m_stage, stages, true);
    m_stage->setCurrentIndex(qMax(0, m_stage->findData(stageId)));
    m_clauses->clear();
    for (const auto &c : clauses) {
        auto *item = new QStandardItem(c.label);
        item->setData(c.code, Qt::UserRole);
        item->setCheckable(true);
        item->setEditable(false);
        item->setCheckState(c.code == clauseId ? Qt::Checked : Qt::Unchecked);
        m_clauses->appendRow(item);
    }
    m_category->setCurrentIndex(0);
    m_severity->setCurrentIndex(qMax(0, m_severity->findData(QStringLiteral("medium"))));
    m_description->clear();
    m_problem->hide();
    m_files->setStringList({});
    m_stage->setFocus();
}

FindingDraft NewFindingDialog::draft() const
{
    FindingDraft d;
    d.stageId = m_stage->currentData().toString();
    for (int r = 0; r < m_clauses->rowCount(); ++r)
        if (m_clauses->item(r)->checkState() == Qt::Checked)
            d.clauseIds << m_clauses->item(r)->data(Qt::UserRole).toString();
    d.category = m_category->currentData().toString();
    d.severity = m_severity->currentData().toString();
    d.description = m_description->toPlainText();
    d.files = m_files->stringList();
    return d;
}

void NewFindingDialog::accept()
{
    if (m_description->toPlainText().trimmed().isEmpty()) {
        m_problem->setText(
            tr("Describe the finding first: what happened, where it is documented and why it matters."));
        m_problem->show();
        m_description->setFocus();
        return;
    }
    m_problem->hide();
    QDialog::accept();
}

void NewFindingDialog::addFiles(const QStringList &paths)
{
    QStringList list = m_files->stringList();
    for (const QString &p : paths)
        if (!list.contains(p))
            list << p;
    m_files->setStringList(list);
}

void NewFindingDialog::browse()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Add evidence"));
    if (!paths.isEmpty())
        addFiles(paths);
}

void NewFindingDialog::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void NewFindingDialog::dropEvent(QDropEvent *event)
{
    const QStringList files = droppedFiles(event->mimeData());
    if (files.isEmpty())
        return;
    addFiles(files);
    event->acceptProposedAction();
}

void NewFindingDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void NewFindingDialog::retranslate()
{
    setWindowTitle(tr("New finding"));
    const QStringList labels {tr("Stage:"), tr("Pact clauses:"), tr("Category:"), tr("Severity:"),
        tr("Description:"), tr("Evidence:")};
    for (int r = 0; r < labels.size() && r < m_labels.size(); ++r)
        m_labels[r]->setText(labels[r]);
    m_stage->setAccessibleName(tr("Stage"));
    m_clauseView->setAccessibleName(tr("Pact clauses"));
    m_category->setAccessibleName(tr("Category"));
    m_severity->setAccessibleName(tr("Severity"));
    m_description->setAccessibleName(tr("Description"));
    m_fileView->setAccessibleName(tr("Evidence files"));
    m_description->setPlaceholderText(tr("What happened, where it is documented, why it matters"));
    m_addFiles->setText(tr("Add evidence…"));
    m_create->setText(tr("Create finding"));
    m_cancel->setText(tr("Cancel"));
    RecordDelegate::fillCombo(m_category, findingCategories(), true);
    RecordDelegate::fillCombo(m_severity, codeChoices(Codes::severities()));
}

} // namespace Testigo::Ui
