// SPDX-License-Identifier: GPL-3.0-or-later
// Schema 9 (issue 13): the dates the last clocks of REFERENCE §3.2 need — the deadline for questions,
// a change to the call and its publication, a correction of the fallo (procedure events of their
// own kinds) and a works convenio's agreement date — stored, carried by the upgrade of an old file,
// measured by evaluateClocks on the case file and shown by `show --json`; the new kinds are not
// cancellations.
#include "cli/cli.h"
#include "domain/events.h"
#include "rules/clocks.h"
#include "rules/procedurefacts.h"
#include "store/casefile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace Testigo;
using Status = ClockResult::Status;

namespace {

QJsonObject showJson(const QString &path, const QString &number, const QString &today)
{
    QString out, err;
    QTextStream os(&out), es(&err);
    EXPECT_EQ(Cli::run({QStringLiteral("show"), path, QStringLiteral("--process"), number,
                           QStringLiteral("--json"), QStringLiteral("--today=") + today},
                  {os, es}),
        0)
        << err.toStdString();
    os.flush();
    return QJsonDocument::fromJson(out.toUtf8()).object();
}

QJsonObject clockOf(const QJsonObject &shown, const QString &code)
{
    for (const QJsonValue &v : shown.value(QStringLiteral("clocks")).toArray())
        if (v.toObject().value(QStringLiteral("code")).toString() == code)
            return v.toObject();
    return {};
}

void addStage(CaseFile &f, const QString &procedure, const QString &kind, const QDate &date, int position)
{
    Stage s;
    s.procedureId = procedure;
    s.kind = kind;
    s.position = position;
    s.status = QStringLiteral("done");
    s.actualDate = date;
    EXPECT_TRUE(f.insert(s)) << f.lastError().toStdString();
}

ProcedureEvent act(
    const QString &procedure, const QString &kind, const QDate &date, const QDate &published = QDate())
{
    ProcedureEvent e;
    e.procedureId = procedure;
    e.kind = kind;
    e.date = date;
    e.publishedDate = published;
    return e;
}

// A LAASSP-2025 tender: call 2 June 2025, junta 12 June (questions due 12 June: too late), a change
// made on Wednesday 4 June and published on Monday 9 June (late), the opening on 23 June, the fallo on
// Monday 7 July corrected on Monday 14 July (5 business days: on time).
QString goodsTender(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("goods.testigo"));
    auto f = CaseFile::create(path).file;
    EXPECT_TRUE(f);
    Procedure p;
    p.number = QStringLiteral("LA-12-ABC-009-N-9-2025");
    p.title = QStringLiteral("Adquisición de reactivos (ficticia)");
    p.regime = QStringLiteral("LAASSP-2025");
    p.type = QStringLiteral("open_tender");
    p.character = QStringLiteral("national");
    p.objectKind = QStringLiteral("goods");
    EXPECT_TRUE(f->insert(p)) << f->lastError().toStdString();
    addStage(*f, p.id, QStringLiteral("call"), QDate(2025, 6, 2), 1);
    addStage(*f, p.id, QStringLiteral("clarification"), QDate(2025, 6, 12), 2);
    addStage(*f, p.id, QStringLiteral("opening"), QDate(2025, 6, 23), 3);
    addStage(*f, p.id, QStringLiteral("award"), QDate(2025, 7, 7), 4);
    for (ProcedureEvent e : {act(p.id, QStringLiteral("questions_deadline"), QDate(2025, 6, 12)),
             act(p.id, QStringLiteral("call_change"), QDate(2025, 6, 4), QDate(2025, 6, 9)),
             act(p.id, QStringLiteral("award_correction"), QDate(2025, 7, 14))})
        EXPECT_TRUE(f->insert(e)) << f->lastError().toStdString();
    return path;
}

} // namespace

