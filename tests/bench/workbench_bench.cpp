// SPDX-License-Identifier: GPL-3.0-or-later
// Procedures list benchmark: opens a case file (say the one ocds_bench leaves, with a whole imported
// portfolio), times the list's first page and its whole load, one edit of one procedure's child row as the list
// follows it, and opening a never-opened imported procedure (its pact and checklists are added).
// Usage: workbench_bench CASEFILE (a copy is edited, the file itself is left as it is)
#include "store/session.h"
#include "workbench/procedureactions.h"
#include "workbench/procedurelistmodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

using namespace Testigo;

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc < 2) {
        out << "usage: workbench_bench CASEFILE\n";
        return 2;
    }
    const QString source = QString::fromLocal8Bit(argv[1]);
    const QString copy = source + QStringLiteral(".bench-copy");
    QFile::remove(copy);
    if (!QFile::copy(source, copy))
        return 1;
    QElapsedTimer t;
    t.start();
    auto opened = CaseFile::open(copy);
    if (!opened.file)
        return 1;
    Session session(std::move(opened.file));
    const qint64 openMs = t.elapsed();
    t.restart();
    Ui::ProcedureListModel model(session);
    const qint64 firstPageMs = t.elapsed();
    while (model.isLoading())
        QCoreApplication::processEvents();
    const qint64 loadMs = t.elapsed();
    const int rows = model.rowCount();
    if (rows == 0)
        return 1;
    const QString id = model.procedureId(rows / 2);

    t.restart();
    QVariantMap finding {
        {QStringLiteral("procedure_id"), id}, {QStringLiteral("status"), QStringLiteral("pending")}};
    session.file().insertRow(QStringLiteral("finding"), finding);
    QCoreApplication::processEvents();
    const qint64 editMs = t.elapsed();

    t.restart();
    Ui::ProcedureActions::prepareForWitness(session, id);
    QCoreApplication::processEvents();
    const qint64 prepareMs = t.elapsed();

    out << QStringLiteral("%1 procedures: open %2 ms, first page of the list %7 ms, whole list read %3 ms, "
                          "one edit followed by the list %4 ms, first opening of an imported procedure %5 ms "
                          "(open findings now %6)\n")
               .arg(rows)
               .arg(openMs)
               .arg(loadMs)
               .arg(editMs)
               .arg(prepareMs)
               .arg(model.index(model.rowOf(id), Ui::ProcedureListModel::OpenFindings).data().toInt())
               .arg(firstPageMs);
    QFile::remove(copy);
    return 0;
}
