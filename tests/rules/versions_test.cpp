// SPDX-License-Identifier: GPL-3.0-or-later
// One rule set, versioned by date (issue 13, deliverable 1): the version of the law in force on the
// call's publication governs every clock; unknown articles carry an "unverified" mark.
#include "domain/doclanguage.h"
#include "rules/clockrules.h"
#include "rules/clocks.h"
#include "clockrecord.h"

#include <gtest/gtest.h>

using namespace Testigo;
using namespace Testigo::Test;
using Status = ClockResult::Status;

namespace {

Stage stage(const QString &kind, const QDate &actual)
{
    Stage s;
    s.kind = kind;
    s.actualDate = actual;
    s.status = QStringLiteral("done");
    return s;
}

QList<ClockResult> clocksOn(const Procedure &p, const QDate &call, int daysToOpening)
{
    return evaluateClocks(p, {stage(QStringLiteral("call"), call), stage(QStringLiteral("opening"), call.addDays(daysToOpening))},
                          QDate(2030, 1, 1));
}

std::optional<ClockResult> find(const QList<ClockResult> &all, const QString &code)
{
    for (const ClockResult &c : all)
        if (c.code == code)
            return c;
    return std::nullopt;
}

Status publication(const Procedure &p, const QDate &call, int days)
{
    const auto c = find(clocksOn(p, call, days), QStringLiteral("publication_to_opening"));
    EXPECT_TRUE(c) << p.regime.toStdString() << " " << call.toString(Qt::ISODate).toStdString();
    return c ? c->status : Status::NotApplicable;
}

} // namespace

TEST(RegimeVersions, theCallsDateChoosesTheVersion)
{
    const QString laassp = QStringLiteral("LAASSP-2000"), lopsrm = QStringLiteral("LOPSRM");
    EXPECT_EQ(ClockRules::versionFor(laassp, QDate(2003, 3, 10)), QStringLiteral("LAASSP-2000"));
    EXPECT_EQ(ClockRules::versionFor(laassp, QDate(2009, 5, 27)), QStringLiteral("LAASSP-2000"));
    EXPECT_EQ(ClockRules::versionFor(laassp, QDate(2009, 5, 28)), QStringLiteral("LAASSP-2009"));
    EXPECT_EQ(ClockRules::versionFor(QStringLiteral("LAASSP-2025"), QDate(2025, 4, 16)), QStringLiteral("LAASSP-2009"));
    EXPECT_EQ(ClockRules::versionFor(laassp, QDate(2025, 4, 17)), QStringLiteral("LAASSP-2025"));
    EXPECT_EQ(ClockRules::versionFor(lopsrm, QDate(2006, 5, 8)), QStringLiteral("LOPSRM-2000"));
    EXPECT_EQ(ClockRules::versionFor(lopsrm, QDate(2009, 5, 28)), QStringLiteral("LOPSRM-2009"));
    EXPECT_EQ(ClockRules::versionFor(lopsrm, QDate(2025, 4, 2)), QStringLiteral("LOPSRM-2009"));
    EXPECT_EQ(ClockRules::versionFor(lopsrm, QDate(2025, 4, 17)), QStringLiteral("LOPSRM-2025"));
    // Without any date the code implies its version.
    EXPECT_EQ(ClockRules::versionFor(laassp, QDate()), QStringLiteral("LAASSP-2009"));
    EXPECT_EQ(ClockRules::versionFor(QStringLiteral("LAASSP-2025"), QDate()), QStringLiteral("LAASSP-2025"));
    // The call's date wins over other stages; without a call, the earliest stage date.
    const QList<Stage> stages{stage(QStringLiteral("market_research"), QDate(2009, 4, 1)),
                              stage(QStringLiteral("call"), QDate(2009, 6, 1))};
    EXPECT_EQ(regimeVersionDate(stages), QDate(2009, 6, 1));
    EXPECT_EQ(regimeVersionDate({stages.first()}), QDate(2009, 4, 1));
}

