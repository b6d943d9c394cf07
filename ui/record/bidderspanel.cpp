// SPDX-License-Identifier: GPL-3.0-or-later
#include "record/bidderspanel.h"

#include "common/commands.h"
#include "common/fieldbinder.h"
#include "common/statuspalette.h"
#include "common/recorddelegate.h"
#include "common/recordtablemodel.h"
#include "domain/codes.h"
#include "domain/rfc.h"
#include "record/formrows.h"
#include "record/recordchoices.h"
#include "record/recordtablesection.h"
#include "store/session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Testigo::Ui {

namespace {
const char *const Ctx = "Testigo::Ui::BiddersPanel";

QString rfcKindText(const QString &rfc)
{
    switch (classifyRfc(rfc)) {
    case RfcKind::PersonaMoral:
        return QCoreApplication::translate("Testigo::Ui::BiddersPanel", "Legal person (persona moral)");
    case RfcKind::PersonaFisica:
        return QCoreApplication::translate("Testigo::Ui::BiddersPanel", "Natural person (persona física)");
    case RfcKind::Invalid:
        break;
    }
    return rfc.trimmed().isEmpty() ? QString()
                                   : QCoreApplication::translate("Testigo::Ui::BiddersPanel", "Invalid RFC");
}

// A valid RFC is stored in its canonical form; an invalid one is kept as typed, and flagged.
QVariant canonicalRfc(const QVariant &v)
{
    return isValidRfc(v.toString()) ? QVariant(normalizedRfc(v.toString())) : v;
}

QString str(const QVariantMap &row, const char *field)
{
    return row.value(QLatin1String(field)).toString();
}
} // namespace

