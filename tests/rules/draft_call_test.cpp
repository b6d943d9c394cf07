// SPDX-License-Identifier: GPL-3.0-or-later
// The draft call (proyecto de convocatoria) published at least 5 business days before the call
// (REFERENCE §3.2 row 1): each LAASSP version, on both sides of the limit; not applicable without a
// draft; unverified where the reference gives only the 2025 text; no such rule for works.
#include "domain/doclanguage.h"
#include "rules/calendar.h"
#include "rules/clocks.h"

#include <gtest/gtest.h>

using namespace Testigo;
using Status = ClockResult::Status;

namespace {

Stage stage(const QString &kind, const QDate &actual, int position)
{
    Stage s;
    s.kind = kind;
    s.position = position;
    s.actualDate = actual;
    s.status = actual.isValid() ? QStringLiteral("done") : QStringLiteral("pending");
    return s;
}

std::optional<ClockResult> draftClock(const QString &regime, const QDate &draft, const QDate &call)
{
    Procedure p;
    p.regime = regime;
    p.type = QStringLiteral("open_tender");
    p.character = QStringLiteral("national");
    p.objectKind
        = regime.startsWith(QLatin1String("LOPSRM")) ? QStringLiteral("works") : QStringLiteral("goods");
    const QList<Stage> stages {stage(QStringLiteral("draft_call"), draft, 0),
        stage(QStringLiteral("call"), call, 1), stage(QStringLiteral("opening"), call.addDays(30), 2)};
    for (const ClockResult &c : evaluateClocks(p, stages, QDate(2030, 1, 1)))
        if (c.code == QLatin1String("draft_call_period"))
            return c;
    return std::nullopt;
}

} // namespace

TEST(DraftCall, fiveBusinessDays_eachLaasspVersion_bothSides)
{
    const BusinessCalendar &cal = BusinessCalendar::standard();
    // The call's date chooses the version: 2005 (before the 2009 reform), 2015, 2025.
    const QList<QPair<QString, QDate>> cases {{QStringLiteral("LAASSP-2000"), QDate(2005, 6, 6)},
        {QStringLiteral("LAASSP-2000"), QDate(2015, 6, 8)},
        {QStringLiteral("LAASSP-2025"), QDate(2025, 6, 2)}};
    const QStringList versions {
        QStringLiteral("LAASSP-2000"), QStringLiteral("LAASSP-2009"), QStringLiteral("LAASSP-2025")};
    for (int i = 0; i < cases.size(); ++i) {
        const auto &[regime, draft] = cases[i];
        const auto onTime = draftClock(regime, draft, cal.addBusinessDays(draft, 5));
        ASSERT_TRUE(onTime) << versions[i].toStdString();
        EXPECT_EQ(onTime->version, versions[i]);
        EXPECT_EQ(onTime->status, Status::Ok) << versions[i].toStdString();
        EXPECT_TRUE(onTime->businessDays);
        EXPECT_EQ(onTime->deadline, cal.addBusinessDays(draft, 5)); // the earliest lawful date of the call
        const auto early = draftClock(regime, draft, cal.addBusinessDays(draft, 4));
        ASSERT_TRUE(early);
        EXPECT_EQ(early->status, Status::Breached) << versions[i].toStdString();
        // Only the 2025 text is in the reference.
        EXPECT_EQ(onTime->articleVerified, versions[i] == QLatin1String("LAASSP-2025"));
    }
    EXPECT_EQ(draftClock(QStringLiteral("LAASSP-2025"), QDate(2025, 6, 2), QDate(2025, 6, 9))->article,
        QStringLiteral("LAASSP art. 40"));
}

TEST(DraftCall, countsBusinessDaysNotNaturalOnes)
{
    // Friday 6 June 2025 to Friday 13 June: 7 natural days but 5 business days: lawful. Thursday 12
    // June: 6 natural days, 4 business days: too early.
    EXPECT_EQ(
        draftClock(QStringLiteral("LAASSP-2025"), QDate(2025, 6, 6), QDate(2025, 6, 13))->status, Status::Ok);
    EXPECT_EQ(draftClock(QStringLiteral("LAASSP-2025"), QDate(2025, 6, 6), QDate(2025, 6, 12))->status,
        Status::Breached);
}

TEST(DraftCall, noDraftPublished_doesNotApply_andWorksHaveNoSuchRule)
{
    const auto none = draftClock(QStringLiteral("LAASSP-2025"), QDate(), QDate(2025, 6, 9));
    ASSERT_TRUE(none);
    EXPECT_EQ(none->status, Status::NotApplicable);
    EXPECT_FALSE(draftClock(QStringLiteral("LOPSRM"), QDate(2025, 6, 2), QDate(2025, 6, 4)));
}