// Issue 13, defect 3: a 2003 procedure cited "art. 26 Ter" (added 28 May 2009) for the report.
TEST(RegimeVersions, before2009_noStatutoryWitnessClock_articlesUnverified)
{
    for (const QString &regime : {QStringLiteral("LAASSP-2000"), QStringLiteral("LOPSRM")}) {
        Procedure p = lawProcedure(regime);
        p.participationEnd = QDate(2006, 7, 1);
        const auto all = clocksOn(p, QDate(2006, 5, 8), 30);
        EXPECT_FALSE(find(all, QStringLiteral("report_deadline"))) << regime.toStdString();
        const auto pub = find(all, QStringLiteral("publication_to_opening"));
        ASSERT_TRUE(pub) << regime.toStdString();
        EXPECT_FALSE(pub->articleVerified);
        EXPECT_FALSE(pub->article.contains(QStringLiteral("Bis")) && regime == QLatin1String("LOPSRM"));
        const DocLanguage es(QStringLiteral("es")), en(QStringLiteral("en"));
        EXPECT_TRUE(pub->articleLabel(en).contains(QStringLiteral("unverified"))) << pub->articleLabel(en).toStdString();
        EXPECT_TRUE(pub->articleLabel(es).contains(QStringLiteral("sin verificar"))) << pub->articleLabel(es).toStdString();
        for (const ClockResult &c : all)
            EXPECT_FALSE(c.article.contains(QStringLiteral("26 Ter")) || c.article.contains(QStringLiteral("27 Bis")))
                << c.article.toStdString();
    }
}

TEST(RegimeVersions, from2009_theReportClockCitesTheWitnessArticleOfItsVersion)
{
    const auto cite = [](const QString &regime, const QDate &call) {
        Procedure p = lawProcedure(regime);
        p.participationEnd = call.addDays(60);
        const auto r = find(clocksOn(p, call, 30), QStringLiteral("report_deadline"));
        return r ? r->article : QString();
    };
    EXPECT_TRUE(cite(QStringLiteral("LAASSP-2000"), QDate(2012, 3, 1)).contains(QStringLiteral("26 Ter")));
    EXPECT_TRUE(cite(QStringLiteral("LAASSP-2025"), QDate(2025, 6, 2)).contains(QStringLiteral("art. 38")));
    EXPECT_TRUE(cite(QStringLiteral("LOPSRM"), QDate(2012, 3, 1)).contains(QStringLiteral("27 Bis")));
    EXPECT_TRUE(cite(QStringLiteral("LOPSRM"), QDate(2025, 6, 2)).contains(QStringLiteral("27 Bis")));
}

// Both sides of the publication-to-opening minimum in every version.
TEST(RegimeVersions, publicationMinimum_bothSidesInEveryVersion)
{
    const QList<QDate> dates{QDate(2005, 3, 1), QDate(2015, 3, 2), QDate(2025, 4, 2), QDate(2025, 6, 2)};
    for (const QDate &call : dates) {
        const auto goods = lawProcedure(QStringLiteral("LAASSP-2000"));
        EXPECT_EQ(publication(goods, call, 15), Status::Ok) << call.toString(Qt::ISODate).toStdString();
        EXPECT_EQ(publication(goods, call, 14), Status::Breached) << call.toString(Qt::ISODate).toStdString();
        const auto works = lawProcedure(QStringLiteral("LOPSRM"));
        EXPECT_EQ(publication(works, call, 10), Status::Ok) << call.toString(Qt::ISODate).toStdString();
        EXPECT_EQ(publication(works, call, 9), Status::Breached) << call.toString(Qt::ISODate).toStdString();
        const auto treaties = lawProcedure(QStringLiteral("LAASSP-2000"), QStringLiteral("open_tender"),
                                        QStringLiteral("international_treaties"));
        EXPECT_EQ(publication(treaties, call, 20), Status::Ok) << call.toString(Qt::ISODate).toStdString();
        EXPECT_EQ(publication(treaties, call, 19), Status::Breached) << call.toString(Qt::ISODate).toStdString();
    }
}

// Issue 13, defect 3: a works call published on 2 April 2025 got the 2025 rules.
TEST(RegimeVersions, worksCallBeforeTheReform_isJudgedByThe2009Version)
{
    const auto all = clocksOn(lawProcedure(QStringLiteral("LOPSRM")), QDate(2025, 4, 2), 12);
    const auto pub = find(all, QStringLiteral("publication_to_opening"));
    ASSERT_TRUE(pub);
    EXPECT_EQ(pub->version, QStringLiteral("LOPSRM-2009"));
    EXPECT_FALSE(pub->articleVerified);
    const auto after = find(clocksOn(lawProcedure(QStringLiteral("LOPSRM")), QDate(2025, 4, 17), 12),
                            QStringLiteral("publication_to_opening"));
    ASSERT_TRUE(after);
    EXPECT_EQ(after->version, QStringLiteral("LOPSRM-2025"));
    EXPECT_TRUE(after->articleVerified);
}

