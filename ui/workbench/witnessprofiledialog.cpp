// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench/witnessprofiledialog.h"

#include "common/commands.h"
#include "common/named.h"
#include "domain/codes.h"
#include "domain/rfc.h"
#include "store/session.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QUndoStack>

namespace Testigo::Ui {

namespace {
const QStringList &profileFields()
{
    static const QStringList f {QStringLiteral("kind"), QStringLiteral("name"), QStringLiteral("rfc"),
        QStringLiteral("registry_number"), QStringLiteral("legal_representative"), QStringLiteral("advisers"),
        QStringLiteral("email")};
    return f;
}
} // namespace

QString WitnessProfileDialog::profileId(const Session &session)
{
    const auto witnesses = session.file().all<Witness>();
    return witnesses.isEmpty() ? QString() : witnesses.first().id;
}

WitnessProfileDialog::WitnessProfileDialog(Session &session, QUndoStack &stack, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_stack(stack)
    , m_kind(named<QComboBox>(this, "profileKindComboBox"))
    , m_name(named<QLineEdit>(this, "profileNameLineEdit"))
    , m_rfc(named<QLineEdit>(this, "profileRfcLineEdit"))
    , m_registry(named<QLineEdit>(this, "profileRegistryLineEdit"))
    , m_representative(named<QLineEdit>(this, "profileRepresentativeLineEdit"))
    , m_email(named<QLineEdit>(this, "profileEmailLineEdit"))
    , m_advisers(named<QPlainTextEdit>(this, "profileAdvisersPlainTextEdit"))
    , m_rfcFeedback(named<QLabel>(this, "profileRfcFeedbackLabel"))
    , m_representativeLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("witnessProfileDialog"));
    setWindowTitle(tr("Witness profile"));
    for (const CodeItem &c : Codes::witnessKinds())
        m_kind->addItem(
            Codes::label(Codes::witnessKinds(), QString::fromLatin1(c.code)), QString::fromLatin1(c.code));
    m_advisers->setTabChangesFocus(true);
    m_advisers->setMaximumHeight(80);
    m_advisers->setPlaceholderText(tr("One adviser per line"));
    m_email->setPlaceholderText(tr("name@example.org"));
    m_rfcFeedback->setWordWrap(true);
    auto *intro = new QLabel(
        tr("Enter your details once: every procedure and every testimony of this case file uses them."),
        this);
    intro->setObjectName(QStringLiteral("profileIntroLabel"));
    intro->setWordWrap(true);
    auto *form = new QFormLayout(this);
    form->addRow(intro);
    form->addRow(tr("&Witness is a:"), m_kind);
    form->addRow(tr("&Name or organisation:"), m_name);
    form->addRow(tr("&RFC:"), m_rfc);
    form->addRow(QString(), m_rfcFeedback);
    form->addRow(tr("&Padrón number:"), m_registry);
    m_representativeLabel->setText(tr("&Legal representative:"));
    m_representativeLabel->setBuddy(m_representative);
    form->addRow(m_representativeLabel, m_representative);
    form->addRow(tr("&Technical advisers:"), m_advisers);
    form->addRow(tr("&E-mail:"), m_email);
    m_kind->setAccessibleName(tr("Witness is a"));
    m_name->setAccessibleName(tr("Name or organisation"));
    m_advisers->setAccessibleName(tr("Technical advisers"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("profileButtonBox"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_rfc, &QLineEdit::textChanged, this, &WitnessProfileDialog::showRfcFeedback);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &WitnessProfileDialog::updateKind);

    const auto w = session.file().get<Witness>(profileId(session));
    const Witness shown = w ? *w : Witness();
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(shown.kind)));
    m_name->setText(shown.name);
    m_rfc->setText(shown.rfc);
    m_registry->setText(shown.registryNumber);
    m_representative->setText(shown.legalRepresentative);
    m_advisers->setPlainText(shown.advisers);
    m_email->setText(shown.email);
    showRfcFeedback();
    updateKind();
    setMinimumWidth(460);
}

QVariantMap WitnessProfileDialog::values() const
{
    return {{QStringLiteral("kind"), m_kind->currentData().toString()},
        {QStringLiteral("name"), m_name->text().trimmed()},
        {QStringLiteral("rfc"), normalizedRfc(m_rfc->text())},
        {QStringLiteral("registry_number"), m_registry->text().trimmed()},
        {QStringLiteral("legal_representative"), m_representative->text().trimmed()},
        {QStringLiteral("advisers"), m_advisers->toPlainText().trimmed()},
        {QStringLiteral("email"), m_email->text().trimmed()}};
}

void WitnessProfileDialog::showRfcFeedback()
{
    const QString rfc = normalizedRfc(m_rfc->text());
    switch (rfc.isEmpty() ? RfcKind::Invalid : classifyRfc(rfc)) {
    case RfcKind::PersonaFisica:
        m_rfcFeedback->setText(tr("Valid RFC of a natural person (persona física)."));
        break;
    case RfcKind::PersonaMoral:
        m_rfcFeedback->setText(tr("Valid RFC of a legal entity (persona moral)."));
        break;
    case RfcKind::Invalid:
        m_rfcFeedback->setText(rfc.isEmpty()
                ? QString()
                : tr("This is not a valid RFC: 3 or 4 letters, a date YYMMDD and 3 characters."));
        break;
    }
}

void WitnessProfileDialog::updateKind()
{
    const bool organisation = m_kind->currentData().toString() == QStringLiteral("organisation");
    m_representative->setEnabled(organisation);
    m_representativeLabel->setEnabled(organisation);
}

bool WitnessProfileDialog::save()
{
    if (m_session.isReadOnly())
        return false;
    const QVariantMap v = values();
    const QString id = profileId(m_session);
    if (id.isEmpty()) {
        auto *macro = new QUndoCommand(tr("Create the witness profile"));
        auto *insert = new InsertRowCommand(m_session, QStringLiteral("witness"), v, QString(), macro);
        // Every procedure whose engagement names no witness yet gets this one.
        for (const Engagement &e : m_session.file().all<Engagement>())
            if (e.witnessId.isEmpty())
                new SetFieldCommand(m_session, QStringLiteral("engagement"), e.id,
                    QStringLiteral("witness_id"), insert->rowId(), QString(), macro);
        m_stack.push(macro);
        return !insert->failed();
    }
    const auto row = m_session.file().row(QStringLiteral("witness"), id);
    auto *macro = new QUndoCommand(tr("Edit the witness profile"));
    for (const QString &field : profileFields())
        if (row && row->value(field).toString() != v.value(field).toString())
            new SetFieldCommand(
                m_session, QStringLiteral("witness"), id, field, v.value(field), QString(), macro);
    if (macro->childCount() == 0) {
        delete macro;
        return true;
    }
    m_stack.push(macro);
    return true;
}

void WitnessProfileDialog::accept()
{
    if (m_name->text().trimmed().isEmpty()) {
        QMessageBox::information(
            this, tr("Witness profile"), tr("Enter the witness's name or the organisation's name."));
        m_name->setFocus();
        return;
    }
    if (!save()) {
        QMessageBox::warning(this, tr("Witness profile"),
            tr("The profile could not be saved: %1").arg(m_session.file().lastError()));
        return;
    }
    QDialog::accept();
}

} // namespace Testigo::Ui