namespace {
using C = RecordColumn;

QList<RecordColumn> bidderColumns()
{
    C rfc {QStringLiteral("rfc"), QT_TRANSLATE_NOOP("Testigo::Ui::RecordTableModel", "RFC")};
    rfc.normalize = &canonicalRfc;
    rfc.background = [](const QVariantMap &row) {
        const QString text = str(row, "rfc");
        return text.isEmpty() ? QColor() : (isValidRfc(text) ? QColor() : StatusPalette::badBackground());
    };
    C kind {QString(), QT_TRANSLATE_NOOP("Testigo::Ui::RecordTableModel", "Kind"), C::Text, false};
    kind.display = [](const QVariantMap &row) { return rfcKindText(str(row, "rfc")); };
    return {C {QStringLiteral("name"), QT_TRANSLATE_NOOP("Testigo::Ui::RecordTableModel", "Name")}, rfc, kind,
        C {QStringLiteral("signed_pact"),
            QT_TRANSLATE_NOOP("Testigo::Ui::RecordTableModel", "Signed the pact"), C::Bool},
        C {QStringLiteral("disclosed_ties"),
            QT_TRANSLATE_NOOP("Testigo::Ui::RecordTableModel", "Ties disclosed"), C::Bool},
        C {QStringLiteral("declared_conflict"),
            QT_TRANSLATE_NOOP("Testigo::Ui::RecordTableModel", "Conflict declared"), C::Bool}};
}

// The amount of a bid or an award, in the procedure's currency.
C amountColumn(std::function<QString(const QVariantMap &)> currency)
{
    C amount {QStringLiteral("amount_cents"), QT_TRANSLATE_NOOP("Testigo::Ui::RecordTableModel", "Amount"),
        C::Money};
    amount.currency = std::move(currency);
    return amount;
}

QList<RecordColumn> bidColumns(std::function<ChoiceList()> bidders, const C &amount)
{
    C bidder {
        QStringLiteral("bidder_id"), QT_TRANSLATE_NOOP("Testigo::Ui::RecordTableModel", "Bidder"), C::Code};
    bidder.choices = std::move(bidders);
    C technical {QStringLiteral("technical_result"),
        QT_TRANSLATE_NOOP("Testigo::Ui::RecordTableModel", "Technical result"), C::Code};
    technical.choices = [] { return codeChoices(Codes::bidResults()); };
    C economic {QStringLiteral("economic_result"),
        QT_TRANSLATE_NOOP("Testigo::Ui::RecordTableModel", "Economic result"), C::Code};
    economic.choices = technical.choices;
    return {bidder, amount, technical, economic,
        C {QStringLiteral("rejected"), QT_TRANSLATE_NOOP("Testigo::Ui::RecordTableModel", "Rejected"),
            C::Bool},
        C {QStringLiteral("rejection_reason"),
            QT_TRANSLATE_NOOP("Testigo::Ui::RecordTableModel", "Reason for rejection")}};
}

// The bidder an award or a contract goes to (none yet: empty).
C awardedColumn(std::function<ChoiceList()> bidders, const char *header)
{
    C bidder {QStringLiteral("bidder_id"), header, C::Code};
    bidder.choices = std::move(bidders);
    bidder.allowEmpty = true;
    return bidder;
}

QList<RecordColumn> awardColumns(std::function<ChoiceList()> bidders, const C &amount)
{
    return {
        awardedColumn(std::move(bidders), QT_TRANSLATE_NOOP("Testigo::Ui::RecordTableModel", "Awarded to")),
        amount,
        C {QStringLiteral("date"), QT_TRANSLATE_NOOP("Testigo::Ui::RecordTableModel", "Date"), C::Date},
        C {QStringLiteral("void_lot"), QT_TRANSLATE_NOOP("Testigo::Ui::RecordTableModel", "Declared void"),
            C::Bool}};
}

QList<RecordColumn> contractColumns(std::function<ChoiceList()> bidders)
{
    C supplier
        = awardedColumn(std::move(bidders), QT_TRANSLATE_NOOP("Testigo::Ui::RecordTableModel", "Supplier"));
    C amount = amountColumn([](const QVariantMap &row) { return str(row, "currency"); });
    C currency {
        QStringLiteral("currency"), QT_TRANSLATE_NOOP("Testigo::Ui::RecordTableModel", "Currency"), C::Code};
    currency.choices = [] { return codeChoices(Codes::currencies()); };
    return {
        C {QStringLiteral("number"), QT_TRANSLATE_NOOP("Testigo::Ui::RecordTableModel", "Contract number")},
        supplier, amount, currency,
        C {QStringLiteral("signed_date"), QT_TRANSLATE_NOOP("Testigo::Ui::RecordTableModel", "Signed on"),
            C::Date}};
}

QList<RecordColumn> amendmentColumns(std::function<QString(const QVariantMap &)> currency)
{
    C delta {QStringLiteral("delta_cents"),
        QT_TRANSLATE_NOOP("Testigo::Ui::RecordTableModel", "Change in amount"), C::Money};
    delta.currency = std::move(currency);
    return {
        C {QStringLiteral("number"), QT_TRANSLATE_NOOP("Testigo::Ui::RecordTableModel", "No."), C::Number},
        delta,
        // LOPSRM art. 59 counts a convenio's 45 days from its agreement to its signature.
        C {QStringLiteral("agreed_date"), QT_TRANSLATE_NOOP("Testigo::Ui::RecordTableModel", "Agreed on"),
            C::Date},
        C {QStringLiteral("date"), QT_TRANSLATE_NOOP("Testigo::Ui::RecordTableModel", "Signed on"), C::Date},
        C {QStringLiteral("description"), QT_TRANSLATE_NOOP("Testigo::Ui::RecordTableModel", "Description")}};
}
} // namespace

BiddersPanel::BiddersPanel(Session &session, QUndoStack &undo, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_undo(undo)
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("biddersPanel"));
    m_tabs->setObjectName(QStringLiteral("biddersTabWidget"));
    createModels();
    m_tabs->addTab(buildBiddersTab(), QString());
    m_tabs->addTab(buildBidsTab(), QString());
    m_tabs->addTab(buildContractsTab(), QString());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    followFile();
    retranslate();
    setProcedure(QString());
}

void BiddersPanel::createModels()
{
    const auto bidders = [this] { return bidderChoices(m_session.file(), m_procedureId); };
    const C amount = amountColumn([this](const QVariantMap &) { return m_currency; });
    const auto contractCurrency = [this](const QVariantMap &row) {
        const auto contract = m_session.file().get<Contract>(str(row, "contract_id"));
        return contract ? contract->currency : m_currency;
    };
    const auto model = [this](const char *table, const QList<RecordColumn> &columns, const char *name) {
        auto *m = new RecordTableModel(m_session, m_undo, QLatin1String(table), columns, this);
        m->setObjectName(QLatin1String(name));
        return m;
    };
    m_bidders = model("bidder", bidderColumns(), "biddersModel");
    m_bids = model("bid", bidColumns(bidders, amount), "bidsModel");
    m_awards = model("award", awardColumns(bidders, amount), "awardsModel");
    m_contracts = model("contract", contractColumns(bidders), "contractsModel");
    m_amendments = model("amendment", amendmentColumns(contractCurrency), "amendmentsModel");
    m_amendments->setSortField(QStringLiteral("number"));
    m_bids->setDependencies({QStringLiteral("bidder")});
    m_awards->setDependencies({QStringLiteral("bidder")});
    m_contracts->setDependencies({QStringLiteral("bidder")});
}

