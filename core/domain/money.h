// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>
#include <optional>

namespace Testigo {

__extension__ typedef __int128 Int128; // GCC/Clang 128-bit integer, for exact intermediate products

// Exact money: an amount in centavos (hundredths of the currency unit) plus an ISO 4217 code.
// Arithmetic refuses to mix currencies; ratios round half away from zero.
class Money final
{
public:
    Money() = default;
    Money(qint64 cents, QString currency) : m_cents(cents), m_currency(std::move(currency)) {}

    static Money fromUnits(qint64 units, const QString &currency) { return Money(units * 100, currency); }
    // Parses "1234.5", "1,234.56", "-12" (dot decimal separator, optional thousands commas).
    static std::optional<Money> parse(const QString &text, const QString &currency);

    qint64 cents() const { return m_cents; }
    QString currency() const { return m_currency; }
    bool isZero() const { return m_cents == 0; }

    // "138819.00": a plain decimal string in currency units, as exports need.
    QString toDecimalString() const;

    bool sameCurrency(const Money &o) const { return m_currency == o.m_currency; }
    // These assert nothing at run time: callers check sameCurrency() first; mismatches return nullopt.
    std::optional<Money> plus(const Money &o) const;
    std::optional<Money> minus(const Money &o) const;
    // Multiply by num/den with half-away-from-zero rounding, in 128-bit to avoid overflow.
    Money scaled(qint64 num, qint64 den) const;
    // this / other as a percentage with two decimals, in hundredths of a percent (1234 = 12.34 %).
    std::optional<qint64> percentOfBasisPoints(const Money &whole) const;

    bool operator==(const Money &o) const = default;

private:
    qint64 m_cents = 0;
    QString m_currency = QStringLiteral("MXN");
};

// Rounds num/den half away from zero using 128-bit intermediates.
qint64 roundedDivide(Int128 num, Int128 den);

} // namespace Testigo
