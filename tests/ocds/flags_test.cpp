// SPDX-License-Identifier: GPL-3.0-or-later
// Red flags on synthetic releases (each flag fires on its case and not on a clean one), thresholds
// per regime from data, and the witness's decisions.
#include "domain/dates.h"
#include "ocds/redflags.h"
#include "ocds_test_support.h"
#include "domain/events.h"
#include "rules/calendar.h"

#include <algorithm>

using namespace Testigo;
using namespace Testigo::TestSupport;

namespace {

Ocds::JNode release(const char *json)
{
    auto n = Ocds::parseJson(json);
    EXPECT_TRUE(n.has_value());
    return n ? *n : Ocds::JNode();
}

QStringList codes(const Ocds::JNode &r, const Procedure &p = Procedure(),
    const Ocds::FlagRules &rules = Ocds::FlagRules::load())
{
    QStringList out;
    for (const auto &f : Ocds::computeRedFlags(r, p, rules))
        out << f.code;
    return out;
}

// A clean open tender: 20 days, three valid bids well apart, award below estimate, documents.
const char *kClean
    = R"({"ocid":"ocds-x-1","tender":{"procurementMethod":"open","value":{"amount":1000,"currency":"MXN"},
  "tenderPeriod":{"startDate":"2024-01-01T00:00:00Z","endDate":"2024-01-21T00:00:00Z"},
  "tenderers":[{"id":"A"},{"id":"B"},{"id":"C"}],"documents":[{"documentType":"tenderNotice"}]},
  "parties":[{"id":"A","address":{"streetAddress":"Calle 1","postalCode":"01000"}},{"id":"B","address":{"streetAddress":"Calle 2","postalCode":"01000"}},{"id":"C"}],
  "bids":{"details":[{"tenderers":[{"id":"A"}],"value":{"amount":800},"status":"valid"},{"tenderers":[{"id":"B"}],"value":{"amount":900},"status":"valid"},{"tenderers":[{"id":"C"}],"value":{"amount":950},"status":"valid"}]},
  "awards":[{"id":"1","status":"active","date":"2024-02-01T00:00:00Z","value":{"amount":800,"currency":"MXN"},"suppliers":[{"id":"A","name":"A SA"}],"documents":[{"documentType":"awardNotice"}]}],
  "contracts":[{"id":"c1","awardID":"1","dateSigned":"2024-02-05T00:00:00Z","value":{"amount":800,"currency":"MXN"},"documents":[{"documentType":"contractSigned"}]}]})";

} // namespace

TEST(OcdsFlags, cleanProcedure_raisesNoFlag)
{
    EXPECT_TRUE(codes(release(kClean)).isEmpty())
        << codes(release(kClean)).join(QLatin1Char(' ')).toStdString();
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
    auto r = release(
        R"({"ocid":"ocds-x-1","tender":{"procurementMethod":"selective","value":{"amount":1000,"currency":"MXN"},
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

namespace {
// A competitive tender published on `start` whose bids open `days` natural days later.
Ocds::JNode submission(const QDate &start, int days, const char *method = "open")
{
    const QString json = QStringLiteral(R"({"ocid":"ocds-x-9","tender":{"procurementMethod":"%1",
      "tenderPeriod":{"startDate":"%2T00:00:00Z","endDate":"%3T00:00:00Z"}}})")
                             .arg(QLatin1String(method), start.toString(Qt::ISODate),
                                 start.addDays(days).toString(Qt::ISODate));
    return release(json.toUtf8().constData());
}

Procedure tenderOf(const QString &regime, const QString &type = QStringLiteral("open_tender"),
    const QString &character = QStringLiteral("national"))
{
    Procedure p;
    p.regime = regime;
    p.type = type;
    p.character = character;
    return p;
}

bool shortSubmission(const Ocds::JNode &r, const Procedure &p)
{
    return codes(r, p).contains(QStringLiteral("short_submission"));
}
} // namespace

