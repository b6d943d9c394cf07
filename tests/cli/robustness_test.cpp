// SPDX-License-Identifier: GPL-3.0-or-later
// testigo-cli against hostile input and a hostile machine, run as a real process (so an abort, a
// hang or a stray line shows): malformed JSON, pipes where files belong, unknown options, missing
// folders, full disks, a lock held too long. One line on stderr, the right exit code, no file
// changed or left behind.
#include "support/cli_process.h"

#include <QCryptographicHash>
#include <QDir>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

using namespace Testigo::TestSupport;

namespace {

QByteArray sha(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                                       : QByteArray();
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray releaseWithAmount(const QByteArray &amount)
{
    return R"({"releases":[{"ocid":"ocds-cli-1","id":"r1","date":"2020-01-02T00:00:00Z","tender":{"id":"T-1","value":{"amount":)"
        + amount + R"(,"currency":"MXN"}}}]})";
}

class CliProcess : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_file = m_dir.filePath(QStringLiteral("c.testigo"));
        const ProcessRun r = runCli({QStringLiteral("create"), m_file});
        ASSERT_EQ(r.code, 0) << r.err.toStdString();
    }
    QTemporaryDir m_dir;
    QString m_file;
};

// A tiny tmpfs: a real full disk. Only root may mount one; the tests that need it say so and skip.
class TinyDisk
{
public:
    explicit TinyDisk(const QString &where, int kilobytes)
        : m_where(where)
    {
        QDir().mkpath(where);
        const QByteArray options = "size=" + QByteArray::number(kilobytes) + "k";
        m_mounted = ::geteuid() == 0
            && ::mount("tmpfs", QFile::encodeName(where).constData(), "tmpfs", 0, options.constData()) == 0;
    }
    ~TinyDisk()
    {
        if (m_mounted)
            ::umount2(QFile::encodeName(m_where).constData(), MNT_DETACH);
    }
    bool mounted() const { return m_mounted; }

private:
    QString m_where;
    bool m_mounted = false;
};

} // namespace

TEST_F(CliProcess, malformedJsonValue_isRefusedAsNotWellFormedWithoutAnAbort)
{
    const QByteArray before = sha(m_file);
    for (const QByteArray &bad : QByteArrayList {"nan", "n", "nul", "nul1"}) {
        const QString json = m_dir.filePath(QStringLiteral("bad.json"));
        ASSERT_TRUE(writeBytes(json, releaseWithAmount(bad)));
        const ProcessRun r = runCli({QStringLiteral("import"), m_file, json});
        EXPECT_EQ(r.code, 1) << bad.toStdString() << ": " << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("well-formed"))) << r.err.toStdString();
        EXPECT_EQ(r.err.trimmed().count(QLatin1Char('\n')), 0) << r.err.toStdString();
        EXPECT_EQ(sha(m_file), before);
    }
}

TEST_F(CliProcess, pipeAsCaseFileOrOcdsFile_isRefusedAtOnce)
{
    const QString fifo = m_dir.filePath(QStringLiteral("pipe"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const QString json = m_dir.filePath(QStringLiteral("ok.json"));
    ASSERT_TRUE(writeBytes(json, releaseWithAmount("100")));
    for (const QStringList &args :
        {QStringList {QStringLiteral("info"), fifo}, QStringList {QStringLiteral("verify"), fifo},
            QStringList {QStringLiteral("import"), m_file, fifo},
            QStringList {QStringLiteral("import"), fifo, json}}) {
        const ProcessRun r = runCli(args, 10000);
        ASSERT_TRUE(r.finished) << "hangs: " << args.join(QLatin1Char(' ')).toStdString();
        EXPECT_EQ(r.code, 1) << r.err.toStdString();
        EXPECT_EQ(r.err.trimmed().count(QLatin1Char('\n')), 0) << r.err.toStdString();
    }
}

TEST_F(CliProcess, unknownOption_isAUsageError)
{
    const ProcessRun r = runCli({QStringLiteral("info"), m_file, QStringLiteral("--bogus")});
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--bogus"))) << r.err.toStdString();
    EXPECT_EQ(runCli({QStringLiteral("info"), m_file, QStringLiteral("--json")}).code, 0);
}

TEST_F(CliProcess, outputIntoAMissingFolder_isOneLineAndExitOne)
{
    for (const QString &command :
        {QStringLiteral("testimony"), QStringLiteral("report"), QStringLiteral("export")}) {
        QStringList args {
            command, m_file, QStringLiteral("-o"), m_dir.filePath(QStringLiteral("nodir/t.pdf"))};
        if (command == QStringLiteral("testimony"))
            args << QStringLiteral("--process") << QStringLiteral("X");
        const ProcessRun r = runCli(args);
        EXPECT_EQ(r.code, 1) << command.toStdString();
        EXPECT_EQ(r.err.trimmed().count(QLatin1Char('\n')), 0) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("nodir"))) << r.err.toStdString();
    }
}

