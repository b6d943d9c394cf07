// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 13, "every clock of REFERENCE §3.2 that the record can support": the clocks measured on the
// dates schema 9 records (the deadline for questions, a change to the call and its publication, a
// correction of the fallo, a works convenio's agreement and signature) and the restricted
// invitation's period before 2025, in every version of the law, on both sides of every limit.
#include "domain/doclanguage.h"
#include "rules/clockrules.h"
#include "rules/clocks.h"
#include "clockrecord.h"

#include <gtest/gtest.h>

using namespace Testigo;
using namespace Testigo::Test;
using Status = ClockResult::Status;

namespace {

const QDate kToday(2030, 1, 1);

// A date in each version of the law: LAASSP/LOPSRM 2000, 2009 and 2025 texts.
struct Version
{
    QDate call;
    const char *laassp, *lopsrm;
    bool current; // the 2025 text: the reference confirms its articles
};

const QList<Version> &versions()
{
    static const QList<Version> v {{QDate(2005, 6, 6), "LAASSP-2000", "LOPSRM-2000", false},
        {QDate(2012, 6, 4), "LAASSP-2009", "LOPSRM-2009", false},
        {QDate(2025, 6, 2), "LAASSP-2025", "LOPSRM-2025", true}};
    return v;
}

ProcedureEvent event(const QString &kind, const QDate &date, const QDate &published = QDate())
{
    ProcedureEvent e;
    e.kind = kind;
    e.date = date;
    e.publishedDate = published;
    return e;
}

Amendment convenio(const QDate &agreed, const QDate &signedOn)
{
    Amendment a;
    a.agreedDate = agreed;
    a.date = signedOn;
    return a;
}

// The first weekday `dayOfWeek` (1 = Monday) on or after d.
QDate nextWeekday(QDate d, int dayOfWeek)
{
    while (d.dayOfWeek() != dayOfWeek)
        d = d.addDays(1);
    return d;
}

std::optional<ClockResult> run(const Procedure &p, const QList<Stage> &stages, const ClockFacts &facts,
    const QString &code, const QDate &today = kToday)
{
    for (const ClockResult &c : evaluateClocks(p, stages, today, QDate(), nullptr, &facts))
        if (c.code == code)
            return c;
    return std::nullopt;
}

Status statusOf(const Procedure &p, const QList<Stage> &stages, const ClockFacts &facts, const QString &code,
    const QDate &today = kToday)
{
    const auto c = run(p, stages, facts, code, today);
    EXPECT_TRUE(c) << code.toStdString() << " missing for " << p.regime.toStdString();
    return c ? c->status : Status::NotApplicable;
}

std::string where(const Version &v, const char *family)
{
    return std::string(family) + " " + v.call.toString(Qt::ISODate).toStdString();
}

} // namespace

// Questions due 24 h before the junta (LAASSP arts. 43-44, LOPSRM art. 35): the record holds dates,
// so the deadline must fall on the day before the junta at the latest.
TEST(ClockDates, questionsDeadline_bothSidesInEveryVersion)
{
    const QString code = QStringLiteral("questions_before_clarification");
    for (const Version &v : versions()) {
        for (const char *regime : {v.laassp, v.lopsrm}) {
            const Procedure p = lawProcedure(QString::fromLatin1(regime));
            const QDate junta = v.call.addDays(10);
            const QList<Stage> stages {recordedStage(QStringLiteral("call"), v.call),
                recordedStage(QStringLiteral("clarification"), junta),
                recordedStage(QStringLiteral("opening"), v.call.addDays(20))};
            const auto at = [&](const QDate &deadline) {
                return ClockFacts {{event(QStringLiteral("questions_deadline"), deadline)}, {}};
            };
            EXPECT_EQ(statusOf(p, stages, at(junta.addDays(-1)), code), Status::Ok) << where(v, regime);
            EXPECT_EQ(statusOf(p, stages, at(junta.addDays(-3)), code), Status::Ok) << where(v, regime);
            EXPECT_EQ(statusOf(p, stages, at(junta), code), Status::Breached) << where(v, regime);
            EXPECT_EQ(statusOf(p, stages, at(junta.addDays(1)), code), Status::Breached) << where(v, regime);
            // No deadline recorded: the check does not apply; a planned junta gives no verdict.
            EXPECT_EQ(statusOf(p, stages, ClockFacts(), code), Status::NotApplicable) << where(v, regime);
            const QList<Stage> planned {recordedStage(QStringLiteral("call"), v.call),
                recordedStage(QStringLiteral("clarification"), QDate(), 1, junta)};
            EXPECT_EQ(statusOf(p, planned, at(junta), code), Status::Pending) << where(v, regime);
            const auto c = run(p, stages, at(junta), code);
            ASSERT_TRUE(c);
            EXPECT_EQ(c->version, QString::fromLatin1(regime));
            EXPECT_EQ(c->articleVerified, v.current) << where(v, regime);
            EXPECT_EQ(c->limitDays, 1);
        }
    }
}

