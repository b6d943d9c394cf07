// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 6: two witnesses' diverged copies of the DEMO case file merge as an editor expects: both
// sides' edits arrive, the field both changed differently is a conflict holding both values, the
// field both changed alike is not, nothing is lost, and merging again changes nothing.
#include "demo/demo.h"
#include "merge/fixture.h"
#include "merge/merger.h"

#include <QSet>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace Testigo;
using namespace Testigo::MergeTest;

namespace {

// Every live row's id per entity table.
template<class E>
void collect(const CaseFile &f, QHash<QString, QSet<QString>> &out)
{
    for (const E &e : f.all<E>())
        out[mappingOf<E>().table].insert(e.id);
}

QHash<QString, QSet<QString>> liveIds(const CaseFile &f)
{
    QHash<QString, QSet<QString>> ids;
    collect<Agency>(f, ids);
    collect<Witness>(f, ids);
    collect<Procedure>(f, ids);
    collect<Engagement>(f, ids);
    collect<Lot>(f, ids);
    collect<Stage>(f, ids);
    collect<ChecklistAnswer>(f, ids);
    collect<Clause>(f, ids);
    collect<Signatory>(f, ids);
    collect<Finding>(f, ids);
    collect<FindingClause>(f, ids);
    collect<Attachment>(f, ids);
    collect<Bidder>(f, ids);
    collect<Bid>(f, ids);
    collect<Award>(f, ids);
    collect<Contract>(f, ids);
    collect<Amendment>(f, ids);
    collect<Narrative>(f, ids);
    return ids;
}

QString newFinding(CaseFile &f, const QString &procedureId, int number, const char *category, const QString &description)
{
    Finding extra;
    extra.procedureId = procedureId;
    extra.number = number;
    extra.category = QLatin1String(category);
    extra.description = description;
    EXPECT_TRUE(add(f, extra));
    return extra.id;
}

QString text(const QString &canonical) { return Merge::valueFromCanonical(canonical).toString(); }

struct DemoCopies
{
    QTemporaryDir dir;
    QString ana, beto;
    Procedure procedure;        // the demo procedure both witnesses edit
    QString originalTitle;
    Finding findingA, findingB; // two of its findings: Ana edits one, Beto the other
    QString newFindingA, newFindingB, attachmentB;

    DemoCopies()
    {
        const QString base = dir.filePath(QStringLiteral("demo.testigo"));
        {
            auto f = CaseFile::create(base).file;
            EXPECT_TRUE(f && writeDemo(*f));
            // The first demo procedure (by number) with at least two findings.
            QList<Procedure> procedures = f->all<Procedure>();
            std::sort(procedures.begin(), procedures.end(), [](const auto &x, const auto &y) { return x.number < y.number; });
            for (const Procedure &p : procedures) {
                QList<Finding> findings = f->all<Finding>(QStringLiteral("procedure_id"), p.id);
                if (findings.size() < 2)
                    continue;
                std::sort(findings.begin(), findings.end(), [](const auto &x, const auto &y) { return x.number < y.number; });
                procedure = p;
                findingA = findings.at(0);
                findingB = findings.at(1);
                break;
            }
            originalTitle = procedure.title;
        }
        ana = dir.filePath(QStringLiteral("ana.testigo"));
        beto = dir.filePath(QStringLiteral("beto.testigo"));
        EXPECT_TRUE(QFile::copy(base, ana));
        EXPECT_TRUE(QFile::copy(base, beto));
        {
            auto f = CaseFile::open(ana).file;
            f->setAuthor(QStringLiteral("ana"));
            Procedure p = *f->get<Procedure>(procedure.id);
            p.title = QStringLiteral("Título según Ana");   // Beto changes it differently: a conflict
            p.place = QStringLiteral("Monterrey, N. L.");   // only Ana
            EXPECT_TRUE(f->update(p)) << f->lastError().toStdString();
            Finding fa = *f->get<Finding>(findingA.id);
            fa.description = QStringLiteral("Ana precisó el hallazgo con el acta de apertura");
            fa.status = QStringLiteral("attended");         // Beto sets the same: no conflict
            EXPECT_TRUE(f->update(fa)) << f->lastError().toStdString();
            newFindingA = newFinding(*f, procedure.id, 90, "procedural", QStringLiteral("Hallazgo nuevo de Ana"));
        }
        {
            auto f = CaseFile::open(beto).file;
            f->setAuthor(QStringLiteral("beto"));
            EXPECT_TRUE(f->setField(QStringLiteral("procedure"), procedure.id, QStringLiteral("title"), QStringLiteral("Título según Beto")));
            EXPECT_TRUE(f->setField(QStringLiteral("finding"), findingA.id, QStringLiteral("status"), QStringLiteral("attended")));
            EXPECT_TRUE(f->setField(QStringLiteral("finding"), findingB.id, QStringLiteral("recommendation"),
                                    QStringLiteral("Beto recomienda publicar el dictamen")));
            newFindingB = newFinding(*f, procedure.id, 91, "evaluation", QStringLiteral("Hallazgo nuevo de Beto"));
            attachmentB = attach(*f, procedure.id, QStringLiteral("beto-acta.pdf"), QByteArrayLiteral("%PDF-beto-demo"));
        }
    }
};

} // namespace

