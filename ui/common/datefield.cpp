// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/datefield.h"

#include "domain/dates.h"

#include <QAction>
#include <QCalendarWidget>
#include <QEvent>
#include <QKeyEvent>
#include <QStyle>
#include <QVBoxLayout>

namespace Testigo::Ui {

DateField::DateField(QWidget *parent)
    : QLineEdit(parent)
    , m_calendarAction(new QAction(this))
{
    m_calendarAction->setIcon(style()->standardIcon(QStyle::SP_FileDialogDetailedView));
    m_calendarAction->setObjectName(QStringLiteral("calendarAction"));
    addAction(m_calendarAction, QLineEdit::TrailingPosition);
    connect(m_calendarAction, &QAction::triggered, this, &DateField::showCalendar);
    connect(this, &QLineEdit::editingFinished, this, &DateField::commitText);
    // Clearing the field with the keyboard is a decision too: stored when focus leaves.
    connect(this, &QLineEdit::textEdited, this, [this] { markInvalid(false); });
    retranslate();
}

void DateField::setDate(const QDate &date)
{
    const QDate d = date.isValid() ? date : QDate();
    const bool changed = d != m_date;
    m_date = d;
    markInvalid(false);
    showDate();
    if (changed)
        emit dateChanged(m_date);
}

void DateField::showDate()
{
    const QString text = formatDate(m_date);
    if (QLineEdit::text() != text)
        setText(text);
}

void DateField::commitText()
{
    const QString typed = text().trimmed();
    if (typed.isEmpty()) {
        setDate(QDate());
        return;
    }
    const auto parsed = parseDate(typed);
    if (!parsed) {
        markInvalid(true); // kept on screen, never stored: the file keeps its last date
        return;
    }
    setDate(*parsed);
}

void DateField::markInvalid(bool invalid)
{
    if (m_invalid == invalid)
        return;
    m_invalid = invalid;
    setProperty("invalid", invalid);
    setStyleSheet(
        invalid ? QStringLiteral("QLineEdit { border: 1px solid palette(highlight); }") : QString());
    retranslate();
}

void DateField::showCalendar()
{
    auto *popup = new QWidget(this, Qt::Popup);
    popup->setAttribute(Qt::WA_DeleteOnClose);
    popup->setObjectName(QStringLiteral("calendarPopup"));
    auto *calendar = new QCalendarWidget(popup);
    calendar->setObjectName(QStringLiteral("calendarWidget"));
    calendar->setGridVisible(true);
    const QDate open
        = m_date.isValid() ? m_date : (m_reference.isValid() ? m_reference : QDate::currentDate());
    calendar->setSelectedDate(open);
    auto *layout = new QVBoxLayout(popup);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(calendar);
    connect(calendar, &QCalendarWidget::activated, popup, [this, popup](const QDate &d) {
        setDate(d);
        popup->close();
    });
    connect(calendar, &QCalendarWidget::clicked, popup, [this, popup](const QDate &d) {
        setDate(d);
        popup->close();
    });
    popup->move(mapToGlobal(QPoint(0, height())));
    popup->show();
    calendar->setFocus();
}

void DateField::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_F4
        || (event->key() == Qt::Key_Down && event->modifiers() & Qt::AltModifier)) {
        showCalendar();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void DateField::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange) {
        retranslate();
        if (!m_invalid)
            showDate();
    }
    QLineEdit::changeEvent(event);
}

void DateField::retranslate()
{
    setPlaceholderText(dateHint());
    m_calendarAction->setToolTip(tr("Choose the date on a calendar (F4)"));
    setToolTip(m_invalid ? tr("“%1” is not a date: type it as %2. It is not saved.").arg(text(), dateHint())
                         : tr("Type the date as %1, or press F4 for a calendar; leave it empty for no date.")
                               .arg(dateHint()));
}

} // namespace Testigo::Ui
