// SPDX-License-Identifier: GPL-3.0-or-later
// Economic metrics on hand-computed procedures (REFERENCE §5.2).
#include "fixtures.h"

#include "domain/doclanguage.h"

#include <gtest/gtest.h>

using namespace Testigo;
using namespace Testigo::TestSupport;

namespace {
Money mxn(qint64 cents) { return Money(cents, QStringLiteral("MXN")); }
ImpactThresholds tenPercent() { return ImpactThresholds{1000}; }
} // namespace

TEST(ImpactMetrics, multiLotProcedure_perLotAndTotalsMatchHandComputation)
{
    const auto m = computeProcedureMetrics(multiLot().in, tenPercent());
    ASSERT_EQ(m.lots.size(), 2);
    const LotMetrics &l1 = m.lots[0];
    EXPECT_EQ(l1.number, 1);
    EXPECT_EQ(l1.meanValidBid, mxn(pesos(950000)));   // (900k + 950k + 1,000k) / 3
    EXPECT_EQ(l1.lowestValidBid, mxn(pesos(900000)));
    EXPECT_EQ(l1.secondValidBid, mxn(pesos(950000)));
    EXPECT_EQ(l1.winnerGapBp, 556);                    // 50k / 900k = 5.5556 %
    EXPECT_EQ(l1.savingsVsReference, mxn(pesos(100000)));
    EXPECT_EQ(l1.savingsPercentBp, 1000);
    EXPECT_EQ(l1.savingsVsBudget, mxn(pesos(300000)));
    EXPECT_EQ(l1.savingsVsMeanBid, mxn(pesos(50000)));
    const LotMetrics &l2 = m.lots[1];
    EXPECT_EQ(l2.winnerGapBp, 435);                    // 20k / 460k = 4.3478 %
    EXPECT_EQ(l2.savingsPercentBp, 800);

    EXPECT_EQ(m.reference, mxn(pesos(1500000)));
    EXPECT_EQ(m.budget, mxn(pesos(1800000)));
    EXPECT_EQ(m.awarded, mxn(pesos(1360000)));
    EXPECT_EQ(m.savings, mxn(pesos(140000)));
    EXPECT_EQ(m.savingsPercentBp, 933);                // 140k / 1.5M = 9.3333 %
    EXPECT_EQ(m.savingsVsBudget, mxn(pesos(440000)));
    EXPECT_EQ(m.bidders, 4);
    EXPECT_EQ(m.validBids, 5);
    EXPECT_EQ(m.rejectedBids, 1);
    EXPECT_EQ(m.daysPublicationToOpening, 19);
    EXPECT_EQ(m.daysOpeningToAward, 14);
    EXPECT_FALSE(m.amendmentsIncrease.has_value()); // no contract yet
}

TEST(ImpactMetrics, rejectedCheapestBid_isLeftOutOfValidBidMetrics)
{
    const auto m = computeProcedureMetrics(multiLot().in, tenPercent());
    const LotMetrics &l1 = m.lots[0];
    EXPECT_EQ(l1.bidders, 4);
    EXPECT_EQ(l1.validBids, 3);
    EXPECT_EQ(l1.rejectedBids, 1);
    // The rejected 800k bid would otherwise be the lowest and pull the mean down to 912.5k.
    EXPECT_EQ(l1.lowestValidBid, mxn(pesos(900000)));
    EXPECT_EQ(l1.meanValidBid, mxn(pesos(950000)));
}

TEST(ImpactMetrics, failedEvaluation_countsAsRejected)
{
    auto b = multiLot();
    b.in.bids[2].economicResult = QStringLiteral("fail"); // C's 1,000k bid on lot 1
    const auto m = computeProcedureMetrics(b.in, tenPercent());
    EXPECT_EQ(m.lots[0].validBids, 2);
    EXPECT_EQ(m.lots[0].meanValidBid, mxn(pesos(925000)));
}