TEST(MergeDemo, twoWitnessesDemoCopies_bothEditsArriveAndTheSharedFieldIsOneConflict)
{
    DemoCopies d;
    ASSERT_FALSE(d.procedure.id.isEmpty()) << "the demo has no procedure with two findings";
    auto target = CaseFile::open(d.ana).file;
    auto source = CaseFile::open(d.beto, true).file;
    ASSERT_TRUE(target && source);
    const auto anaIds = liveIds(*target), betoIds = liveIds(*source);
    const qint64 anaBlobs = target->count(QStringLiteral("blob"));
    for (const char *table : {"procedure", "finding", "bid", "award", "attachment", "narrative"})
        ASSERT_FALSE(anaIds.value(QLatin1String(table)).isEmpty()) << table; // the comparison below is not vacuous

    QString error;
    const Merge::SourceSummary s = Merge::mergeFrom(*target, *source, &error);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();

    // Exactly one conflict: the title, with the demo's, Ana's and Beto's values. The status both set
    // to "attended" is not one.
    const QList<MergeConflict> conflicts = Merge::openConflicts(*target);
    ASSERT_EQ(conflicts.size(), 1);
    EXPECT_EQ(s.conflicts, 1);
    const MergeConflict &c = conflicts.first();
    EXPECT_EQ(c.table, QStringLiteral("procedure"));
    EXPECT_EQ(c.rowRef, d.procedure.id);
    EXPECT_EQ(c.field, QStringLiteral("title"));
    EXPECT_EQ(text(c.baseValue), d.originalTitle);
    EXPECT_EQ(text(c.oursValue), QStringLiteral("Título según Ana"));
    EXPECT_EQ(text(c.theirsValue), QStringLiteral("Título según Beto"));

    // Both sides' edits are there.
    const auto p = target->get<Procedure>(d.procedure.id);
    EXPECT_EQ(p->title, QStringLiteral("Título según Ana")); // ours until the editor decides
    EXPECT_EQ(p->place, QStringLiteral("Monterrey, N. L."));
    const auto fa = target->get<Finding>(d.findingA.id);
    EXPECT_EQ(fa->description, QStringLiteral("Ana precisó el hallazgo con el acta de apertura"));
    EXPECT_EQ(fa->status, QStringLiteral("attended"));
    const auto fb = target->get<Finding>(d.findingB.id);
    EXPECT_EQ(fb->recommendation, QStringLiteral("Beto recomienda publicar el dictamen"));
    EXPECT_EQ(fb->description, d.findingB.description);
    EXPECT_EQ(target->get<Finding>(d.newFindingA)->description, QStringLiteral("Hallazgo nuevo de Ana"));
    EXPECT_EQ(target->get<Finding>(d.newFindingB)->description, QStringLiteral("Hallazgo nuevo de Beto"));
    const auto att = target->get<Attachment>(d.attachmentB);
    ASSERT_TRUE(att);
    EXPECT_EQ(target->blob(att->sha256), QByteArrayLiteral("%PDF-beto-demo"));

    // Nothing lost: every row of either copy is in the merged file, and nothing else.
    const auto merged = liveIds(*target);
    for (auto it = anaIds.cbegin(); it != anaIds.cend(); ++it) {
        const QSet<QString> expected = it.value() + betoIds.value(it.key());
        EXPECT_EQ(merged.value(it.key()), expected) << it.key().toStdString();
    }
    EXPECT_EQ(target->count(QStringLiteral("blob")), anaBlobs + 1);
    EXPECT_TRUE(target->verify().ok());
    EXPECT_TRUE(target->verifyImportedAudit().isEmpty());

    // Merging Beto's copy again changes nothing, not even the audit trail.
    const QString head = target->auditHead();
    const Merge::SourceSummary again = Merge::mergeFrom(*target, *source, &error);
    EXPECT_TRUE(error.isEmpty()) << error.toStdString();
    EXPECT_FALSE(again.changed());
    EXPECT_EQ(target->auditHead(), head);
    EXPECT_EQ(Merge::openConflicts(*target).size(), 1);
    EXPECT_EQ(target->all<MergeRecord>().size(), 1);
    EXPECT_EQ(liveIds(*target), merged);
}

TEST(MergeDemo, decidedConflict_staysDecidedWhenTheSameCopyIsMergedAgain)
{
    DemoCopies d;
    auto target = CaseFile::open(d.ana).file;
    auto source = CaseFile::open(d.beto, true).file;
    ASSERT_TRUE(target && source);
    QString error;
    Merge::mergeFrom(*target, *source, &error);
    const QList<MergeConflict> conflicts = Merge::openConflicts(*target);
    ASSERT_EQ(conflicts.size(), 1);
    ASSERT_TRUE(Merge::resolveConflict(*target, conflicts.first().id, Merge::Side::Theirs, &error)) << error.toStdString();
    EXPECT_EQ(target->get<Procedure>(d.procedure.id)->title, QStringLiteral("Título según Beto"));
    EXPECT_TRUE(Merge::openConflicts(*target).isEmpty());

    const QString head = target->auditHead();
    EXPECT_FALSE(Merge::mergeFrom(*target, *source, &error).changed());
    EXPECT_EQ(target->auditHead(), head);
    EXPECT_TRUE(Merge::openConflicts(*target).isEmpty());
    EXPECT_EQ(target->get<Procedure>(d.procedure.id)->title, QStringLiteral("Título según Beto"));
    EXPECT_TRUE(target->verify().ok());
}
