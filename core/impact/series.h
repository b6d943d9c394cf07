// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Economic series shipped as editable data: the INPC (monthly, base 2Q July 2018 = 100) and the
// Banxico FIX (pesos per dollar, daily rows or monthly averages). Values are scaled integers
// (× 10000) so conversions stay exact. The shipped CSV (":/series/...") is read first; a CSV of
// the same name in <AppDataLocation>/series/ overrides or extends it row by row.

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QMap>
#include <QString>
#include <optional>

namespace Testigo {

constexpr qint64 SeriesScale = 10000; // index and rate values are stored × 10000

// Parses "98.273" / "20.5" into value × 10000 exactly; nullopt on anything else.
std::optional<qint64> parseScaledDecimal(const QString &text);
// value × 10000 back to text with `decimals` decimals (3 for INPC, 4 for FIX).
QString scaledToString(qint64 scaled, int decimals);

class InpcSeries
{
    Q_DECLARE_TR_FUNCTIONS(Impact)

public:
    // Shipped values, then the user's file in AppDataLocation (cached after the first call).
    static const InpcSeries &standard();
    static QString userFilePath();

    // Rows "YYYY-MM,value[,basis]"; '#' lines are comments; a header row is skipped. Later rows
    // override earlier ones. Returns false with a translated message on the first bad line.
    bool loadCsv(const QByteArray &data, QString *error = nullptr);
    void set(int year, int month, qint64 scaled) { m_values.insert(key(year, month), scaled); }
    void remove(int year, int month) { m_values.remove(key(year, month)); }

    std::optional<qint64> value(int year, int month) const;
    bool isEmpty() const { return m_values.isEmpty(); }
    QDate firstMonth() const; // first day of the first month, invalid when empty
    QDate lastMonth() const;
    int size() const { return int(m_values.size()); }
    static QString baseDescription(); // "2Q July 2018 = 100" (translated)

private:
    static int key(int year, int month) { return year * 12 + (month - 1); }
    QMap<int, qint64> m_values;
};

struct FixRate
{
    qint64 scaled = 0; // pesos per dollar × 10000
    QDate date;        // the day whose FIX was used, or the first day of the month for an average
    bool monthlyAverage = false;
    bool previousDay = false; // an earlier business day's FIX stood in for the asked date
};

class FixSeries
{
    Q_DECLARE_TR_FUNCTIONS(Impact)

public:
    static const FixSeries &standard();
    static QString userFilePath();

    // Rows "YYYY-MM-DD,rate" (daily) or "YYYY-MM,rate" (monthly average).
    bool loadCsv(const QByteArray &data, QString *error = nullptr);
    void setDaily(const QDate &day, qint64 scaled) { m_daily.insert(day, scaled); }
    void setMonthly(int year, int month, qint64 scaled) { m_monthly.insert(year * 12 + month - 1, scaled); }

    // The FIX for a date: that day, else the nearest previous day within 7 days, else the month's
    // average; nullopt when none exists (callers report it, never assume a rate).
    std::optional<FixRate> rateFor(const QDate &date) const;
    bool isEmpty() const { return m_daily.isEmpty() && m_monthly.isEmpty(); }

private:
    QMap<QDate, qint64> m_daily;
    QMap<int, qint64> m_monthly;
};

} // namespace Testigo