// Changes to the call published by the next business day (LAASSP art. 43, LOPSRM art. 34).
TEST(ClockDates, callChangePublication_bothSidesInEveryVersion)
{
    const QString code = QStringLiteral("call_change_publication");
    for (const Version &v : versions()) {
        for (const char *regime : {v.laassp, v.lopsrm}) {
            const Procedure p = lawProcedure(QString::fromLatin1(regime));
            const QList<Stage> stages {
                recordedStage(QStringLiteral("call"), v.call), recordedStage(QStringLiteral("opening"), v.call.addDays(30))};
            const QDate wednesday = nextWeekday(v.call.addDays(2), 3);
            const QDate friday = wednesday.addDays(2);
            const auto change = [](const QDate &made, const QDate &published) {
                return ClockFacts {{event(QStringLiteral("call_change"), made, published)}, {}};
            };
            EXPECT_EQ(statusOf(p, stages, change(wednesday, wednesday), code), Status::Ok)
                << where(v, regime);
            EXPECT_EQ(statusOf(p, stages, change(wednesday, wednesday.addDays(1)), code), Status::Ok)
                << where(v, regime);
            EXPECT_EQ(statusOf(p, stages, change(wednesday, wednesday.addDays(2)), code), Status::Breached)
                << where(v, regime);
            // Business days: a change on a Friday may be published on the Monday, not on the Tuesday.
            EXPECT_EQ(statusOf(p, stages, change(friday, friday.addDays(3)), code), Status::Ok)
                << where(v, regime);
            EXPECT_EQ(statusOf(p, stages, change(friday, friday.addDays(4)), code), Status::Breached)
                << where(v, regime);
            // Not published yet: pending until the deadline, overdue after it; the worst change counts.
            EXPECT_EQ(
                statusOf(p, stages, change(wednesday, QDate()), code, wednesday.addDays(1)), Status::Pending)
                << where(v, regime);
            EXPECT_EQ(
                statusOf(p, stages, change(wednesday, QDate()), code, wednesday.addDays(2)), Status::Overdue)
                << where(v, regime);
            const ClockFacts two {{event(QStringLiteral("call_change"), wednesday, wednesday.addDays(1)),
                                      event(QStringLiteral("call_change"), friday, friday.addDays(5))},
                {}};
            const auto worst = run(p, stages, two, code);
            ASSERT_TRUE(worst);
            EXPECT_EQ(worst->status, Status::Breached) << where(v, regime);
            EXPECT_EQ(worst->start, friday);
            EXPECT_TRUE(worst->businessDays);
            EXPECT_EQ(worst->articleVerified, v.current) << where(v, regime);
            EXPECT_EQ(statusOf(p, stages, ClockFacts(), code), Status::NotApplicable) << where(v, regime);
        }
    }
}

// The existing "no later than the 7th natural day before the opening" clock stays as it was.
TEST(ClockDates, callChangeNotice_stillMeasuresTheChangeStage)
{
    for (const Version &v : versions()) {
        const Procedure p = lawProcedure(QString::fromLatin1(v.laassp));
        const QDate opening = v.call.addDays(30);
        const auto at = [&](int daysBefore) {
            return statusOf(p,
                {recordedStage(QStringLiteral("call"), v.call),
                    recordedStage(QStringLiteral("call_change"), opening.addDays(-daysBefore)),
                    recordedStage(QStringLiteral("opening"), opening)},
                ClockFacts(), QStringLiteral("call_change_notice"));
        };
        EXPECT_EQ(at(7), Status::Ok) << where(v, v.laassp);
        EXPECT_EQ(at(6), Status::Breached) << where(v, v.laassp);
    }
}

