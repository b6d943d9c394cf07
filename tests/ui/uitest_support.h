// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared by the UI tests: a fresh case file with a session and an undo stack, Qt warnings
// turned into test failures, and the check that no visible label or button is clipped.

#include "store/session.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QLabel>
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

// Visible labels and buttons under `root` whose text does not fit them ("objectName: text"):
// a word-wrapped label too short for its text, any other label or button too narrow.
// Labels showing a pixmap are skipped.
inline QStringList clippedWidgets(QWidget *root)
{
    QStringList out;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisible() || w->width() <= 0)
            continue;
        if (auto *label = qobject_cast<QLabel *>(w)) {
            if (label->text().isEmpty() || label->pixmap().cacheKey() != 0)
                continue;
            const bool cut = label->wordWrap() ? label->heightForWidth(label->width()) > label->height() + 1
                                               : label->sizeHint().width() > label->width() + 1;
            if (cut)
                out << label->objectName() + QStringLiteral(": ") + label->text();
        } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            if (!button->text().isEmpty() && button->sizeHint().width() > button->width() + 1)
                out << button->objectName() + QStringLiteral(": ") + button->text();
        }
    }
    return out;
}

} // namespace Testigo::TestSupport
