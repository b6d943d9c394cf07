// SPDX-License-Identifier: GPL-3.0-or-later
// Money is exact: centavos in 64 bits, ratios in 128 bits, rounding half away from zero.
#include "domain/money.h"

#include <gtest/gtest.h>
#include <limits>

using namespace Testigo;

namespace {
const QString MXN = QStringLiteral("MXN");
const QString USD = QStringLiteral("USD");
} // namespace

TEST(Money, parse_acceptsThousandsSeparatorsAndDecimals)
{
    EXPECT_EQ(Money::parse(QStringLiteral("1,234.56"), MXN), Money(123456, MXN));
    EXPECT_EQ(Money::parse(QStringLiteral("1234.5"), MXN), Money(123450, MXN));
    EXPECT_EQ(Money::parse(QStringLiteral("-12"), MXN), Money(-1200, MXN));
    EXPECT_EQ(Money::parse(QStringLiteral(" 12,345,678.09 "), USD), Money(1234567809, USD));
    EXPECT_EQ(Money::parse(QStringLiteral("0.05"), MXN), Money(5, MXN));
}

TEST(Money, parse_rejectsMalformedText)
{
    for (const char *bad : {"", "abc", "1,23.00", "12.345", "1.2.3", "1,234,56", "$100", "12e3", "--5"})
        EXPECT_FALSE(Money::parse(QString::fromLatin1(bad), MXN).has_value()) << bad;
    EXPECT_FALSE(Money::parse(QStringLiteral("12345678901234567"), MXN).has_value()) << "too large to hold";
}

TEST(Money, decimalString_isPlainAndExact)
{
    EXPECT_EQ(Money(13881900, MXN).toDecimalString(), QStringLiteral("138819.00"));
    EXPECT_EQ(Money(-5, MXN).toDecimalString(), QStringLiteral("-0.05"));
    EXPECT_EQ(Money(0, MXN).toDecimalString(), QStringLiteral("0.00"));
    const auto big = Money::parse(QStringLiteral("9,999,999,999,999,999.99"), MXN);
    ASSERT_TRUE(big.has_value());
    EXPECT_EQ(big->toDecimalString(), QStringLiteral("9999999999999999.99"));
}

TEST(Money, plusAndMinus_refuseToMixCurrencies)
{
    EXPECT_EQ(Money(150, MXN).plus(Money(250, MXN)), Money(400, MXN));
    EXPECT_EQ(Money(150, MXN).minus(Money(250, MXN)), Money(-100, MXN));
    EXPECT_FALSE(Money(150, MXN).plus(Money(1, USD)).has_value());
    EXPECT_FALSE(Money(150, MXN).minus(Money(1, USD)).has_value());
    EXPECT_FALSE(Money(1, USD).percentOfBasisPoints(Money(100, MXN)).has_value());
}

TEST(Money, scaled_roundsHalfAwayFromZero)
{
    EXPECT_EQ(Money(5, MXN).scaled(1, 2).cents(), 3);     // 2.5 -> 3
    EXPECT_EQ(Money(-5, MXN).scaled(1, 2).cents(), -3);   // -2.5 -> -3, not -2
    EXPECT_EQ(Money(7, MXN).scaled(1, 2).cents(), 4);     // 3.5 -> 4
    EXPECT_EQ(Money(-7, MXN).scaled(1, 2).cents(), -4);
    EXPECT_EQ(Money(4, MXN).scaled(1, 3).cents(), 1);     // 1.33 -> 1
    EXPECT_EQ(Money(-4, MXN).scaled(1, 3).cents(), -1);
    EXPECT_EQ(Money(5, MXN).scaled(-1, 2).cents(), -3);   // a negative denominator keeps the rule
    EXPECT_EQ(Money(100, MXN).scaled(116, 100).cents(), 116); // IVA
}

TEST(Money, percentages_inHundredthsOfAPercent)
{
    // 12,345 of 100,000 = 12.35 %
    EXPECT_EQ(Money(1234500, MXN).percentOfBasisPoints(Money(10000000, MXN)), 1235);
    EXPECT_EQ(Money(1, MXN).percentOfBasisPoints(Money(3, MXN)), 3333);
    EXPECT_EQ(Money(2, MXN).percentOfBasisPoints(Money(3, MXN)), 6667);
    EXPECT_EQ(Money(-2, MXN).percentOfBasisPoints(Money(3, MXN)), -6667);
    // Saving of 1 centavo in 80,000: 0.0125 % rounds to 0.01 %.
    EXPECT_EQ(Money(1, MXN).percentOfBasisPoints(Money(8000, MXN)), 1);
    EXPECT_FALSE(Money(5, MXN).percentOfBasisPoints(Money(0, MXN)).has_value()) << "no division by zero";
}

TEST(Money, largeAmounts_doNotOverflow)
{
    const qint64 max = std::numeric_limits<qint64>::max();
    // max * 10000 overflows 64 bits; the 128-bit intermediate keeps it exact.
    EXPECT_EQ(Money(max, MXN).percentOfBasisPoints(Money(max, MXN)), 10000);
    EXPECT_EQ(Money(max / 2, MXN).percentOfBasisPoints(Money(max, MXN)), 5000);
    EXPECT_EQ(Money(max, MXN).scaled(3, 3).cents(), max);
    EXPECT_EQ(Money(4'000'000'000'000'000'000LL, MXN).scaled(2, 4).cents(), 2'000'000'000'000'000'000LL);
    // A 10-billion-peso works contract, in centavos, times 1.2 (a 20 % amendment ceiling).
    EXPECT_EQ(Money(1'000'000'000'000LL, MXN).scaled(12, 10).cents(), 1'200'000'000'000LL);
}

TEST(Money, roundedDivide_handlesSignsSymmetrically)
{
    EXPECT_EQ(roundedDivide(15, 10), 2);
    EXPECT_EQ(roundedDivide(-15, 10), -2);
    EXPECT_EQ(roundedDivide(15, -10), -2);
    EXPECT_EQ(roundedDivide(-15, -10), 2);
    EXPECT_EQ(roundedDivide(14, 10), 1);
    EXPECT_EQ(roundedDivide(-14, 10), -1);
}