TEST(ClockDatesStore, schemaOneFile_upgradesToNine_andTakesTheNewDates)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.testigo"));
    ASSERT_TRUE(QFile::copy(QStringLiteral(TESTIGO_SOURCE_DIR "/tests/fixtures/casefile-v1.testigo"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    QString procedure;
    {
        auto f = CaseFile::open(path).file;
        ASSERT_TRUE(f);
        EXPECT_GE(f->schemaVersion(), 9) << "upgraded at least to the schema of these dates";
        const auto amendments = f->all<Amendment>();
        ASSERT_EQ(amendments.size(), 1);
        EXPECT_FALSE(amendments[0].agreedDate.isValid()) << "an old convenio has no agreement date";
        EXPECT_TRUE(amendments[0].date.isValid()) << "its date is kept";
        EXPECT_TRUE(f->setField(QStringLiteral("amendment"), amendments[0].id, QStringLiteral("agreed_date"),
            amendments[0].date.addDays(-10).toString(Qt::ISODate)));
        procedure = f->all<Procedure>().first().id;
        ProcedureEvent change
            = act(procedure, QStringLiteral("call_change"), QDate(2012, 5, 2), QDate(2012, 5, 3));
        ASSERT_TRUE(f->insert(change)) << f->lastError().toStdString();
        EXPECT_TRUE(f->verify().ok());
    }
    auto f = CaseFile::open(path, true).file;
    ASSERT_TRUE(f);
    const auto events = f->all<ProcedureEvent>(QStringLiteral("procedure_id"), procedure);
    ASSERT_EQ(events.size(), 1);
    EXPECT_EQ(events[0].publishedDate, QDate(2012, 5, 3));
    const Amendment a = f->all<Amendment>().first();
    EXPECT_EQ(a.agreedDate, a.date.addDays(-10));
    EXPECT_TRUE(f->verify().ok());
    // The upgraded file's clocks: the change was published the next business day (the fixture's
    // procedure is a LAASSP goods tender of 2012).
    bool judged = false;
    for (const ClockResult &c : evaluateClocks(*f, f->all<Procedure>().first(), QDate(2026, 1, 1))) {
        if (c.code != QLatin1String("call_change_publication"))
            continue;
        judged = true;
        EXPECT_NE(c.status, Status::Breached);
    }
    EXPECT_TRUE(judged) << "the upgraded file's change to the call has no publication clock";
    // A change to the call is not a cancellation.
    EXPECT_TRUE(loadProcedureFacts(*f, f->all<Procedure>().first()).closures.isEmpty());
}

TEST(ClockDatesStore, showJson_exposesTheNewClocksOfAGoodsTender)
{
    QTemporaryDir dir;
    const QString path = goodsTender(dir);
    const QJsonObject shown
        = showJson(path, QStringLiteral("LA-12-ABC-009-N-9-2025"), QStringLiteral("2025-08-01"));
    const QJsonObject questions = clockOf(shown, QStringLiteral("questions_before_clarification"));
    EXPECT_EQ(questions.value(QStringLiteral("status")).toString(), QStringLiteral("breached"));
    EXPECT_EQ(questions.value(QStringLiteral("article")).toString(), QStringLiteral("LAASSP arts. 43–44"));
    EXPECT_TRUE(questions.value(QStringLiteral("article_verified")).toBool());
    const QJsonObject publication = clockOf(shown, QStringLiteral("call_change_publication"));
    EXPECT_EQ(publication.value(QStringLiteral("status")).toString(), QStringLiteral("breached"));
    EXPECT_EQ(publication.value(QStringLiteral("deadline")).toString(), QStringLiteral("2025-06-05"));
    EXPECT_EQ(publication.value(QStringLiteral("day_kind")).toString(), QStringLiteral("business"));
    EXPECT_EQ(publication.value(QStringLiteral("elapsed_days")).toInt(), 3);
    const QJsonObject correction = clockOf(shown, QStringLiteral("award_correction"));
    EXPECT_EQ(correction.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    EXPECT_EQ(correction.value(QStringLiteral("deadline")).toString(), QStringLiteral("2025-07-14"));
    EXPECT_FALSE(correction.value(QStringLiteral("article_verified")).toBool());
    // The dated acts are not cancellations.
    EXPECT_TRUE(shown.value(QStringLiteral("cancellations")).toArray().isEmpty());
    EXPECT_TRUE(shown.value(QStringLiteral("void_declarations")).toArray().isEmpty());
}

TEST(ClockDatesStore, showJson_exposesTheWorksConvenioClock_andTheDemoShowsEachNewFact)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.testigo"));
    QString out, err;
    QTextStream os(&out), es(&err);
    ASSERT_EQ(Cli::run({QStringLiteral("demo"), path}, {os, es}), 0) << err.toStdString();
    const QJsonObject works
        = showJson(path, QStringLiteral("LO-016B00001-N8-2012"), QStringLiteral("2026-12-04"));
    const QJsonObject convenio = clockOf(works, QStringLiteral("works_agreement_signature"));
    EXPECT_EQ(convenio.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    EXPECT_EQ(convenio.value(QStringLiteral("limit_days")).toInt(), 45);
    EXPECT_FALSE(convenio.value(QStringLiteral("article_verified")).toBool());
    EXPECT_EQ(convenio.value(QStringLiteral("rules_version")).toString(), QStringLiteral("LOPSRM-2009"));

    // Every new clock is judged at least once in the demo.
    auto f = CaseFile::open(path, true).file;
    ASSERT_TRUE(f);
    QSet<QString> judged;
    for (const Procedure &p : f->all<Procedure>())
        for (const ClockResult &c : evaluateClocks(*f, p, QDate(2026, 12, 4)))
            if (c.status == Status::Ok || c.status == Status::Breached)
                judged << c.code;
    for (const char *code : {"questions_before_clarification", "call_change_publication", "award_correction",
             "works_agreement_signature"})
        EXPECT_TRUE(judged.contains(QLatin1String(code))) << code;
}
