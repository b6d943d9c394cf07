// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/doclanguage.h"
#include "rules/calendar.h"
#include "rules/clockrules.h"
#include "rules/clocks.h"
#include "rules/instantiate.h"
#include "clockrecord.h"
#include "store/casefile.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace Testigo;
using namespace Testigo::Test;
using Status = ClockResult::Status;

namespace {

const QDate kToday(2030, 1, 1); // far after every test date unless a test says otherwise

Procedure procedure(const QString &regime, const QString &character = QStringLiteral("national"),
    const QString &type = QStringLiteral("open_tender"), const QString &object = QStringLiteral("goods"))
{
    Procedure p;
    p.regime = regime;
    p.character = character;
    p.type = type;
    p.objectKind = object;
    return p;
}

std::optional<ClockResult> clock(const QList<ClockResult> &all, const QString &code)
{
    for (const ClockResult &r : all)
        if (r.code == code)
            return r;
    return std::nullopt;
}

// Status of one clock for a procedure with stages (call -> opening -> ... as given).
Status statusOf(const Procedure &p, const QList<Stage> &stages, const QString &code,
    const QDate &today = kToday, const QDate &delivered = QDate())
{
    const auto r = clock(evaluateClocks(p, stages, today, delivered), code);
    EXPECT_TRUE(r.has_value()) << code.toStdString() << " missing for " << p.regime.toStdString();
    return r ? r->status : Status::NotApplicable;
}

Status publication(const Procedure &p, int days)
{
    const QDate call(2025, 6, 2); // under the 2025 laws (versions_test covers the older ones)
    return statusOf(p,
        {recordedStage(QStringLiteral("call"), call), recordedStage(QStringLiteral("opening"), call.addDays(days))},
        QStringLiteral("publication_to_opening"));
}

} // namespace

TEST(Clocks, publicationToOpening_laassp_nationalFifteenInternationalTwenty)
{
    for (const QString &regime : {QStringLiteral("LAASSP-2025"), QStringLiteral("LAASSP-2000")}) {
        const auto national = procedure(regime);
        EXPECT_EQ(publication(national, 15), Status::Ok);
        EXPECT_EQ(publication(national, 14), Status::Breached);
        for (const QString &character :
            {QStringLiteral("international_open"), QStringLiteral("international_treaties")}) {
            const auto intl = procedure(regime, character);
            EXPECT_EQ(publication(intl, 20), Status::Ok);
            EXPECT_EQ(publication(intl, 19), Status::Breached);
        }
    }
}

TEST(Clocks, publicationToOpening_justifiedReduction_allowsTenDaysOnlyWithJustification)
{
    auto p = procedure(QStringLiteral("LAASSP-2025"));
    EXPECT_EQ(publication(p, 10), Status::Breached);
    p.reducedPeriodJustified = true;
    EXPECT_EQ(publication(p, 10), Status::Ok);
    EXPECT_EQ(publication(p, 9), Status::Breached);
    const auto r = clock(evaluateClocks(p,
                             {recordedStage(QStringLiteral("call"), QDate(2025, 6, 2)),
                                 recordedStage(QStringLiteral("opening"), QDate(2025, 6, 12))},
                             kToday),
        QStringLiteral("publication_to_opening"));
    ASSERT_TRUE(r);
    EXPECT_EQ(r->limitDays, 10);
    EXPECT_TRUE(r->reduced);
    EXPECT_EQ(r->article, QStringLiteral("LAASSP art. 42"));
}

TEST(Clocks, publicationToOpening_lopsrm_tenTwentyForty)
{
    auto national = procedure(QStringLiteral("LOPSRM"), QStringLiteral("national"),
        QStringLiteral("open_tender"), QStringLiteral("works"));
    EXPECT_EQ(publication(national, 10), Status::Ok);
    EXPECT_EQ(publication(national, 9), Status::Breached);
    national.reducedPeriodJustified = true; // LOPSRM has no reduction below its minimums
    EXPECT_EQ(publication(national, 9), Status::Breached);
    const auto open = procedure(QStringLiteral("LOPSRM"), QStringLiteral("international_open"),
        QStringLiteral("open_tender"), QStringLiteral("works"));
    EXPECT_EQ(publication(open, 20), Status::Ok);
    EXPECT_EQ(publication(open, 19), Status::Breached);
    const auto treaties = procedure(QStringLiteral("LOPSRM"), QStringLiteral("international_treaties"),
        QStringLiteral("open_tender"), QStringLiteral("works"));
    EXPECT_EQ(publication(treaties, 40), Status::Ok);
    EXPECT_EQ(publication(treaties, 39), Status::Breached);
}