// The minimum is the clock rule's, of the version of the law in force: both sides per version.
TEST(OcdsFlags, submissionMinimum_isTheClockRulesOfTheVersionInForce)
{
    for (const QDate &start : {QDate(2005, 3, 1), QDate(2015, 3, 2), QDate(2025, 6, 2)}) {
        const Procedure goods = tenderOf(QStringLiteral("LAASSP-2000"));
        EXPECT_FALSE(shortSubmission(submission(start, 15), goods)) << start.year();
        EXPECT_TRUE(shortSubmission(submission(start, 14), goods)) << start.year();
        Procedure reduced = goods;
        reduced.reducedPeriodJustified = true; // the justified reduction (10) applies
        EXPECT_FALSE(shortSubmission(submission(start, 10), reduced)) << start.year();
        EXPECT_TRUE(shortSubmission(submission(start, 9), reduced)) << start.year();
    }
    // A state regime without clocks raises no legal-period flag.
    EXPECT_FALSE(shortSubmission(submission(QDate(2024, 1, 1), 3), tenderOf(QStringLiteral("STATE"))));
}

// Issue 13, defect 4: "the minimum is 40" under treaties for the LAASSP (the law says 20).
TEST(OcdsFlags, laasspTreaties_twentyTwoDays_isNoFlag_asTheClockSays)
{
    const Procedure p = tenderOf(QStringLiteral("LAASSP-2000"), QStringLiteral("open_tender"),
        QStringLiteral("international_treaties"));
    EXPECT_FALSE(shortSubmission(submission(QDate(2008, 9, 1), 22), p));
    EXPECT_FALSE(shortSubmission(submission(QDate(2008, 9, 1), 20), p));
    EXPECT_TRUE(shortSubmission(submission(QDate(2008, 9, 1), 19), p));
}

// Issue 13, defect 4: a restricted invitation was judged by the open tender's minimum.
TEST(OcdsFlags, restrictedInvitation_isNotJudgedByTheOpenTendersMinimum)
{
    const Procedure invitation
        = tenderOf(QStringLiteral("LAASSP-2000"), QStringLiteral("restricted_invitation"));
    EXPECT_FALSE(shortSubmission(submission(QDate(2010, 2, 15), 8, "selective"), invitation));
    // Under the 2025 law the invitation has its own period (5 natural days, LAASSP art. 56).
    const Procedure invitation25
        = tenderOf(QStringLiteral("LAASSP-2025"), QStringLiteral("restricted_invitation"));
    EXPECT_FALSE(shortSubmission(submission(QDate(2025, 6, 2), 5, "selective"), invitation25));
    EXPECT_TRUE(shortSubmission(submission(QDate(2025, 6, 2), 4, "selective"), invitation25));
}

// Issue 13, defect 4: LOPSRM national tenders were flagged at 15 days while the clock uses 10.
TEST(OcdsFlags, lopsrmNational_tenDays_isNoFlag)
{
    const Procedure works = tenderOf(QStringLiteral("LOPSRM"));
    for (const QDate &start : {QDate(2012, 4, 2), QDate(2025, 6, 2)}) {
        EXPECT_FALSE(shortSubmission(submission(start, 10), works)) << start.year();
        EXPECT_TRUE(shortSubmission(submission(start, 9), works)) << start.year();
    }
}