// Lots, bidders and the procedure's currency change the choices and buttons of every tab.
void BiddersPanel::followFile()
{
    connect(&m_session, &Session::rowInserted, this, [this](const QString &table) {
        if (table == QLatin1String("lot"))
            refreshLots();
        if (table == QLatin1String("bidder") || table == QLatin1String("bid")
            || table == QLatin1String("award"))
            updateAddButtons();
    });
    connect(&m_session, &Session::fieldChanged, this,
        [this](const QString &table, const QString &, const QString &field) {
            if (table == QLatin1String("lot"))
                refreshLots();
            if (table == QLatin1String("procedure") && field == QLatin1String("currency"))
                setProcedure(m_procedureId);
            if (field == QLatin1String("deleted"))
                updateAddButtons();
        });
}

QWidget *BiddersPanel::buildBiddersTab()
{
    auto *page = new QSplitter(Qt::Vertical, this);
    page->setObjectName(QStringLiteral("biddersSplitter"));
    m_bidderSection = new RecordTableSection(m_session, m_undo, m_bidders, QStringLiteral("bidders"), page);
    auto *form = new QGroupBox(page);
    form->setObjectName(QStringLiteral("bidderGroupBox"));
    m_formHeading = nullptr;
    m_name = new QLineEdit(form);
    m_name->setObjectName(QStringLiteral("bidderNameLineEdit"));
    m_rfc = new QLineEdit(form);
    m_rfc->setObjectName(QStringLiteral("rfcLineEdit"));
    m_rfc->setMaxLength(16);
    m_rfcStatus = new QLabel(form);
    m_rfcStatus->setObjectName(QStringLiteral("rfcStatusLabel"));
    m_rfcStatus->setWordWrap(true);
    m_signedPact = new QCheckBox(form);
    m_signedPact->setObjectName(QStringLiteral("signedPactCheckBox"));
    m_disclosedTies = new QCheckBox(form);
    m_disclosedTies->setObjectName(QStringLiteral("disclosedTiesCheckBox"));
    m_declaredConflict = new QCheckBox(form);
    m_declaredConflict->setObjectName(QStringLiteral("declaredConflictCheckBox"));
    auto *rfcRow = new QHBoxLayout;
    rfcRow->addWidget(m_rfc);
    rfcRow->addWidget(m_rfcStatus, 1);
    auto *boxes = new QVBoxLayout;
    boxes->addWidget(m_signedPact);
    boxes->addWidget(m_disclosedTies);
    boxes->addWidget(m_declaredConflict);
    auto *formLayout = new QFormLayout(form);
    m_rows = std::make_unique<FormRows>(formLayout, Ctx);
    m_rows->add("bidderNameLabel", QT_TRANSLATE_NOOP("Testigo::Ui::BiddersPanel", "Name:"), m_name);
    m_rows->add("rfcLabel", QT_TRANSLATE_NOOP("Testigo::Ui::BiddersPanel", "RFC:"), m_rfc, rfcRow);
    formLayout->addRow(boxes);
    page->addWidget(m_bidderSection);
    page->addWidget(form);
    page->setStretchFactor(0, 3);
    page->setStretchFactor(1, 1);
    page->setChildrenCollapsible(false);

    m_binder = new FieldBinder(m_session, m_undo, this);
    m_binder->bindLineEdit(m_name, QStringLiteral("name"));
    m_binder->bindLineEdit(m_rfc, QStringLiteral("rfc"));
    m_binder->setCleanup(QStringLiteral("rfc"), &canonicalRfc); // once the field is left
    m_binder->bindCheckBox(m_signedPact, QStringLiteral("signed_pact"));
    m_binder->bindCheckBox(m_disclosedTies, QStringLiteral("disclosed_ties"));
    m_binder->bindCheckBox(m_declaredConflict, QStringLiteral("declared_conflict"));
    connect(m_rfc, &QLineEdit::textChanged, this, &BiddersPanel::updateRfcFeedback);
    connect(m_bidderSection, &RecordTableSection::selectionChanged, this, &BiddersPanel::onBidderSelected);
    connect(m_bidderSection, &RecordTableSection::addRequested, this, &BiddersPanel::addBidder);
    setTabOrder(m_bidderSection->view(), m_name);
    setTabOrder(m_name, m_rfc);
    setTabOrder(m_rfc, m_signedPact);
    setTabOrder(m_signedPact, m_disclosedTies);
    setTabOrder(m_disclosedTies, m_declaredConflict);
    return page;
}

