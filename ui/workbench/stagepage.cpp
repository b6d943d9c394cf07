// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench/stagepage.h"

#include "common/bilingualpair.h"
#include "common/datefield.h"
#include "common/fieldbinder.h"
#include "common/recorddelegate.h"
#include "common/recordtablemodel.h"
#include "common/uiformat.h"
#include "store/session.h"
#include "workbench/stagelistmodel.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Testigo::Ui {

namespace {
QString question(const QVariantMap &row)
{
    const QString es = row.value(QStringLiteral("question_es")).toString();
    const QString en = row.value(QStringLiteral("question_en")).toString();
    return uiIsSpanish() ? (es.isEmpty() ? en : es) : (en.isEmpty() ? es : en);
}

QList<RecordColumn> checklistColumns()
{
    using C = RecordColumn;
    C q {QStringLiteral("question_en"), QT_TRANSLATE_NOOP("Testigo::Ui::RecordTableModel", "Question"),
        C::Text, false};
    q.display = question;
    C answer {
        QStringLiteral("answer"), QT_TRANSLATE_NOOP("Testigo::Ui::RecordTableModel", "Answer"), C::Code};
    answer.choices = [] { return codeChoices(Codes::answers()); };
    return {
        q, answer, C {QStringLiteral("note"), QT_TRANSLATE_NOOP("Testigo::Ui::RecordTableModel", "Note")}};
}

QList<RecordColumn> findingColumns()
{
    using C = RecordColumn;
    C severity {QStringLiteral("severity"), QT_TRANSLATE_NOOP("Testigo::Ui::RecordTableModel", "Severity"),
        C::Code, false};
    severity.choices = [] { return codeChoices(Codes::severities()); };
    C status {QStringLiteral("status"), QT_TRANSLATE_NOOP("Testigo::Ui::RecordTableModel", "Follow-up"),
        C::Code, false};
    status.choices = [] { return codeChoices(Codes::findingStatuses()); };
    return {C {QStringLiteral("number"), QT_TRANSLATE_NOOP("Testigo::Ui::RecordTableModel", "No."), C::Number,
                false},
        severity,
        C {QStringLiteral("description"), QT_TRANSLATE_NOOP("Testigo::Ui::RecordTableModel", "Description"),
            C::Text, false},
        status};
}

QTableView *makeTable(QWidget *parent, const char *name)
{
    auto *v = new QTableView(parent);
    v->setObjectName(QString::fromLatin1(name));
    v->verticalHeader()->hide();
    v->setTabKeyNavigation(false);
    v->setWordWrap(true);
    v->setSelectionBehavior(QAbstractItemView::SelectItems);
    return v;
}
} // namespace

