// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench/decreedaysdialog.h"

#include "common/commands.h"
#include "common/datefield.h"
#include "domain/dates.h"
#include "domain/events.h"
#include "store/session.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>
#include <algorithm>

namespace Testigo::Ui {

namespace {
const QString kTable = QStringLiteral("decree_day");
} // namespace

DecreeDaysDialog::DecreeDaysDialog(Session &session, QUndoStack &undo, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_undo(undo)
    , m_date(new DateField(this))
    , m_description(new QLineEdit(this))
    , m_add(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_table(new QTableWidget(0, 2, this))
    , m_message(new QLabel(this))
    , m_intro(new QLabel(this))
{
    setObjectName(QStringLiteral("decreeDaysDialog"));
    m_date->setObjectName(QStringLiteral("decreeDateField"));
    m_description->setObjectName(QStringLiteral("decreeDescriptionLineEdit"));
    m_add->setObjectName(QStringLiteral("addDecreeDayPushButton"));
    m_remove->setObjectName(QStringLiteral("removeDecreeDayPushButton"));
    m_table->setObjectName(QStringLiteral("decreeDaysTableWidget"));
    m_message->setObjectName(QStringLiteral("decreeMessageLabel"));
    m_intro->setWordWrap(true);
    m_message->setWordWrap(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    // Enter in a field adds the day; no button is a default one, so Enter never adds twice.
    for (QPushButton *b : {m_add, m_remove}) {
        b->setAutoDefault(false);
        b->setDefault(false);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    for (QAbstractButton *b : buttons->buttons())
        if (auto *push = qobject_cast<QPushButton *>(b))
            push->setAutoDefault(false);

    auto *form = new QFormLayout;
    form->addRow(new QLabel(this), m_date);
    form->addRow(new QLabel(this), m_description);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(m_add);
    row->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addLayout(row);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);

    connect(m_date, &QLineEdit::returnPressed, this, &DecreeDaysDialog::addTyped);
    connect(m_description, &QLineEdit::returnPressed, this, &DecreeDaysDialog::addTyped);
    connect(m_add, &QPushButton::clicked, this, &DecreeDaysDialog::addTyped);
    connect(m_remove, &QPushButton::clicked, this, &DecreeDaysDialog::removeSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_session, &Session::rowInserted, this, [this](const QString &table) {
        if (table == kTable)
            refresh();
    });
    connect(&m_session, &Session::fieldChanged, this, [this](const QString &table) {
        if (table == kTable)
            refresh();
    });
    retranslate();
    refresh();
    resize(520, 420);
}

bool DecreeDaysDialog::addTyped()
{
    const std::optional<QDate> typed = parseDate(m_date->text());
    const QDate date = typed ? *typed : m_date->date();
    if (!date.isValid()) {
        m_message->setText(
            tr("Type the date of the decree day, e.g. %1.").arg(formatDate(QDate(2026, 4, 2))));
        return false;
    }
    const auto days = m_session.file().all<DecreeDay>();
    if (std::any_of(days.cbegin(), days.cend(), [&](const DecreeDay &d) { return d.date == date; })) {
        m_message->setText(tr("%1 is already a decree day.").arg(formatDate(date)));
        return false;
    }
    if (m_session.isReadOnly()) {
        m_message->setText(tr("This case file is read-only: decree days cannot be added."));
        return false;
    }
    auto *cmd = new InsertRowCommand(m_session, kTable,
        {{QStringLiteral("date"), date}, {QStringLiteral("description"), m_description->text().trimmed()}},
        tr("Add decree day %1").arg(formatDate(date)));
    m_undo.push(cmd);
    if (cmd->failed())
        return false;
    m_message->setText(tr("%1 added: business-day clocks no longer count it.").arg(formatDate(date)));
    m_date->clear();
    m_description->clear();
    m_date->setFocus();
    return true;
}

void DecreeDaysDialog::removeSelected()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    const QString id = m_table->item(row, 0)->data(Qt::UserRole).toString();
    m_undo.push(new SetDeletedCommand(
        m_session, kTable, id, true, tr("Remove decree day %1").arg(m_table->item(row, 0)->text())));
}

void DecreeDaysDialog::refresh()
{
    auto days = m_session.file().all<DecreeDay>();
    std::sort(
        days.begin(), days.end(), [](const DecreeDay &a, const DecreeDay &b) { return a.date < b.date; });
    m_table->setRowCount(int(days.size()));
    for (int i = 0; i < days.size(); ++i) {
        auto *date = new QTableWidgetItem(formatDate(days[i].date));
        date->setData(Qt::UserRole, days[i].id);
        m_table->setItem(i, 0, date);
        m_table->setItem(i, 1, new QTableWidgetItem(days[i].description));
    }
    m_remove->setEnabled(!days.isEmpty() && !m_session.isReadOnly());
}

void DecreeDaysDialog::retranslate()
{
    setWindowTitle(tr("Decree days"));
    m_intro->setText(
        tr("Days declared non-working by decree or by the agency (for example Holy Thursday and "
           "Friday). They are saved in this case file and every business-day clock skips them."));
    auto *form = findChild<QFormLayout *>();
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(m_date)))
        label->setText(tr("&Date:"));
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(m_description)))
        label->setText(tr("D&escription:"));
    qobject_cast<QLabel *>(form->labelForField(m_date))->setBuddy(m_date);
    qobject_cast<QLabel *>(form->labelForField(m_description))->setBuddy(m_description);
    m_description->setPlaceholderText(tr("e.g. Holy Thursday (agency closed)"));
    m_add->setText(tr("&Add"));
    m_remove->setText(tr("&Remove"));
    m_table->setHorizontalHeaderLabels({tr("Date"), tr("Description")});
}

} // namespace Testigo::Ui
