// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// testigo-cli run as a real process (TESTIGO_CLI is its path): what a script or a user sees, an
// abort or a hang included.

#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace Testigo::TestSupport {

struct ProcessRun
{
    bool finished = false;
    int code = -1; // the exit code, or -1 after a crash or a timeout
    QString out, err;
};

// The binary under test; TESTIGO_CLI in the environment overrides it (to run these tests against
// another build, say the code before a fix).
inline QString cliPath() { return qEnvironmentVariable("TESTIGO_CLI", QStringLiteral(TESTIGO_CLI)); }

inline ProcessRun runCli(const QStringList &args, int timeoutMs = 60000,
    const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    ProcessRun r;
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(cliPath(), args);
    r.finished = p.waitForStarted(10000) && p.waitForFinished(timeoutMs);
    if (!r.finished) {
        p.kill();
        p.waitForFinished(5000);
    }
    if (r.finished && p.exitStatus() == QProcess::NormalExit)
        r.code = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace Testigo::TestSupport