TEST(OcdsFlags, confirmingAFlag_makesAFinding_dismissingWithdrawsIt)
{
    QTemporaryDir dir;
    auto file = CaseFile::create(dir.filePath(QStringLiteral("c.testigo"))).file;
    ASSERT_TRUE(file);
    ASSERT_TRUE(
        importInto(*file, {ocdsDataDir() + QStringLiteral("/OCDS-87SD3T-SEFIN-DRM-LPN-007-2015.json")}));
    const Procedure p = file->all<Procedure>().first();
    const auto rules = Ocds::FlagRules::load();
    auto flags = Ocds::computeRedFlags(*file, p, rules);
    ASSERT_FALSE(flags.isEmpty());
    const Ocds::RedFlag single = *std::find_if(
        flags.begin(), flags.end(), [](const auto &f) { return f.code == QLatin1String("single_bid"); });
    QString findingId;
    ASSERT_TRUE(Ocds::decideFlag(
        *file, p, single, QStringLiteral("confirmed"), QStringLiteral("Solo un licitante"), &findingId))
        << file->lastError().toStdString();
    ASSERT_FALSE(findingId.isEmpty());
    const auto finding = file->get<Finding>(findingId);
    ASSERT_TRUE(finding);
    EXPECT_TRUE(finding->description.contains(QStringLiteral("Solo un licitante")));
    flags = Ocds::computeRedFlags(*file, p, rules);
    const auto decided = std::find_if(
        flags.begin(), flags.end(), [](const auto &f) { return f.code == QLatin1String("single_bid"); });
    EXPECT_EQ(decided->decision, QStringLiteral("confirmed"));
    EXPECT_EQ(decided->findingId, findingId);
    ASSERT_TRUE(Ocds::decideFlag(
        *file, p, single, QStringLiteral("dismissed"), QStringLiteral("Justificado"), nullptr));
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

bool decisionFlag(const Ocds::JNode &r, const Procedure &p = Procedure(),
    const Ocds::FlagRules &rules = Ocds::FlagRules::load())
{
    return codes(r, p, rules).contains(QStringLiteral("decision_period"));
}

// A direct award of goods (unless `category` says otherwise) totalling `amount`, awarded on `date`.
Ocds::JNode directAward(const char *amount, const char *date = "2024-06-10", const char *category = "goods",
    const char *method = "limited")
{
    const QString json = QStringLiteral(
        R"({"ocid":"ocds-x-3","tender":{"procurementMethod":"%1","mainProcurementCategory":"%2"},
      "awards":[{"id":"1","status":"active","date":"%3T00:00:00Z","value":{"amount":%4,"currency":"MXN"},"suppliers":[{"id":"A","name":"A SA"}]},
                {"id":"2","status":"cancelled","date":"%3T00:00:00Z","value":{"amount":9999999,"currency":"MXN"},"suppliers":[{"id":"B","name":"B SA"}]}]})")
                             .arg(QLatin1String(method), QLatin1String(category), QLatin1String(date),
                                 QLatin1String(amount));
    return release(json.toUtf8().constData());
}

// Caps of a test's own: the shipped file has none (the PEF annex amounts are not in our references).
const QByteArray kCaps = R"({"directAwardCaps":[
  {"year":2024,"regime":"LAASSP-2025","objectKind":"goods_services","amount":"500,000.00","currency":"MXN","source":"test annex"},
  {"year":2024,"objectKind":"goods_services","amount":"100000"},
  {"year":2024,"regime":"LOPSRM","objectKind":"works","amount":"800000.50"},
  {"year":2024,"regime":"LAASSP-2025","objectKind":"goods_services"}]})";

bool capFlag(const Ocds::JNode &r, const QString &regime,
    const Ocds::FlagRules &rules = Ocds::FlagRules::fromJson(kCaps))
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
    const auto f = std::find_if(
        flags.begin(), flags.end(), [](const auto &x) { return x.code == QLatin1String("decision_period"); });
    ASSERT_NE(f, flags.end());
    EXPECT_EQ(f->number, 15);
    // Dates in a flag's detail are written the one way of the UI language (domain/dates.h).
    EXPECT_TRUE(
        f->detail.contains(QStringLiteral("0 working days from %1").arg(formatDate(QDate(2024, 1, 22)))))
        << f->detail.toStdString();
}

