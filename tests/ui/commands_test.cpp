// SPDX-License-Identifier: GPL-3.0-or-later
// The undo facade: typing merges into one step, undo/redo reach the file, failed writes are reported
// and never left on the stack.

#include "common/commands.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>
#include <gtest/gtest.h>

using namespace Testigo;
using namespace Testigo::Ui;

namespace {
struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<Session> session;
    QUndoStack stack;
    QString path() const { return dir.filePath(QStringLiteral("c.testigo")); }
    Fixture()
    {
        auto r = CaseFile::create(path());
        session = std::make_unique<Session>(std::move(r.file));
    }
    QString title(const QString &id) const
    {
        return session->file().row(QStringLiteral("procedure"), id)->value(QStringLiteral("title")).toString();
    }
};
} // namespace

TEST(Commands, typingInOneField_isOneUndoStep)
{
    Fixture f;
    auto *ins = new InsertRowCommand(*f.session, QStringLiteral("procedure"),
                                     {{QStringLiteral("title"), QStringLiteral("T")}}, QStringLiteral("add"));
    const QString id = ins->rowId();
    f.stack.push(ins);
    for (const QString &t : {QStringLiteral("A"), QStringLiteral("Ad"), QStringLiteral("Adq")})
        f.stack.push(new SetFieldCommand(*f.session, QStringLiteral("procedure"), id, QStringLiteral("title"), t,
                                         QStringLiteral("title")));
    EXPECT_EQ(f.stack.count(), 2);
    EXPECT_EQ(f.title(id), QStringLiteral("Adq"));
    f.stack.undo();
    EXPECT_EQ(f.title(id), QStringLiteral("T"));
    f.stack.undo();
    EXPECT_FALSE(f.session->file().get<Procedure>(id).has_value() && !f.session->file().get<Procedure>(id)->deleted);
    EXPECT_TRUE(f.session->file().all<Procedure>().isEmpty());
    f.stack.redo();
    f.stack.redo();
    EXPECT_EQ(f.title(id), QStringLiteral("Adq"));
    EXPECT_EQ(f.session->file().all<Procedure>().size(), 1);
    EXPECT_TRUE(f.session->file().verify().ok());
}

TEST(Commands, typingBackToTheOriginal_leavesNothingToUndo)
{
    Fixture f;
    QVariantMap v{{QStringLiteral("title"), QStringLiteral("T")}};
    ASSERT_TRUE(f.session->file().insertRow(QStringLiteral("procedure"), v));
    const QString id = v.value(QStringLiteral("id")).toString();
    f.stack.push(new SetFieldCommand(*f.session, QStringLiteral("procedure"), id, QStringLiteral("title"),
                                     QStringLiteral("Tx"), QString()));
    f.stack.push(new SetFieldCommand(*f.session, QStringLiteral("procedure"), id, QStringLiteral("title"),
                                     QStringLiteral("T"), QString()));
    EXPECT_EQ(f.stack.count(), 0);
    EXPECT_EQ(f.title(id), QStringLiteral("T"));
}

TEST(Commands, differentFields_areSeparateSteps)
{
    Fixture f;
    QVariantMap v{{QStringLiteral("title"), QStringLiteral("T")}};
    ASSERT_TRUE(f.session->file().insertRow(QStringLiteral("procedure"), v));
    const QString id = v.value(QStringLiteral("id")).toString();
    f.stack.push(new SetFieldCommand(*f.session, QStringLiteral("procedure"), id, QStringLiteral("title"),
                                     QStringLiteral("X"), QString()));
    f.stack.push(new SetFieldCommand(*f.session, QStringLiteral("procedure"), id, QStringLiteral("number"),
                                     QStringLiteral("N-1"), QString()));
    f.stack.push(new SetDeletedCommand(*f.session, QStringLiteral("procedure"), id, true, QString()));
    EXPECT_EQ(f.stack.count(), 3);
    EXPECT_TRUE(f.session->file().all<Procedure>().isEmpty());
    f.stack.undo();
    f.stack.undo();
    EXPECT_EQ(f.title(id), QStringLiteral("X"));
    EXPECT_EQ(f.session->file().get<Procedure>(id)->number, QString());
}

TEST(Commands, writeToReadOnlyFile_isReportedAndNotKept)
{
    Fixture f;
    QVariantMap v{{QStringLiteral("title"), QStringLiteral("T")}};
    ASSERT_TRUE(f.session->file().insertRow(QStringLiteral("procedure"), v));
    const QString id = v.value(QStringLiteral("id")).toString();
    f.session.reset();
    auto r = CaseFile::open(f.path(), true);
    ASSERT_TRUE(r.file);
    Session ro(std::move(r.file));
    QSignalSpy spy(CommandErrorSink::of(ro), &CommandErrorSink::writeFailed);
    f.stack.push(new SetFieldCommand(ro, QStringLiteral("procedure"), id, QStringLiteral("title"),
                                     QStringLiteral("X"), QString()));
    f.stack.push(new InsertRowCommand(ro, QStringLiteral("procedure"), {}, QString()));
    EXPECT_EQ(f.stack.count(), 0);
    ASSERT_EQ(spy.count(), 2);
    EXPECT_FALSE(spy.at(0).at(0).toString().isEmpty());
    EXPECT_EQ(ro.file().get<Procedure>(id)->title, QStringLiteral("T"));
}
