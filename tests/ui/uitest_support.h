// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared by the UI tests: a fresh case file with a session and an undo stack, and Qt warnings
// turned into test failures.

#include "store/session.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QUndoStack>
#include <gtest/gtest.h>
#include <memory>

namespace Testigo::TestSupport {

struct UiFixture
{
    QTemporaryDir dir;
    std::unique_ptr<Session> session;
    std::unique_ptr<QUndoStack> stack = std::make_unique<QUndoStack>();
    QString path() const { return dir.filePath(QStringLiteral("case.testigo")); }
    UiFixture()
    {
        auto r = CaseFile::create(path());
        EXPECT_TRUE(r.file) << r.message.toStdString();
        session = std::make_unique<Session>(std::move(r.file));
    }
    ~UiFixture()
    {
        stack.reset();
        session.reset();
    }
};

// Turns qWarning/qCritical (e.g. from QAbstractItemModelTester) into failures while alive.
class WarningsFail
{
public:
    WarningsFail() { s_previous = qInstallMessageHandler(&handler); }
    ~WarningsFail() { qInstallMessageHandler(s_previous); }

private:
    static void handler(QtMsgType type, const QMessageLogContext &ctx, const QString &msg)
    {
        if (type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg)
            ADD_FAILURE() << "Qt warning: " << msg.toStdString();
        else if (s_previous)
            s_previous(type, ctx, msg);
    }
    static inline QtMessageHandler s_previous = nullptr;
};

inline void processEvents()
{
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
}

} // namespace Testigo::TestSupport
