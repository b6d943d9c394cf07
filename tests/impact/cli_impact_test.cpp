// SPDX-License-Identifier: GPL-3.0-or-later
// testigo-cli impact: JSON and CSV cover every procedure; amounts are exact decimal strings.
#include "cli/cli.h"
#include "filefixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace Testigo;
using namespace Testigo::TestSupport;

namespace {

struct CliRun
{
    int code = -1;
    QString out, err;
};

CliRun impact(const QStringList &args)
{
    CliRun r;
    QTextStream out(&r.out), err(&r.err);
    r.code = Cli::run(QStringList{QStringLiteral("impact")} + args, Cli::Io{out, err});
    out.flush();
    err.flush();
    return r;
}

class CliImpact : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        path = dir.filePath(QStringLiteral("p.testigo"));
        auto r = CaseFile::create(path);
        ASSERT_TRUE(r.file) << r.message.toStdString();
        ASSERT_TRUE(writePortfolio(*r.file)) << r.file->lastError().toStdString();
    }
    QTemporaryDir dir;
    QString path;
};

QJsonObject byNumber(const QJsonArray &rows, const QString &number)
{
    for (const auto &v : rows)
        if (v.toObject().value(QStringLiteral("number")).toString() == number)
            return v.toObject();
    return {};
}

} // namespace

TEST_F(CliImpact, json_hasOneRowPerProcedureWithExactAmountsAndNullsExplained)
{
    const CliRun r = impact({path, QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const QJsonArray rows = root.value(QStringLiteral("procedures")).toArray();
    ASSERT_EQ(rows.size(), 4);
    const QJsonObject multi = byNumber(rows, QStringLiteral("LA-multi"));
    EXPECT_EQ(multi.value(QStringLiteral("reference")).toString(), QStringLiteral("1500000.00"));
    EXPECT_EQ(multi.value(QStringLiteral("awarded")).toString(), QStringLiteral("1360000.00"));
    EXPECT_EQ(multi.value(QStringLiteral("savings")).toString(), QStringLiteral("140000.00"));
    EXPECT_EQ(multi.value(QStringLiteral("savings_percent")).toString(), QStringLiteral("9.33"));
    EXPECT_EQ(multi.value(QStringLiteral("valid_bids")).toInt(), 5);
    EXPECT_EQ(multi.value(QStringLiteral("rejected_bids")).toInt(), 1);
    EXPECT_EQ(multi.value(QStringLiteral("lots")).toArray().size(), 2);

    const QJsonObject desierta = byNumber(rows, QStringLiteral("LA-void"));
    EXPECT_TRUE(desierta.value(QStringLiteral("savings")).isNull());
    EXPECT_FALSE(desierta.value(QStringLiteral("notes")).toArray().isEmpty());

    // Totals in MXN: the USD procedure's 10,000.00 USD savings at the March 2024 FIX (monthly
    // average 16.78 in the shipped series) = 167,800.00 MXN, plus 140,000 + 500,000.
    const QJsonObject totals = root.value(QStringLiteral("totals")).toObject();
    EXPECT_EQ(totals.value(QStringLiteral("procedures")).toInt(), 4);
    EXPECT_EQ(totals.value(QStringLiteral("savings")).toString(), QStringLiteral("807800.00"));
    EXPECT_FALSE(root.value(QStringLiteral("convention")).toObject().value(QStringLiteral("text")).toString().isEmpty());
    const QJsonObject usd = byNumber(rows, QStringLiteral("LA-usd"));
    const QJsonArray steps = usd.value(QStringLiteral("comparable")).toObject().value(QStringLiteral("steps")).toArray();
    ASSERT_EQ(steps.size(), 1);
    EXPECT_TRUE(steps[0].toString().contains(QStringLiteral("2024-03")));
}

TEST_F(CliImpact, csv_hasAHeaderOneRowPerProcedureAndATotalsRow)
{
    const CliRun r = impact({path, QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
    EXPECT_EQ(lines.size(), 1 + 4 + 1);
    EXPECT_TRUE(lines[0].startsWith(QStringLiteral("Number,")));
    EXPECT_TRUE(r.out.contains(QStringLiteral(",140000.00,9.33,")));
}

TEST_F(CliImpact, realTermsInUsd_areConvertedAndTheConventionSaysHow)
{
    const CliRun r = impact({path, QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--real"),
                          QStringLiteral("2024-12"), QStringLiteral("--currency"), QStringLiteral("USD")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const QJsonObject totals = root.value(QStringLiteral("totals")).toObject();
    EXPECT_EQ(totals.value(QStringLiteral("currency")).toString(), QStringLiteral("USD"));
    EXPECT_TRUE(totals.value(QStringLiteral("savings_real")).isString());
    EXPECT_EQ(root.value(QStringLiteral("convention")).toObject().value(QStringLiteral("real_target")).toString(),
              QStringLiteral("2024-12"));
}

TEST_F(CliImpact, realTargetOutsideTheSeries_isAnErrorNamingTheMonth)
{
    const CliRun r = impact({path, QStringLiteral("--real"), QStringLiteral("2031-01")});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("2031-01")));
    EXPECT_EQ(impact({path, QStringLiteral("--currency"), QStringLiteral("EUR")}).code, 2);
}