QWidget *BiddersPanel::buildBidsTab()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("bidsPageWidget"));
    m_lot = new QComboBox(page);
    m_lot->setObjectName(QStringLiteral("lotComboBox"));
    m_lot->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_lotLabel = new QLabel(page);
    m_lotLabel->setObjectName(QStringLiteral("lotLabel"));
    m_lotLabel->setBuddy(m_lot);
    auto *lotRow = new QHBoxLayout;
    lotRow->addWidget(m_lotLabel);
    lotRow->addWidget(m_lot, 1);
    m_bidSection = new RecordTableSection(m_session, m_undo, m_bids, QStringLiteral("bids"), page);
    m_awardSection = new RecordTableSection(m_session, m_undo, m_awards, QStringLiteral("awards"), page);
    m_awardSection->view()->setMaximumHeight(110);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(lotRow);
    layout->addWidget(m_bidSection, 3);
    layout->addWidget(m_awardSection, 1);
    m_awardNote = new QLabel(page);
    m_awardNote->setObjectName(QStringLiteral("awardNoteLabel"));
    m_awardNote->setWordWrap(true);
    m_awardNote->hide();
    layout->addWidget(m_awardNote);
    connect(
        m_lot, &QComboBox::currentIndexChanged, this, [this] { setLot(m_lot->currentData().toString()); });
    connect(m_bidSection, &RecordTableSection::addRequested, this, &BiddersPanel::addBid);
    connect(m_awardSection, &RecordTableSection::addRequested, this, &BiddersPanel::addAward);
    setTabOrder(m_lot, m_bidSection);
    setTabOrder(m_bidSection, m_awardSection);
    return page;
}

QWidget *BiddersPanel::buildContractsTab()
{
    auto *page = new QSplitter(Qt::Vertical, this);
    page->setObjectName(QStringLiteral("contractsSplitter"));
    m_contractSection
        = new RecordTableSection(m_session, m_undo, m_contracts, QStringLiteral("contracts"), page);
    m_amendmentSection
        = new RecordTableSection(m_session, m_undo, m_amendments, QStringLiteral("amendments"), page);
    page->addWidget(m_contractSection);
    page->addWidget(m_amendmentSection);
    page->setChildrenCollapsible(false);
    connect(m_contractSection, &RecordTableSection::addRequested, this, &BiddersPanel::addContract);
    connect(m_amendmentSection, &RecordTableSection::addRequested, this, &BiddersPanel::addAmendment);
    connect(
        m_contractSection, &RecordTableSection::selectionChanged, this, &BiddersPanel::onContractSelected);
    return page;
}

void BiddersPanel::setProcedure(const QString &procedureId)
{
    m_procedureId = procedureId;
    m_currency
        = procedureId.isEmpty() ? QStringLiteral("MXN") : procedureCurrency(m_session.file(), procedureId);
    m_bidders->setFilter(QStringLiteral("procedure_id"), procedureId);
    m_contracts->setFilter(QStringLiteral("procedure_id"), procedureId);
    refreshLots();
    onBidderSelected();
    onContractSelected();
}

void BiddersPanel::refreshLots()
{
    const QString current = m_lot->currentData().toString();
    RecordDelegate::fillCombo(m_lot, lotChoices(m_session.file(), m_procedureId));
    if (m_lot->currentIndex() < 0 && m_lot->count() > 0)
        m_lot->setCurrentIndex(0);
    const QString now = m_lot->currentData().toString();
    if (now != current || m_bids->filterValue() != now)
        setLot(now);
}

void BiddersPanel::setLot(const QString &lotId)
{
    m_awardNote->hide();
    const int at = m_lot->findData(lotId);
    if (at >= 0 && at != m_lot->currentIndex())
        m_lot->setCurrentIndex(at); // re-enters through currentIndexChanged
    m_bids->setFilter(QStringLiteral("lot_id"), lotId);
    m_awards->setFilter(QStringLiteral("lot_id"), lotId);
    updateAddButtons();
}

