// SPDX-License-Identifier: GPL-3.0-or-later
#include "ocds/redflagspanel.h"

#include "common/storeoperationcommand.h"
#include "store/session.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Testigo {

RedFlagsPanel::RedFlagsPanel(Session &session, QUndoStack &undo, QWidget *parent)
    : QWidget(parent), m_session(session), m_undo(undo)
{
    setObjectName(QStringLiteral("redFlagsPanel"));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("redFlagsSummaryLabel"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("redFlagsTableWidget"));
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    layout->addWidget(m_table, 1);
    auto *row = new QHBoxLayout;
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reasonLineEdit"));
    m_confirm = new QPushButton(this);
    m_confirm->setObjectName(QStringLiteral("confirmPushButton"));
    m_dismiss = new QPushButton(this);
    m_dismiss->setObjectName(QStringLiteral("dismissPushButton"));
    row->addWidget(m_reason, 1);
    row->addWidget(m_confirm);
    row->addWidget(m_dismiss);
    layout->addLayout(row);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &RedFlagsPanel::updateButtons);
    connect(m_reason, &QLineEdit::textChanged, this, &RedFlagsPanel::updateButtons);
    connect(m_confirm, &QPushButton::clicked, this, [this] { decide(QStringLiteral("confirmed")); });
    connect(m_dismiss, &QPushButton::clicked, this, [this] { decide(QStringLiteral("dismissed")); });
    connect(&m_session, &Session::changed, this, &RedFlagsPanel::reload);
    retranslate();
    updateButtons();
}

void RedFlagsPanel::retranslate()
{
    m_table->setAccessibleName(tr("Red flags"));
    m_table->setHorizontalHeaderLabels({tr("Red flag"), tr("Why"), tr("Decision")});
    m_reason->setAccessibleName(tr("Reason for the decision"));
    m_reason->setPlaceholderText(tr("Reason (required)"));
    m_confirm->setText(tr("Confirm as finding"));
    m_confirm->setAccessibleName(tr("Confirm the selected flag as a finding"));
    m_dismiss->setText(tr("Dismiss"));
    m_dismiss->setAccessibleName(tr("Dismiss the selected flag"));
}

void RedFlagsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload(); // flag titles and figures come translated from core
    }
    QWidget::changeEvent(event);
}

void RedFlagsPanel::setProcedure(const QString &procedureId)
{
    m_procedureId = procedureId;
    reload();
}

void RedFlagsPanel::reload()
{
    m_flags.clear();
    const auto p = m_procedureId.isEmpty() ? std::nullopt : m_session.file().get<Procedure>(m_procedureId);
    if (p)
        m_flags = Ocds::computeRedFlags(m_session.file(), *p, Ocds::FlagRules::load());
    const QSignalBlocker block(m_table);
    const int selected = m_table->currentRow();
    m_table->setRowCount(int(m_flags.size()));
    for (int i = 0; i < m_flags.size(); ++i) {
        const Ocds::RedFlag &f = m_flags[i];
        m_table->setItem(i, 0, new QTableWidgetItem(QStringLiteral("%1. %2").arg(f.number).arg(Ocds::flagTitle(f.code))));
        m_table->setItem(i, 1, new QTableWidgetItem(f.detail));
        QString decision = f.decision == QLatin1String("confirmed") ? tr("Confirmed: %1").arg(f.reason)
                           : f.decision == QLatin1String("dismissed") ? tr("Dismissed: %1").arg(f.reason)
                                                                     : tr("To review");
        m_table->setItem(i, 2, new QTableWidgetItem(decision));
    }
    m_table->resizeRowsToContents();
    if (selected >= 0 && selected < m_table->rowCount())
        m_table->selectRow(selected);
    m_summary->setText(!p ? tr("Choose a procedure to see its red flags.")
                       : m_flags.isEmpty() ? tr("No red flags: nothing in this procedure's data matches a known risk pattern.")
                                           : tr("%n red flag(s). They are leads, not conclusions: confirm each one that "
                                                "your own observation supports, and dismiss the others with a reason.",
                                                nullptr, int(m_flags.size())));
    updateButtons();
}

void RedFlagsPanel::updateButtons()
{
    const bool can = m_table->currentRow() >= 0 && !m_reason->text().trimmed().isEmpty() && !m_session.isReadOnly();
    m_confirm->setEnabled(can);
    m_dismiss->setEnabled(can);
}

void RedFlagsPanel::decide(const QString &decision)
{
    const int row = m_table->currentRow();
    const auto p = m_session.file().get<Procedure>(m_procedureId);
    if (row < 0 || row >= m_flags.size() || !p)
        return;
    // The decision and its finding are one audited transaction and one undo step.
    const Ocds::RedFlag flag = m_flags[row];
    const QString reason = m_reason->text().trimmed();
    auto *command = new Ui::StoreOperationCommand(
        m_session, decision == QLatin1String("confirmed") ? tr("Confirm red flag") : tr("Dismiss red flag"),
        [procedure = *p, flag, decision, reason](CaseFile &file) { return Ocds::decideFlag(file, procedure, flag, decision, reason); });
    m_undo.push(command); // runs it; a failed write drops it and is reported to the window
    m_reason->clear();
    reload();
}

} // namespace Testigo
