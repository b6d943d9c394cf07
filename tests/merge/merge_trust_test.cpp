// SPDX-License-Identifier: GPL-3.0-or-later
// testigo-cli merge and trust: a source that fails verification is refused (exit 3, the target
// byte for byte unchanged) unless the editor accepts it, which the target records; the raw OCDS
// releases travel, so red flags read the same; an open conflict cannot be settled by a reverse
// merge; a merge that writes nothing, or fails, leaves every byte of the target; signers survive.
#include "cli/cli.h"
#include "merge/fixture.h"
#include "merge/merger.h"
#include "store/signer.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace Testigo;
using namespace Testigo::MergeTest;

namespace {

int runCli(const QStringList &args, QString *out = nullptr)
{
    QString o, e;
    QTextStream os(&o), es(&e);
    const int rc = Cli::run(args, Cli::Io {os, es});
    os.flush();
    es.flush();
    if (out)
        *out = o + e;
    return rc;
}

// An editor's file and a witness's copy of it, each with edits of its own (the witness in a
// profile of their own, so two keys sign).
struct Pair
{
    QTemporaryDir dir, witnessProfile;
    QString editor, witness;
    Ids ids;
    QByteArray witnessKey;
    Pair()
    {
        editor = dir.filePath(QStringLiteral("editor.testigo"));
        witness = dir.filePath(QStringLiteral("witness.testigo"));
        ids = buildFixture(*CaseFile::create(editor).file);
        QFile::copy(editor, witness);
        qputenv("TESTIGO_KEY_DIR", witnessProfile.path().toUtf8());
        {
            auto f = CaseFile::open(witness).file;
            f->setAuthor(QStringLiteral("Beto"));
            f->setField(QStringLiteral("procedure"), ids.procedure1, QStringLiteral("title"),
                QStringLiteral("Título de Beto"));
            witnessKey = SigningKey::loadExisting()->publicKey();
        }
        qunsetenv("TESTIGO_KEY_DIR");
        auto f = CaseFile::open(editor).file;
        f->setAuthor(QStringLiteral("Ana"));
        f->setField(QStringLiteral("procedure"), ids.procedure2, QStringLiteral("title"),
            QStringLiteral("Título de Ana"));
    }
};

} // namespace

TEST(MergeTrust, tamperedSource_isRefusedWithExitThreeAndTheTargetUnchanged)
{
    Pair p;
    ASSERT_TRUE(rawSql(p.witness,
        QStringLiteral("UPDATE finding SET description = 'falsificado' WHERE id = '%1'")
            .arg(p.ids.finding1)));
    const QByteArray before = sha256Of(p.editor);
    QString out;
    EXPECT_EQ(runCli({QStringLiteral("merge"), p.editor, p.witness}, &out), Cli::VerifyFailed);
    EXPECT_TRUE(out.contains(QStringLiteral("failed verification"))) << out.toStdString();
    EXPECT_FALSE(out.contains(QStringLiteral("new rows"))) << "a refused merge prints no counts";
    EXPECT_EQ(sha256Of(p.editor), before);
}

TEST(MergeTrust, acceptUnverified_mergesAndTheTargetRecordsIt)
{
    Pair p;
    ASSERT_TRUE(rawSql(p.witness,
        QStringLiteral("UPDATE finding SET description = 'falsificado' WHERE id = '%1'")
            .arg(p.ids.finding1)));
    QString out;
    EXPECT_EQ(
        runCli({QStringLiteral("merge"), p.editor, p.witness, QStringLiteral("--accept-unverified")}, &out),
        Cli::Ok)
        << out.toStdString();
    auto f = CaseFile::open(p.editor, true).file;
    const QList<MergeRecord> records = f->all<MergeRecord>();
    ASSERT_EQ(records.size(), 1);
    EXPECT_TRUE(records.first().unverified.contains(QStringLiteral("description")))
        << records.first().unverified.toStdString();
    EXPECT_TRUE(f->verify().ok());
    EXPECT_EQ(runCli({QStringLiteral("verify"), p.editor}), Cli::Ok);
}

TEST(MergeTrust, mergedHistory_keepsItsSignersAndTrustCanBeGivenByKeyFile)
{
    Pair p;
    QString out;
    ASSERT_EQ(runCli({QStringLiteral("merge"), p.editor, p.witness}, &out), Cli::Ok) << out.toStdString();
    ASSERT_EQ(runCli({QStringLiteral("verify"), p.editor}, &out), Cli::Ok) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("Signed by Beto"))) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("not trusted"))) << out.toStdString();
    const QString keys = p.dir.filePath(QStringLiteral("beto-keys.json"));
    ASSERT_EQ(runCli({QStringLiteral("keys"), p.witness, QStringLiteral("--export"), keys}, &out), Cli::Ok)
        << out.toStdString();
    ASSERT_EQ(runCli({QStringLiteral("trust"), p.editor, keys}, &out), Cli::Ok) << out.toStdString();
    ASSERT_EQ(runCli({QStringLiteral("verify"), p.editor}, &out), Cli::Ok) << out.toStdString();
    EXPECT_FALSE(out.contains(QStringLiteral("not trusted"))) << out.toStdString();
    auto f = CaseFile::open(p.editor, true).file;
    EXPECT_TRUE(f->get<Signer>(SigningKey::fingerprintOf(p.witnessKey))->trusted);
}

