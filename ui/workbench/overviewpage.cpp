// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench/overviewpage.h"

#include "common/bilingualpair.h"
#include "common/commands.h"
#include "common/datefield.h"
#include "common/fieldbinder.h"
#include "common/named.h"
#include "common/recorddelegate.h"
#include "common/recordtablemodel.h"
#include "domain/dates.h"
#include "store/session.h"
#include "workbench/witnessprofiledialog.h"

#include <QAbstractItemDelegate>
#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Testigo::Ui {

namespace {
QList<RecordColumn> lotColumns(const Session &session)
{
    using C = RecordColumn;
    // Amounts in the procedure's currency.
    const auto currency = [&session](const QVariantMap &lot) {
        const auto p = session.file().get<Procedure>(lot.value(QStringLiteral("procedure_id")).toString());
        return p ? p->currency : QStringLiteral("MXN");
    };
    C budget {QStringLiteral("budget_cents"), QT_TRANSLATE_NOOP("Testigo::Ui::RecordTableModel", "Budget"),
        C::Money};
    budget.currency = currency;
    C reference {QStringLiteral("reference_cents"),
        QT_TRANSLATE_NOOP("Testigo::Ui::RecordTableModel", "Reference price"), C::Money};
    reference.currency = currency;
    return {
        C {QStringLiteral("number"), QT_TRANSLATE_NOOP("Testigo::Ui::RecordTableModel", "Lot"), C::Number},
        C {QStringLiteral("description"), QT_TRANSLATE_NOOP("Testigo::Ui::RecordTableModel", "Description")},
        budget, reference,
        // Last, so the columns above keep their places.
        C {QStringLiteral("description_en"),
            QT_TRANSLATE_NOOP("Testigo::Ui::RecordTableModel", "Description (English)")}};
}
} // namespace

