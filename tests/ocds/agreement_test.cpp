// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 13: the red flags and the legal clocks read the same versioned rules, so on every demo
// procedure a clock that is met raises no flag and a clock that is breached raises its flag.
#include "demo/demo.h"
#include "ocds/redflags.h"
#include "rules/clocks.h"
#include "store/casefile.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace Testigo;

namespace {

bool fired(const QList<Ocds::RedFlag> &flags, const QString &code, const QString &detailPart = QString())
{
    for (const Ocds::RedFlag &f : flags)
        if (f.code == code && (detailPart.isEmpty() || f.detail.contains(detailPart)))
            return true;
    return false;
}

} // namespace

TEST(FlagsAndClocks, agreeOnEveryDemoProcedure)
{
    QTemporaryDir tmp;
    auto created = CaseFile::create(tmp.filePath(QStringLiteral("demo.testigo")));
    ASSERT_TRUE(created.file);
    CaseFile &file = *created.file;
    ASSERT_TRUE(writeDemo(file));
    const auto rules = Ocds::FlagRules::load();
    int judged = 0;
    for (const Procedure &p : file.all<Procedure>()) {
        const QList<Ocds::RedFlag> flags = Ocds::computeRedFlags(file, p, rules);
        for (const ClockResult &c : evaluateClocks(file, p, QDate(2026, 12, 4))) {
            QString flag, detail;
            if (c.code == QLatin1String("publication_to_opening") || c.code == QLatin1String("invitation_to_opening"))
                flag = QStringLiteral("short_submission");
            else if (c.code == QLatin1String("opening_to_award"))
                flag = QStringLiteral("decision_period"), detail = QStringLiteral("natural days");
            if (flag.isEmpty())
                continue;
            const std::string where = (p.number + QLatin1Char(' ') + c.code).toStdString();
            if (c.status == ClockResult::Status::Ok || c.status == ClockResult::Status::Warning) {
                EXPECT_FALSE(fired(flags, flag, detail)) << where << " is met but flagged";
                ++judged;
            } else if (c.status == ClockResult::Status::Breached) {
                EXPECT_TRUE(fired(flags, flag, detail)) << where << " is breached but not flagged";
                ++judged;
            }
        }
    }
    EXPECT_GT(judged, 10);
}
