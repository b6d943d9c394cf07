// SPDX-License-Identifier: GPL-3.0-or-later
// Red flags on synthetic releases (each flag fires on its case and not on a clean one), thresholds
// per regime from data, and the witness's decisions.
#include "domain/dates.h"
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

namespace {

// An open tender that closes (opens the bids) on Monday 22 January 2024 and is awarded on `awardDate`.
Ocds::JNode decidedOn(const char *awardDate, const char *method = "open")
{
    const QString json = QStringLiteral(R"({"ocid":"ocds-x-2","tender":{"procurementMethod":"%1",
      "tenderPeriod":{"startDate":"2024-01-02T00:00:00Z","endDate":"2024-01-22T10:00:00Z"}},
      "awards":[{"id":"1","status":"active","date":"%2T12:00:00Z","suppliers":[{"id":"A","name":"A SA"}]}]})")
                             .arg(QLatin1String(method), QLatin1String(awardDate));
    return release(json.toUtf8().constData());
}

bool decisionFlag(const Ocds::JNode &r, const Procedure &p = Procedure(), const Ocds::FlagRules &rules = Ocds::FlagRules::load())
{
    return codes(r, p, rules).contains(QStringLiteral("decision_period"));
}

// A direct award of goods (unless `category` says otherwise) totalling `amount`, awarded on `date`.
Ocds::JNode directAward(const char *amount, const char *date = "2024-06-10", const char *category = "goods",
                        const char *method = "limited")
{
    const QString json = QStringLiteral(R"({"ocid":"ocds-x-3","tender":{"procurementMethod":"%1","mainProcurementCategory":"%2"},
      "awards":[{"id":"1","status":"active","date":"%3T00:00:00Z","value":{"amount":%4,"currency":"MXN"},"suppliers":[{"id":"A","name":"A SA"}]},
                {"id":"2","status":"cancelled","date":"%3T00:00:00Z","value":{"amount":9999999,"currency":"MXN"},"suppliers":[{"id":"B","name":"B SA"}]}]})")
                             .arg(QLatin1String(method), QLatin1String(category), QLatin1String(date), QLatin1String(amount));
    return release(json.toUtf8().constData());
}

// Caps of a test's own: the shipped file has none (the PEF annex amounts are not in our references).
const QByteArray kCaps = R"({"directAwardCaps":[
  {"year":2024,"regime":"LAASSP-2025","objectKind":"goods_services","amount":"500,000.00","currency":"MXN","source":"test annex"},
  {"year":2024,"objectKind":"goods_services","amount":"100000"},
  {"year":2024,"regime":"LOPSRM","objectKind":"works","amount":"800000.50"},
  {"year":2024,"regime":"LAASSP-2025","objectKind":"goods_services"}]})";

bool capFlag(const Ocds::JNode &r, const QString &regime, const Ocds::FlagRules &rules = Ocds::FlagRules::fromJson(kCaps))
{
    Procedure p;
    p.regime = regime;
    return codes(r, p, rules).contains(QStringLiteral("direct_award_cap"));
}

} // namespace

TEST(OcdsFlags, newFlags_haveTitlesAndTheirOcdsNumbers)
{
    for (const char *code : {"direct_award_cap", "decision_period"}) {
        EXPECT_TRUE(Ocds::flagCodes().contains(QLatin1String(code)));
        EXPECT_NE(Ocds::flagTitle(QLatin1String(code)), QLatin1String(code));
    }
    const auto flags = Ocds::computeRedFlags(decidedOn("2024-01-22"), Procedure(), Ocds::FlagRules::load());
    const auto f = std::find_if(flags.begin(), flags.end(), [](const auto &x) { return x.code == QLatin1String("decision_period"); });
    ASSERT_NE(f, flags.end());
    EXPECT_EQ(f->number, 15);
    // Dates in a flag's detail are written the one way of the UI language (domain/dates.h).
    EXPECT_TRUE(f->detail.contains(QStringLiteral("0 working days from %1").arg(formatDate(QDate(2024, 1, 22)))))
        << f->detail.toStdString();
}

TEST(OcdsFlags, decisionPeriod_shippedRange_firesOnSameDayAndBeyondThirtyWorkingDays)
{
    EXPECT_TRUE(decisionFlag(decidedOn("2024-01-22")));  // decided on the opening day: 0 working days
    EXPECT_FALSE(decisionFlag(decidedOn("2024-01-23"))); // 1
    EXPECT_FALSE(decisionFlag(decidedOn("2024-03-05"))); // 30 working days (5 Feb is a holiday)
    EXPECT_TRUE(decisionFlag(decidedOn("2024-03-06")));  // 31: beyond 40 natural days whatever the calendar
    for (const char *regime : {"LAASSP-2000", "LAASSP-2025", "LOPSRM", "STATE", "VOLUNTARY"}) {
        Procedure p;
        p.regime = QLatin1String(regime);
        EXPECT_TRUE(decisionFlag(decidedOn("2024-03-06"), p)) << regime;
        EXPECT_FALSE(decisionFlag(decidedOn("2024-03-05"), p)) << regime;
    }
}