OverviewPage::OverviewPage(Session &session, QUndoStack &stack, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_stack(stack)
    , m_procedure(new FieldBinder(session, stack, this))
    , m_engagement(new FieldBinder(session, stack, this))
    , m_lots(new RecordTableModel(session, stack, QStringLiteral("lot"), lotColumns(session), this))
{
    setObjectName(QStringLiteral("overviewPage"));
    m_lots->setSortField(QStringLiteral("number"));
    m_lots->setDependencies({QStringLiteral("procedure")}); // the currency of its amounts
    auto *content = new QWidget;
    auto *grid = new QHBoxLayout(content);
    auto *left = new QVBoxLayout;
    left->addWidget(buildIdentity());
    left->addWidget(buildPublication());
    left->addStretch(1);
    auto *right = new QVBoxLayout;
    right->addWidget(buildEngagement());
    right->addWidget(buildLots(), 1);
    grid->addLayout(left, 1);
    grid->addLayout(right, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    connect(&session, &Session::changed, this, &OverviewPage::updateEngagement);
    // A long agency, regime or witness name must not widen the page past a 1024-pixel screen:
    // the lists keep a modest width and show their whole entries when opened.
    for (QComboBox *combo : content->findChildren<QComboBox *>()) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
        // Qt 6.4 still asks for the longest entry's width as the minimum: an explicit one wins.
        combo->setMinimumWidth(combo->fontMetrics().averageCharWidth() * 16);
        combo->view()->setTextElideMode(Qt::ElideNone);
    }
}

QWidget *OverviewPage::buildIdentity()
{
    auto *box = named<QGroupBox>(this, "identityGroupBox");
    m_texts.group(box, QT_TRANSLATE_NOOP("Workbench", "Procedure"));
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // `buddy`: the editor the label leads to, when the row holds more than one (Spanish | English).
    auto row = [&](const char *label, QWidget *field, QWidget *buddy = nullptr) {
        auto *l = new QLabel(box);
        l->setBuddy(buddy ? buddy : field);
        m_texts.label(l, label);
        form->addRow(l, field);
    };
    auto *number = named<QLineEdit>(box, "numberLineEdit");
    auto *title = named<QLineEdit>(box, "titleLineEdit");
    auto *object = named<QLineEdit>(box, "objectLineEdit");
    auto *titleEn = named<QLineEdit>(box, "titleEnLineEdit");
    auto *objectEn = named<QLineEdit>(box, "objectEnLineEdit");
    auto *agency = named<QComboBox>(box, "agencyComboBox");
    auto *newAgency = named<QPushButton>(box, "addAgencyPushButton");
    m_texts.button(newAgency, QT_TRANSLATE_NOOP("Workbench", "New agency…"));
    auto *agencyRow = new QWidget(box);
    auto *agencyLayout = new QHBoxLayout(agencyRow);
    agencyLayout->setContentsMargins(0, 0, 0, 0);
    agencyLayout->addWidget(agency, 1);
    agencyLayout->addWidget(newAgency);
    auto *place = named<QLineEdit>(box, "placeLineEdit");
    auto *regime = named<QComboBox>(box, "regimeComboBox");
    auto *type = named<QComboBox>(box, "typeComboBox");
    auto *character = named<QComboBox>(box, "characterComboBox");
    auto *evaluation = named<QComboBox>(box, "evaluationComboBox");
    auto *objectKind = named<QComboBox>(box, "objectKindComboBox");
    auto *currency = named<QComboBox>(box, "currencyComboBox");
    auto *reduced = named<QCheckBox>(box, "reducedPeriodCheckBox");
    m_texts.button(reduced, QT_TRANSLATE_NOOP("Workbench", "Reduced period justified (10 days)"));
    auto *end = named<DateField>(box, "participationEndDateEdit");
    row(QT_TRANSLATE_NOOP("Workbench", "&Number:"), number);
    // The testimony prints title and object: Spanish and English side by side.
    row(QT_TRANSLATE_NOOP("Workbench", "&Title:"),
        new BilingualPair(title, titleEn, QT_TRANSLATE_NOOP("Workbench", "Title"), box), title);
    row(QT_TRANSLATE_NOOP("Workbench", "O&bject:"),
        new BilingualPair(object, objectEn, QT_TRANSLATE_NOOP("Workbench", "Object"), box), object);
    row(QT_TRANSLATE_NOOP("Workbench", "&Agency:"), agencyRow);
    agency->setAccessibleName(TranslatedTexts::tr(QT_TRANSLATE_NOOP("Workbench", "Agency")));
    m_texts.accessible(agency, QT_TRANSLATE_NOOP("Workbench", "Agency"));
    row(QT_TRANSLATE_NOOP("Workbench", "&Regime:"), regime);
    row(QT_TRANSLATE_NOOP("Workbench", "T&ype:"), type);
    row(QT_TRANSLATE_NOOP("Workbench", "&Character:"), character);
    row(QT_TRANSLATE_NOOP("Workbench", "&Evaluation:"), evaluation);
    row(QT_TRANSLATE_NOOP("Workbench", "Object &kind:"), objectKind);
    row(QT_TRANSLATE_NOOP("Workbench", "C&urrency:"), currency);
    row(QT_TRANSLATE_NOOP("Workbench", "&Place:"), place);
    form->addRow(QString(), reduced);
    row(QT_TRANSLATE_NOOP("Workbench", "Participation &ends:"), end);

    // The agency row is reparented into its own widget: state the whole tab order explicitly.
    const QList<QWidget *> order {number, title, titleEn, object, objectEn, agency, newAgency, regime, type,
        character, evaluation, objectKind, currency, place, reduced, end};
    for (int i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order.at(i - 1), order.at(i));
    m_procedure->bindLineEdit(number, QStringLiteral("number"));
    m_procedure->bindLineEdit(title, QStringLiteral("title"));
    m_procedure->bindLineEdit(object, QStringLiteral("object"));
    m_procedure->bindLineEdit(titleEn, QStringLiteral("title_en"));
    m_procedure->bindLineEdit(objectEn, QStringLiteral("object_en"));
    m_procedure->bindRowCombo(
        agency, QStringLiteral("agency_id"), QStringLiteral("agency"), QStringLiteral("name"));
    m_procedure->bindLineEdit(place, QStringLiteral("place"));
    m_procedure->bindCodeCombo(regime, QStringLiteral("regime"), Codes::regimes());
    m_procedure->bindCodeCombo(type, QStringLiteral("type"), Codes::procedureTypes());
    m_procedure->bindCodeCombo(character, QStringLiteral("character"), Codes::characters());
    m_procedure->bindCodeCombo(evaluation, QStringLiteral("evaluation"), Codes::evaluations());
    m_procedure->bindCodeCombo(objectKind, QStringLiteral("object_kind"), Codes::objectKinds());
    m_procedure->bindCodeCombo(currency, QStringLiteral("currency"), Codes::currencies());
    m_procedure->bindCheckBox(reduced, QStringLiteral("reduced_period_justified"));
    m_procedure->bindDateEdit(end, QStringLiteral("participation_end"));
    connect(newAgency, &QPushButton::clicked, this, &OverviewPage::addAgency);
    return box;
}

// The testimony's delivery to the Secretaría (the "Final report delivery" stage's actual date,
// edited on the Stages tab) and its publication on the Plataforma (ComprasMX).
QWidget *OverviewPage::buildPublication()
{
    auto *box = named<QGroupBox>(this, "publicationGroupBox");
    m_texts.group(box, QT_TRANSLATE_NOOP("Workbench", "Delivery and publication of the testimony"));
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto row = [&](const char *label, QWidget *field) {
        auto *l = new QLabel(box);
        l->setBuddy(field);
        m_texts.label(l, label);
        form->addRow(l, field);
    };
    m_delivery = named<QLabel>(box, "deliveryDateLabel");
    m_delivery->setWordWrap(true);
    row(QT_TRANSLATE_NOOP("Workbench", "Delivered to the Secretaría:"), m_delivery);
    auto *date = named<DateField>(box, "publicationDateEdit");
    auto *link = named<QLineEdit>(box, "publicationUrlLineEdit");
    link->setPlaceholderText(QStringLiteral("https://"));
    row(QT_TRANSLATE_NOOP("Workbench", "Publis&hed on:"), date);
    row(QT_TRANSLATE_NOOP("Workbench", "Publication l&ink:"), link);
    m_procedure->bindDateEdit(date, QStringLiteral("publication_date"));
    m_procedure->bindLineEdit(link, QStringLiteral("publication_url"));
    return box;
}

void OverviewPage::updateDelivery()
{
    QDate delivered;
    if (!m_procedureId.isEmpty())
        for (const Stage &s : m_session.file().all<Stage>(QStringLiteral("procedure_id"), m_procedureId))
            if (s.kind == QStringLiteral("report") && s.actualDate.isValid())
                delivered = s.actualDate;
    m_delivery->setText(delivered.isValid()
            ? formatDate(delivered)
            : tr("Not yet recorded: the actual date of the “Final report delivery” stage."));
}

QWidget *OverviewPage::buildEngagement()
{
    auto *box = named<QGroupBox>(this, "engagementGroupBox");
    m_texts.group(box, QT_TRANSLATE_NOOP("Workbench", "Witness's engagement"));
    auto *outer = new QVBoxLayout(box);
    m_engagementForm = new QWidget(box);
    auto *form = new QFormLayout(m_engagementForm);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto row = [&](const char *label, QWidget *field) {
        auto *l = new QLabel(m_engagementForm);
        l->setBuddy(field);
        m_texts.label(l, label);
        form->addRow(l, field);
    };
    auto *witness = named<QComboBox>(m_engagementForm, "witnessComboBox");
    auto *authority = named<QComboBox>(m_engagementForm, "authorityComboBox");
    auto *letter = named<QLineEdit>(m_engagementForm, "letterNumberLineEdit");
    auto *date = named<DateField>(m_engagementForm, "letterDateEdit");
    auto *profile = named<QPushButton>(m_engagementForm, "witnessProfilePushButton");
    m_texts.button(profile, QT_TRANSLATE_NOOP("Workbench", "Witness &profile…"));
    auto *witnessRow = new QWidget(m_engagementForm);
    auto *witnessLayout = new QHBoxLayout(witnessRow);
    witnessLayout->setContentsMargins(0, 0, 0, 0);
    witnessLayout->addWidget(witness, 1);
    witnessLayout->addWidget(profile);
    row(QT_TRANSLATE_NOOP("Workbench", "&Witness:"), witnessRow);
    m_texts.accessible(witness, QT_TRANSLATE_NOOP("Workbench", "Witness"));
    QWidget::setTabOrder(witness, profile);
    connect(profile, &QPushButton::clicked, this, [this] {
        auto *d = new WitnessProfileDialog(m_session, m_stack, this);
        d->setAttribute(Qt::WA_DeleteOnClose);
        d->open();
    });
    row(QT_TRANSLATE_NOOP("Workbench", "Designated b&y:"), authority);
    row(QT_TRANSLATE_NOOP("Workbench", "&Letter number:"), letter);
    row(QT_TRANSLATE_NOOP("Workbench", "Letter &date:"), date);
    m_engagement->bindRowCombo(
        witness, QStringLiteral("witness_id"), QStringLiteral("witness"), QStringLiteral("name"));
    m_engagement->bindCodeCombo(authority, QStringLiteral("authority"), Codes::authorities());
    m_engagement->bindLineEdit(letter, QStringLiteral("letter_number"));
    m_engagement->bindDateEdit(date, QStringLiteral("letter_date"));
    m_addEngagement = named<QPushButton>(box, "addEngagementPushButton");
    m_texts.button(m_addEngagement, QT_TRANSLATE_NOOP("Workbench", "Record the engagement"));
    outer->addWidget(m_engagementForm);
    outer->addWidget(m_addEngagement, 0, Qt::AlignLeft);
    connect(m_addEngagement, &QPushButton::clicked, this, &OverviewPage::addEngagement);
    return box;
}

QWidget *OverviewPage::buildLots()
{
    auto *box = named<QGroupBox>(this, "lotsGroupBox");
    m_texts.group(box, QT_TRANSLATE_NOOP("Workbench", "Lots"));
    m_lotsView = named<QTableView>(box, "lotsTableView");
    m_lotsView->setModel(m_lots);
    auto *delegate = new RecordDelegate(m_lotsView);
    m_lotsView->setItemDelegate(delegate);
    m_lotsView->verticalHeader()->hide();
    m_lotsView->setTabKeyNavigation(false);
    m_lotsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_lotsView->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_lotsView->setMinimumHeight(120);
    m_texts.accessible(m_lotsView, QT_TRANSLATE_NOOP("Workbench", "Lots"));
    auto *add = named<QPushButton>(box, "addLotPushButton");
    auto *remove = named<QPushButton>(box, "removeLotPushButton");
    m_texts.button(add, QT_TRANSLATE_NOOP("Workbench", "Add lo&t"));
    m_texts.button(remove, QT_TRANSLATE_NOOP("Workbench", "Remove lot"));
    auto *refused = named<QLabel>(box, "lotsMessageLabel");
    refused->setWordWrap(true);
    refused->hide();
    connect(delegate, &RecordDelegate::inputRefused, refused, [refused](const QString &message) {
        refused->setText(message);
        refused->show();
    });
    // It stays until a value is taken (as under every other table).
    connect(delegate, &RecordDelegate::inputAccepted, refused, &QLabel::hide);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(refused, 1);
    buttons->addStretch(1);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_lotsView, 1);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, &OverviewPage::addLot);
    connect(remove, &QPushButton::clicked, this, &OverviewPage::removeLot);
    return box;
}

