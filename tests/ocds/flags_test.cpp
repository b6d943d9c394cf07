// SPDX-License-Identifier: GPL-3.0-or-later
// Red flags on synthetic releases (each flag fires on its case and not on a clean one), thresholds
// per regime from data, and the witness's decisions.
#include "ocds/redflags.h"
#include "ocds_test_support.h"

using namespace Testigo;
using namespace Testigo::TestSupport;

namespace {

Ocds::JNode release(const char *json)
{
    auto n = Ocds::parseJson(json);
    EXPECT_TRUE(n.has_value());
    return n ? *n : Ocds::JNode();
}

QStringList codes(const Ocds::JNode &r, const Procedure &p = Procedure(), const Ocds::FlagRules &rules = Ocds::FlagRules::load())
{
    QStringList out;
    for (const auto &f : Ocds::computeRedFlags(r, p, rules))
        out << f.code;
    return out;
}

// A clean open tender: 20 days, three valid bids well apart, award below estimate, documents.
const char *kClean = R"({"ocid":"ocds-x-1","tender":{"procurementMethod":"open","value":{"amount":1000,"currency":"MXN"},
  "tenderPeriod":{"startDate":"2024-01-01T00:00:00Z","endDate":"2024-01-21T00:00:00Z"},
  "tenderers":[{"id":"A"},{"id":"B"},{"id":"C"}],"documents":[{"documentType":"tenderNotice"}]},
  "parties":[{"id":"A","address":{"streetAddress":"Calle 1","postalCode":"01000"}},{"id":"B","address":{"streetAddress":"Calle 2","postalCode":"01000"}},{"id":"C"}],
  "bids":{"details":[{"tenderers":[{"id":"A"}],"value":{"amount":800},"status":"valid"},{"tenderers":[{"id":"B"}],"value":{"amount":900},"status":"valid"},{"tenderers":[{"id":"C"}],"value":{"amount":950},"status":"valid"}]},
  "awards":[{"id":"1","status":"active","date":"2024-02-01T00:00:00Z","value":{"amount":800,"currency":"MXN"},"suppliers":[{"id":"A","name":"A SA"}],"documents":[{"documentType":"awardNotice"}]}],
  "contracts":[{"id":"c1","awardID":"1","dateSigned":"2024-02-05T00:00:00Z","value":{"amount":800,"currency":"MXN"},"documents":[{"documentType":"contractSigned"}]}]})";

} // namespace

TEST(OcdsFlags, cleanProcedure_raisesNoFlag)
{
    EXPECT_TRUE(codes(release(kClean)).isEmpty()) << codes(release(kClean)).join(QLatin1Char(' ')).toStdString();
}

TEST(OcdsFlags, bidLevelFlags_fireOnTheirCases)
{
    // Lowest bid disqualified, all but the winner disqualified.
    std::string s = kClean;
    auto r = release(R"({"ocid":"ocds-x-1","tender":{"procurementMethod":"open"},
      "bids":{"details":[{"tenderers":[{"id":"A"}],"value":{"amount":700},"status":"disqualified"},{"tenderers":[{"id":"B"}],"value":{"amount":900},"status":"valid"},{"tenderers":[{"id":"C"}],"value":{"amount":905},"status":"disqualified"}]},
      "awards":[{"id":"1","status":"active","value":{"amount":900},"suppliers":[{"id":"B"}]}]})");
    const QStringList c = codes(r);
    EXPECT_TRUE(c.contains(QStringLiteral("lowest_rejected")));
    EXPECT_TRUE(c.contains(QStringLiteral("all_but_winner_rejected")));
    // Identical prices and a narrow gap (0.5 % < 1 %).
    auto r2 = release(R"({"ocid":"ocds-x-1","tender":{"procurementMethod":"open"},
      "bids":{"details":[{"tenderers":[{"id":"A"}],"value":{"amount":1000},"status":"valid"},{"tenderers":[{"id":"B"}],"value":{"amount":1005},"status":"valid"},{"tenderers":[{"id":"C"}],"value":{"amount":1005},"status":"valid"}]},
      "awards":[{"id":"1","status":"active","value":{"amount":1000},"suppliers":[{"id":"A"}]}]})");
    const QStringList c2 = codes(r2);
    EXPECT_TRUE(c2.contains(QStringLiteral("identical_prices")));
    EXPECT_TRUE(c2.contains(QStringLiteral("narrow_gap")));
    EXPECT_FALSE(c2.contains(QStringLiteral("lowest_rejected")));
}

