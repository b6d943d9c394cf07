// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/calendar.h"

#include "rules/datafile.h"

#include <QJsonArray>

namespace Testigo {

const BusinessCalendar &BusinessCalendar::standard()
{
    static const BusinessCalendar c = [] {
        BusinessCalendar cal;
        if (!cal.loadFile(DataFile::locate(QStringLiteral("rules"), QStringLiteral("holidays"))))
            cal.loadFile(QStringLiteral(":/rules/holidays.json"));
        return cal;
    }();
    return c;
}

bool BusinessCalendar::loadFile(const QString &path, QString *error)
{
    QString e;
    const QJsonObject doc = DataFile::read(path, &e);
    if (!e.isEmpty()) {
        if (error)
            *error = e;
        return false;
    }
    QHash<QDate, Names> loaded;
    for (const QJsonValue &v : doc.value(QStringLiteral("holidays")).toArray()) {
        const QJsonObject o = v.toObject();
        const QDate d = QDate::fromString(o.value(QStringLiteral("date")).toString(), Qt::ISODate);
        if (d.isValid())
            loaded.insert(
                d, {o.value(QStringLiteral("es")).toString(), o.value(QStringLiteral("en")).toString()});
    }
    m_holidays = loaded;
    m_firstYear = doc.value(QStringLiteral("from")).toInt();
    m_lastYear = doc.value(QStringLiteral("to")).toInt(-1);
    return true;
}

void BusinessCalendar::addHoliday(const QDate &date, const QString &nameEs, const QString &nameEn)
{
    m_holidays.insert(date, {nameEs, nameEn});
}

bool BusinessCalendar::isBusinessDay(const QDate &d) const
{
    return d.isValid() && d.dayOfWeek() <= 5 && !m_holidays.contains(d);
}

QDate BusinessCalendar::addBusinessDays(const QDate &from, int n) const
{
    if (!from.isValid())
        return {};
    QDate d = from;
    const int step = n >= 0 ? 1 : -1;
    for (int left = n < 0 ? -n : n; left > 0;) {
        d = d.addDays(step);
        if (isBusinessDay(d))
            --left;
    }
    return d;
}

int BusinessCalendar::businessDaysBetween(const QDate &from, const QDate &to) const
{
    if (!from.isValid() || !to.isValid())
        return 0;
    if (to < from)
        return -businessDaysBetween(to, from);
    int count = 0;
    for (QDate d = from.addDays(1); d <= to; d = d.addDays(1))
        if (isBusinessDay(d))
            ++count;
    return count;
}

QString BusinessCalendar::holidayName(const QDate &d, const QString &lang) const
{
    const auto it = m_holidays.constFind(d);
    return it == m_holidays.cend() ? QString() : Bilingual {it->es, it->en}.text(lang);
}

} // namespace Testigo
