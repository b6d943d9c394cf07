// SPDX-License-Identifier: GPL-3.0-or-later
// Helper process for the "nothing lost" test: opens a case file and performs edits through the
// undo facade as fast as it can, printing "committed N" after each one returns, until killed.
// Usage: ui_edit_child FILE PROCEDURE_ID

#include "common/commands.h"

#include <QCoreApplication>
#include <QUndoStack>
#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 3)
        return 2;
    auto r = Testigo::CaseFile::open(QString::fromLocal8Bit(argv[1]));
    if (!r.file)
        return 1;
    Testigo::Session session(std::move(r.file));
    QUndoStack stack;
    const QString procedure = QString::fromLocal8Bit(argv[2]);
    for (int i = 1; i < 100000; ++i) {
        // Alternate inserts and field edits (different fields, so nothing merges).
        auto *lot = new Testigo::Ui::InsertRowCommand(
            session, QStringLiteral("lot"),
            {{QStringLiteral("procedure_id"), procedure}, {QStringLiteral("number"), i},
             {QStringLiteral("description"), QStringLiteral("Partida %1").arg(i)}},
            QStringLiteral("add lot"));
        const QString lotId = lot->rowId();
        stack.push(lot);
        stack.push(new Testigo::Ui::SetFieldCommand(session, QStringLiteral("lot"), lotId, QStringLiteral("budget_cents"),
                                                    qint64(i) * 100, QStringLiteral("budget")));
        if (stack.index() != 2 * i)
            return 1; // a write failed
        std::printf("committed %d\n", i);
        std::fflush(stdout);
    }
    return 0;
}