StagePage::StagePage(Session &session, QUndoStack &stack, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_stack(stack)
    , m_binder(new FieldBinder(session, stack, this))
    , m_checklist(
          new RecordTableModel(session, stack, QStringLiteral("checklist_answer"), checklistColumns(), this))
    , m_findings(new RecordTableModel(session, stack, QStringLiteral("finding"), findingColumns(), this))
    , m_title(new QLabel(this))
    , m_checklistView(makeTable(this, "checklistTableView"))
    , m_findingsView(makeTable(this, "stageFindingsTableView"))
    , m_newFinding(new QPushButton(this))
{
    setObjectName(QStringLiteral("stagePage"));
    m_checklist->setSortField(QStringLiteral("position"));
    m_findings->setSortField(QStringLiteral("number"));
    setUpTitle();
    QGroupBox *details = buildDetails();
    QGroupBox *checklistBox = buildChecklistBox();
    QGroupBox *findingsBox = buildFindingsBox();
    layOut(details, checklistBox, findingsBox);
    connect(&session, &Session::changed, this, &StagePage::updateTitle);
    setStage(QString());
}

void StagePage::setUpTitle()
{
    m_title->setObjectName(QStringLiteral("stageTitleLabel"));
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    m_title->setFont(f);
}

QGroupBox *StagePage::buildDetails()
{
    auto *details = new QGroupBox(this);
    details->setObjectName(QStringLiteral("stageDetailsGroupBox"));
    m_texts.group(details, QT_TRANSLATE_NOOP("Workbench", "Stage"));
    auto *form = new QFormLayout(details);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const Fields fields = createFields(details);
    addDetailRows(form, fields);
    chainTabOrder(fields);
    bindFields(fields);
    return details;
}

StagePage::Fields StagePage::createFields(QWidget *details)
{
    Fields f;
    f.status = new QComboBox(details);
    f.status->setObjectName(QStringLiteral("stageStatusComboBox"));
    f.planned = new DateField(details);
    f.planned->setObjectName(QStringLiteral("plannedDateEdit"));
    f.actual = new DateField(details);
    m_actual = f.actual;
    f.actual->setObjectName(QStringLiteral("actualDateEdit"));
    f.attendance = new QLineEdit(details);
    f.attendance->setObjectName(QStringLiteral("attendanceLineEdit"));
    f.attendanceEn = new QLineEdit(details);
    f.attendanceEn->setObjectName(QStringLiteral("attendanceEnLineEdit"));
    f.acta = new QLineEdit(details);
    f.acta->setObjectName(QStringLiteral("actaRefLineEdit"));
    f.notes = new QPlainTextEdit(details);
    f.notes->setObjectName(QStringLiteral("stageNotesPlainTextEdit"));
    f.notes->setTabChangesFocus(true);
    f.notes->setMaximumHeight(48);
    f.notesEn = new QPlainTextEdit(details);
    f.notesEn->setObjectName(QStringLiteral("stageNotesEnPlainTextEdit"));
    f.notesEn->setTabChangesFocus(true);
    f.notesEn->setMaximumHeight(48);
    return f;
}

// `buddy`: the editor the label leads to, when the row holds more than one.
void StagePage::addRow(QFormLayout *form, const char *label, QWidget *field, QWidget *buddy)
{
    auto *l = new QLabel(form->parentWidget());
    l->setBuddy(buddy ? buddy : field);
    m_texts.label(l, label);
    form->addRow(l, field);
}

// Compact rows: the checklist below is what the witness works through.
QWidget *StagePage::sideBySide(QWidget *parent, QWidget *first, const char *secondLabel, QWidget *second)
{
    auto *w = new QWidget(parent);
    auto *h = new QHBoxLayout(w);
    h->setContentsMargins(0, 0, 0, 0);
    auto *l = new QLabel(w);
    l->setBuddy(second);
    m_texts.label(l, secondLabel);
    h->addWidget(first, 1);
    h->addWidget(l);
    h->addWidget(second, 1);
    return w;
}

// Status, planned and actual dates on one row.
QWidget *StagePage::buildDatesRow(QWidget *details, const Fields &f)
{
    auto *datesRow = new QWidget(details);
    auto *dates = new QHBoxLayout(datesRow);
    dates->setContentsMargins(0, 0, 0, 0);
    auto *plannedLabel = new QLabel(datesRow);
    plannedLabel->setBuddy(f.planned);
    m_texts.label(plannedLabel, QT_TRANSLATE_NOOP("Workbench", "&Planned:"));
    auto *actualLabel = new QLabel(datesRow);
    actualLabel->setBuddy(f.actual);
    m_texts.label(actualLabel, QT_TRANSLATE_NOOP("Workbench", "Ac&tual:"));
    dates->addWidget(f.status, 1);
    dates->addWidget(plannedLabel);
    dates->addWidget(f.planned, 1);
    dates->addWidget(actualLabel);
    dates->addWidget(f.actual, 1);
    return datesRow;
}

void StagePage::addDetailRows(QFormLayout *form, const Fields &f)
{
    QWidget *details = form->parentWidget();
    addRow(form, QT_TRANSLATE_NOOP("Workbench", "&Status:"), buildDatesRow(details, f));
    f.status->setAccessibleName(TranslatedTexts::tr(QT_TRANSLATE_NOOP("Workbench", "Status")));
    m_texts.accessible(f.status, QT_TRANSLATE_NOOP("Workbench", "Status"));
    // Attendance and facts are printed in the testimony: Spanish and English side by side.
    auto *attendancePair = new BilingualPair(
        f.attendance, f.attendanceEn, QT_TRANSLATE_NOOP("Workbench", "Attendance"), details);
    addRow(form, QT_TRANSLATE_NOOP("Workbench", "Atte&ndance:"),
        sideBySide(details, attendancePair, QT_TRANSLATE_NOOP("Workbench", "A&cta:"), f.acta), f.attendance);
    f.acta->setMaximumWidth(160);
    addRow(form, QT_TRANSLATE_NOOP("Workbench", "F&acts:"),
        new BilingualPair(f.notes, f.notesEn, QT_TRANSLATE_NOOP("Workbench", "Facts"), details), f.notes);
}

void StagePage::chainTabOrder(const Fields &f)
{
    QWidget::setTabOrder(f.status, f.planned);
    QWidget::setTabOrder(f.planned, f.actual);
    QWidget::setTabOrder(f.actual, f.attendance);
    QWidget::setTabOrder(f.attendance, f.attendanceEn);
    QWidget::setTabOrder(f.attendanceEn, f.acta);
    QWidget::setTabOrder(f.acta, f.notes);
    QWidget::setTabOrder(f.notes, f.notesEn);
    QWidget::setTabOrder(f.notesEn, m_checklistView);
    QWidget::setTabOrder(m_checklistView, m_findingsView);
    QWidget::setTabOrder(m_findingsView, m_newFinding);
}

void StagePage::bindFields(const Fields &f)
{
    m_binder->bindCodeCombo(f.status, QStringLiteral("status"), Codes::stageStatuses());
    m_binder->bindDateEdit(f.planned, QStringLiteral("planned_date"));
    m_binder->bindDateEdit(f.actual, QStringLiteral("actual_date"));
    connect(f.planned, &DateField::dateChanged, f.actual, &DateField::setReferenceDate);
    m_binder->bindLineEdit(f.attendance, QStringLiteral("attendance"));
    m_binder->bindLineEdit(f.acta, QStringLiteral("acta_ref"));
    m_binder->bindPlainText(f.notes, QStringLiteral("notes"));
    m_binder->bindLineEdit(f.attendanceEn, QStringLiteral("attendance_en"));
    m_binder->bindPlainText(f.notesEn, QStringLiteral("notes_en"));
}

QGroupBox *StagePage::buildChecklistBox()
{
    m_checklistView->setModel(m_checklist);
    m_checklistView->setItemDelegate(new RecordDelegate(m_checklistView));
    m_checklistView->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_checklistView->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_checklistView->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Interactive);
    m_checklistView->horizontalHeader()->resizeSection(2, 220);
    m_checklistView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_checklistView->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_texts.accessible(m_checklistView, QT_TRANSLATE_NOOP("Workbench", "Checklist"));
    auto *checklistBox = new QGroupBox(this);
    m_texts.group(checklistBox, QT_TRANSLATE_NOOP("Workbench", "Checklist"));
    auto *cl = new QVBoxLayout(checklistBox);
    cl->addWidget(m_checklistView);
    return checklistBox;
}

