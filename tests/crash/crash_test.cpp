// SPDX-License-Identifier: GPL-3.0-or-later
// Crash tests with a real kill: testigo-cli import (write-ahead log, and the rollback journal of the
// bulk-write mode) and merge are killed with SIGKILL at random moments. Each time the file must
// open without help, `testigo-cli verify` must pass (exit 0), and it must hold everything of the
// operation or nothing of it. The number of rounds and their pace keep each test under a minute.
#include "store/casefile.h"
#include "support/cli_process.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QThread>
#include <csignal>

using namespace Testigo;
using namespace Testigo::TestSupport;

namespace {

constexpr int kRounds = 8;

// A release package of `count` processes: big enough that an import takes a while to kill.
QByteArray generatedPackage(int count)
{
    QByteArray out = R"({"uri":"crash","publishedDate":"2020-01-01T00:00:00Z","releases":[)";
    for (int i = 0; i < count; ++i) {
        if (i)
            out += ',';
        out += QStringLiteral(
            R"({"ocid":"ocds-crash-%1","id":"r%1","date":"2020-01-02T00:00:00Z","tag":["tender"],)"
            R"("buyer":{"name":"Dependencia %2"},"tender":{"id":"T-%1","title":"Adquisición %1",)"
            R"("value":{"amount":%3,"currency":"MXN"},"tenderPeriod":{"startDate":"2020-01-05T00:00:00Z",)"
            R"("endDate":"2020-01-20T00:00:00Z"}}})")
                   .arg(i)
                   .arg(i % 17)
                   .arg(1000 + i)
                   .toUtf8();
    }
    return out + "]}";
}

struct State
{
    qint64 procedures = -1;
    qint64 auditEntries = -1;
    bool operator==(const State &o) const
    {
        return procedures == o.procedures && auditEntries == o.auditEntries;
    }
};

std::ostream &operator<<(std::ostream &os, const State &s)
{
    return os << "{procedures " << s.procedures << ", audit entries " << s.auditEntries << "}";
}

State stateOf(const QString &path)
{
    auto r = CaseFile::open(path, true);
    if (!r.file)
        return {};
    return {r.file->count(QStringLiteral("procedure")), r.file->auditLength()};
}

bool copyFresh(const QString &from, const QString &to)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(to + QLatin1String(suffix));
    return QFile::copy(from, to);
}

// Runs testigo-cli with args, kills it with SIGKILL after `delayMs` (if it still runs), and
// returns whether it was killed.
bool runAndKill(const QStringList &args, int delayMs, const QProcessEnvironment &env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(cliPath(), args);
    if (!p.waitForStarted(10000))
        return false;
    const bool finished = p.waitForFinished(delayMs);
    if (!finished)
        ::kill(pid_t(p.processId()), SIGKILL);
    p.waitForFinished(10000);
    return !finished;
}

// The operation once to its end, timed: its "after" state, and how long a kill may wait.
qint64 timedRun(const QStringList &args, const QProcessEnvironment &env)
{
    QElapsedTimer t;
    t.start();
    const ProcessRun r = runCli(args, 60000, env);
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
    return t.elapsed();
}

// Kills the operation at random moments; after each kill the file opens, verifies and is whole.
void killRepeatedly(const QString &base, const QString &work, const QStringList &argsAfterFile,
    const QProcessEnvironment &env)
{
    ASSERT_TRUE(copyFresh(base, work));
    const State before = stateOf(work);
    const qint64 duration = timedRun(QStringList {argsAfterFile.first(), work} + argsAfterFile.mid(1), env);
    const State after = stateOf(work);
    ASSERT_NE(before, after) << "the operation changed nothing: the test would prove nothing";
    int killed = 0;
    for (int round = 0; round < kRounds; ++round) {
        ASSERT_TRUE(copyFresh(base, work));
        const int delay = int(QRandomGenerator::global()->bounded(qMax<qint64>(duration, 20)));
        killed += runAndKill(QStringList {argsAfterFile.first(), work} + argsAfterFile.mid(1), delay, env)
            ? 1
            : 0;
        {
            auto opened = CaseFile::open(work);
            ASSERT_TRUE(opened.file) << "round " << round << " (killed after " << delay
                                     << " ms): " << opened.message.toStdString();
        }
        const ProcessRun v = runCli({QStringLiteral("verify"), work});
        EXPECT_EQ(v.code, 0) << "round " << round << ": " << v.err.toStdString();
        const State now = stateOf(work);
        EXPECT_TRUE(now == before || now == after)
            << "round " << round << " (killed after " << delay << " ms): " << now << " is neither " << before
            << " nor " << after;
    }
    EXPECT_GT(killed, 0) << "no round was killed before it finished";
}

class Crash : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_base = m_dir.filePath(QStringLiteral("base.testigo"));
        m_work = m_dir.filePath(QStringLiteral("work.testigo"));
        m_json = m_dir.filePath(QStringLiteral("portfolio.json"));
        QFile json(m_json);
        ASSERT_TRUE(json.open(QIODevice::WriteOnly));
        json.write(generatedPackage(400));
        json.close();
        ASSERT_EQ(runCli({QStringLiteral("create"), m_base}).code, 0);
    }
    QTemporaryDir m_dir;
    QString m_base, m_work, m_json;
};

} // namespace

TEST_F(Crash, importKilledAtRandom_writeAheadLog_fileOpensVerifiesAndIsWhole)
{
    auto env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("TESTIGO_BULK_THRESHOLD"));
    killRepeatedly(m_base, m_work, {QStringLiteral("import"), m_json}, env);
}

TEST_F(Crash, importKilledAtRandom_bulkWriteRollbackJournal_fileOpensVerifiesAndIsWhole)
{
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TESTIGO_BULK_THRESHOLD"), QStringLiteral("0")); // every import is "large"
    killRepeatedly(m_base, m_work, {QStringLiteral("import"), m_json}, env);
}

TEST_F(Crash, mergeKilledAtRandom_targetOpensVerifiesAndIsWhole)
{
    const QString source = m_dir.filePath(QStringLiteral("witness.testigo"));
    ASSERT_EQ(runCli({QStringLiteral("create"), source}).code, 0);
    ASSERT_EQ(runCli({QStringLiteral("import"), source, m_json}).code, 0);
    killRepeatedly(
        m_base, m_work, {QStringLiteral("merge"), source}, QProcessEnvironment::systemEnvironment());
}