// The latest lawful fallo is the clock's: 20 natural days plus the 20-day extension after the opening.
TEST(OcdsFlags, decisionPeriod_firesOnTheSameDay_andBeyondTheClocksExtendedDeadline)
{
    EXPECT_TRUE(decisionFlag(decidedOn("2024-01-22"))); // decided on the opening day: 0 working days
    EXPECT_FALSE(decisionFlag(decidedOn("2024-01-23"))); // 1
    for (const char *regime : {"LAASSP-2000", "LAASSP-2025", "LOPSRM", "VOLUNTARY"}) {
        Procedure p;
        p.regime = QLatin1String(regime);
        EXPECT_FALSE(decisionFlag(decidedOn("2024-03-02"), p)) << regime; // 40 natural days
        EXPECT_TRUE(decisionFlag(decidedOn("2024-03-03"), p)) << regime; // 41
    }
    Procedure state;
    state.regime = QStringLiteral("STATE"); // no legal period known: only the same-day check
    EXPECT_FALSE(decisionFlag(decidedOn("2024-06-03"), state));
}

TEST(OcdsFlags, decisionPeriod_minimumCountsWorkingDaysWithHolidays_perRegime)
{
    const auto rules
        = Ocds::FlagRules::fromJson(R"({"regimes":{"LOPSRM":{"decisionWorkingDays":{"min":2}}}})");
    Procedure works;
    works.regime = QStringLiteral("LOPSRM");
    EXPECT_TRUE(decisionFlag(decidedOn("2024-01-23"), works, rules)); // 1 < 2
    EXPECT_FALSE(decisionFlag(decidedOn("2024-01-24"), works, rules)); // 2
    // Other regimes keep the default minimum.
    EXPECT_FALSE(decisionFlag(decidedOn("2024-01-23"), Procedure(), rules));
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
    EXPECT_FALSE(
        capFlag(directAward("999999999999"), QStringLiteral("LAASSP-2025"), Ocds::FlagRules::load()));
    EXPECT_FALSE(capFlag(directAward("999999999999", "2019-06-10", "works"), QStringLiteral("LOPSRM"),
        Ocds::FlagRules::load()));
}

TEST(OcdsFlags, directAwardCap_firesAboveTheCapForItsYearRegimeAndKind)
{
    const QString laassp = QStringLiteral("LAASSP-2025");
    EXPECT_TRUE(capFlag(directAward("500000.01"), laassp));
    EXPECT_FALSE(
        capFlag(directAward("500000"), laassp)); // at the cap is not above it (cancelled award ignored)
    EXPECT_FALSE(capFlag(directAward("600000", "2023-12-31"), laassp)); // no cap for 2023
    EXPECT_FALSE(capFlag(directAward("600000", "2024-06-10", "goods", "open"), laassp)); // not a direct award
    EXPECT_TRUE(capFlag(directAward("600000", "2024-06-10", "services", "direct"), laassp));
    // Works have their own cap: 800,000.50 under LOPSRM, the kind read from the regime when unpublished.
    EXPECT_FALSE(
        capFlag(directAward("600000", "2024-06-10", "works"), laassp)); // no works cap for LAASSP-2025
    EXPECT_FALSE(capFlag(directAward("800000.50", "2024-06-10", ""), QStringLiteral("LOPSRM")));
    EXPECT_TRUE(capFlag(directAward("800000.51", "2024-06-10", ""), QStringLiteral("LOPSRM")));
    // A row without a regime covers the others.
    EXPECT_TRUE(capFlag(directAward("100000.01"), QStringLiteral("STATE")));
    EXPECT_FALSE(capFlag(directAward("100000.00"), QStringLiteral("STATE")));
    // The detail names the amounts, the year and the source.
    Procedure p;
    p.regime = laassp;
    const auto flags = Ocds::computeRedFlags(directAward("750000"), p, Ocds::FlagRules::fromJson(kCaps));
    const auto cap = std::find_if(flags.begin(), flags.end(),
        [](const auto &f) { return f.code == QLatin1String("direct_award_cap"); });
    ASSERT_NE(cap, flags.end());
    EXPECT_EQ(cap->number, 4);
    for (const char *part : {"750000.00", "500000.00", "2024", "test annex"})
        EXPECT_TRUE(cap->detail.contains(QLatin1String(part))) << cap->detail.toStdString();
}