TEST(Clocks, invitationToOpening_laassp2025_fiveDays)
{
    const auto p = procedure(
        QStringLiteral("LAASSP-2025"), QStringLiteral("national"), QStringLiteral("restricted_invitation"));
    const QDate call(2025, 6, 2);
    const auto at = [&](int d) {
        return statusOf(p,
            {recordedStage(QStringLiteral("call"), call), recordedStage(QStringLiteral("opening"), call.addDays(d))},
            QStringLiteral("invitation_to_opening"));
    };
    EXPECT_EQ(at(5), Status::Ok);
    EXPECT_EQ(at(4), Status::Breached);
    // The open-tender minimum does not apply to an invitation.
    EXPECT_FALSE(clock(evaluateClocks(p, {}, kToday), QStringLiteral("publication_to_opening")));
}

TEST(Clocks, callChanges_atLeastSevenDaysBeforeOpening_lastChangeCounts)
{
    for (const QString &regime :
        {QStringLiteral("LAASSP-2025"), QStringLiteral("LAASSP-2000"), QStringLiteral("LOPSRM")}) {
        const auto p = procedure(regime);
        const QDate opening(2024, 5, 20);
        const auto with = [&](const QList<QDate> &changes) {
            QList<Stage> s {recordedStage(QStringLiteral("call"), QDate(2024, 4, 1))};
            int round = 1;
            for (const QDate &d : changes)
                s.append(recordedStage(QStringLiteral("call_change"), d, round++));
            s.append(recordedStage(QStringLiteral("opening"), opening));
            return statusOf(p, s, QStringLiteral("call_change_notice"));
        };
        EXPECT_EQ(with({opening.addDays(-7)}), Status::Ok) << regime.toStdString();
        EXPECT_EQ(with({opening.addDays(-6)}), Status::Breached) << regime.toStdString();
        EXPECT_EQ(with({opening.addDays(-20), opening.addDays(-6)}), Status::Breached);
        EXPECT_EQ(with({opening.addDays(-20), opening.addDays(-8)}), Status::Ok);
        EXPECT_EQ(with({QDate()}), Status::NotApplicable); // the change stage exists, no change recorded
        EXPECT_EQ(with({}), Status::NotApplicable);
    }
}

TEST(Clocks, lastClarificationMeeting_atLeastSixDaysBeforeOpening)
{
    for (const QString &regime :
        {QStringLiteral("LAASSP-2025"), QStringLiteral("LAASSP-2000"), QStringLiteral("LOPSRM")}) {
        const auto p = procedure(regime);
        const QDate opening(2024, 5, 20);
        const auto with = [&](const QList<QDate> &meetings) {
            QList<Stage> s {recordedStage(QStringLiteral("call"), QDate(2024, 4, 1))};
            int round = 1;
            for (const QDate &d : meetings)
                s.append(recordedStage(QStringLiteral("clarification"), d, round++));
            s.append(recordedStage(QStringLiteral("opening"), opening));
            return statusOf(p, s, QStringLiteral("clarification_to_opening"));
        };
        EXPECT_EQ(with({opening.addDays(-6)}), Status::Ok) << regime.toStdString();
        EXPECT_EQ(with({opening.addDays(-5)}), Status::Breached) << regime.toStdString();
        EXPECT_EQ(
            with({opening.addDays(-15), opening.addDays(-5)}), Status::Breached); // the second round counts
        EXPECT_EQ(with({QDate()}), Status::Pending);
    }
}