TEST(ImpactMetrics, contractsAndAmendments_contractAmountIsTheAwardedAmount)
{
    auto b = multiLot();
    const QString c = b.contract(pesos(890000), QStringLiteral("MXN"), b.in.bidders[0].id); // A, lot 1
    b.contract(pesos(460000), QStringLiteral("MXN"), b.in.bidders[1].id);                   // B, lot 2
    b.amendment(c, pesos(135000));
    const auto m = computeProcedureMetrics(b.in, tenPercent());
    EXPECT_EQ(m.awarded, mxn(pesos(1350000)));
    EXPECT_EQ(m.savings, mxn(pesos(150000)));
    EXPECT_EQ(m.amendmentsIncrease, mxn(pesos(135000)));
    EXPECT_EQ(m.amendmentPercentBp, 1000);
}

TEST(ImpactMetrics, ocdsStyleTenderValueAndContract_savingsIsReferenceMinusContract)
{
    InputBuilder b(QStringLiteral("ocds"));
    b.lot(1, 0, pesos(2000000)); // tender value as reference, no budget, no bids or awards
    b.contract(pesos(1750000));
    const auto m = computeProcedureMetrics(b.in, tenPercent());
    EXPECT_EQ(m.savings, mxn(pesos(250000)));
    EXPECT_EQ(m.savingsPercentBp, 1250);
    EXPECT_FALSE(m.savingsVsBudget.has_value());
    EXPECT_FALSE(m.notes.isEmpty()); // no budget, no dates: said, not zero
}

TEST(ImpactMetrics, desierta_givesNullSavingsWithANote)
{
    InputBuilder b(QStringLiteral("void"));
    const QString l = b.lot(1, pesos(500000), pesos(400000));
    b.bid(l, b.bidder(QStringLiteral("A")), pesos(700000), true);
    b.award(l, QString(), 0, QDate(2023, 6, 1), true);
    const auto m = computeProcedureMetrics(b.in, tenPercent());
    EXPECT_TRUE(m.voidProcedure);
    EXPECT_TRUE(m.lots[0].voidLot);
    EXPECT_FALSE(m.awarded.has_value());
    EXPECT_FALSE(m.savings.has_value());
    EXPECT_FALSE(m.savingsPercentBp.has_value());
    EXPECT_TRUE(metricNoteTexts(m.notes).join(QLatin1Char(' ')).contains(QStringLiteral("void")));
}

TEST(ImpactMetrics, oneVoidLotOfTwo_isLeftOutOfTheSavingsBase)
{
    auto b = multiLot();
    b.in.awards.removeLast();
    b.award(b.in.lots[1].id, QString(), 0, QDate(2024, 4, 3), true);
    const auto m = computeProcedureMetrics(b.in, tenPercent());
    EXPECT_EQ(m.awarded, mxn(pesos(900000)));
    EXPECT_EQ(m.savings, mxn(pesos(100000)));     // lot 1 only, not 1.5M − 0.9M
    EXPECT_EQ(m.savingsBase, mxn(pesos(1000000)));
    EXPECT_EQ(m.savingsPercentBp, 1000);
}

TEST(ImpactMetrics, precioNoAceptable_exactlyTenPercentIsAcceptableOneCentMoreIsNot)
{
    const qint64 ref = pesos(1000000);
    EXPECT_FALSE(isUnacceptablePrice(pesos(1100000), 0, ref, 1000));
    EXPECT_TRUE(isUnacceptablePrice(pesos(1100000) + 1, 0, ref, 1000));
    // Above the budget is unacceptable even under the 10 %.
    EXPECT_TRUE(isUnacceptablePrice(pesos(1050000) + 1, pesos(1050000), ref, 1000));
    EXPECT_FALSE(isUnacceptablePrice(pesos(1050000), pesos(1050000), ref, 1000));

    InputBuilder b;
    const QString l = b.lot(1, 0, ref);
    const QString ok = b.bid(l, b.bidder(QStringLiteral("A")), pesos(1100000));
    const QString over = b.bid(l, b.bidder(QStringLiteral("B")), pesos(1100000) + 1);
    const auto m = computeProcedureMetrics(b.in, tenPercent());
    EXPECT_EQ(m.lots[0].unacceptableBidIds, QStringList{over});
    EXPECT_FALSE(m.lots[0].unacceptableBidIds.contains(ok));
}

