// SPDX-License-Identifier: GPL-3.0-or-later
// Merging diverged copies of a case file: nothing lost, exactly the expected conflicts, idempotent.
#include "merge/fixture.h"
#include "merge/merger.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace Testigo;
using namespace Testigo::MergeTest;

namespace {

QStringList conflictKeys(const CaseFile &f)
{
    QStringList keys;
    for (const MergeConflict &c : Merge::openConflicts(f))
        keys << c.table + QLatin1Char('.') + c.field + QLatin1Char('@') + c.rowRef;
    keys.sort();
    return keys;
}

} // namespace

TEST(Merge, divergedCopies_losesNothingAndReportsExactlyTheTwoSidedConflicts)
{
    Diverged d;
    auto target = CaseFile::open(d.a).file;
    auto source = CaseFile::open(d.b, true).file;
    QString error;
    const Merge::SourceSummary s = Merge::mergeFrom(*target, *source, &error);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();

    QStringList expected{QStringLiteral("procedure.title@") + d.ids.procedure1,
                         QStringLiteral("finding.deleted@") + d.ids.finding3};
    expected.sort();
    EXPECT_EQ(conflictKeys(*target), expected);
    EXPECT_EQ(s.conflicts, 2);

    const auto p1 = target->get<Procedure>(d.ids.procedure1);
    EXPECT_EQ(p1->title, QStringLiteral("Título de Ana"));        // ours until decided
    EXPECT_EQ(p1->place, QStringLiteral("Ciudad de México"));     // one-sided field: merged cleanly
    EXPECT_EQ(target->get<Finding>(d.ids.finding1)->description, QStringLiteral("Ana lo precisó"));
    EXPECT_TRUE(target->get<Finding>(d.ids.finding2)->deleted);   // deleted vs unchanged: deleted
    EXPECT_FALSE(target->get<Finding>(d.ids.finding3)->deleted);  // deleted vs edited: kept, in conflict
    EXPECT_EQ(target->get<Finding>(d.ids.finding3)->recommendation, QStringLiteral("Ana recomienda"));
    EXPECT_TRUE(target->get<Finding>(d.newFindingB).has_value());
    EXPECT_TRUE(target->get<Attachment>(d.attachmentA).has_value());
    const auto attB = target->get<Attachment>(d.attachmentB);
    ASSERT_TRUE(attB.has_value());
    EXPECT_EQ(target->blob(attB->sha256), QByteArrayLiteral("%PDF-beto"));
    EXPECT_EQ(target->count(QStringLiteral("attachment")), 5);
    EXPECT_EQ(target->count(QStringLiteral("blob")), 4); // two actas, ana's (shared) and beto's

    EXPECT_TRUE(target->verify().ok());
    EXPECT_TRUE(target->verifyImportedAudit().isEmpty());
    // Beto's writes are kept as he signed them, and the merge itself is on record.
    EXPECT_GT(s.auditEntries, 0);
    bool sawBeto = false;
    for (const auto &i : target->importedAudit())
        sawBeto = sawBeto || i.entry.author == QStringLiteral("beto");
    EXPECT_TRUE(sawBeto);
    EXPECT_EQ(target->all<MergeRecord>().size(), 1);
}

TEST(Merge, manyWitnesses_eachProcedureArrivesOnceWithItsEvidence)
{
    QTemporaryDir dir;
    const QString editor = dir.filePath(QStringLiteral("editor.testigo"));
    CaseFile::create(editor); // closed again at once
    std::vector<std::unique_ptr<CaseFile>> witnesses;
    QList<const CaseFile *> sources;
    for (int i = 0; i < 3; ++i) {
        witnesses.push_back(CaseFile::create(dir.filePath(QStringLiteral("w%1.testigo").arg(i))).file);
        buildFixture(*witnesses.back(), 1);
        sources << witnesses.back().get();
    }
    auto f = CaseFile::open(editor).file;
    const Merge::Result r = Merge::mergeAll(*f, sources);
    EXPECT_TRUE(r.ok);
    EXPECT_EQ(r.openConflicts, 0);
    EXPECT_EQ(f->count(QStringLiteral("procedure")), 3);
    EXPECT_EQ(f->count(QStringLiteral("finding")), 9);
    EXPECT_EQ(f->count(QStringLiteral("blob")), 1); // the three actas are the same bytes
    EXPECT_EQ(f->all<MergeRecord>().size(), 3);
    EXPECT_TRUE(f->verify().ok());
    EXPECT_TRUE(f->verifyImportedAudit().isEmpty());
}
