// SPDX-License-Identifier: GPL-3.0-or-later
// Rules: instantiating the templates of 100 procedures in a case file (stages, checklists, clauses,
// all audited), then the legal clocks of 10,000 procedures in memory, with business days.
// Prints the times; not run by ctest.
#include "rules/clocks.h"
#include "rules/instantiate.h"
#include "rules/templates.h"
#include "store/casefile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Testigo;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int procedures = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10000;
    const QStringList regimes{QStringLiteral("LAASSP-2000"), QStringLiteral("LAASSP-2025"), QStringLiteral("LOPSRM")};

    QElapsedTimer t;
    t.start();
    (void)Templates::standard();
    out << "templates loaded: " << t.elapsed() << " ms\n";

    QTemporaryDir tmp;
    auto created = CaseFile::create(tmp.filePath(QStringLiteral("bench.testigo")));
    if (!created.file)
        return 1;
    CaseFile &file = *created.file;
    const QString e = QStringLiteral("");
    t.restart();
    {
        CaseFile::Transaction tx(file);
        for (int i = 0; i < 100; ++i) {
            Procedure p;
            p.number = QStringLiteral("B-%1").arg(i);
            p.title = p.object = p.character = p.evaluation = p.place = p.pactVersion = p.ocid = e;
            p.regime = regimes[i % 3];
            p.type = QStringLiteral("open_tender");
            p.objectKind = p.regime == QLatin1String("LOPSRM") ? QStringLiteral("works") : QStringLiteral("goods");
            if (!file.insert(p) || !instantiateTemplates(file, p))
                return 1;
        }
        tx.commit();
    }
    out << "instantiateTemplates x100 (one transaction): " << t.elapsed() << " ms, "
        << file.count(QStringLiteral("checklist_answer")) << " checklist rows\n";

    QList<Procedure> ps;
    QList<QList<Stage>> stages;
    for (int i = 0; i < procedures; ++i) {
        Procedure p;
        p.regime = regimes[i % 3];
        p.type = QStringLiteral("open_tender");
        p.character = QStringLiteral("national");
        p.objectKind = QStringLiteral("goods");
        p.participationEnd = QDate(2010 + i % 15, 1 + i % 12, 1 + i % 28);
        QList<Stage> s;
        QDate d = p.participationEnd.addDays(-90);
        for (const QString &kind : {QStringLiteral("call"), QStringLiteral("clarification"), QStringLiteral("opening"),
                                    QStringLiteral("award"), QStringLiteral("contract")}) {
            Stage st;
            st.kind = kind;
            st.actualDate = d;
            st.status = QStringLiteral("done");
            d = d.addDays(12 + i % 7);
            s.append(st);
        }
        ps.append(p);
        stages.append(s);
    }
    t.restart();
    qsizetype results = 0;
    for (int i = 0; i < procedures; ++i)
        results += evaluateClocks(ps[i], stages[i], QDate(2026, 1, 1)).size();
    out << "evaluateClocks x" << procedures << ": " << t.elapsed() << " ms, " << results << " results\n";
    return 0;
}
