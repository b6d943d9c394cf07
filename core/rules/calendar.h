// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Business days for legal deadlines: weekends and the federal non-working days listed as data in
// resources/rules/holidays.json (replaceable like every data file) do not count.

#include <QDate>
#include <QHash>
#include <QString>

namespace Testigo {

class BusinessCalendar final
{
public:
    BusinessCalendar() = default;
    // The shipped (or replaced) holiday list, loaded once per process.
    static const BusinessCalendar &standard();

    bool loadFile(const QString &path, QString *error = nullptr);
    void addHoliday(const QDate &date, const QString &nameEs = QString(), const QString &nameEn = QString());

    bool isHoliday(const QDate &d) const { return m_holidays.contains(d); }
    bool isBusinessDay(const QDate &d) const;
    // The n-th business day after `from` (from itself never counts).
    QDate addBusinessDays(const QDate &from, int n) const;
    // Business days d with from < d <= to; negative when to is before from.
    int businessDaysBetween(const QDate &from, const QDate &to) const;
    QString holidayName(const QDate &d, const QString &lang) const;
    int holidayCount() const { return int(m_holidays.size()); }
    // The years the holiday list covers ("from"/"to" of the file). Outside them a business-day count
    // knows weekends only: callers must say so (never silently treat those years as plain weekdays).
    int firstYear() const { return m_firstYear; }
    int lastYear() const { return m_lastYear; }
    bool covers(const QDate &d) const
    {
        return d.isValid() && d.year() >= m_firstYear && d.year() <= m_lastYear;
    }
    // Every day from `from` to `to` lies in covered years.
    bool coversSpan(const QDate &from, const QDate &to) const { return covers(from) && covers(to); }

private:
    struct Names
    {
        QString es, en;
    };
    QHash<QDate, Names> m_holidays;
    int m_firstYear = 0, m_lastYear = -1; // nothing covered until a file is loaded
};

} // namespace Testigo