void OverviewPage::setProcedure(const QString &id)
{
    m_procedureId = id;
    m_procedure->setRow(QStringLiteral("procedure"), id);
    m_lots->setFilter(QStringLiteral("procedure_id"), id);
    updateEngagement();
}

void OverviewPage::updateEngagement()
{
    const auto rows = m_procedureId.isEmpty()
        ? QList<Engagement>()
        : m_session.file().all<Engagement>(QStringLiteral("procedure_id"), m_procedureId);
    const QString id = rows.isEmpty() ? QString() : rows.first().id;
    if (id != m_engagement->rowId() || m_engagement->table().isEmpty())
        m_engagement->setRow(QStringLiteral("engagement"), id);
    m_engagementForm->setVisible(!id.isEmpty());
    m_addEngagement->setVisible(id.isEmpty() && !m_procedureId.isEmpty());
    m_addEngagement->setEnabled(!m_session.isReadOnly());
    updateDelivery();
}

void OverviewPage::addLot()
{
    int next = 1;
    for (const Lot &l : m_session.file().all<Lot>(QStringLiteral("procedure_id"), m_procedureId))
        next = std::max(next, l.number + 1);
    auto *insert = new InsertRowCommand(m_session, QStringLiteral("lot"),
        {{QStringLiteral("procedure_id"), m_procedureId}, {QStringLiteral("number"), next}}, tr("Add lot"));
    const QString id = insert->rowId();
    m_stack.push(insert);
    // The cursor goes to the new lot's description, ready for typing.
    const int row = m_lots->rowOf(id);
    if (row >= 0) {
        const QModelIndex description = m_lots->index(row, 1);
        m_lotsView->setFocus();
        m_lotsView->setCurrentIndex(description);
        m_lotsView->edit(description);
    }
}