// Errors in the fallo corrected within 5 business days (REFERENCE §3.2 row 10): LAASSP only, the
// article of the correction is not in the reference (unverified in every version).
TEST(ClockDates, awardCorrection_bothSidesInEveryLaasspVersion_noneForWorks)
{
    const QString code = QStringLiteral("award_correction");
    for (const Version &v : versions()) {
        const Procedure p = lawProcedure(QString::fromLatin1(v.laassp));
        const QDate monday = nextWeekday(v.call.addDays(21), 1);
        const QList<Stage> stages {recordedStage(QStringLiteral("call"), v.call),
            recordedStage(QStringLiteral("opening"), v.call.addDays(16)), recordedStage(QStringLiteral("award"), monday)};
        const auto fix = [](const QDate &d) {
            return ClockFacts {{event(QStringLiteral("award_correction"), d)}, {}};
        };
        EXPECT_EQ(statusOf(p, stages, fix(monday.addDays(7)), code), Status::Ok)
            << where(v, v.laassp); // 5 business days
        EXPECT_EQ(statusOf(p, stages, fix(monday.addDays(8)), code), Status::Breached) << where(v, v.laassp);
        EXPECT_EQ(statusOf(p, stages, ClockFacts(), code), Status::NotApplicable) << where(v, v.laassp);
        // A planned fallo gives no verdict.
        const QList<Stage> planned {
            recordedStage(QStringLiteral("call"), v.call), recordedStage(QStringLiteral("award"), QDate(), 1, monday)};
        EXPECT_EQ(statusOf(p, planned, fix(monday.addDays(8)), code), Status::Pending) << where(v, v.laassp);
        const auto c = run(p, stages, fix(monday.addDays(8)), code);
        ASSERT_TRUE(c);
        EXPECT_FALSE(c->articleVerified);
        EXPECT_EQ(c->deadline, monday.addDays(7));
        EXPECT_TRUE(
            c->articleLabel(DocLanguage(QStringLiteral("es"))).contains(QStringLiteral("sin verificar")));
        // The reference gives no such rule for works.
        EXPECT_FALSE(run(lawProcedure(QString::fromLatin1(v.lopsrm)), stages, fix(monday.addDays(8)), code))
            << where(v, v.lopsrm);
    }
    // A voluntary pact borrows it for reference only.
    const auto voluntary = run(lawProcedure(QStringLiteral("VOLUNTARY")),
        {recordedStage(QStringLiteral("call"), QDate(2025, 6, 2)), recordedStage(QStringLiteral("award"), QDate(2025, 7, 7))},
        {{event(QStringLiteral("award_correction"), QDate(2025, 7, 9))}, {}}, code);
    ASSERT_TRUE(voluntary);
    EXPECT_TRUE(voluntary->advisory);
    EXPECT_EQ(voluntary->status, Status::Ok);
}