TEST(Clocks, award_withinTwentyOk_withinExtensionWarning_beyondBreached)
{
    for (const auto &p : {procedure(QStringLiteral("LAASSP-2025")), procedure(QStringLiteral("LAASSP-2000")),
             procedure(QStringLiteral("LOPSRM"), QStringLiteral("national"), QStringLiteral("open_tender"),
                 QStringLiteral("works"))}) {
        const QDate opening(2024, 7, 1);
        const auto at = [&](int d) {
            return statusOf(p,
                {recordedStage(QStringLiteral("opening"), opening),
                    recordedStage(QStringLiteral("award"), opening.addDays(d))},
                QStringLiteral("opening_to_award"));
        };
        EXPECT_EQ(at(20), Status::Ok) << p.regime.toStdString();
        EXPECT_EQ(at(21), Status::Warning) << p.regime.toStdString();
        EXPECT_EQ(at(40), Status::Warning) << p.regime.toStdString();
        EXPECT_EQ(at(41), Status::Breached) << p.regime.toStdString();
    }
}

TEST(Clocks, award_notYetHeld_isMeasuredAgainstToday)
{
    const auto p = procedure(QStringLiteral("LAASSP-2025"));
    const QDate opening(2025, 7, 1);
    const QList<Stage> s {recordedStage(QStringLiteral("opening"), opening), recordedStage(QStringLiteral("award"), QDate())};
    EXPECT_EQ(statusOf(p, s, QStringLiteral("opening_to_award"), opening.addDays(20)), Status::Pending);
    EXPECT_EQ(statusOf(p, s, QStringLiteral("opening_to_award"), opening.addDays(21)), Status::Warning);
    EXPECT_EQ(statusOf(p, s, QStringLiteral("opening_to_award"), opening.addDays(41)), Status::Overdue);
    const auto r = clock(evaluateClocks(p, s, opening.addDays(30)), QStringLiteral("opening_to_award"));
    ASSERT_TRUE(r);
    EXPECT_TRUE(r->measuredToToday);
    EXPECT_EQ(r->elapsedDays, 30);
    EXPECT_EQ(r->deadline, opening.addDays(20));
    EXPECT_EQ(r->extendedDeadline, opening.addDays(40));
}

TEST(Clocks, contract_laassp2025_fifteenBusinessDaysSkippingWeekendsAndHolidays)
{
    const auto p = procedure(QStringLiteral("LAASSP-2025"));
    // Award on Monday 10 Nov 2025; Monday 17 Nov is the Revolution Day holiday: the 15th business
    // day after the award is Tuesday 2 Dec 2025.
    const QDate award(2025, 11, 10);
    const auto at = [&](const QDate &signedOn) {
        return statusOf(p,
            {recordedStage(QStringLiteral("award"), award), recordedStage(QStringLiteral("contract"), signedOn)},
            QStringLiteral("award_to_contract"));
    };
    EXPECT_EQ(at(QDate(2025, 12, 2)), Status::Ok);
    EXPECT_EQ(at(QDate(2025, 12, 3)), Status::Breached);
    const auto r = clock(
        evaluateClocks(p,
            {recordedStage(QStringLiteral("award"), award), recordedStage(QStringLiteral("contract"), QDate(2025, 12, 2))},
            kToday),
        QStringLiteral("award_to_contract"));
    ASSERT_TRUE(r);
    EXPECT_TRUE(r->businessDays);
    EXPECT_EQ(r->elapsedDays, 15);
    EXPECT_EQ(r->deadline, QDate(2025, 12, 2));
    EXPECT_EQ(r->article, QStringLiteral("LAASSP art. 67"));
}

TEST(Clocks, contract_works_fifteenNaturalDays)
{
    const auto p = procedure(QStringLiteral("LOPSRM"), QStringLiteral("national"),
        QStringLiteral("open_tender"), QStringLiteral("works"));
    const QDate award(2025, 11, 10);
    const auto at = [&](int d) {
        return statusOf(p,
            {recordedStage(QStringLiteral("award"), award), recordedStage(QStringLiteral("contract"), award.addDays(d))},
            QStringLiteral("award_to_contract"));
    };
    EXPECT_EQ(at(15), Status::Ok);
    EXPECT_EQ(at(16), Status::Breached);
}

TEST(Clocks, contract_laassp2000_fifteenNaturalDays)
{
    const auto p = procedure(QStringLiteral("LAASSP-2000"));
    const QDate award(2019, 11, 4);
    const auto at = [&](int d) {
        return statusOf(p,
            {recordedStage(QStringLiteral("award"), award), recordedStage(QStringLiteral("contract"), award.addDays(d))},
            QStringLiteral("award_to_contract"));
    };
    EXPECT_EQ(at(15), Status::Ok);
    EXPECT_EQ(at(16), Status::Breached);
}

