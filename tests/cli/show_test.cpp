// SPDX-License-Identifier: GPL-3.0-or-later
// testigo-cli show, run in-process on a small hand-made case file.
#include "cli/cli.h"
#include "demo/demo.h"
#include "rules/instantiate.h"
#include "store/casefile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace Testigo;

namespace {

struct ShowRun
{
    int rc = 0;
    QString out, err;
};

ShowRun show(const QStringList &args)
{
    ShowRun r;
    QTextStream out(&r.out), err(&r.err);
    r.rc = Cli::run(QStringList {QStringLiteral("show")} + args, {out, err});
    return r;
}

// A LAASSP-2025 national tender: published 1 Sep, opened 12 Sep 2025 (11 days: too short).
QString makeCaseFile(const QTemporaryDir &tmp)
{
    const QString path = tmp.filePath(QStringLiteral("show.testigo"));
    auto created = CaseFile::create(path);
    if (!created.file)
        return QString();
    CaseFile &f = *created.file;
    const QString e = QStringLiteral("");
    Agency a;
    a.name = QStringLiteral("Secretaría Ficticia de Salud");
    a.acronym = QStringLiteral("SFS");
    a.buyingUnit = a.sector = e;
    f.insert(a);
    Procedure p;
    p.agencyId = a.id;
    p.number = QStringLiteral("LA-12-ABC-001-N-1-2025");
    p.title = QStringLiteral("Adquisición de vacunas (ficticia)");
    p.object = p.place = p.pactVersion = p.ocid = e;
    p.regime = QStringLiteral("LAASSP-2025");
    p.type = QStringLiteral("open_tender");
    p.character = QStringLiteral("national");
    p.evaluation = QStringLiteral("points");
    p.objectKind = QStringLiteral("goods");
    f.insert(p);
    instantiateTemplates(f, p);
    for (Stage s : f.all<Stage>(QStringLiteral("procedure_id"), p.id)) {
        if (s.kind == QStringLiteral("call"))
            s.actualDate = QDate(2025, 9, 1);
        else if (s.kind == QStringLiteral("opening"))
            s.actualDate = QDate(2025, 9, 12);
        else
            continue;
        s.status = QStringLiteral("done");
        f.update(s);
    }
    Lot lot;
    lot.procedureId = p.id;
    lot.description = QStringLiteral("Vacunas");
    lot.budgetCents = 123450;
    lot.referenceCents = 100005;
    f.insert(lot);
    Finding fi;
    fi.procedureId = p.id;
    fi.number = 1;
    fi.category = QStringLiteral("planning");
    fi.severity = QStringLiteral("high");
    fi.description = QStringLiteral("Plazo reducido sin justificación.");
    fi.recommendation = fi.response = e;
    for (const Stage &s : f.all<Stage>(QStringLiteral("procedure_id"), p.id))
        if (s.kind == QStringLiteral("call"))
            fi.stageId = s.id;
    f.insert(fi);
    for (const Clause &c : f.all<Clause>(QStringLiteral("procedure_id"), p.id)) {
        if (c.code == QStringLiteral("A2")) {
            FindingClause fc;
            fc.findingId = fi.id;
            fc.clauseId = c.id;
            f.insert(fc);
        }
    }
    return path;
}

QJsonObject findByKey(const QJsonArray &array, const QString &key, const QString &value)
{
    for (const QJsonValue &v : array)
        if (v.toObject().value(key).toString() == value)
            return v.toObject();
    return {};
}

} // namespace