namespace {
// Awards to one supplier for two lots (500 and 600) and contracts as given (amount, awardID).
Ocds::JNode contractsOf(const QString &contracts, const char *date = "2025-06-02")
{
    const QString json
        = QStringLiteral(R"({"ocid":"ocds-x-7","date":"%1T00:00:00Z","tender":{"procurementMethod":"open",
      "tenderPeriod":{"startDate":"%1T00:00:00Z"}},
      "awards":[{"id":"a1","status":"active","value":{"amount":500,"currency":"MXN"},"suppliers":[{"id":"A","name":"A SA"}]},
                {"id":"a2","status":"active","value":{"amount":600,"currency":"MXN"},"suppliers":[{"id":"A","name":"A SA"}]}],
      "contracts":[%2]})")
              .arg(QLatin1String(date), contracts);
    return release(json.toUtf8().constData());
}

bool amendmentFlag(const Ocds::JNode &r, const QString &regime, const QString &objectKind)
{
    Procedure p;
    p.regime = regime;
    p.type = QStringLiteral("open_tender");
    p.objectKind = objectKind;
    return codes(r, p).contains(QStringLiteral("upward_amendment"));
}
} // namespace

// Issue 13, defect 4: one contract for two lots was compared with the second lot's award alone.
TEST(OcdsFlags, amendment_aContractForTwoLots_isComparedWithBothAwards)
{
    const auto r = contractsOf(
        QStringLiteral(R"({"id":"c1","awardID":"a2","value":{"amount":1100,"currency":"MXN"}})"));
    EXPECT_FALSE(amendmentFlag(r, QStringLiteral("LAASSP-2025"), QStringLiteral("goods")));
    EXPECT_FALSE(amendmentFlag(r, QStringLiteral("LOPSRM"), QStringLiteral("works")));
    // Two contracts, one per award: each is compared with its own award.
    const auto two
        = contractsOf(QStringLiteral(R"({"id":"c1","awardID":"a1","value":{"amount":500,"currency":"MXN"}},
                                                   {"id":"c2","awardID":"a2","value":{"amount":650,"currency":"MXN"}})"));
    EXPECT_TRUE(
        amendmentFlag(two, QStringLiteral("LOPSRM"), QStringLiteral("works"))); // 650 > 600, no ceiling known
}

// Issue 13, defect 4: any increase raised the flag; the 20 % ceiling for goods was not checked.
TEST(OcdsFlags, amendment_goods_flaggedOnlyBeyondTheTwentyPercentCeiling)
{
    const auto at = [](const char *amount) {
        return contractsOf(QStringLiteral(R"({"id":"c1","awardID":"a2","value":{"amount":%1,"currency":"MXN"},
                                              "amendments":[{"id":"m1","rationale":"más piezas"}]})")
                               .arg(QLatin1String(amount)));
    };
    EXPECT_FALSE(
        amendmentFlag(at("1320"), QStringLiteral("LAASSP-2025"), QStringLiteral("goods"))); // +20 % of 1,100
    EXPECT_TRUE(amendmentFlag(at("1320.01"), QStringLiteral("LAASSP-2025"), QStringLiteral("goods")));
    EXPECT_FALSE(amendmentFlag(
        at("1100"), QStringLiteral("LAASSP-2025"), QStringLiteral("goods"))); // amended, no increase
    const auto flags = Ocds::computeRedFlags(
        at("1400"),
        [] {
            Procedure p;
            p.regime = QStringLiteral("LAASSP-2025");
            p.objectKind = QStringLiteral("goods");
            return p;
        }(),
        Ocds::FlagRules::load());
    const auto f = std::find_if(flags.begin(), flags.end(),
        [](const auto &x) { return x.code == QLatin1String("upward_amendment"); });
    ASSERT_NE(f, flags.end());
    EXPECT_TRUE(f->detail.contains(QStringLiteral("LAASSP art. 74"))) << f->detail.toStdString();
    // Works have no ceiling in the reference: any increase is a lead.
    EXPECT_TRUE(amendmentFlag(at("1100.01"), QStringLiteral("LOPSRM"), QStringLiteral("works")));
}