TEST(OcdsFlags, connectedBiddersAndMoneyFlags_fire)
{
    auto r = release(R"({"ocid":"ocds-x-1","tender":{"procurementMethod":"selective","value":{"amount":1000,"currency":"MXN"},
      "tenderers":[{"id":"A"},{"id":"B"}]},
      "parties":[{"id":"A","contactPoint":{"email":"Ventas@Example.com"}},{"id":"B","contactPoint":{"email":"ventas@example.com "}}],
      "awards":[{"id":"1","status":"active","value":{"amount":995,"currency":"MXN"},"suppliers":[{"id":"A","name":"A"}]}],
      "contracts":[{"id":"c1","awardID":"1","value":{"amount":1100,"currency":"MXN"},"amendments":[{"id":"1","rationale":"más metros"}]}]})");
    const QStringList c = codes(r);
    EXPECT_TRUE(c.contains(QStringLiteral("connected_bidders")));
    EXPECT_TRUE(c.contains(QStringLiteral("near_estimate"))); // 0.5 % from the estimate
    EXPECT_TRUE(c.contains(QStringLiteral("cost_overrun")));
    EXPECT_TRUE(c.contains(QStringLiteral("upward_amendment")));
    EXPECT_FALSE(c.contains(QStringLiteral("single_bid")));
}

TEST(OcdsFlags, submissionMinimum_isDataPerRegime)
{
    // 12 days: short under the default 15, fine where a regime's minimum is 10.
    auto r = release(R"({"ocid":"ocds-x-1","tender":{"procurementMethod":"open","tenderPeriod":{"startDate":"2024-01-01T00:00:00Z","endDate":"2024-01-13T00:00:00Z"}}})");
    Procedure p;
    p.regime = QStringLiteral("STATE");
    EXPECT_TRUE(codes(r, p).contains(QStringLiteral("short_submission")));
    const auto rules = Ocds::FlagRules::fromJson(R"({"regimes":{"STATE":{"minSubmissionDays":{"national":10}}}})");
    EXPECT_FALSE(codes(r, p, rules).contains(QStringLiteral("short_submission")));
    p.reducedPeriodJustified = true; // the reduced minimum (10) applies
    EXPECT_FALSE(codes(r, p).contains(QStringLiteral("short_submission")));
}

TEST(OcdsFlags, confirmingAFlag_makesAFinding_dismissingWithdrawsIt)
{
    QTemporaryDir dir;
    auto file = CaseFile::create(dir.filePath(QStringLiteral("c.testigo"))).file;
    ASSERT_TRUE(file);
    ASSERT_TRUE(importInto(*file, {ocdsDataDir() + QStringLiteral("/OCDS-87SD3T-SEFIN-DRM-LPN-007-2015.json")}));
    const Procedure p = file->all<Procedure>().first();
    const auto rules = Ocds::FlagRules::load();
    auto flags = Ocds::computeRedFlags(*file, p, rules);
    ASSERT_FALSE(flags.isEmpty());
    const Ocds::RedFlag single = *std::find_if(flags.begin(), flags.end(), [](const auto &f) { return f.code == QLatin1String("single_bid"); });
    QString findingId;
    ASSERT_TRUE(Ocds::decideFlag(*file, p, single, QStringLiteral("confirmed"), QStringLiteral("Solo un licitante"), &findingId))
        << file->lastError().toStdString();
    ASSERT_FALSE(findingId.isEmpty());
    const auto finding = file->get<Finding>(findingId);
    ASSERT_TRUE(finding);
    EXPECT_TRUE(finding->description.contains(QStringLiteral("Solo un licitante")));
    flags = Ocds::computeRedFlags(*file, p, rules);
    const auto decided = std::find_if(flags.begin(), flags.end(), [](const auto &f) { return f.code == QLatin1String("single_bid"); });
    EXPECT_EQ(decided->decision, QStringLiteral("confirmed"));
    EXPECT_EQ(decided->findingId, findingId);
    ASSERT_TRUE(Ocds::decideFlag(*file, p, single, QStringLiteral("dismissed"), QStringLiteral("Justificado"), nullptr));
    EXPECT_EQ(file->count(QStringLiteral("finding")), 0);
    EXPECT_TRUE(file->verify().ok());
}