TEST(MergeTrust, reverseMergeWhileAConflictIsOpen_isRefusedAndChangesNothing)
{
    Pair p;
    {
        auto f = CaseFile::open(p.editor).file;
        f->setField(QStringLiteral("procedure"), p.ids.procedure1, QStringLiteral("title"),
            QStringLiteral("Título de Ana"));
    }
    ASSERT_EQ(runCli({QStringLiteral("merge"), p.editor, p.witness}), Cli::Conflicts);
    const QByteArray before = sha256Of(p.witness);
    QString out;
    EXPECT_EQ(runCli({QStringLiteral("merge"), p.witness, p.editor}, &out), Cli::Error);
    EXPECT_TRUE(out.contains(QStringLiteral("open conflict"))) << out.toStdString();
    EXPECT_EQ(sha256Of(p.witness), before);
    EXPECT_EQ(CaseFile::open(p.witness, true).file->get<Procedure>(p.ids.procedure1)->title,
        QStringLiteral("Título de Beto"));
}

TEST(MergeTrust, noOpMerge_changesNoByteOfTheTarget)
{
    Pair p;
    ASSERT_EQ(runCli({QStringLiteral("merge"), p.editor, p.witness}), Cli::Ok);
    const QByteArray before = sha256Of(p.editor);
    QString out;
    EXPECT_EQ(runCli({QStringLiteral("merge"), p.editor, p.witness}, &out), Cli::Ok);
    EXPECT_TRUE(out.contains(QStringLiteral("nothing new"))) << out.toStdString();
    EXPECT_EQ(sha256Of(p.editor), before);
}

TEST(MergeTrust, mergeIntoADamagedTarget_failsAndChangesNoByte)
{
    Pair p;
    ASSERT_TRUE(rawSql(p.editor,
        QStringLiteral("PRAGMA writable_schema = ON;"
                       "UPDATE sqlite_master SET sql = replace(sql, '(number)', '(title)') WHERE name = "
                       "'procedure_number'")));
    const QByteArray before = sha256Of(p.editor);
    QString out;
    EXPECT_NE(runCli({QStringLiteral("merge"), p.editor, p.witness}, &out), Cli::Ok);
    EXPECT_FALSE(out.contains(QStringLiteral("new rows"))) << out.toStdString();
    EXPECT_EQ(sha256Of(p.editor), before);
}

TEST(MergeTrust, rawOcdsReleasesTravel_soRedFlagsReadTheSame)
{
    QTemporaryDir dir;
    const QString witness = dir.filePath(QStringLiteral("witness.testigo"));
    const QString editor = dir.filePath(QStringLiteral("editor.testigo"));
    ASSERT_EQ(runCli({QStringLiteral("create"), witness}), Cli::Ok);
    ASSERT_EQ(runCli({QStringLiteral("create"), editor}), Cli::Ok);
    QString out;
    for (const char *name :
        {"OCDS-87SD3T-SEFIN-DRM-LPN-001-2016.json", "OCDS-87SD3T-SEFIN-DRM-AD-CC-003-2016.json"})
        ASSERT_EQ(runCli({QStringLiteral("import"), witness,
                             QStringLiteral(TESTIGO_SOURCE_DIR "/tests/data/ocds/") + QLatin1String(name)},
                      &out),
            Cli::Ok)
            << out.toStdString();
    QString flagsBefore, flagsAfter;
    ASSERT_EQ(runCli({QStringLiteral("flags"), witness, QStringLiteral("--json")}, &flagsBefore), Cli::Ok);
    ASSERT_EQ(runCli({QStringLiteral("merge"), editor, witness}, &out), Cli::Ok) << out.toStdString();
    ASSERT_EQ(runCli({QStringLiteral("flags"), editor, QStringLiteral("--json")}, &flagsAfter), Cli::Ok);
    EXPECT_GT(flagsBefore.size(), 20);
    EXPECT_EQ(flagsAfter, flagsBefore);
    auto f = CaseFile::open(editor, true).file;
    EXPECT_EQ(f->supportRows(QStringLiteral("ocds_release")).size(), 2);
    EXPECT_TRUE(f->verify().ok());
}