// Issue 13, defect 3: a voluntary pact cited the statutory 10-day report deadline.
TEST(RegimeVersions, voluntaryPact_hasNoStatutoryWitnessClock_andIsAdvisory)
{
    Procedure p = lawProcedure(QStringLiteral("VOLUNTARY"));
    p.participationEnd = QDate(2025, 8, 1);
    const auto all = clocksOn(p, QDate(2025, 6, 2), 20);
    EXPECT_FALSE(find(all, QStringLiteral("report_deadline")));
    const auto pub = find(all, QStringLiteral("publication_to_opening"));
    ASSERT_TRUE(pub);
    EXPECT_TRUE(pub->advisory);
    for (const ClockResult &c : clocksOn(p, QDate(2012, 6, 4), 20))
        EXPECT_NE(c.code, QStringLiteral("report_deadline"));
}

TEST(RegimeVersions, stateRegime_hasNoClocks)
{
    EXPECT_TRUE(clocksOn(lawProcedure(QStringLiteral("STATE")), QDate(2020, 1, 6), 3).isEmpty());
    EXPECT_TRUE(ClockRules::forRegimeOn(QStringLiteral("STATE"), QDate(2020, 1, 6)).clocks.isEmpty());
}

TEST(RegimeVersions, everyVersionFile_loadsWithBilingualRulesAndASource)
{
    for (const char *name : {"LAASSP-2000", "LAASSP-2009", "LAASSP-2025", "LOPSRM-2000", "LOPSRM-2009", "LOPSRM-2025"}) {
        const RegimeRules r = ClockRules::forRegime(QString::fromLatin1(name));
        EXPECT_GE(r.clocks.size(), 5) << name;
        EXPECT_TRUE(r.name.isComplete()) << name;
        for (const ClockRule &c : r.clocks) {
            EXPECT_TRUE(c.name.isComplete()) << name << " " << c.code.toStdString();
            EXPECT_FALSE(c.article.isEmpty()) << name << " " << c.code.toStdString();
            EXPECT_FALSE(c.source.isEmpty()) << name << " " << c.code.toStdString();
        }
    }
}

// Issue 13, defect 5: the demo's LO-016B00001-N8-2012 held its junta before its site visit and
// nothing said so. Works: the visit after the 3rd natural day, the junta the day after the visit.
TEST(RegimeVersions, worksSiteVisit_bothSidesInEveryVersion)
{
    for (const QDate &call : {QDate(2006, 5, 8), QDate(2012, 4, 2), QDate(2025, 6, 2)}) {
        const Procedure works = lawProcedure(QStringLiteral("LOPSRM"));
        const auto at = [&](int visitDay, int juntaDay) {
            return evaluateClocks(works,
                                  {stage(QStringLiteral("call"), call), stage(QStringLiteral("site_visit"), call.addDays(visitDay)),
                                   stage(QStringLiteral("clarification"), call.addDays(juntaDay)),
                                   stage(QStringLiteral("opening"), call.addDays(30))},
                                  QDate(2030, 1, 1));
        };
        const std::string when = call.toString(Qt::ISODate).toStdString();
        EXPECT_EQ(find(at(4, 5), QStringLiteral("call_to_site_visit"))->status, Status::Ok) << when;
        EXPECT_EQ(find(at(3, 5), QStringLiteral("call_to_site_visit"))->status, Status::Breached) << when;
        EXPECT_EQ(find(at(5, 6), QStringLiteral("site_visit_to_clarification"))->status, Status::Ok) << when;
        EXPECT_EQ(find(at(5, 5), QStringLiteral("site_visit_to_clarification"))->status, Status::Breached) << when;
        EXPECT_EQ(find(at(5, 4), QStringLiteral("site_visit_to_clarification"))->status, Status::Breached) << when;
    }
    // Goods have no site-visit clock.
    EXPECT_FALSE(find(clocksOn(lawProcedure(QStringLiteral("LAASSP-2025")), QDate(2025, 6, 2), 20),
                      QStringLiteral("site_visit_to_clarification")));
}