TEST(Show, json_hasTheProcedureLotsStagesClocksAndFindings)
{
    QTemporaryDir tmp;
    const QString path = makeCaseFile(tmp);
    ASSERT_FALSE(path.isEmpty());
    const ShowRun r = show({path, QStringLiteral("--process"), QStringLiteral("LA-12-ABC-001-N-1-2025"),
        QStringLiteral("--json"), QStringLiteral("--today=2025-10-05")});
    ASSERT_EQ(r.rc, 0) << r.err.toStdString();
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    EXPECT_EQ(
        o.value(QStringLiteral("title")).toString(), QStringLiteral("Adquisición de vacunas (ficticia)"));
    EXPECT_EQ(o.value(QStringLiteral("regime")).toString(), QStringLiteral("LAASSP-2025"));
    EXPECT_EQ(o.value(QStringLiteral("agency")).toObject().value(QStringLiteral("acronym")).toString(),
        QStringLiteral("SFS"));
    EXPECT_EQ(o.value(QStringLiteral("pact_version")).toString(), QStringLiteral("TM-2025.1"));

    const QJsonObject lot = o.value(QStringLiteral("lots")).toArray().first().toObject();
    EXPECT_EQ(lot.value(QStringLiteral("budget")).toString(), QStringLiteral("1234.50"));
    EXPECT_EQ(lot.value(QStringLiteral("reference")).toString(), QStringLiteral("1000.05"));

    const QJsonArray stages = o.value(QStringLiteral("stages")).toArray();
    ASSERT_GE(stages.size(), 10);
    EXPECT_EQ(stages.first().toObject().value(QStringLiteral("kind")).toString(),
        QStringLiteral("market_research"));
    const QJsonObject call = findByKey(stages, QStringLiteral("kind"), QStringLiteral("call"));
    EXPECT_EQ(call.value(QStringLiteral("actual_date")).toString(), QStringLiteral("2025-09-01"));
    EXPECT_EQ(call.value(QStringLiteral("checklist")).toArray().size(), 7);

    const QJsonArray clocks = o.value(QStringLiteral("clocks")).toArray();
    const QJsonObject publication
        = findByKey(clocks, QStringLiteral("code"), QStringLiteral("publication_to_opening"));
    EXPECT_EQ(publication.value(QStringLiteral("status")).toString(), QStringLiteral("breached"));
    EXPECT_EQ(publication.value(QStringLiteral("deadline")).toString(), QStringLiteral("2025-09-16"));
    EXPECT_EQ(publication.value(QStringLiteral("article")).toString(), QStringLiteral("LAASSP art. 42"));
    const QJsonObject award = findByKey(clocks, QStringLiteral("code"), QStringLiteral("opening_to_award"));
    EXPECT_EQ(award.value(QStringLiteral("status")).toString(),
        QStringLiteral("warning")); // 23 days: within the extension

    const QJsonObject finding = o.value(QStringLiteral("findings")).toArray().first().toObject();
    EXPECT_EQ(finding.value(QStringLiteral("number")).toInt(), 1);
    EXPECT_EQ(finding.value(QStringLiteral("stage_kind")).toString(), QStringLiteral("call"));
    EXPECT_EQ(finding.value(QStringLiteral("clause_codes")).toArray(), QJsonArray {QStringLiteral("A2")});
    EXPECT_EQ(finding.value(QStringLiteral("category")).toString(), QStringLiteral("planning"));
    EXPECT_EQ(finding.value(QStringLiteral("severity")).toString(), QStringLiteral("high"));
    for (const QString &key : {QStringLiteral("bidders"), QStringLiteral("bids"), QStringLiteral("awards"),
             QStringLiteral("contracts"), QStringLiteral("amendments")})
        EXPECT_TRUE(o.value(key).isArray()) << key.toStdString();
}

TEST(Show, text_isAReadableSummaryInTheChosenLanguage)
{
    QTemporaryDir tmp;
    const QString path = makeCaseFile(tmp);
    const ShowRun r = show({path, QStringLiteral("--process"), QStringLiteral("LA-12-ABC-001-N-1-2025"),
        QStringLiteral("--lang"), QStringLiteral("es"), QStringLiteral("--today=2025-10-01")});
    ASSERT_EQ(r.rc, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("Adquisición de vacunas (ficticia)")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("Plazo de la publicación a la apertura")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("LAASSP art. 42")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("Plazo reducido sin justificación.")));
}

TEST(Show, badUsageAndUnknownProcedure_exitTwoAndOne)
{
    QTemporaryDir tmp;
    const QString path = makeCaseFile(tmp);
    EXPECT_EQ(show({path}).rc, 2);
    EXPECT_EQ(show({path, QStringLiteral("--process"), QStringLiteral("X"), QStringLiteral("--lang"),
                       QStringLiteral("fr")})
                  .rc,
        2);
    const ShowRun missing = show({path, QStringLiteral("--process"), QStringLiteral("NOPE")});
    EXPECT_EQ(missing.rc, 1);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("NOPE")));
    EXPECT_EQ(show({tmp.filePath(QStringLiteral("absent.testigo")), QStringLiteral("--process"),
                       QStringLiteral("X")})
                  .rc,
        1);
}

// Issue 13: a clock resting on a planned date (the fallo of an unfinished procedure) printed "ok".
TEST(Show, demoProcedures_noVerdictRestsOnAPlannedDate)
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("demo.testigo"));
    QStringList numbers;
    {
        auto created = CaseFile::create(path);
        ASSERT_TRUE(created.file);
        ASSERT_TRUE(writeDemo(*created.file));
        for (const Procedure &p : created.file->all<Procedure>())
            numbers << p.number;
    }
    ASSERT_GT(numbers.size(), 5);
    int planned = 0, overdue = 0;
    for (const QString &number : numbers) {
        const ShowRun r = show({path, QStringLiteral("--process"), number, QStringLiteral("--json"),
            QStringLiteral("--today=2026-12-04")});
        ASSERT_EQ(r.rc, 0) << r.err.toStdString();
        const QJsonArray clocks
            = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("clocks")).toArray();
        for (const QJsonValue &v : clocks) {
            const QJsonObject c = v.toObject();
            const QString status = c.value(QStringLiteral("status")).toString();
            const bool onPlans = c.value(QStringLiteral("uses_planned_dates")).toBool();
            planned += onPlans;
            overdue += status == QLatin1String("overdue");
            if (onPlans) {
                EXPECT_TRUE(status == QLatin1String("pending") || status == QLatin1String("overdue")
                    || status == QLatin1String("not_applicable"))
                    << number.toStdString() << " " << c.value(QStringLiteral("code")).toString().toStdString()
                    << " " << status.toStdString();
            }
            const bool minimum = c.value(QStringLiteral("deadline_kind")).toString()
                == QLatin1String("earliest_lawful_date");
            EXPECT_FALSE(minimum && status == QLatin1String("overdue")) << number.toStdString();
        }
    }
    EXPECT_GT(planned, 0); // the demo has unfinished procedures
    EXPECT_GT(overdue, 0); // and at least one whose planned fallo or contract is long past
}