TEST(Clocks, report_tenNaturalDaysAfterParticipationEnds)
{
    for (const QString &regime :
        {QStringLiteral("LAASSP-2025"), QStringLiteral("LAASSP-2000"), QStringLiteral("LOPSRM")}) {
        auto p = procedure(regime);
        const QString code = QStringLiteral("report_deadline");
        EXPECT_EQ(statusOf(p, {}, code, QDate(2025, 6, 1)), Status::Pending); // participation not ended
        p.participationEnd = QDate(2025, 6, 1);
        // Delivered: exactly on the 10th day, then one day late.
        EXPECT_EQ(statusOf(p, {}, code, QDate(2025, 7, 1), QDate(2025, 6, 11)), Status::Ok);
        EXPECT_EQ(statusOf(p, {}, code, QDate(2025, 7, 1), QDate(2025, 6, 12)), Status::Breached);
        // Not delivered yet: compared with today.
        EXPECT_EQ(statusOf(p, {}, code, QDate(2025, 6, 7)), Status::Pending);
        EXPECT_EQ(statusOf(p, {}, code, QDate(2025, 6, 8)), Status::Warning); // 3 days left
        EXPECT_EQ(statusOf(p, {}, code, QDate(2025, 6, 11)), Status::Warning);
        EXPECT_EQ(statusOf(p, {}, code, QDate(2025, 6, 12)), Status::Overdue); // no delivery date: overdue
    }
}

TEST(Clocks, report_deliveryRecordedOnTheReportStage)
{
    auto p = procedure(QStringLiteral("LAASSP-2025"));
    p.participationEnd = QDate(2025, 6, 1);
    const QString code = QStringLiteral("report_deadline");
    EXPECT_EQ(statusOf(p, {recordedStage(QStringLiteral("report"), QDate(2025, 6, 11))}, code), Status::Ok);
    EXPECT_EQ(statusOf(p, {recordedStage(QStringLiteral("report"), QDate(2025, 6, 12))}, code), Status::Breached);
    EXPECT_EQ(
        statusOf(p, {recordedStage(QStringLiteral("report"), QDate())}, code), Status::Overdue); // not delivered
    Stage undated = recordedStage(QStringLiteral("report"), QDate());
    undated.status = QStringLiteral("done"); // delivered on a date nobody recorded: cannot be judged
    EXPECT_EQ(statusOf(p, {undated}, code), Status::Pending);
}

TEST(Clocks, plannedDates_standInForMissingActualDates_andSaySo)
{
    const auto p = procedure(QStringLiteral("LAASSP-2025"));
    const QList<Stage> s {recordedStage(QStringLiteral("call"), QDate(2025, 8, 1)),
        recordedStage(QStringLiteral("opening"), QDate(), 1, QDate(2025, 8, 10))};
    const auto r = clock(evaluateClocks(p, s, QDate(2025, 8, 2)), QStringLiteral("publication_to_opening"));
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, Status::Pending); // a planned opening is no breach yet
    EXPECT_EQ(r->deadline, QDate(2025, 8, 16));
    EXPECT_TRUE(r->usesPlannedDates);
    const DocLanguage en(QStringLiteral("en"));
    EXPECT_TRUE(r->detail(en).contains(QStringLiteral("planned"))) << r->detail(en).toStdString();
}

TEST(Clocks, stagesMarkedNotApplicable_orAbsent_giveNotApplicable)
{
    const auto p = procedure(
        QStringLiteral("LAASSP-2025"), QStringLiteral("national"), QStringLiteral("direct_award"));
    Stage contract = recordedStage(QStringLiteral("contract"), QDate());
    contract.status = QStringLiteral("not_applicable");
    const auto all = evaluateClocks(p, {recordedStage(QStringLiteral("award"), QDate(2025, 9, 1)), contract}, kToday);
    EXPECT_EQ(clock(all, QStringLiteral("opening_to_award"))->status, Status::NotApplicable);
    EXPECT_EQ(clock(all, QStringLiteral("award_to_contract"))->status, Status::NotApplicable);
    EXPECT_FALSE(clock(all, QStringLiteral("clarification_to_opening"))); // open tenders only
}