TEST(OcdsFlags, decisionPeriod_countsWorkingDaysWithHolidays_perRegime)
{
    const auto rules = Ocds::FlagRules::fromJson(R"({"regimes":{"LOPSRM":{"decisionWorkingDays":{"min":2,"max":10}}}})");
    Procedure works;
    works.regime = QStringLiteral("LOPSRM");
    EXPECT_TRUE(decisionFlag(decidedOn("2024-01-23"), works, rules));  // 1 < 2
    EXPECT_FALSE(decisionFlag(decidedOn("2024-01-24"), works, rules)); // 2
    // To Tuesday 6 February: 10 working days only because Monday 5 February (Constitution Day) does not count.
    EXPECT_FALSE(decisionFlag(decidedOn("2024-02-06"), works, rules));
    EXPECT_TRUE(decisionFlag(decidedOn("2024-02-07"), works, rules)); // 11
    // Other regimes keep the default range.
    EXPECT_FALSE(decisionFlag(decidedOn("2024-02-07"), Procedure(), rules));
}

TEST(OcdsFlags, decisionPeriod_silentForDirectAwardsAndAwardsBeforeTheOpening)
{
    EXPECT_FALSE(decisionFlag(decidedOn("2024-01-22", "limited")));
    EXPECT_FALSE(decisionFlag(decidedOn("2024-06-22", "direct")));
    const QStringList c = codes(decidedOn("2024-01-10"));
    EXPECT_FALSE(c.contains(QStringLiteral("decision_period")));
    EXPECT_TRUE(c.contains(QStringLiteral("incoherent_dates")));
}

TEST(OcdsFlags, directAwardCap_noShippedCap_reportsNothing)
{
    EXPECT_FALSE(capFlag(directAward("999999999999"), QStringLiteral("LAASSP-2025"), Ocds::FlagRules::load()));
    EXPECT_FALSE(capFlag(directAward("999999999999", "2019-06-10", "works"), QStringLiteral("LOPSRM"), Ocds::FlagRules::load()));
}

TEST(OcdsFlags, directAwardCap_firesAboveTheCapForItsYearRegimeAndKind)
{
    const QString laassp = QStringLiteral("LAASSP-2025");
    EXPECT_TRUE(capFlag(directAward("500000.01"), laassp));
    EXPECT_FALSE(capFlag(directAward("500000"), laassp)); // at the cap is not above it (cancelled award ignored)
    EXPECT_FALSE(capFlag(directAward("600000", "2023-12-31"), laassp)); // no cap for 2023
    EXPECT_FALSE(capFlag(directAward("600000", "2024-06-10", "goods", "open"), laassp)); // not a direct award
    EXPECT_TRUE(capFlag(directAward("600000", "2024-06-10", "services", "direct"), laassp));
    // Works have their own cap: 800,000.50 under LOPSRM, the kind read from the regime when unpublished.
    EXPECT_FALSE(capFlag(directAward("600000", "2024-06-10", "works"), laassp)); // no works cap for LAASSP-2025
    EXPECT_FALSE(capFlag(directAward("800000.50", "2024-06-10", ""), QStringLiteral("LOPSRM")));
    EXPECT_TRUE(capFlag(directAward("800000.51", "2024-06-10", ""), QStringLiteral("LOPSRM")));
    // A row without a regime covers the others.
    EXPECT_TRUE(capFlag(directAward("100000.01"), QStringLiteral("STATE")));
    EXPECT_FALSE(capFlag(directAward("100000.00"), QStringLiteral("STATE")));
    // The detail names the amounts, the year and the source.
    Procedure p;
    p.regime = laassp;
    const auto flags = Ocds::computeRedFlags(directAward("750000"), p, Ocds::FlagRules::fromJson(kCaps));
    const auto cap = std::find_if(flags.begin(), flags.end(), [](const auto &f) { return f.code == QLatin1String("direct_award_cap"); });
    ASSERT_NE(cap, flags.end());
    EXPECT_EQ(cap->number, 4);
    for (const char *part : {"750000.00", "500000.00", "2024", "test annex"})
        EXPECT_TRUE(cap->detail.contains(QLatin1String(part))) << cap->detail.toStdString();
}
