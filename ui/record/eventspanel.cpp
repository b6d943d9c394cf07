// SPDX-License-Identifier: GPL-3.0-or-later
#include "record/eventspanel.h"

#include "common/commands.h"
#include "domain/eventcodes.h"
#include "record/recordchoices.h"
#include "common/recordtablemodel.h"
#include "record/recordtablesection.h"
#include "rules/procedurefacts.h"
#include "store/session.h"

#include <QEvent>
#include <QLabel>
#include <QSplitter>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Testigo::Ui {

EventsPanel::EventsPanel(Session &session, QUndoStack &undo, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_undo(undo)
{
    setObjectName(QStringLiteral("eventsPanel"));
    buildModels();
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("eventsSplitter"));
    m_closureSection = new RecordTableSection(session, undo, m_closures, QStringLiteral("closures"), split);
    m_protestSection = new RecordTableSection(session, undo, m_protests, QStringLiteral("protests"), split);
    auto *dialogue = new QWidget(split);
    m_rule = new QLabel(dialogue);
    m_rule->setObjectName(QStringLiteral("dialogueRuleLabel"));
    m_rule->setWordWrap(true);
    m_roundSection = new RecordTableSection(session, undo, m_rounds, QStringLiteral("rounds"), dialogue);
    auto *dialogueLayout = new QVBoxLayout(dialogue);
    dialogueLayout->setContentsMargins(0, 0, 0, 0);
    dialogueLayout->addWidget(m_rule);
    dialogueLayout->addWidget(m_roundSection, 1);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_closureSection, &RecordTableSection::addRequested, this, &EventsPanel::addClosure);
    connect(m_protestSection, &RecordTableSection::addRequested, this, &EventsPanel::addProtest);
    connect(m_roundSection, &RecordTableSection::addRequested, this, &EventsPanel::addRound);
    connect(&m_session, &Session::fieldChanged, this, [this](const QString &table) {
        if (table == QLatin1String("procedure") || table == QLatin1String("agency")
            || table == QLatin1String("stage"))
            updateRule();
    });
    retranslate();
    setProcedure(QString());
}

void EventsPanel::buildModels()
{
    using C = RecordColumn;
    const auto lots = [this] { return lotChoices(m_session.file(), m_procedureId); };
    const auto bidders = [this] { return bidderChoices(m_session.file(), m_procedureId); };
    C kind {QStringLiteral("kind"), QT_TRANSLATE_NOOP("Testigo::Ui::RecordTableModel", "Event"), C::Code};
    kind.choices = [] { return codeChoices(Codes::eventKinds()); };
    C extent {
        QStringLiteral("extent"), QT_TRANSLATE_NOOP("Testigo::Ui::RecordTableModel", "Extent"), C::Code};
    extent.choices = [] { return codeChoices(Codes::eventExtents()); };
    C lot {QStringLiteral("lot_id"),
        QT_TRANSLATE_NOOP("Testigo::Ui::RecordTableModel", "Lot (— whole procedure)"), C::Code};
    lot.choices = lots;
    lot.allowEmpty = true;
    m_closures = new RecordTableModel(m_session, m_undo, QStringLiteral("procedure_event"),
        {kind, extent, lot,
            C {QStringLiteral("date"), QT_TRANSLATE_NOOP("Testigo::Ui::RecordTableModel", "Date"), C::Date},
            C {QStringLiteral("published_date"),
                QT_TRANSLATE_NOOP("Testigo::Ui::RecordTableModel", "Published on"), C::Date},
            C {QStringLiteral("reason"), QT_TRANSLATE_NOOP("Testigo::Ui::RecordTableModel", "Reason")},
            C {QStringLiteral("reason_en"),
                QT_TRANSLATE_NOOP("Testigo::Ui::RecordTableModel", "Reason (English)")}},
        this);
    m_closures->setDependencies({QStringLiteral("lot")});

    C bidder {
        QStringLiteral("bidder_id"), QT_TRANSLATE_NOOP("Testigo::Ui::RecordTableModel", "Bidder"), C::Code};
    bidder.choices = bidders;
    bidder.allowEmpty = true;
    C outcome {
        QStringLiteral("outcome"), QT_TRANSLATE_NOOP("Testigo::Ui::RecordTableModel", "Outcome"), C::Code};
    outcome.choices = [] { return codeChoices(Codes::protestOutcomes()); };
    m_protests = new RecordTableModel(m_session, m_undo, QStringLiteral("protest"),
        {bidder,
            C {QStringLiteral("filed_date"), QT_TRANSLATE_NOOP("Testigo::Ui::RecordTableModel", "Filed on"),
                C::Date},
            C {QStringLiteral("authority"), QT_TRANSLATE_NOOP("Testigo::Ui::RecordTableModel", "Authority")},
            outcome,
            C {QStringLiteral("suspended"),
                QT_TRANSLATE_NOOP("Testigo::Ui::RecordTableModel", "Procedure suspended"), C::Bool},
            C {QStringLiteral("resolution_date"),
                QT_TRANSLATE_NOOP("Testigo::Ui::RecordTableModel", "Resolved on"), C::Date},
            C {QStringLiteral("notes"), QT_TRANSLATE_NOOP("Testigo::Ui::RecordTableModel", "Notes")},
            C {QStringLiteral("notes_en"),
                QT_TRANSLATE_NOOP("Testigo::Ui::RecordTableModel", "Notes (English)")}},
        this);
    m_protests->setDependencies({QStringLiteral("bidder")});

    m_rounds = new RecordTableModel(m_session, m_undo, QStringLiteral("dialogue_round"),
        {C {QStringLiteral("round"), QT_TRANSLATE_NOOP("Testigo::Ui::RecordTableModel", "Round"), C::Number},
            C {QStringLiteral("date"), QT_TRANSLATE_NOOP("Testigo::Ui::RecordTableModel", "Date"), C::Date},
            C {QStringLiteral("participants"),
                QT_TRANSLATE_NOOP("Testigo::Ui::RecordTableModel", "Participants")},
            C {QStringLiteral("notes"), QT_TRANSLATE_NOOP("Testigo::Ui::RecordTableModel", "Notes")},
            C {QStringLiteral("notes_en"),
                QT_TRANSLATE_NOOP("Testigo::Ui::RecordTableModel", "Notes (English)")}},
        this);
    m_rounds->setSortField(QStringLiteral("round"));
    m_closures->setObjectName(QStringLiteral("closuresModel"));
    m_protests->setObjectName(QStringLiteral("protestsModel"));
    m_rounds->setObjectName(QStringLiteral("roundsModel"));
}