TEST(Clocks, regimesWithoutRules_followTheirDataFile)
{
    EXPECT_TRUE(evaluateClocks(procedure(QStringLiteral("STATE")), {}, kToday).isEmpty());
    const auto voluntary = evaluateClocks(procedure(QStringLiteral("VOLUNTARY")),
        {recordedStage(QStringLiteral("call"), QDate(2024, 3, 1)),
            recordedStage(QStringLiteral("opening"), QDate(2024, 3, 10))},
        kToday);
    const auto r = clock(voluntary, QStringLiteral("publication_to_opening"));
    ASSERT_TRUE(r);
    EXPECT_TRUE(r->advisory);
    EXPECT_EQ(r->status, Status::Breached);
}

TEST(Clocks, everyRule_isBilingualWithAnArticle)
{
    for (const QString &regime : {QStringLiteral("LAASSP-2025"), QStringLiteral("LAASSP-2009"),
             QStringLiteral("LOPSRM-2009"), QStringLiteral("LOPSRM-2025")}) {
        const RegimeRules rules = ClockRules::forRegime(regime);
        EXPECT_GE(rules.clocks.size(), 6) << regime.toStdString();
        for (const ClockRule &c : rules.clocks) {
            EXPECT_TRUE(c.name.isComplete()) << c.code.toStdString();
            EXPECT_TRUE(c.explanation.isComplete()) << c.code.toStdString();
            EXPECT_FALSE(c.article.isEmpty());
        }
    }
}

TEST(Clocks, rulesFileInAppData_correctsARegimeWithoutRecompiling)
{
    const QString dir
        = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/rules");
    QDir().mkpath(dir);
    QFile f(dir + QStringLiteral("/TEST-STATE.json"));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(R"({"format":"testigo-rules","regime":"TEST-STATE","clocks":[{"code":"publication_to_opening",
        "check":"minimum","from":"stage:call","to":"stage:opening","days":12,"dayKind":"natural",
        "article":"Ley estatal art. 1","name":{"es":"Plazo","en":"Period"},"explanation":{"es":"x","en":"x"}}]})");
    f.close();
    const auto p = procedure(QStringLiteral("TEST-STATE"));
    EXPECT_EQ(publication(p, 12), Status::Ok);
    EXPECT_EQ(publication(p, 11), Status::Breached);
    QFile::remove(f.fileName());

    RegimeRules out;
    QString error;
    QTemporaryDir tmp;
    QFile bad(tmp.filePath(QStringLiteral("x.json")));
    ASSERT_TRUE(bad.open(QIODevice::WriteOnly));
    bad.write(R"({"format":"something-else"})");
    bad.close();
    EXPECT_FALSE(ClockRules::loadFile(bad.fileName(), out, &error));
    EXPECT_FALSE(error.isEmpty());
}

TEST(BusinessCalendar, countsAcrossWeekendAndHoliday)
{
    const BusinessCalendar &cal = BusinessCalendar::standard();
    EXPECT_GT(cal.holidayCount(), 150);
    // Friday 14 Nov 2025 -> Tuesday 18 Nov: Saturday, Sunday and Monday the 17th (holiday) skipped.
    EXPECT_FALSE(cal.isBusinessDay(QDate(2025, 11, 15)));
    EXPECT_FALSE(cal.isBusinessDay(QDate(2025, 11, 17)));
    EXPECT_TRUE(cal.isBusinessDay(QDate(2025, 11, 18)));
    EXPECT_EQ(cal.businessDaysBetween(QDate(2025, 11, 14), QDate(2025, 11, 18)), 1);
    EXPECT_EQ(cal.addBusinessDays(QDate(2025, 11, 14), 1), QDate(2025, 11, 18));
    EXPECT_EQ(cal.businessDaysBetween(QDate(2025, 11, 14), QDate(2025, 11, 21)), 4);
    // Without the holiday the same span has one more business day.
    BusinessCalendar plain;
    EXPECT_EQ(plain.businessDaysBetween(QDate(2025, 11, 14), QDate(2025, 11, 21)), 5);
    // Before 2006 the holidays fell on fixed dates.
    EXPECT_FALSE(cal.isBusinessDay(QDate(2005, 3, 21)));
    EXPECT_FALSE(cal.isBusinessDay(QDate(2025, 12, 25)));
    EXPECT_FALSE(cal.isBusinessDay(QDate(2024, 10, 1)));
    EXPECT_EQ(
        cal.holidayName(QDate(2025, 9, 16), QStringLiteral("es")), QStringLiteral("Día de la Independencia"));
}

