// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench/gettingstarted.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Testigo::Ui {

GettingStartedDialog::GettingStartedDialog(QWidget *parent)
    : QDialog(parent)
    , m_text(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("gettingStartedDialog"));
    m_text->setObjectName(QStringLiteral("gettingStartedBrowser"));
    m_text->setOpenExternalLinks(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setWindowTitle(tr("Getting started"));
    m_text->setHtml(guide());
    resize(620, 520);
}

QString GettingStartedDialog::guide()
{
    return tr(
        "<h2>Getting started with Testigo</h2>"
        "<p>A case file (<i>.testigo</i>) holds everything you record. Every change is saved at once "
        "and can be undone with <b>Ctrl+Z</b>.</p>"
        "<ol>"
        "<li><b>Your profile, once:</b> <i>File ▸ Witness profile…</i> — person or organisation, RFC, "
        "padrón number, legal representative, technical advisers, e-mail. Every procedure and testimony uses "
        "it.</li>"
        "<li><b>A procedure:</b> <i>Procedure ▸ New procedure…</i> (<b>Ctrl+Shift+N</b>) — number, title, "
        "object kind, type and start date; the regime is proposed. Its stages, checklists and pact "
        "clauses are created for you. Or import published data with <i>File ▸ Import OCDS…</i>.</li>"
        "<li><b>The overview</b> (<b>Ctrl+1</b>): agency, lots and amounts, and your engagement: the "
        "letter that designated you and its date.</li>"
        "<li><b>The stages</b> (<b>Ctrl+2</b>): for each stage its status, planned and actual dates, and "
        "the checklist. Type dates as dd/mm/yyyy or press <b>F4</b> in a date field for a calendar.</li>"
        "<li><b>Findings, bidders and bids, the Integrity Pact</b> have their own tabs; <b>Tab</b> moves "
        "between fields, <b>Ctrl+Tab</b> between tabs.</li>"
        "<li><b>The testimony:</b> <i>Procedure ▸ Testimony…</i> (<b>Ctrl+T</b>) lists what is still "
        "missing and writes the PDF in Spanish or English.</li>"
        "</ol>"
        "<p>The language of the window is under <i>Language</i>; documents choose theirs separately.</p>");
}

void GettingStartedDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        setWindowTitle(tr("Getting started"));
        m_text->setHtml(guide());
    }
    QDialog::changeEvent(event);
}

} // namespace Testigo::Ui
