// SPDX-License-Identifier: GPL-3.0-or-later
#include "money.h"

#include <QRegularExpression>

namespace Testigo {

qint64 roundedDivide(Int128 num, Int128 den)
{
    if (den < 0) {
        num = -num;
        den = -den;
    }
    const bool negative = num < 0;
    const Int128 a = negative ? -num : num;
    const Int128 q = (a + den / 2) / den; // half away from zero
    return static_cast<qint64>(negative ? -q : q);
}

std::optional<Money> Money::parse(const QString &text, const QString &currency)
{
    static const QRegularExpression re(
        QStringLiteral("^\\s*(-)?\\s*(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d{1,2}))?\\s*$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    QString whole = m.captured(2);
    whole.remove(QLatin1Char(','));
    if (whole.size() > 16)
        return std::nullopt;
    QString frac = m.captured(3);
    while (frac.size() < 2)
        frac.append(QLatin1Char('0'));
    qint64 cents = whole.toLongLong() * 100 + frac.toLongLong();
    if (!m.captured(1).isEmpty())
        cents = -cents;
    return Money(cents, currency);
}

QString Money::toDecimalString() const
{
    const qint64 a = m_cents < 0 ? -m_cents : m_cents;
    return QStringLiteral("%1%2.%3")
        .arg(m_cents < 0 ? QStringLiteral("-") : QString())
        .arg(a / 100)
        .arg(a % 100, 2, 10, QLatin1Char('0'));
}

std::optional<Money> Money::plus(const Money &o) const
{
    if (!sameCurrency(o))
        return std::nullopt;
    return Money(m_cents + o.m_cents, m_currency);
}

std::optional<Money> Money::minus(const Money &o) const
{
    if (!sameCurrency(o))
        return std::nullopt;
    return Money(m_cents - o.m_cents, m_currency);
}

Money Money::scaled(qint64 num, qint64 den) const
{
    return Money(roundedDivide(static_cast<Int128>(m_cents) * num, den), m_currency);
}

std::optional<qint64> Money::percentOfBasisPoints(const Money &whole) const
{
    if (!sameCurrency(whole) || whole.m_cents == 0)
        return std::nullopt;
    return roundedDivide(static_cast<Int128>(m_cents) * 10000, whole.m_cents);
}

} // namespace Testigo
