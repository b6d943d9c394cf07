// SPDX-License-Identifier: GPL-3.0-or-later
// testigo-cli merge: exit codes, idempotence on disk, conflicts decided, refusals.
#include "cli/cli.h"
#include "merge/fixture.h"
#include "merge/merger.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace Testigo;
using namespace Testigo::MergeTest;

namespace {

// What `info --json` shows: counts, audit head and length (opening a file for writing touches
// SQLite's header, so bytes are not the measure).
QString state(const QString &path)
{
    auto f = CaseFile::open(path, true).file;
    QStringList parts{f->auditHead(), QString::number(f->auditLength())};
    for (const QString &t : entityTables())
        parts << QString::number(f->count(t));
    parts << QString::number(f->count(QStringLiteral("blob")));
    return parts.join(QLatin1Char(' '));
}

int runCli(const QStringList &args, QString *out = nullptr)
{
    QString o, e;
    QTextStream os(&o), es(&e);
    const int rc = Cli::run(args, Cli::Io{os, es});
    os.flush();
    if (out)
        *out = o + e;
    return rc;
}

} // namespace

TEST(Merge, mergingTheSameSourceAgain_changesNothing)
{
    Diverged d;
    QString out;
    EXPECT_EQ(runCli({QStringLiteral("merge"), d.a, d.b}, &out), Cli::Conflicts) << out.toStdString();
    const QString before = state(d.a);
    EXPECT_EQ(runCli({QStringLiteral("merge"), d.a, d.b}, &out), Cli::Conflicts); // still undecided
    EXPECT_TRUE(out.contains(QStringLiteral("nothing new"))) << out.toStdString();
    EXPECT_EQ(state(d.a), before);
    auto f = CaseFile::open(d.a, true).file;
    EXPECT_EQ(f->openConflictCount(), 2);
}

TEST(Merge, identicalCopy_mergesToNothing)
{
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.testigo"));
    const QString b = dir.filePath(QStringLiteral("b.testigo"));
    {
        auto f = CaseFile::create(a).file;
        buildFixture(*f);
    }
    QFile::copy(a, b);
    const QString before = state(a);
    EXPECT_EQ(runCli({QStringLiteral("merge"), a, b}), Cli::Ok);
    EXPECT_EQ(state(a), before);
}

TEST(Merge, resolvingConflicts_appliesTheChosenSideAndSurvivesReMerge)
{
    Diverged d;
    EXPECT_EQ(runCli({QStringLiteral("merge"), d.a, d.b}), Cli::Conflicts);
    {
        auto f = CaseFile::open(d.a).file;
        for (const MergeConflict &c : Merge::openConflicts(*f)) {
            const auto side = c.field == QStringLiteral("title") ? Merge::Side::Theirs : Merge::Side::Ours;
            ASSERT_TRUE(Merge::resolveConflict(*f, c.id, side));
        }
        EXPECT_EQ(f->openConflictCount(), 0);
        EXPECT_EQ(f->get<Procedure>(d.ids.procedure1)->title, QStringLiteral("Título de Beto"));
        EXPECT_FALSE(f->get<Finding>(d.ids.finding3)->deleted);
        EXPECT_TRUE(f->verify().ok());
    }
    EXPECT_EQ(runCli({QStringLiteral("merge"), d.a, d.b}), Cli::Ok);
    // Back the other way: the witness's copy converges on the editor's decisions without conflicts.
    EXPECT_EQ(runCli({QStringLiteral("merge"), d.b, d.a}), Cli::Ok);
    auto w = CaseFile::open(d.b, true).file;
    EXPECT_EQ(w->get<Procedure>(d.ids.procedure1)->title, QStringLiteral("Título de Beto"));
    EXPECT_EQ(w->get<Finding>(d.ids.finding1)->description, QStringLiteral("Ana lo precisó"));
    EXPECT_FALSE(w->get<Finding>(d.ids.finding3)->deleted);
    EXPECT_TRUE(w->get<Attachment>(d.attachmentA).has_value());
    EXPECT_TRUE(w->verify().ok());
    EXPECT_EQ(w->openConflictCount(), 0);
}

TEST(Merge, sourceThatIsNotACaseFile_exitsOneAndLeavesTargetUntouched)
{
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.testigo"));
    {
        auto f = CaseFile::create(a).file;
        buildFixture(*f);
    }
    const QString junk = dir.filePath(QStringLiteral("notes.txt"));
    QFile j(junk);
    ASSERT_TRUE(j.open(QIODevice::WriteOnly));
    j.write("not a case file\n");
    j.close();
    const QByteArray before = sha256Of(a);
    QString out;
    EXPECT_EQ(runCli({QStringLiteral("merge"), a, junk}, &out), Cli::Error);
    EXPECT_TRUE(out.contains(QStringLiteral("not a Testigo case file"))) << out.toStdString();
    EXPECT_EQ(sha256Of(a), before);
}

