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
    m_title->setObjectName(QStringLiteral("stageTitleLabel"));
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    m_title->setFont(f);

    auto *details = new QGroupBox(this);
    details->setObjectName(QStringLiteral("stageDetailsGroupBox"));
    m_texts.group(details, QT_TRANSLATE_NOOP("Workbench", "Stage"));
    auto *form = new QFormLayout(details);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // `buddy`: the editor the label leads to, when the row holds more than one.
    auto row = [&](const char *label, QWidget *field, QWidget *buddy = nullptr) {
        auto *l = new QLabel(details);
        l->setBuddy(buddy ? buddy : field);
        m_texts.label(l, label);
        form->addRow(l, field);
    };
    auto *status = new QComboBox(details);
    status->setObjectName(QStringLiteral("stageStatusComboBox"));
    auto *planned = new DateField(details);
    planned->setObjectName(QStringLiteral("plannedDateEdit"));
    auto *actual = new DateField(details);
    m_actual = actual;
    actual->setObjectName(QStringLiteral("actualDateEdit"));
    auto *attendance = new QLineEdit(details);
    attendance->setObjectName(QStringLiteral("attendanceLineEdit"));
    auto *attendanceEn = new QLineEdit(details);
    attendanceEn->setObjectName(QStringLiteral("attendanceEnLineEdit"));
    auto *acta = new QLineEdit(details);
    acta->setObjectName(QStringLiteral("actaRefLineEdit"));
    auto *notes = new QPlainTextEdit(details);
    notes->setObjectName(QStringLiteral("stageNotesPlainTextEdit"));
    notes->setTabChangesFocus(true);
    notes->setMaximumHeight(48);
    auto *notesEn = new QPlainTextEdit(details);
    notesEn->setObjectName(QStringLiteral("stageNotesEnPlainTextEdit"));
    notesEn->setTabChangesFocus(true);
    notesEn->setMaximumHeight(48);
    // Compact rows: the checklist below is what the witness works through.
    auto pair = [&](QWidget *first, const char *secondLabel, QWidget *second) {
        auto *w = new QWidget(details);
        auto *h = new QHBoxLayout(w);
        h->setContentsMargins(0, 0, 0, 0);
        auto *l = new QLabel(w);
        l->setBuddy(second);
        m_texts.label(l, secondLabel);
        h->addWidget(first, 1);
        h->addWidget(l);
        h->addWidget(second, 1);
        return w;
    };
    auto *datesRow = new QWidget(details);
    auto *dates = new QHBoxLayout(datesRow);
    dates->setContentsMargins(0, 0, 0, 0);
    auto *plannedLabel = new QLabel(datesRow);
    plannedLabel->setBuddy(planned);
    m_texts.label(plannedLabel, QT_TRANSLATE_NOOP("Workbench", "&Planned:"));
    auto *actualLabel = new QLabel(datesRow);
    actualLabel->setBuddy(actual);
    m_texts.label(actualLabel, QT_TRANSLATE_NOOP("Workbench", "Ac&tual:"));
    dates->addWidget(status, 1);
    dates->addWidget(plannedLabel);
    dates->addWidget(planned, 1);
    dates->addWidget(actualLabel);
    dates->addWidget(actual, 1);
    row(QT_TRANSLATE_NOOP("Workbench", "&Status:"), datesRow);
    status->setAccessibleName(TranslatedTexts::tr(QT_TRANSLATE_NOOP("Workbench", "Status")));
    m_texts.accessible(status, QT_TRANSLATE_NOOP("Workbench", "Status"));
    // Attendance and facts are printed in the testimony: Spanish and English side by side.
    auto *attendancePair
        = new BilingualPair(attendance, attendanceEn, QT_TRANSLATE_NOOP("Workbench", "Attendance"), details);
    row(QT_TRANSLATE_NOOP("Workbench", "Atte&ndance:"),
        pair(attendancePair, QT_TRANSLATE_NOOP("Workbench", "A&cta:"), acta), attendance);
    acta->setMaximumWidth(160);
    row(QT_TRANSLATE_NOOP("Workbench", "F&acts:"),
        new BilingualPair(notes, notesEn, QT_TRANSLATE_NOOP("Workbench", "Facts"), details), notes);
    QWidget::setTabOrder(status, planned);
    QWidget::setTabOrder(planned, actual);
    QWidget::setTabOrder(actual, attendance);
    QWidget::setTabOrder(attendance, attendanceEn);
    QWidget::setTabOrder(attendanceEn, acta);
    QWidget::setTabOrder(acta, notes);
    QWidget::setTabOrder(notes, notesEn);
    QWidget::setTabOrder(notesEn, m_checklistView);
    QWidget::setTabOrder(m_checklistView, m_findingsView);
    QWidget::setTabOrder(m_findingsView, m_newFinding);
    m_binder->bindCodeCombo(status, QStringLiteral("status"), Codes::stageStatuses());
    m_binder->bindDateEdit(planned, QStringLiteral("planned_date"));
    m_binder->bindDateEdit(actual, QStringLiteral("actual_date"));
    connect(planned, &DateField::dateChanged, actual, &DateField::setReferenceDate);
    m_binder->bindLineEdit(attendance, QStringLiteral("attendance"));
    m_binder->bindLineEdit(acta, QStringLiteral("acta_ref"));
    m_binder->bindPlainText(notes, QStringLiteral("notes"));
    m_binder->bindLineEdit(attendanceEn, QStringLiteral("attendance_en"));
    m_binder->bindPlainText(notesEn, QStringLiteral("notes_en"));

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
    connect(&session, &Session::changed, this, &StagePage::updateTitle);
    setStage(QString());
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
