// SPDX-License-Identifier: GPL-3.0-or-later
// testigo-cli as a script sees it: exit codes, one-line errors, and the JSON keys it promises.
#include "cli/cli.h"
#include "support/cli_inprocess.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace Testigo;
using namespace Testigo::TestSupport;

namespace {

class CliDemo : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = new QTemporaryDir;
        s_demo = s_dir->filePath(QStringLiteral("demo.testigo"));
        s_demoRun = cli({QStringLiteral("demo"), s_demo});
    }
    static void TearDownTestSuite()
    {
        delete s_dir;
        s_dir = nullptr;
    }
    void SetUp() override { ASSERT_EQ(s_demoRun.code, 0) << s_demoRun.err.toStdString(); }

    QString copyOfDemo(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        EXPECT_TRUE(QFile::copy(s_demo, path));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return path;
    }

    static inline QTemporaryDir *s_dir = nullptr;
    static inline QString s_demo;
    static inline CliRun s_demoRun;
    QTemporaryDir m_dir;
};

} // namespace

TEST_F(CliDemo, demoThenVerify_exitsZero)
{
    const CliRun r = cli({QStringLiteral("verify"), s_demo});
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.isEmpty());
    EXPECT_FALSE(r.out.isEmpty());
}

TEST_F(CliDemo, demoOverExistingFile_refusesWithExitOne)
{
    const QByteArray before = sha(s_demo);
    const CliRun r = cli({QStringLiteral("demo"), s_demo});
    EXPECT_EQ(r.code, 1);
    EXPECT_FALSE(r.err.trimmed().isEmpty());
    EXPECT_EQ(r.err.trimmed().count(QLatin1Char('\n')), 0) << "one line on stderr";
    EXPECT_EQ(sha(s_demo), before);
}

TEST_F(CliDemo, createOverExistingFile_refusesWithExitOne)
{
    const QByteArray before = sha(s_demo);
    const CliRun r = cli({QStringLiteral("create"), s_demo});
    EXPECT_EQ(r.code, 1);
    EXPECT_FALSE(r.err.trimmed().isEmpty());
    EXPECT_EQ(sha(s_demo), before);
}

TEST_F(CliDemo, createNewFile_isEmptyAndVerifies)
{
    const QString path = m_dir.filePath(QStringLiteral("new.testigo"));
    EXPECT_EQ(cli({QStringLiteral("create"), path}).code, 0);
    const CliRun info = cli({QStringLiteral("info"), path, QStringLiteral("--json")});
    ASSERT_EQ(info.code, 0);
    EXPECT_EQ(QJsonDocument::fromJson(info.out.toUtf8()).object().value(QStringLiteral("procedures")).toInt(-1), 0);
    EXPECT_EQ(cli({QStringLiteral("verify"), path}).code, 0);
}

TEST_F(CliDemo, infoJson_hasThePromisedKeys)
{
    const CliRun r = cli({QStringLiteral("info"), s_demo, QStringLiteral("--json")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    for (const char *key : {"schema", "procedures", "findings", "attachments", "audit_head"})
        EXPECT_TRUE(o.contains(QString::fromLatin1(key))) << key;
    EXPECT_GE(o.value(QStringLiteral("schema")).toInt(), 2);
    EXPECT_GE(o.value(QStringLiteral("procedures")).toInt(), 12);
    EXPECT_GT(o.value(QStringLiteral("findings")).toInt(), 0);
    EXPECT_GT(o.value(QStringLiteral("attachments")).toInt(), 0);
    EXPECT_EQ(o.value(QStringLiteral("audit_head")).toString().size(), 64);
}

TEST_F(CliDemo, infoText_namesEachFigure)
{
    const CliRun r = cli({QStringLiteral("info"), s_demo});
    ASSERT_EQ(r.code, 0);
    EXPECT_GE(r.out.count(QLatin1Char('\n')), 5);
}

TEST_F(CliDemo, listJson_hasThePromisedKeys)
{
    const CliRun r = cli({QStringLiteral("list"), s_demo, QStringLiteral("--json")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonArray a = QJsonDocument::fromJson(r.out.toUtf8()).array();
    EXPECT_GE(a.size(), 12);
    bool accents = false;
    for (const QJsonValue &v : a) {
        const QJsonObject o = v.toObject();
        for (const char *key : {"number", "title", "agency", "regime", "type", "stage", "year"})
            EXPECT_TRUE(o.contains(QString::fromLatin1(key))) << key;
        EXPECT_GE(o.value(QStringLiteral("year")).toInt(), 2003);
        EXPECT_LE(o.value(QStringLiteral("year")).toInt(), 2025);
        EXPECT_FALSE(o.value(QStringLiteral("stage")).toString().isEmpty());
        accents = accents || o.value(QStringLiteral("title")).toString().contains(QStringLiteral("ó"));
    }
    EXPECT_TRUE(accents) << "Spanish titles keep their accents through JSON";
}

TEST_F(CliDemo, verifyAfterOutsideEdit_exitsThree)
{
    const QString path = copyOfDemo(QStringLiteral("tampered.testigo"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("shell"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("UPDATE finding SET description = description || ' (alterado)' "
                                          "WHERE rowid = (SELECT min(rowid) FROM finding)")));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("shell"));
    const CliRun r = cli({QStringLiteral("verify"), path});
    EXPECT_EQ(r.code, 3);
    EXPECT_TRUE(r.err.contains(QStringLiteral("description"))) << r.err.toStdString();
}

TEST_F(CliDemo, commandsOnCorruptFile_exitOneAndLeaveItUntouched)
{
    const QString path = m_dir.filePath(QStringLiteral("truncated.testigo"));
    {
        QFile in(s_demo), out(path);
        ASSERT_TRUE(in.open(QIODevice::ReadOnly));
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(in.read(8192));
    }
    const QByteArray before = sha(path);
    for (const char *command : {"verify", "info", "list"}) {
        const CliRun r = cli({QString::fromLatin1(command), path});
        EXPECT_EQ(r.code, 1) << command;
        EXPECT_FALSE(r.err.trimmed().isEmpty()) << command;
    }
    EXPECT_EQ(sha(path), before);
}

TEST_F(CliDemo, commandsOnMissingFile_exitOne)
{
    const CliRun r = cli({QStringLiteral("info"), m_dir.filePath(QStringLiteral("nowhere.testigo"))});
    EXPECT_EQ(r.code, 1);
    EXPECT_FALSE(r.err.isEmpty());
}

TEST(Cli, badUsage_exitsTwo)
{
    EXPECT_EQ(cli({}).code, 2);
    EXPECT_EQ(cli({QStringLiteral("verify")}).code, 2);
    EXPECT_EQ(cli({QStringLiteral("demo")}).code, 2);
    EXPECT_EQ(cli({QStringLiteral("demo"), QStringLiteral("a.testigo"), QStringLiteral("b.testigo")}).code, 2);
    EXPECT_FALSE(QFile::exists(QStringLiteral("a.testigo")));
    const CliRun unknown = cli({QStringLiteral("frobnicate"), QStringLiteral("x")});
    EXPECT_EQ(unknown.code, 2);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("frobnicate")));
}

TEST(Cli, help_exitsZeroAndListsDemo)
{
    const CliRun r = cli({QStringLiteral("--help")});
    EXPECT_EQ(r.code, 0);
    EXPECT_TRUE(r.out.contains(QStringLiteral("demo FILE")));
}
