// SPDX-License-Identifier: GPL-3.0-or-later
// Nothing lost: a child process edits a case file through the undo facade and is killed with
// SIGKILL in the middle; every edit it reported as committed is in the reopened file, which verifies.

#include "uitest_support.h"
#include "workbench/procedureactions.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QThread>
#include <csignal>

using namespace Testigo;
using namespace Testigo::TestSupport;

TEST(KillSafety, sigkillDuringEdits_losesNoCommittedEdit)
{
    QString path, procedure;
    QTemporaryDir dir;
    path = dir.filePath(QStringLiteral("kill.testigo"));
    {
        auto r = CaseFile::create(path);
        ASSERT_TRUE(r.file);
        Session session(std::move(r.file));
        QUndoStack stack;
        Ui::NewProcedure v;
        v.number = QStringLiteral("LA-KILL");
        procedure = Ui::ProcedureActions::add(session, stack, v);
        ASSERT_FALSE(procedure.isEmpty());
    }
    QProcess child;
    child.start(QStringLiteral(TESTIGO_EDIT_CHILD), {path, procedure});
    ASSERT_TRUE(child.waitForStarted(10000));
    int committed = 0;
    QByteArray buffer;
    // Let it run through a good number of edits, then kill it without warning.
    while (committed < 40 && child.state() == QProcess::Running) {
        child.waitForReadyRead(5000);
        buffer += child.readAllStandardOutput();
        int nl;
        while ((nl = buffer.indexOf('\n')) >= 0) {
            const QByteArray line = buffer.left(nl);
            buffer.remove(0, nl + 1);
            if (line.startsWith("committed "))
                committed = line.mid(10).toInt();
        }
    }
    ASSERT_EQ(child.state(), QProcess::Running) << "the child stopped by itself";
    ::kill(pid_t(child.processId()), SIGKILL);
    child.waitForFinished(10000);
    // Lines printed between our last read and the kill are committed too.
    buffer += child.readAllStandardOutput();
    for (const QByteArray &line : buffer.split('\n'))
        if (line.startsWith("committed "))
            committed = line.mid(10).toInt();
    ASSERT_GE(committed, 40);

    auto r = CaseFile::open(path);
    ASSERT_TRUE(r.file) << r.message.toStdString();
    EXPECT_TRUE(r.file->verify().ok());
    QHash<int, qint64> budgets;
    for (const Lot &l : r.file->all<Lot>(QStringLiteral("procedure_id"), procedure))
        budgets.insert(l.number, l.budgetCents);
    for (int i = 1; i <= committed; ++i) {
        ASSERT_TRUE(budgets.contains(i)) << "lot " << i << " was reported committed but is missing";
        EXPECT_EQ(budgets.value(i), qint64(i) * 100) << "lot " << i;
    }
}

// The same at random moments, several times: the file opens without help, verifies, and each edit
// (one transaction) is there whole or not at all: the lot whose budget was being set when the kill
// came has either no row, its row with no budget yet, or its budget.
TEST(KillSafety, sigkillAtRandomMoments_fileOpensVerifiesAndEachEditIsWholeOrAbsent)
{
    for (int round = 0; round < 5; ++round) {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kill.testigo"));
        QString procedure;
        {
            auto r = CaseFile::create(path);
            ASSERT_TRUE(r.file);
            Session session(std::move(r.file));
            QUndoStack stack;
            Ui::NewProcedure v;
            v.number = QStringLiteral("LA-KILL-%1").arg(round);
            procedure = Ui::ProcedureActions::add(session, stack, v);
            ASSERT_FALSE(procedure.isEmpty());
        }
        QProcess child;
        child.start(QStringLiteral(TESTIGO_EDIT_CHILD), {path, procedure});
        ASSERT_TRUE(child.waitForStarted(10000));
        // Between 0 and 400 ms in: before the first edit, or anywhere among the first dozens.
        QThread::msleep(QRandomGenerator::global()->bounded(400));
        ::kill(pid_t(child.processId()), SIGKILL);
        child.waitForFinished(10000);
        int committed = 0;
        for (const QByteArray &line : child.readAllStandardOutput().split('\n'))
            if (line.startsWith("committed "))
                committed = line.mid(10).toInt();

        auto r = CaseFile::open(path);
        ASSERT_TRUE(r.file) << "round " << round << ": " << r.message.toStdString();
        EXPECT_TRUE(r.file->verify().ok()) << "round " << round;
        QHash<int, qint64> budgets;
        for (const Lot &l : r.file->all<Lot>(QStringLiteral("procedure_id"), procedure))
            budgets.insert(l.number, l.budgetCents);
        for (int i = 1; i <= committed; ++i)
            EXPECT_EQ(budgets.value(i, -1), qint64(i) * 100) << "round " << round << ", lot " << i;
        // Only the edit under way when the kill came may be there unannounced.
        EXPECT_LE(budgets.size(), committed + 1) << "round " << round;
        for (auto it = budgets.cbegin(); it != budgets.cend(); ++it) {
            if (it.key() > committed) {
                EXPECT_TRUE(it.value() == 0 || it.value() == qint64(it.key()) * 100) << "lot " << it.key();
            }
        }
    }
}