void BiddersPanel::onBidderSelected()
{
    m_binder->setRow(QStringLiteral("bidder"), m_bidderSection->selectedId());
    updateRfcFeedback();
}

void BiddersPanel::onContractSelected()
{
    m_amendments->setFilter(QStringLiteral("contract_id"), m_contractSection->selectedId());
    updateAddButtons();
}

// Checked on every keystroke: the field and the label turn green or red, and the label names the
// kind of taxpayer (3 letters: persona moral, 4: persona física) so a wrong length is obvious.
void BiddersPanel::updateRfcFeedback()
{
    const QString text = m_rfc->text();
    const bool empty = text.trimmed().isEmpty();
    const bool valid = isValidRfc(text);
    m_rfc->setProperty("rfcValid", empty ? QVariant() : QVariant(valid));
    m_rfcStatus->setProperty("rfcValid", empty ? QVariant() : QVariant(valid));
    QPalette palette = m_rfc->style()->standardPalette();
    if (!empty)
        palette.setColor(QPalette::Base, valid ? StatusPalette::goodBackground() : StatusPalette::badBackground());
    m_rfc->setPalette(palette);
    QPalette labelPalette = m_rfcStatus->style()->standardPalette();
    if (!empty)
        labelPalette.setColor(
            QPalette::WindowText, valid ? StatusPalette::good() : StatusPalette::bad());
    m_rfcStatus->setPalette(labelPalette);
    if (empty)
        m_rfcStatus->setText(tr("3 or 4 letters, the date (YYMMDD) and a 3-character homoclave"));
    else if (valid)
        m_rfcStatus->setText(tr("Valid RFC: %1").arg(rfcKindText(text)));
    else
        m_rfcStatus->setText(
            tr("Invalid RFC: expected 3 or 4 letters, the date (YYMMDD) and a 3-character homoclave"));
    m_rfcStatus->setAccessibleName(m_rfcStatus->text());
}

void BiddersPanel::updateAddButtons()
{
    const bool hasProcedure = !m_procedureId.isEmpty();
    const bool hasLot = !m_bids->filterValue().isEmpty();
    const bool hasBidders = m_bidders->rowCount() > 0;
    m_bidderSection->setAddEnabled(hasProcedure);
    m_bidSection->setAddEnabled(hasLot && hasBidders);
    m_awardSection->setAddEnabled(hasLot && m_awards->rowCount() == 0); // one award per lot
    m_contractSection->setAddEnabled(hasProcedure);
    m_amendmentSection->setAddEnabled(!m_amendments->filterValue().isEmpty());
}

QString BiddersPanel::addBidder()
{
    if (m_procedureId.isEmpty())
        return QString();
    auto *cmd = new InsertRowCommand(m_session, QStringLiteral("bidder"),
        {{QStringLiteral("procedure_id"), m_procedureId}}, tr("Add bidder"));
    const QString id = cmd->rowId();
    m_undo.push(cmd);
    m_bidderSection->selectId(id);
    m_name->setFocus();
    return id;
}

QString BiddersPanel::addBid()
{
    const QString lot = m_bids->filterValue();
    if (lot.isEmpty())
        return QString();
    // Start with the first bidder without a bid in this lot (any bidder when all have one).
    QStringList taken;
    for (int r = 0; r < m_bids->rowCount(); ++r)
        taken << str(m_bids->rowAt(r), "bidder_id");
    QString bidder;
    for (const Choice &c : bidderChoices(m_session.file(), m_procedureId))
        if (bidder.isEmpty() || (!taken.contains(c.code) && taken.contains(bidder)))
            bidder = c.code;
    if (bidder.isEmpty())
        return QString();
    auto *cmd = new InsertRowCommand(m_session, QStringLiteral("bid"),
        {{QStringLiteral("lot_id"), lot}, {QStringLiteral("bidder_id"), bidder}}, tr("Add bid"));
    const QString id = cmd->rowId();
    m_undo.push(cmd);
    m_bidSection->selectId(id, 1);
    return id;
}

namespace {
// The bid a lot is normally awarded to: the lowest one not rejected and not failed.
std::optional<Bid> winningBid(const CaseFile &file, const QString &lotId)
{
    std::optional<Bid> best;
    for (const Bid &b : file.all<Bid>(QStringLiteral("lot_id"), lotId))
        if (!b.rejected && b.technicalResult != QStringLiteral("fail")
            && b.economicResult != QStringLiteral("fail") && b.amountCents > 0
            && (!best || b.amountCents < best->amountCents))
            best = b;
    return best;
}
} // namespace

