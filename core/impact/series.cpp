// SPDX-License-Identifier: GPL-3.0-or-later
#include "impact/series.h"

#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStringList>

namespace Testigo {

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Data lines of a series CSV: comments, blank lines and a header (first cell not a digit) skipped.
QList<QPair<int, QStringList>> dataLines(const QByteArray &data)
{
    QList<QPair<int, QStringList>> out;
    int n = 0;
    for (const QByteArray &raw : data.split('\n')) {
        ++n;
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) || !line.at(0).isDigit())
            continue;
        QStringList cells = line.split(QLatin1Char(','));
        for (auto &c : cells)
            c = c.trimmed();
        out.append({n, cells});
    }
    return out;
}

} // namespace

std::optional<qint64> parseScaledDecimal(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,9})(?:\\.(\\d{1,4}))?$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    QString frac = m.captured(2);
    while (frac.size() < 4)
        frac.append(QLatin1Char('0'));
    return m.captured(1).toLongLong() * SeriesScale + frac.toLongLong();
}

QString scaledToString(qint64 scaled, int decimals)
{
    qint64 div = 1;
    for (int i = decimals; i < 4; ++i)
        div *= 10;
    const qint64 v = (scaled + div / 2) / div;
    qint64 unit = 1;
    for (int i = 0; i < decimals; ++i)
        unit *= 10;
    return QStringLiteral("%1.%2").arg(v / unit).arg(v % unit, decimals, 10, QLatin1Char('0'));
}

// --- INPC ------------------------------------------------------------------------------------

QString InpcSeries::userFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/series/inpc.csv");
}

const InpcSeries &InpcSeries::standard()
{
    static const InpcSeries s = [] {
        InpcSeries r;
        r.loadCsv(readFile(QStringLiteral(":/series/inpc.csv")));
        const QByteArray user = readFile(userFilePath());
        if (!user.isEmpty())
            r.loadCsv(user);
        return r;
    }();
    return s;
}

bool InpcSeries::loadCsv(const QByteArray &data, QString *error)
{
    static const QRegularExpression month(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    for (const auto &[n, cells] : dataLines(data)) {
        const auto m = month.match(cells.value(0));
        const auto v = parseScaledDecimal(cells.value(1));
        const int mo = m.hasMatch() ? m.captured(2).toInt() : 0;
        if (!m.hasMatch() || mo < 1 || mo > 12 || !v || *v == 0) {
            if (error)
                *error = tr("INPC line %1: expected YYYY-MM,value.").arg(n);
            return false;
        }
        set(m.captured(1).toInt(), mo, *v);
    }
    return true;
}

std::optional<qint64> InpcSeries::value(int year, int month) const
{
    const auto it = m_values.constFind(key(year, month));
    if (it == m_values.cend())
        return std::nullopt;
    return *it;
}

QDate InpcSeries::firstMonth() const
{
    if (m_values.isEmpty())
        return {};
    const int k = m_values.firstKey();
    return QDate(k / 12, k % 12 + 1, 1);
}

QDate InpcSeries::lastMonth() const
{
    if (m_values.isEmpty())
        return {};
    const int k = m_values.lastKey();
    return QDate(k / 12, k % 12 + 1, 1);
}

QString InpcSeries::baseDescription()
{
    return tr("INPC (INEGI), base second half of July 2018 = 100");
}

// --- FIX -------------------------------------------------------------------------------------

QString FixSeries::userFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/series/fix_usd_mxn.csv");
}

const FixSeries &FixSeries::standard()
{
    static const FixSeries s = [] {
        FixSeries r;
        r.loadCsv(readFile(QStringLiteral(":/series/fix_usd_mxn.csv")));
        const QByteArray user = readFile(userFilePath());
        if (!user.isEmpty())
            r.loadCsv(user);
        return r;
    }();
    return s;
}

bool FixSeries::loadCsv(const QByteArray &data, QString *error)
{
    static const QRegularExpression month(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    for (const auto &[n, cells] : dataLines(data)) {
        const auto v = parseScaledDecimal(cells.value(1));
        const QDate day = QDate::fromString(cells.value(0), Qt::ISODate);
        const auto m = month.match(cells.value(0));
        const int mo = m.hasMatch() ? m.captured(2).toInt() : 0;
        if (v && *v > 0 && day.isValid()) {
            setDaily(day, *v);
        } else if (v && *v > 0 && mo >= 1 && mo <= 12) {
            setMonthly(m.captured(1).toInt(), mo, *v);
        } else {
            if (error)
                *error = tr("FIX line %1: expected YYYY-MM-DD,rate or YYYY-MM,rate.").arg(n);
            return false;
        }
    }
    return true;
}

std::optional<FixRate> FixSeries::rateFor(const QDate &date) const
{
    if (!date.isValid())
        return std::nullopt;
    // FIX exists only on banking business days: step back over weekends and holidays.
    auto it = m_daily.upperBound(date);
    if (it != m_daily.cbegin()) {
        --it;
        if (it.key().daysTo(date) <= 7)
            return FixRate{*it, it.key(), false, it.key() != date};
    }
    const auto m = m_monthly.constFind(date.year() * 12 + date.month() - 1);
    if (m != m_monthly.cend())
        return FixRate{*m, QDate(date.year(), date.month(), 1), true, false};
    return std::nullopt;
}

} // namespace Testigo