QGroupBox *StagePage::buildFindingsBox()
{
    m_findingsView->setModel(m_findings);
    m_findingsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_findingsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_findingsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_findingsView->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_texts.accessible(m_findingsView, QT_TRANSLATE_NOOP("Workbench", "Findings at this stage"));
    m_newFinding->setObjectName(QStringLiteral("newStageFindingPushButton"));
    m_texts.button(m_newFinding, QT_TRANSLATE_NOOP("Workbench", "&New finding…"));
    auto *findingsBox = new QGroupBox(this);
    m_texts.group(findingsBox, QT_TRANSLATE_NOOP("Workbench", "Findings at this stage"));
    auto *fl = new QVBoxLayout(findingsBox);
    fl->addWidget(m_findingsView);
    fl->addWidget(m_newFinding, 0, Qt::AlignRight);
    connect(m_newFinding, &QPushButton::clicked, this, [this] { emit newFindingRequested(m_stageId); });
    return findingsBox;
}

// The title and the stage's fields on top; below, the checklist over the stage's findings.
void StagePage::layOut(QGroupBox *details, QGroupBox *checklistBox, QGroupBox *findingsBox)
{
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(checklistBox);
    split->addWidget(findingsBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    findingsBox->setMaximumHeight(170);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(details);
    layout->addWidget(split, 1);
}

void StagePage::setStage(const QString &stageId)
{
    m_stageId = stageId;
    m_binder->setRow(QStringLiteral("stage"), stageId);
    // An empty "actual" date opens its calendar on the planned one.
    const auto stage = stageId.isEmpty() ? std::nullopt : m_session.file().get<Stage>(stageId);
    m_actual->setReferenceDate(stage ? stage->plannedDate : QDate());
    m_checklist->setFilter(QStringLiteral("stage_id"), stageId);
    m_findings->setFilter(QStringLiteral("stage_id"), stageId);
    m_newFinding->setEnabled(!stageId.isEmpty() && !m_session.isReadOnly());
    updateTitle();
}

void StagePage::updateTitle()
{
    const auto s = m_stageId.isEmpty() ? std::nullopt : m_session.file().get<Stage>(m_stageId);
    m_title->setText(s ? StageListModel::stageName(*s) : tr("Choose a stage"));
}

void StagePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_texts.apply();
        m_checklist->refreshAll();
        m_findings->refreshAll();
        updateTitle();
    }
    QWidget::changeEvent(event);
}

} // namespace Testigo::Ui