void EventsPanel::setProcedure(const QString &procedureId)
{
    m_procedureId = procedureId;
    for (RecordTableModel *m : {m_closures, m_protests, m_rounds})
        m->setFilter(QStringLiteral("procedure_id"), procedureId);
    for (RecordTableSection *s : {m_closureSection, m_protestSection, m_roundSection})
        s->setAddEnabled(!procedureId.isEmpty() && !m_session.isReadOnly());
    updateRule();
}

QString EventsPanel::insert(const QString &table, QVariantMap values, const QString &undoText,
    RecordTableSection *section, int column)
{
    if (m_procedureId.isEmpty())
        return QString();
    values.insert(QStringLiteral("procedure_id"), m_procedureId);
    auto *cmd = new InsertRowCommand(m_session, table, values, undoText);
    const QString id = cmd->rowId();
    m_undo.push(cmd);
    section->selectId(id, column);
    return id;
}

QString EventsPanel::addClosure()
{
    return insert(QStringLiteral("procedure_event"), {}, tr("Add event of the procedure"), m_closureSection,
        m_closures->columnOf(QStringLiteral("date")));
}

QString EventsPanel::addProtest()
{
    return insert(QStringLiteral("protest"), {}, tr("Add inconformidad"), m_protestSection,
        m_protests->columnOf(QStringLiteral("filed_date")));
}

QString EventsPanel::addRound()
{
    int last = 0;
    for (int r = 0; r < m_rounds->rowCount(); ++r)
        last = qMax(last, m_rounds->rowAt(r).value(QStringLiteral("round")).toInt());
    return insert(QStringLiteral("dialogue_round"), {{QStringLiteral("round"), qint64(last + 1)}},
        tr("Add dialogue round"), m_roundSection, m_rounds->columnOf(QStringLiteral("date")));
}

void EventsPanel::updateRule()
{
    const auto p = m_procedureId.isEmpty() ? std::nullopt : m_session.file().get<Procedure>(m_procedureId);
    const ProcedureFacts facts = p ? loadProcedureFacts(m_session.file(), *p) : ProcedureFacts();
    QString text;
    if (!facts.dialogue)
        text = tr("This procedure is not a competitive dialogue.");
    else if (!facts.dialogueRuleKnown)
        text = tr("The version of the law that governs this procedure provides for no competitive dialogue.");
    else
        text = (facts.dialogueBodyAllowed
                ? tr("Only %1 may run a competitive dialogue (%2): the contracting agency is one of them.")
                : tr("Only %1 may run a competitive dialogue (%2): the contracting agency is not one of "
                     "them."))
                   .arg(facts.dialogueBodies.join(QStringLiteral(", ")),
                       facts.dialogueArticle + (facts.dialogueVerified ? QString() : tr(", unverified")));
    m_rule->setText(text);
    m_rule->setProperty("dialogueAllowed", !facts.dialogue || facts.dialogueBodyAllowed);
}

void EventsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void EventsPanel::retranslate()
{
    // Since schema 9 the same table holds the dated acts of the legal clocks (questions deadline,
    // changes to the call, corrections of the fallo): the kind column tells them apart.
    m_closureSection->setTexts(tr("Cancellations, void declarations and dated acts (legal clocks)"),
        tr("Add event"), tr("Remove"), tr("Remove event"));
    m_protestSection->setTexts(tr("Inconformidades (bid protests)"), tr("Add inconformidad"), tr("Remove"),
        tr("Remove inconformidad"));
    m_roundSection->setTexts(
        tr("Rounds of the competitive dialogue"), tr("Add round"), tr("Remove"), tr("Remove dialogue round"));
    for (RecordTableModel *m : {m_closures, m_protests, m_rounds})
        m->refreshAll();
    updateRule();
}

} // namespace Testigo::Ui