// Works convenios signed within 45 natural days (LOPSRM art. 59), counted from the date the
// modification was agreed: a reading the reference does not confirm, hence unverified everywhere.
TEST(ClockDates, worksConvenio_bothSidesInEveryLopsrmVersion_noneForGoods)
{
    const QString code = QStringLiteral("works_agreement_signature");
    for (const Version &v : versions()) {
        const Procedure p = lawProcedure(QString::fromLatin1(v.lopsrm));
        const QList<Stage> stages {
            recordedStage(QStringLiteral("call"), v.call), recordedStage(QStringLiteral("contract"), v.call.addDays(60))};
        const QDate agreed = v.call.addDays(120);
        const auto one = [](const Amendment &a) { return ClockFacts {{}, {a}}; };
        EXPECT_EQ(statusOf(p, stages, one(convenio(agreed, agreed.addDays(45))), code), Status::Ok)
            << where(v, v.lopsrm);
        EXPECT_EQ(statusOf(p, stages, one(convenio(agreed, agreed.addDays(46))), code), Status::Breached)
            << where(v, v.lopsrm);
        // An older convenio without its agreement date is not measured; one not signed runs to today.
        EXPECT_EQ(statusOf(p, stages, one(convenio(QDate(), agreed)), code), Status::NotApplicable)
            << where(v, v.lopsrm);
        EXPECT_EQ(
            statusOf(p, stages, one(convenio(agreed, QDate())), code, agreed.addDays(45)), Status::Pending)
            << where(v, v.lopsrm);
        EXPECT_EQ(
            statusOf(p, stages, one(convenio(agreed, QDate())), code, agreed.addDays(46)), Status::Overdue)
            << where(v, v.lopsrm);
        EXPECT_EQ(statusOf(p, stages, ClockFacts(), code), Status::NotApplicable) << where(v, v.lopsrm);
        // Two convenios: the late one decides.
        const auto both = run(p, stages,
            {{}, {convenio(agreed, agreed.addDays(10)), convenio(agreed.addDays(20), agreed.addDays(80))}},
            code);
        ASSERT_TRUE(both);
        EXPECT_EQ(both->status, Status::Breached);
        EXPECT_EQ(both->elapsedDays, 60);
        EXPECT_FALSE(both->articleVerified);
        EXPECT_TRUE(both->article.contains(QStringLiteral("art. 59")));
        // Goods have no such clock.
        EXPECT_FALSE(run(lawProcedure(QString::fromLatin1(v.laassp)), stages,
            one(convenio(agreed, agreed.addDays(46))), code))
            << where(v, v.laassp);
    }
}

// The restricted invitation's own period before 2025: the reference gives the 2025 figure only
// (LAASSP art. 56, 5 natural days), so the older versions carry it unverified; no LOPSRM figure
// (art. 44: set per case).
TEST(ClockDates, restrictedInvitation_everyLaasspVersion_olderOnesUnverified)
{
    for (const Version &v : versions()) {
        const auto at = [&](const char *regime, int days) {
            return run(lawProcedure(QString::fromLatin1(regime), QStringLiteral("restricted_invitation")),
                {recordedStage(QStringLiteral("call"), v.call),
                    recordedStage(QStringLiteral("opening"), v.call.addDays(days))},
                ClockFacts(), QStringLiteral("invitation_to_opening"));
        };
        const auto ok = at(v.laassp, 5), late = at(v.laassp, 4);
        ASSERT_TRUE(ok && late) << where(v, v.laassp);
        EXPECT_EQ(ok->status, Status::Ok) << where(v, v.laassp);
        EXPECT_EQ(late->status, Status::Breached) << where(v, v.laassp);
        EXPECT_EQ(ok->articleVerified, v.current) << where(v, v.laassp);
        EXPECT_EQ(ok->limitDays, 5);
        EXPECT_FALSE(at(v.lopsrm, 4)) << where(v, v.lopsrm);
    }
}

// Every new rule names its article and source in every version file that has it.
TEST(ClockDates, newRules_areInEveryVersionFileWithASource)
{
    for (const Version &v : versions()) {
        const RegimeRules goods = ClockRules::forRegime(QString::fromLatin1(v.laassp));
        const RegimeRules works = ClockRules::forRegime(QString::fromLatin1(v.lopsrm));
        for (const char *code : {"questions_before_clarification", "call_change_publication",
                 "award_correction", "invitation_to_opening"}) {
            const ClockRule *r = goods.rule(QLatin1String(code));
            ASSERT_TRUE(r) << v.laassp << " " << code;
            EXPECT_FALSE(r->source.isEmpty());
            EXPECT_TRUE(r->name.isComplete() && r->explanation.isComplete()) << v.laassp << " " << code;
        }
        for (const char *code :
            {"questions_before_clarification", "call_change_publication", "works_agreement_signature"}) {
            const ClockRule *r = works.rule(QLatin1String(code));
            ASSERT_TRUE(r) << v.lopsrm << " " << code;
            EXPECT_FALSE(r->source.isEmpty());
            EXPECT_TRUE(r->name.isComplete() && r->explanation.isComplete()) << v.lopsrm << " " << code;
        }
        EXPECT_FALSE(works.rule(QStringLiteral("award_correction")));
        EXPECT_FALSE(works.rule(QStringLiteral("invitation_to_opening")));
        EXPECT_FALSE(goods.rule(QStringLiteral("works_agreement_signature")));
    }
}