TEST(Clocks, caseFileOverload_takesAwardAndContractDatesFromTheRecord)
{
    QTemporaryDir tmp;
    auto created = CaseFile::create(tmp.filePath(QStringLiteral("c.testigo")));
    ASSERT_TRUE(created.file);
    CaseFile &file = *created.file;
    Procedure p = procedure(QStringLiteral("LOPSRM"), QStringLiteral("national"),
        QStringLiteral("open_tender"), QStringLiteral("works"));
    p.number = QStringLiteral("LO-1");
    p.title = p.object = p.evaluation = p.place = p.pactVersion = p.ocid
        = QStringLiteral(""); // store: null -> NULL
    ASSERT_TRUE(file.insert(p)) << file.lastError().toStdString();
    ASSERT_TRUE(instantiateTemplates(file, p));
    for (Stage s : file.all<Stage>(QStringLiteral("procedure_id"), p.id)) {
        if (s.kind == QStringLiteral("opening")) {
            s.actualDate = QDate(2024, 2, 1);
            ASSERT_TRUE(file.update(s));
        }
    }
    Lot lot;
    lot.procedureId = p.id;
    lot.description = QStringLiteral("");
    ASSERT_TRUE(file.insert(lot));
    Award a;
    a.lotId = lot.id;
    a.date = QDate(2024, 3, 5); // 33 days after the opening: within the extension
    ASSERT_TRUE(file.insert(a));
    const auto all = evaluateClocks(file, p, QDate(2024, 3, 10));
    EXPECT_EQ(clock(all, QStringLiteral("opening_to_award"))->status, Status::Warning);
    EXPECT_EQ(clock(all, QStringLiteral("award_to_contract"))->status, Status::Pending);
    EXPECT_EQ(clock(all, QStringLiteral("publication_to_opening"))->status, Status::Pending);
}

TEST(Clocks, statusLabels_inBothLanguages)
{
    EXPECT_EQ(statusCode(Status::NotApplicable), QStringLiteral("not_applicable"));
    EXPECT_EQ(statusCode(Status::Breached), QStringLiteral("breached"));
    const DocLanguage en(QStringLiteral("en"));
    EXPECT_EQ(statusLabel(Status::Ok, en), QStringLiteral("On time"));
}

namespace {
Stage planned(const QString &kind, const QDate &plannedDate)
{
    return recordedStage(kind, QDate(), 1, plannedDate);
}
} // namespace

// Issue 13, defect 1: a planned fallo long past its deadline printed "ok".
TEST(ClockStates, plannedAward_isPendingBeforeItsDeadline_overdueAfter_neverOk)
{
    for (const auto &p : {procedure(QStringLiteral("LAASSP-2025")), procedure(QStringLiteral("LAASSP-2000")),
             procedure(QStringLiteral("LOPSRM"), QStringLiteral("national"), QStringLiteral("open_tender"),
                 QStringLiteral("works"))}) {
        const QDate opening(2025, 3, 3);
        const QList<Stage> s {
            recordedStage(QStringLiteral("opening"), opening), planned(QStringLiteral("award"), opening.addDays(10))};
        const QString code = QStringLiteral("opening_to_award");
        EXPECT_EQ(statusOf(p, s, code, opening.addDays(5)), Status::Pending) << p.regime.toStdString();
        EXPECT_EQ(statusOf(p, s, code, opening.addDays(40)), Status::Warning) << p.regime.toStdString();
        EXPECT_EQ(statusOf(p, s, code, opening.addDays(41)), Status::Overdue) << p.regime.toStdString();
        EXPECT_EQ(statusOf(p, s, code, QDate(2026, 12, 1)), Status::Overdue) << p.regime.toStdString();
    }
}