TEST_F(CliProcess, exportToAFullDevice_reportsTheFailure)
{
    // As root, a program that wrongly renames over its output would replace /dev/full itself: root
    // gets a full device of its own (the same major and minor numbers) in the test folder.
    QString device = QStringLiteral("/dev/full");
    if (::geteuid() == 0) {
        device = m_dir.filePath(QStringLiteral("full"));
        ASSERT_EQ(::mknod(QFile::encodeName(device).constData(), S_IFCHR | 0666, makedev(1, 7)), 0);
    } else if (!QFileInfo::exists(device)) {
        GTEST_SKIP() << "no /dev/full on this system";
    }
    const ProcessRun r = runCli({QStringLiteral("export"), m_file, QStringLiteral("-o"), device});
    EXPECT_EQ(r.code, 1) << r.out.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("full"))) << r.err.toStdString();
    EXPECT_TRUE(QFileInfo::exists(device) && !QFileInfo(device).isFile()) << "the device was replaced by a file";
}

TEST_F(CliProcess, lockHeldPastTheTimeout_saysTheFileIsInUse)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
    db.setDatabaseName(m_file);
    ASSERT_TRUE(db.open());
    {
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        const ProcessRun r = runCli({QStringLiteral("info"), m_file}, 30000);
        EXPECT_EQ(r.code, 1);
        EXPECT_TRUE(r.err.contains(QStringLiteral("in use by another program"))) << r.err.toStdString();
        EXPECT_FALSE(r.err.contains(QStringLiteral("database is locked"))) << r.err.toStdString();
        q.exec(QStringLiteral("ROLLBACK"));
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("holder"));
}

TEST_F(CliProcess, fullDisk_createLeavesNothingAndWritesSayTheDiskIsFull)
{
    TinyDisk disk(m_dir.filePath(QStringLiteral("tiny")), 64);
    if (!disk.mounted())
        GTEST_SKIP() << "a full disk needs root (mounting a 64 KB tmpfs)";
    const QString created = m_dir.filePath(QStringLiteral("tiny/new.testigo"));
    ProcessRun r = runCli({QStringLiteral("create"), created});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("disk is full"))) << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(created)) << "a half-created file was left behind";

    const QString pdf = m_dir.filePath(QStringLiteral("tiny/report.pdf"));
    ASSERT_TRUE(writeBytes(m_dir.filePath(QStringLiteral("tiny/filler")), QByteArray(40 * 1024, 'x')));
    r = runCli({QStringLiteral("report"), m_file, QStringLiteral("-o"), pdf});
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(r.err.trimmed().count(QLatin1Char('\n')), 0) << r.err.toStdString();
    EXPECT_EQ(QDir(m_dir.filePath(QStringLiteral("tiny"))).entryList(QDir::Files),
        QStringList {QStringLiteral("filler")})
        << "a partial PDF was left behind";
}

TEST_F(CliProcess, olderFormatFile_readsWithInfoListAndVerifyUnchanged)
{
    const QString old = m_dir.filePath(QStringLiteral("v1.testigo"));
    ASSERT_TRUE(QFile::copy(QStringLiteral(TESTIGO_SOURCE_DIR "/tests/fixtures/casefile-v1.testigo"), old));
    QFile::setPermissions(old, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray before = sha(old);
    for (const char *command : {"info", "list", "verify", "flags"}) {
        const ProcessRun r = runCli({QString::fromLatin1(command), old});
        EXPECT_EQ(r.code, 0) << command << ": " << r.err.toStdString();
        EXPECT_TRUE(r.err.isEmpty()) << command << ": " << r.err.toStdString();
    }
    EXPECT_EQ(sha(old), before);
    EXPECT_EQ(QDir(m_dir.path()).entryList({QStringLiteral("v1.testigo*")}, QDir::Files), QStringList{QStringLiteral("v1.testigo")});
}