// Found by tests/fuzz/fuzz_datafiles: a thresholds.json whose threshold is near the 64-bit limit
// made every bid "unacceptable" (10000 + threshold overflowed and turned negative).
TEST(ImpactMetrics, thresholdNearTheInt64Limit_acceptsEveryBidUnderTheBudget)
{
    const ImpactThresholds t = ImpactThresholds::fromJson(
        QByteArrayLiteral(R"({"unacceptable_over_reference_bp": 9223372036854774784})"), ImpactThresholds());
    ASSERT_EQ(t.unacceptableOverReferenceBp, 9223372036854774784LL);
    EXPECT_FALSE(isUnacceptablePrice(pesos(5000000), 0, pesos(1000000), t.unacceptableOverReferenceBp));
    EXPECT_TRUE(isUnacceptablePrice(pesos(5000000), pesos(4000000), pesos(1000000), t.unacceptableOverReferenceBp));
}

TEST(ImpactMetrics, shippedThreshold_isTenPercent)
{
    EXPECT_EQ(ImpactThresholds::load().unacceptableOverReferenceBp, 1000);
}

TEST(ImpactMetrics, singleValidBid_hasNoGapAndSaysWhy)
{
    InputBuilder b;
    const QString l = b.lot(1, pesos(100), pesos(100));
    b.bid(l, b.bidder(QStringLiteral("A")), pesos(90));
    const auto m = computeProcedureMetrics(b.in, tenPercent());
    EXPECT_FALSE(m.lots[0].winnerGapBp.has_value());
    EXPECT_FALSE(m.lots[0].notes.isEmpty());
    EXPECT_FALSE(m.savings.has_value()); // no award
}

TEST(ImpactMetrics, contractInAnotherCurrency_leavesSavingsNullWithANote)
{
    InputBuilder b(QStringLiteral("mixed"));
    b.lot(1, 0, pesos(402636));
    b.contract(pesos(20648), QStringLiteral("USD"));
    const auto m = computeProcedureMetrics(b.in, tenPercent());
    EXPECT_FALSE(m.awarded.has_value());
    EXPECT_FALSE(m.savings.has_value());
    EXPECT_FALSE(m.voidProcedure);
    EXPECT_TRUE(metricNoteTexts(m.notes).join(QLatin1Char(' ')).contains(QStringLiteral("USD")));
}

// Issue 13, defect 2: with contracts signed lot by lot, the awarded amount was the sum of the
// contracts while the base kept every lot (savings 1,100,000.00, 55 %).
TEST(ImpactLots, oneContractOfTwoLots_lotsReachTheirContractOrAward)
{
    InputBuilder b(QStringLiteral("issue13"));
    const QString l1 = b.lot(1, pesos(1000000), pesos(1000000));
    const QString l2 = b.lot(2, pesos(1000000), pesos(1000000));
    const QString x = b.bidder(QStringLiteral("X")), y = b.bidder(QStringLiteral("Y"));
    b.award(l1, x, pesos(900000), QDate(2024, 5, 2));
    b.award(l2, y, pesos(950000), QDate(2024, 5, 2));
    b.contract(pesos(900000), QStringLiteral("MXN"), x);
    const auto m = computeProcedureMetrics(b.in, tenPercent());
    EXPECT_EQ(m.awarded, mxn(pesos(1850000)));
    EXPECT_EQ(m.savings, mxn(pesos(150000)));
    EXPECT_EQ(m.savingsPercentBp, 750);
    EXPECT_EQ(m.savingsVsBudget, mxn(pesos(150000)));
    EXPECT_TRUE(m.lots[0].reachedByContract);
    EXPECT_FALSE(m.lots[1].reachedByContract);
    EXPECT_EQ(m.lots[1].reached, mxn(pesos(950000)));
}