TEST(ClockStates, plannedDatesOnBothEnds_orAPlannedStart_giveNoVerdict)
{
    const auto p = procedure(QStringLiteral("LAASSP-2025"));
    const QDate call(2024, 3, 1);
    const QString code = QStringLiteral("publication_to_opening");
    for (int days : {3, 30}) { // a short and a long period: neither is judged on plans
        EXPECT_EQ(statusOf(p,
                      {planned(QStringLiteral("call"), call),
                          planned(QStringLiteral("opening"), call.addDays(days))},
                      code),
            Status::Pending);
        EXPECT_EQ(
            statusOf(p,
                {planned(QStringLiteral("call"), call), recordedStage(QStringLiteral("opening"), call.addDays(days))},
                code),
            Status::Pending);
        EXPECT_EQ(
            statusOf(p,
                {recordedStage(QStringLiteral("call"), call), planned(QStringLiteral("opening"), call.addDays(days))},
                code),
            Status::Pending);
    }
    // The same dates, actual, are judged.
    EXPECT_EQ(
        statusOf(p, {recordedStage(QStringLiteral("call"), call), recordedStage(QStringLiteral("opening"), call.addDays(3))},
            code),
        Status::Breached);
    EXPECT_EQ(
        statusOf(p, {recordedStage(QStringLiteral("call"), call), recordedStage(QStringLiteral("opening"), call.addDays(30))},
            code),
        Status::Ok);
}

TEST(ClockStates, aMinimumShowsItsEarliestLawfulDate_aMaximumItsDeadline)
{
    const auto p = procedure(QStringLiteral("LAASSP-2025"));
    const QDate call(2024, 3, 1);
    const auto all = evaluateClocks(p,
        {recordedStage(QStringLiteral("call"), call), recordedStage(QStringLiteral("opening"), call.addDays(20)),
            planned(QStringLiteral("award"), call.addDays(30))},
        call.addDays(25));
    const auto minimum = clock(all, QStringLiteral("publication_to_opening"));
    const auto maximum = clock(all, QStringLiteral("opening_to_award"));
    ASSERT_TRUE(minimum && maximum);
    EXPECT_EQ(deadlineKindCode(*minimum), QStringLiteral("earliest_lawful_date"));
    EXPECT_EQ(deadlineKindCode(*maximum), QStringLiteral("deadline"));
    const DocLanguage en(QStringLiteral("en"));
    EXPECT_TRUE(minimum->detail(en).contains(QStringLiteral("earliest lawful date")))
        << minimum->detail(en).toStdString();
    EXPECT_TRUE(maximum->detail(en).contains(QStringLiteral("deadline")))
        << maximum->detail(en).toStdString();
    EXPECT_FALSE(maximum->detail(en).contains(QStringLiteral("earliest")))
        << maximum->detail(en).toStdString();
    EXPECT_EQ(statusCode(Status::Overdue), QStringLiteral("overdue"));
    const DocLanguage es(QStringLiteral("es"));
    EXPECT_NE(statusLabel(Status::Overdue, es), statusLabel(Status::Overdue, en));
}

// Issue 13, defect 6: business days outside the calendar's years were silently plain weekdays.
TEST(BusinessCalendar, yearsOutsideTheCalendar_areAnExplicitWarning)
{
    const BusinessCalendar &cal = BusinessCalendar::standard();
    EXPECT_TRUE(cal.covers(QDate(2003, 1, 1)));
    EXPECT_TRUE(cal.covers(QDate(2027, 12, 31)));
    EXPECT_FALSE(cal.covers(QDate(2028, 1, 3)));
    EXPECT_FALSE(cal.covers(QDate(2002, 12, 31)));
    const auto p = procedure(QStringLiteral("LAASSP-2025"));
    const auto contractClock = [&](const QDate &award) {
        return clock(
            evaluateClocks(p,
                {recordedStage(QStringLiteral("award"), award), recordedStage(QStringLiteral("contract"), award.addDays(10))},
                kToday),
            QStringLiteral("award_to_contract"));
    };
    const auto inside = contractClock(QDate(2027, 6, 1));
    const auto outside = contractClock(QDate(2027, 12, 20)); // the 15th business day falls in 2028
    ASSERT_TRUE(inside && outside);
    EXPECT_FALSE(inside->calendarUncovered);
    EXPECT_TRUE(outside->calendarUncovered);
    const DocLanguage en(QStringLiteral("en"));
    EXPECT_TRUE(outside->detail(en).contains(QStringLiteral("does not cover")))
        << outside->detail(en).toStdString();
    EXPECT_FALSE(inside->detail(en).contains(QStringLiteral("does not cover")));
}
