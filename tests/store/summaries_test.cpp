// SPDX-License-Identifier: GPL-3.0-or-later
// The procedures list read in one streamed query: the current stage is the last done or under way
// in template order, the year that of the earliest stage date (actual before planned), deleted
// stages and procedures do not count.
#include "store/insertentity.h"
#include "store/summaries.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace Testigo;

namespace {

Stage stage(const QString &procedureId, const QString &kind, int position, const QString &status,
    const QDate &planned, const QDate &actual = {})
{
    Stage s;
    s.procedureId = procedureId;
    s.kind = kind;
    s.position = position;
    s.status = status;
    s.plannedDate = planned;
    s.actualDate = actual;
    return s;
}

} // namespace

TEST(ProcedureSummaries, stageAndYearComeFromTheLiveStages)
{
    QTemporaryDir dir;
    auto file = CaseFile::create(dir.filePath(QStringLiteral("s.testigo"))).file;
    ASSERT_TRUE(file);
    Agency agency;
    agency.name = QStringLiteral("Secretaría de Salud");
    ASSERT_TRUE(insertEntity(*file, agency));
    Procedure watched, empty, gone;
    watched.number = QStringLiteral("LA-1");
    watched.title = QStringLiteral("Adquisición de vacunas");
    watched.agencyId = agency.id;
    empty.number = QStringLiteral("LA-2");
    gone.number = QStringLiteral("LA-3");
    for (Procedure *p : {&watched, &empty, &gone})
        ASSERT_TRUE(insertEntity(*file, *p));
    QList<Stage> stages {stage(watched.id, QStringLiteral("call"), 1, QStringLiteral("done"),
                             QDate(2024, 2, 1), QDate(2024, 3, 1)),
        stage(watched.id, QStringLiteral("site_visit"), 3, QStringLiteral("in_progress"), QDate(2023, 12, 1)),
        stage(watched.id, QStringLiteral("award"), 5, QStringLiteral("pending"), QDate(2024, 6, 1)),
        stage(watched.id, QStringLiteral("opening"), 4, QStringLiteral("done"), QDate(2022, 1, 1))};
    for (Stage &s : stages)
        ASSERT_TRUE(insertEntity(*file, s));
    ASSERT_TRUE(
        file->setDeleted(QStringLiteral("stage"), stages.last().id, true)); // the opening was a mistake
    ASSERT_TRUE(file->setDeleted(QStringLiteral("procedure"), gone.id, true));

    QList<ProcedureSummary> seen;
    ASSERT_TRUE(forEachProcedureSummary(*file, [&](const ProcedureSummary &s) {
        seen << s;
        return true;
    }));
    ASSERT_EQ(seen.size(), 2);
    EXPECT_EQ(seen[0].number, QStringLiteral("LA-1"));
    EXPECT_EQ(seen[0].agency, QStringLiteral("Secretaría de Salud"));
    EXPECT_EQ(seen[0].stage, QStringLiteral("site_visit")); // not the deleted opening at 4
    EXPECT_EQ(seen[0].year, 2023); // the site visit's planned date, earlier than the call's actual one
    EXPECT_EQ(seen[1].number, QStringLiteral("LA-2"));
    EXPECT_TRUE(seen[1].stage.isEmpty());
    EXPECT_EQ(seen[1].year, 0);

    int calls = 0; // the sink can stop the stream
    EXPECT_TRUE(forEachProcedureSummary(*file, [&](const ProcedureSummary &) { return ++calls < 1; }));
    EXPECT_EQ(calls, 1);
}
