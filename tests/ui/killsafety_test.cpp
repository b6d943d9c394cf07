// SPDX-License-Identifier: GPL-3.0-or-later
// Nothing lost: a child process edits a case file through the undo facade and is killed with
// SIGKILL in the middle; every edit it reported as committed is in the reopened file, which verifies.

#include "uitest_support.h"
#include "workbench/procedureactions.h"

#include <QProcess>
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