QString BiddersPanel::addAward()
{
    const QString lot = m_awards->filterValue();
    if (lot.isEmpty())
        return QString();
    QVariantMap values {{QStringLiteral("lot_id"), lot}};
    const auto winner = winningBid(m_session.file(), lot);
    if (winner) {
        values.insert(QStringLiteral("bidder_id"), winner->bidderId);
        values.insert(QStringLiteral("amount_cents"), winner->amountCents);
        const auto bidder = m_session.file().get<Bidder>(winner->bidderId);
        const QString name = bidder ? bidder->name : QString();
        m_awardNote->setText(winner->technicalResult == QStringLiteral("pass")
                ? tr("Filled in from the lowest valid bid (%1). Check the amount and add the date of the "
                     "award.")
                      .arg(name)
                : tr("Filled in from the lowest bid (%1), but its technical result is still pending: "
                     "record the technical evaluation before relying on this award.")
                      .arg(name));
    } else {
        m_awardNote->setText(
            tr("No valid bid to take the award from: fill it in, or mark the lot as declared void."));
    }
    m_awardNote->show();
    auto *cmd = new InsertRowCommand(m_session, QStringLiteral("award"), values, tr("Record award"));
    const QString id = cmd->rowId();
    m_undo.push(cmd);
    m_awardSection->selectId(id);
    return id;
}

QString BiddersPanel::addContract()
{
    if (m_procedureId.isEmpty())
        return QString();
    auto *cmd = new InsertRowCommand(m_session, QStringLiteral("contract"),
        {{QStringLiteral("procedure_id"), m_procedureId}, {QStringLiteral("currency"), m_currency}},
        tr("Add contract"));
    const QString id = cmd->rowId();
    m_undo.push(cmd);
    m_contractSection->selectId(id);
    return id;
}

QString BiddersPanel::addAmendment()
{
    const QString contract = m_amendments->filterValue();
    if (contract.isEmpty())
        return QString();
    int number = 0;
    for (const Amendment &a : m_session.file().all<Amendment>(QStringLiteral("contract_id"), contract))
        number = qMax(number, a.number);
    auto *cmd = new InsertRowCommand(m_session, QStringLiteral("amendment"),
        {{QStringLiteral("contract_id"), contract}, {QStringLiteral("number"), qint64(number + 1)}},
        tr("Add amendment"));
    const QString id = cmd->rowId();
    m_undo.push(cmd);
    m_amendmentSection->selectId(id, 1);
    return id;
}

void BiddersPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void BiddersPanel::retranslate()
{
    m_tabs->setTabText(0, tr("Bidders"));
    m_tabs->setTabText(1, tr("Bids and award"));
    m_tabs->setTabText(2, tr("Contract"));
    m_bidderSection->setTexts(tr("Bidders"), tr("Add bidder"), tr("Remove bidder"), tr("Remove bidder"));
    m_bidSection->setTexts(tr("Bids for this lot"), tr("Add bid"), tr("Remove bid"), tr("Remove bid"));
    m_awardSection->setTexts(
        tr("Award of this lot"), tr("Record award"), tr("Remove award"), tr("Remove award"));
    m_contractSection->setTexts(
        tr("Contracts"), tr("Add contract"), tr("Remove contract"), tr("Remove contract"));
    m_amendmentSection->setTexts(tr("Amendments of the selected contract"), tr("Add amendment"),
        tr("Remove amendment"), tr("Remove amendment"));
    if (auto *box = findChild<QGroupBox *>(QStringLiteral("bidderGroupBox")))
        box->setTitle(tr("Selected bidder"));
    m_rows->retranslate();
    m_rfc->setPlaceholderText(tr("e.g. ABC010203XY1"));
    m_signedPact->setText(tr("Signed the Integrity Pact"));
    m_disclosedTies->setText(tr("Disclosed ties (manifiesto de vínculos)"));
    m_declaredConflict->setText(tr("Declared a conflict of interest"));
    m_lotLabel->setText(tr("Lot:"));
    m_lot->setAccessibleName(tr("Lot"));
    for (RecordTableModel *m : {m_bidders, m_bids, m_awards, m_contracts, m_amendments})
        m->refreshAll();
    refreshLots();
    updateRfcFeedback();
}

} // namespace Testigo::Ui