void OverviewPage::removeLot()
{
    const QModelIndex i = m_lotsView->currentIndex();
    if (!i.isValid())
        return;
    m_stack.push(new SetDeletedCommand(
        m_session, QStringLiteral("lot"), m_lots->idAt(i.row()), true, tr("Remove lot")));
}

void OverviewPage::addAgency()
{
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("New agency"), tr("Name of the contracting agency:"), QLineEdit::Normal, QString(), &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return;
    auto *macro = new QUndoCommand(tr("Add agency"));
    auto *ins = new InsertRowCommand(
        m_session, QStringLiteral("agency"), {{QStringLiteral("name"), name}}, QString(), macro);
    new SetFieldCommand(m_session, QStringLiteral("procedure"), m_procedureId, QStringLiteral("agency_id"),
        ins->rowId(), QString(), macro);
    m_stack.push(macro);
}

void OverviewPage::addEngagement()
{
    QVariantMap v {{QStringLiteral("procedure_id"), m_procedureId}};
    const auto witnesses = m_session.file().all<Witness>();
    if (!witnesses.isEmpty())
        v.insert(QStringLiteral("witness_id"), witnesses.first().id);
    m_stack.push(
        new InsertRowCommand(m_session, QStringLiteral("engagement"), v, tr("Record the engagement")));
    updateEngagement();
}

void OverviewPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_texts.apply();
        m_lots->refreshAll();
        updateDelivery();
    }
    QWidget::changeEvent(event);
}

} // namespace Testigo::Ui
