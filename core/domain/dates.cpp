// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/dates.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Testigo {

namespace {
bool spanish(const QLocale &locale)
{
    return locale.language() == QLocale::Spanish;
}

// Two-digit years are this century's: "1/10/26" is 2026.
int fullYear(int year, qsizetype digits)
{
    return digits <= 2 ? 2000 + year : year;
}

std::optional<QDate> numeric(const QString &t)
{
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    static const QRegularExpression dmy(
        QStringLiteral("^(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{2}|\\d{4})$"));
    static const QRegularExpression packed(QStringLiteral("^(\\d{2})(\\d{2})(\\d{4})$"));
    if (const auto m = iso.match(t); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    for (const auto *re : {&dmy, &packed})
        if (const auto m = re->match(t); m.hasMatch())
            return QDate(fullYear(m.captured(3).toInt(), m.captured(3).size()), m.captured(2).toInt(),
                m.captured(1).toInt());
    return std::nullopt;
}

// "4 Dec 2026", "4 de diciembre de 2026", "Dec 4, 2026": month names of the locale or English.
std::optional<QDate> named(const QString &text, const QLocale &locale)
{
    QString t = text.toLower();
    t.remove(QRegularExpression(QStringLiteral("\\bde\\b|,|\\.")));
    const QStringList parts = t.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.size() != 3)
        return std::nullopt;
    const bool monthFirst = !parts.at(0).front().isDigit();
    const QString monthText = monthFirst ? parts.at(0) : parts.at(1);
    const QString dayText = monthFirst ? parts.at(1) : parts.at(0);
    bool dayOk = false, yearOk = false;
    const int day = dayText.toInt(&dayOk);
    const int year = parts.at(2).toInt(&yearOk);
    if (!dayOk || !yearOk)
        return std::nullopt;
    // Both languages are understood whatever the locale: a Spanish text pasted into an English UI.
    for (const QLocale &l : {locale, QLocale(QLocale::English), QLocale(QLocale::Spanish, QLocale::Mexico)})
        for (int m = 1; m <= 12; ++m)
            for (auto format : {QLocale::LongFormat, QLocale::ShortFormat})
                if (l.monthName(m, format).toLower().remove(QLatin1Char('.')) == monthText)
                    return QDate(fullYear(year, parts.at(2).size()), m, day);
    return std::nullopt;
}
} // namespace

QString formatDate(const QDate &date, const QLocale &locale)
{
    if (!date.isValid())
        return QString();
    if (spanish(locale))
        return locale.toString(date, QStringLiteral("dd/MM/yyyy"));
    return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(date, QStringLiteral("d MMM yyyy"));
}

std::optional<QDate> parseDate(const QString &text, const QLocale &locale)
{
    const QString t = text.simplified();
    if (t.isEmpty())
        return std::nullopt;
    auto d = numeric(t);
    if (!d)
        d = named(t, locale);
    if (!d || !d->isValid())
        return std::nullopt;
    return d;
}

QString dateHint(const QLocale &locale)
{
    return spanish(locale)
        ? QCoreApplication::translate("Dates", "dd/mm/yyyy")
        : QCoreApplication::translate("Dates", "e.g. %1").arg(formatDate(QDate(2026, 12, 4), locale));
}

} // namespace Testigo