TEST(ImpactLots, aContractCoveringTwoLots_isComparedWithTheirSumAndSplitByTheirAwards)
{
    InputBuilder b(QStringLiteral("two"));
    const QString l1 = b.lot(1, pesos(1000000), pesos(1000000));
    const QString l2 = b.lot(2, pesos(500000), pesos(500000));
    const QString x = b.bidder(QStringLiteral("X"));
    b.award(l1, x, pesos(800000), QDate(2024, 5, 2));
    b.award(l2, x, pesos(400000), QDate(2024, 5, 2));
    b.contract(pesos(1260000), QStringLiteral("MXN"), x); // 5 % above the two awards
    const auto m = computeProcedureMetrics(b.in, tenPercent());
    EXPECT_EQ(m.awarded, mxn(pesos(1260000)));
    EXPECT_EQ(m.savings, mxn(pesos(240000)));
    EXPECT_EQ(m.lots[0].reached, mxn(pesos(840000))); // 2/3 of the contract
    EXPECT_EQ(m.lots[1].reached, mxn(pesos(420000)));
}

// Issue 13, defect 2: a lot still pending counted its budget as saved.
TEST(ImpactLots, aLotNotYetAwarded_isLeftOutOfBothSides_andNamed)
{
    InputBuilder b(QStringLiteral("pending"));
    const QString l1 = b.lot(1, pesos(1200000), pesos(1000000));
    b.lot(2, pesos(700000), pesos(600000));
    b.award(l1, b.bidder(QStringLiteral("X")), pesos(900000), QDate(2024, 5, 2));
    const auto m = computeProcedureMetrics(b.in, tenPercent());
    EXPECT_EQ(m.awarded, mxn(pesos(900000)));
    EXPECT_EQ(m.savings, mxn(pesos(100000)));
    EXPECT_EQ(m.savingsBase, mxn(pesos(1000000)));
    EXPECT_EQ(m.savingsPercentBp, 1000);
    EXPECT_EQ(m.savingsVsBudget, mxn(pesos(300000))); // not 1,900,000 − 900,000
    EXPECT_EQ(m.budgetBase, mxn(pesos(1200000)));
    EXPECT_EQ(m.notYetAwardedLots, QList<int>{2});
    EXPECT_TRUE(m.lots[1].notYetAwarded);
    bool named = false;
    for (const MetricNote &n : m.notes)
        named |= n.kind == MetricNote::Kind::NotAwardedLotsExcluded && n.lots == QList<int>{2};
    EXPECT_TRUE(named);
}

// Issue 13, defect 1: bids with every result pending counted as solvent.
TEST(ImpactLots, pendingEvaluations_areNeitherSolventNorRejected)
{
    InputBuilder b(QStringLiteral("eval"));
    const QString l = b.lot(1, pesos(1000000), pesos(1000000));
    for (const char *name : {"A", "B", "C"}) {
        b.bid(l, b.bidder(QString::fromLatin1(name)), pesos(900000));
        b.in.bids.last().technicalResult = b.in.bids.last().economicResult = QStringLiteral("pending");
    }
    b.in.bids[0].technicalResult = QStringLiteral("pass"); // economic result still pending
    const auto m = computeProcedureMetrics(b.in, tenPercent());
    EXPECT_EQ(m.validBids, 0);
    EXPECT_EQ(m.rejectedBids, 0);
    EXPECT_EQ(m.pendingBids, 3);
    EXPECT_FALSE(m.lots[0].lowestValidBid.has_value());
}

// Issue 14: the notes are data, translated by whoever shows them.
TEST(ImpactLots, notesAreStructured_andTranslatedByTheDocumentsLanguage)
{
    InputBuilder b(QStringLiteral("lang"));
    b.lot(1, pesos(1000000), pesos(1000000));
    const auto m = computeProcedureMetrics(b.in, tenPercent());
    bool notAwarded = false;
    for (const MetricNote &n : m.notes)
        notAwarded |= n.kind == MetricNote::Kind::LotNotAwarded && n.lotNumber == 1;
    ASSERT_TRUE(notAwarded);
    const QStringList es = metricNoteTexts(m.notes, DocLanguage(QStringLiteral("es")));
    const QStringList en = metricNoteTexts(m.notes, DocLanguage(QStringLiteral("en")));
    EXPECT_TRUE(en.contains(QStringLiteral("Lot 1: no award recorded."))) << en.join(QLatin1Char('|')).toStdString();
    EXPECT_FALSE(es.contains(QStringLiteral("Lot 1: no award recorded."))) << es.join(QLatin1Char('|')).toStdString();
}
