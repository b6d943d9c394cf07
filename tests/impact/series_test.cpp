// SPDX-License-Identifier: GPL-3.0-or-later
// Comparable money: INPC deflation and Banxico FIX conversion, with explicit errors.
#include "impact/comparable.h"

#include <gtest/gtest.h>

using namespace Testigo;

namespace {
const QString Mxn = QStringLiteral("MXN");
const QString Usd = QStringLiteral("USD");
} // namespace

TEST(ImpactSeries, shippedInpc_hasTheBaseMonthAndSplicedYears)
{
    const InpcSeries &s = InpcSeries::standard();
    EXPECT_EQ(s.value(2018, 7), 999090);    // 99.909
    EXPECT_EQ(s.value(2017, 12), 982730);   // 98.273 (= 130.813 on the 2010 base)
    EXPECT_EQ(s.value(2013, 12), 837700);   // 111.508 × 98.273 / 130.813
    EXPECT_TRUE(s.value(2003, 1).has_value());
    EXPECT_EQ(s.firstMonth(), QDate(2003, 1, 1));
}

TEST(ImpactSeries, deflatedAmount_matchesHandComputation)
{
    InpcSeries inpc;
    ASSERT_TRUE(inpc.loadCsv("# test\nmonth,inpc\n2020-01,100.000\n2024-12,125.000\n"));
    FixSeries fix;
    ComparableOptions o{Mxn, QDate(2024, 12, 1), &inpc, &fix};
    const Comparable c = makeComparable(Money(100000, Mxn), QDate(2020, 1, 20), o);
    ASSERT_TRUE(c.amount.has_value()) << c.error.toStdString();
    EXPECT_EQ(*c.amount, Money(125000, Mxn));
    ASSERT_EQ(c.steps.size(), 1);
    EXPECT_TRUE(c.steps[0].contains(QStringLiteral("125.000")));

    // Shipped series: 1,000,000.00 of July 2018 in pesos of December 2024 = × 137.949 / 99.909.
    ComparableOptions std{Mxn, QDate(2024, 12, 1)};
    const Comparable s = makeComparable(Money(100000000, Mxn), QDate(2018, 7, 15), std);
    EXPECT_EQ(s.amount, Money(138074648, Mxn)); // 1,380,746.4793 rounded half away from zero
}

TEST(ImpactSeries, missingInpcMonth_isAnExplicitErrorNotAZeroOrOne)
{
    InpcSeries inpc;
    ASSERT_TRUE(inpc.loadCsv("2023-12,130.000\n2024-12,137.949\n"));
    FixSeries fix;
    ComparableOptions o{Mxn, QDate(2024, 12, 1), &inpc, &fix};
    const Comparable c = makeComparable(Money(100000, Mxn), QDate(2024, 1, 10), o);
    EXPECT_FALSE(c.amount.has_value());
    EXPECT_TRUE(c.error.contains(QStringLiteral("2024-01"))) << c.error.toStdString();
}

TEST(ImpactSeries, badInpcLine_isRefusedWithTheLineNumber)
{
    InpcSeries inpc;
    QString error;
    EXPECT_FALSE(inpc.loadCsv("month,inpc\n2024-13,1.0\n", &error));
    EXPECT_TRUE(error.contains(QStringLiteral("2")));
}

TEST(ImpactSeries, usdProcedure_convertedAtTheFixOfThePreviousBusinessDay)
{
    FixSeries fix;
    ASSERT_TRUE(fix.loadCsv("date,usd_mxn\n2024-03-14,17.0000\n2024-03-15,16.9800\n"));
    InpcSeries inpc;
    ComparableOptions o{Mxn, QDate(), &inpc, &fix};
    // Saturday 16 March 2024: Friday's FIX applies, and the step says so.
    const Comparable c = makeComparable(Money(1000000, Usd), QDate(2024, 3, 16), o);
    ASSERT_TRUE(c.amount.has_value()) << c.error.toStdString();
    EXPECT_EQ(*c.amount, Money(16980000, Mxn)); // 10,000.00 × 16.98
    ASSERT_EQ(c.steps.size(), 1);
    EXPECT_TRUE(c.steps[0].contains(QStringLiteral("2024-03-15")));
    EXPECT_TRUE(c.steps[0].contains(QStringLiteral("16.9800")));

    ComparableOptions toUsd{Usd, QDate(), &inpc, &fix};
    const Comparable back = makeComparable(Money(16980000, Mxn), QDate(2024, 3, 15), toUsd);
    EXPECT_EQ(back.amount, Money(1000000, Usd));
}

TEST(ImpactSeries, noFixForTheDate_isAnExplicitError)
{
    FixSeries fix;
    ASSERT_TRUE(fix.loadCsv("2024-03-01,17.0000\n"));
    InpcSeries inpc;
    ComparableOptions o{Mxn, QDate(), &inpc, &fix};
    const Comparable c = makeComparable(Money(100, Usd), QDate(2024, 3, 20), o); // 19 days later
    EXPECT_FALSE(c.amount.has_value());
    EXPECT_TRUE(c.error.contains(QStringLiteral("2024-03-20")));
}

TEST(ImpactSeries, monthlyAverage_standsInWhenNoDailyRateAndSaysSo)
{
    const auto r = FixSeries::standard().rateFor(QDate(2024, 1, 15));
    ASSERT_TRUE(r.has_value());
    EXPECT_TRUE(r->monthlyAverage);
    EXPECT_EQ(r->scaled, 170700); // 17.07
}

TEST(ImpactSeries, usdInRealTerms_convertsThenDeflates)
{
    InpcSeries inpc;
    ASSERT_TRUE(inpc.loadCsv("2020-01,100.000\n2024-12,150.000\n"));
    FixSeries fix;
    ASSERT_TRUE(fix.loadCsv("2020-01-10,20.0000\n"));
    ComparableOptions o{Mxn, QDate(2024, 12, 1), &inpc, &fix};
    const Comparable c = makeComparable(Money(100000, Usd), QDate(2020, 1, 10), o);
    EXPECT_EQ(c.amount, Money(3000000, Mxn)); // 1,000 USD × 20 = 20,000 MXN × 1.5
    EXPECT_EQ(c.steps.size(), 2);
}
