// SPDX-License-Identifier: GPL-3.0-or-later
// The impact of a whole portfolio reads each table once (forEachImpactInput): it must see exactly
// the rows a query per procedure sees, in the same order, deleted rows and their children left out.
#include "demo/demo.h"
#include "impact/metrics.h"
#include "store/casefile.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace Testigo;

namespace {

template<class E> QStringList ids(const QList<E> &rows)
{
    QStringList out;
    for (const E &r : rows)
        out << r.id;
    return out;
}

} // namespace

TEST(ImpactStream, everyProcedureGetsTheRowsAQueryPerProcedureGets)
{
    QTemporaryDir dir;
    auto file = CaseFile::create(dir.filePath(QStringLiteral("demo.testigo"))).file;
    ASSERT_TRUE(file);
    ASSERT_TRUE(writeDemo(*file)) << file->lastError().toStdString();
    // A deleted lot takes its bids and awards with it; a deleted procedure leaves the stream.
    const QList<Procedure> procedures = file->all<Procedure>();
    ASSERT_GE(procedures.size(), 3);
    const QList<Lot> lots = file->all<Lot>(QStringLiteral("procedure_id"), procedures[1].id);
    ASSERT_FALSE(lots.isEmpty());
    ASSERT_TRUE(file->setDeleted(QStringLiteral("lot"), lots.first().id, true));
    ASSERT_TRUE(file->setDeleted(QStringLiteral("procedure"), procedures[2].id, true));

    QList<ImpactInput> streamed;
    forEachImpactInput(*file, [&](ImpactInput &&in) { streamed.append(std::move(in)); });
    const QList<Procedure> live = file->all<Procedure>();
    ASSERT_EQ(streamed.size(), live.size());
    int withBids = 0;
    for (int i = 0; i < live.size(); ++i) {
        const ImpactInput expected = loadImpactInput(*file, live[i]);
        const ImpactInput &got = streamed[i];
        EXPECT_EQ(got.procedure.id, live[i].id);
        EXPECT_EQ(got.procedure.number, live[i].number);
        EXPECT_EQ(ids(got.lots), ids(expected.lots)) << live[i].number.toStdString();
        EXPECT_EQ(ids(got.bidders), ids(expected.bidders));
        EXPECT_EQ(ids(got.stages), ids(expected.stages));
        EXPECT_EQ(ids(got.contracts), ids(expected.contracts));
        EXPECT_EQ(ids(got.bids), ids(expected.bids));
        EXPECT_EQ(ids(got.awards), ids(expected.awards));
        EXPECT_EQ(ids(got.amendments), ids(expected.amendments));
        withBids += got.bids.isEmpty() ? 0 : 1;
        // The figures computed from either are the same.
        EXPECT_EQ(computeProcedureMetrics(got).savings, computeProcedureMetrics(expected).savings);
    }
    EXPECT_GE(withBids, 3) << "the demo has procedures with bids to compare";
}
