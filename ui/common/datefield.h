// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The one date editor of the UI: a line edit that takes a date as a person types it
// ("01/10/2026", "1 Oct 2026", see parseDate) and shows it in the UI language's one format, with a
// calendar button. Empty means "no date". Tab leaves it like any text field; text that is not a
// date stays visible, marked and explained, and is never stored. The calendar opens on the date,
// or on the reference date (the nearest meaningful one: a planned date, the procedure's start),
// or on today — never on a placeholder year.

#include <QDate>
#include <QLineEdit>

class QCalendarWidget;

namespace Testigo::Ui {

class DateField final : public QLineEdit
{
    Q_OBJECT
    Q_PROPERTY(QDate date READ date WRITE setDate NOTIFY dateChanged USER true)

public:
    explicit DateField(QWidget *parent = nullptr);

    // Invalid when the field is empty.
    QDate date() const { return m_date; }
    void setDate(const QDate &date);
    // Where the calendar opens when the field is empty (today when invalid).
    void setReferenceDate(const QDate &date) { m_reference = date; }
    // True while the text typed is not a date (it is shown, marked and not stored).
    bool hasInvalidText() const { return m_invalid; }
    // Opens the calendar popup (also Alt+Down or F4).
    void showCalendar();

signals:
    // A new date (invalid = emptied) was typed, picked or set.
    void dateChanged(const QDate &date);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void commitText();
    void showDate();
    void markInvalid(bool invalid);
    void retranslate();

    QDate m_date;
    QDate m_reference;
    bool m_invalid = false;
    QAction *m_calendarAction;
};

} // namespace Testigo::Ui