// A decree day (Holy Thursday where the agency closed) is no working day for the flags either, so
// the decision-period flag and the clocks count the same days.
TEST(OcdsFlags, decisionPeriod_countsDecreeDays_likeTheClocks)
{
    BusinessCalendar decree = BusinessCalendar::standard();
    decree.addHoliday(QDate(2024, 1, 23));
    const auto flagged = [](const QList<Ocds::RedFlag> &flags) {
        return std::any_of(flags.begin(), flags.end(),
            [](const Ocds::RedFlag &f) { return f.code == QLatin1String("decision_period"); });
    };
    const auto rules = Ocds::FlagRules::load();
    EXPECT_FALSE(flagged(Ocds::computeRedFlags(decidedOn("2024-01-23"), Procedure(), rules)));
    EXPECT_TRUE(flagged(Ocds::computeRedFlags(decidedOn("2024-01-23"), Procedure(), rules, &decree)));

    // Through the case file: the decree day recorded there is counted.
    QTemporaryDir dir;
    const QString json = dir.filePath(QStringLiteral("r.json"));
    QFile out(json);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(R"({"ocid":"ocds-x-9","id":"ocds-x-9-1","date":"2024-01-23T12:00:00Z","tag":["award"],
      "tender":{"id":"t","procurementMethod":"open",
      "tenderPeriod":{"startDate":"2024-01-02T00:00:00Z","endDate":"2024-01-22T10:00:00Z"}},
      "awards":[{"id":"1","status":"active","date":"2024-01-23T12:00:00Z","suppliers":[{"id":"A","name":"A SA"}]}]})");
    out.close();
    auto file = CaseFile::create(dir.filePath(QStringLiteral("c.testigo"))).file;
    ASSERT_TRUE(file);
    QString error;
    ASSERT_TRUE(importInto(*file, {json}, nullptr, &error)) << error.toStdString();
    const Procedure p = file->all<Procedure>().value(0);
    EXPECT_FALSE(flagged(Ocds::computeRedFlags(*file, p, rules)));
    DecreeDay day;
    day.date = QDate(2024, 1, 23);
    day.description = QStringLiteral("Día inhábil por acuerdo");
    ASSERT_TRUE(file->insert(day)) << file->lastError().toStdString();
    EXPECT_TRUE(flagged(Ocds::computeRedFlags(*file, p, rules)));
}

TEST(OcdsFlags, methodDetails_fromTheRulesData_markInvitationsAndDirectAwards_inAnyCase)
{
    const auto withDetails = [](const char *details) {
        return release(QStringLiteral(R"({"ocid":"ocds-x-4","tender":{"procurementMethod":"selective",
            "procurementMethodDetails":"%1"}})")
                           .arg(QString::fromUtf8(details))
                           .toUtf8()
                           .constData());
    };
    const Ocds::JNode invitation = withDetails("Invitación a cuando menos tres personas");
    const Ocds::JNode direct = withDetails("ADJUDICACIÓN DIRECTA POR MONTO");
    const Ocds::JNode tender = withDetails("Licitación Pública Nacional");

    EXPECT_TRUE(codes(invitation).contains(QStringLiteral("non_open")));
    EXPECT_TRUE(codes(direct).contains(QStringLiteral("non_open")));
    EXPECT_FALSE(codes(tender).contains(QStringLiteral("non_open")));
    // The prefixes are data: a rule set without them recognises neither.
    const Ocds::FlagRules without = Ocds::FlagRules::fromJson("{}");
    EXPECT_FALSE(codes(invitation, Procedure(), without).contains(QStringLiteral("non_open")));
    EXPECT_FALSE(codes(direct, Procedure(), without).contains(QStringLiteral("non_open")));
}
