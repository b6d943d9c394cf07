// SPDX-License-Identifier: GPL-3.0-or-later
// The procedure's events and decree days (schema 7): stored and read back, carried by an upgrade of
// an old file, merged, shown by `show --json`, and counted by the business-day clocks.
#include "cli/cli.h"
#include "domain/events.h"
#include "merge/merger.h"
#include "rules/calendar.h"
#include "rules/clocks.h"
#include "store/casefile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace Testigo;

namespace {

struct Case
{
    QString procedure, lot, bidder;
};

// A LAASSP-2025 goods tender with one lot and one bidder, written through the store.
Case addProcedure(CaseFile &f)
{
    Case c;
    Procedure p;
    p.number = QStringLiteral("LA-12-ABC-001-N-7-2025");
    p.title = QStringLiteral("Adquisición de vacunas (ficticia)");
    p.regime = QStringLiteral("LAASSP-2025");
    p.type = QStringLiteral("open_tender");
    p.character = QStringLiteral("national");
    p.objectKind = QStringLiteral("goods");
    EXPECT_TRUE(f.insert(p)) << f.lastError().toStdString();
    c.procedure = p.id;
    Lot l;
    l.procedureId = p.id;
    l.number = 2;
    EXPECT_TRUE(f.insert(l));
    c.lot = l.id;
    Bidder b;
    b.procedureId = p.id;
    b.name = QStringLiteral("Vacunas del Bajío, S.A. de C.V.");
    EXPECT_TRUE(f.insert(b));
    c.bidder = b.id;
    return c;
}

void addEvents(CaseFile &f, const Case &c)
{
    ProcedureEvent voidLot;
    voidLot.procedureId = c.procedure;
    voidLot.lotId = c.lot;
    voidLot.kind = QStringLiteral("void");
    voidLot.reason = QStringLiteral("Ninguna proposición solvente");
    voidLot.date = QDate(2025, 9, 30);
    ASSERT_TRUE(f.insert(voidLot)) << f.lastError().toStdString();
    ProcedureEvent cancel;
    cancel.procedureId = c.procedure;
    cancel.extent = QStringLiteral("partial");
    cancel.reason = QStringLiteral("Recorte presupuestal");
    cancel.date = QDate(2025, 10, 2);
    ASSERT_TRUE(f.insert(cancel)) << f.lastError().toStdString();
    Protest protest;
    protest.procedureId = c.procedure;
    protest.bidderId = c.bidder;
    protest.filedDate = QDate(2025, 10, 6);
    protest.authority = QStringLiteral("OIC");
    protest.outcome = QStringLiteral("founded");
    protest.suspended = true;
    protest.resolutionDate = QDate(2025, 11, 14);
    ASSERT_TRUE(f.insert(protest)) << f.lastError().toStdString();
    DialogueRound round;
    round.procedureId = c.procedure;
    round.round = 2;
    round.date = QDate(2025, 8, 20);
    round.participants = QStringLiteral("Vacunas del Bajío");
    ASSERT_TRUE(f.insert(round)) << f.lastError().toStdString();
}

QJsonObject showJson(const QString &path, const QString &number)
{
    QString out, err;
    QTextStream os(&out), es(&err);
    EXPECT_EQ(Cli::run({QStringLiteral("show"), path, QStringLiteral("--process"), number,
                           QStringLiteral("--json")},
                  {os, es}),
        0)
        << err.toStdString();
    os.flush();
    return QJsonDocument::fromJson(out.toUtf8()).object();
}

} // namespace

TEST(ProcedureEvents, storedFacts_readBackAfterReopeningAndVerify)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("events.testigo"));
    Case c;
    {
        auto f = CaseFile::create(path).file;
        ASSERT_TRUE(f);
        c = addProcedure(*f);
        addEvents(*f, c);
    }
    auto f = CaseFile::open(path, true).file;
    ASSERT_TRUE(f);
    const auto events = f->all<ProcedureEvent>(QStringLiteral("procedure_id"), c.procedure);
    ASSERT_EQ(events.size(), 2);
    EXPECT_EQ(events[0].kind, QStringLiteral("void"));
    EXPECT_EQ(events[0].lotId, c.lot);
    EXPECT_EQ(events[0].date, QDate(2025, 9, 30));
    EXPECT_TRUE(events[1].lotId.isEmpty()); // the whole procedure: a NULL lot, not ""
    EXPECT_EQ(events[1].extent, QStringLiteral("partial"));
    const auto protests = f->all<Protest>(QStringLiteral("procedure_id"), c.procedure);
    ASSERT_EQ(protests.size(), 1);
    EXPECT_EQ(protests[0].bidderId, c.bidder);
    EXPECT_TRUE(protests[0].suspended);
    EXPECT_EQ(protests[0].resolutionDate, QDate(2025, 11, 14));
    EXPECT_EQ(f->all<DialogueRound>(QStringLiteral("procedure_id"), c.procedure).value(0).round, 2);
    EXPECT_TRUE(f->verify().ok());
}

TEST(ProcedureEvents, schemaOneFile_upgradesAndTakesTheNewFacts)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.testigo"));
    ASSERT_TRUE(QFile::copy(QStringLiteral(TESTIGO_SOURCE_DIR "/tests/fixtures/casefile-v1.testigo"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    auto f = CaseFile::open(path).file;
    ASSERT_TRUE(f);
    EXPECT_EQ(f->schemaVersion(), CaseFile::SchemaVersion);
    const auto procedures = f->all<Procedure>();
    ASSERT_FALSE(procedures.isEmpty());
    EXPECT_EQ(f->count(QStringLiteral("procedure_event")), 0);
    Protest p;
    p.procedureId = procedures.first().id;
    p.authority = QStringLiteral("SFP");
    ASSERT_TRUE(f->insert(p)) << f->lastError().toStdString();
    DecreeDay d;
    d.date = QDate(2026, 4, 2);
    ASSERT_TRUE(f->insert(d)) << f->lastError().toStdString();
    EXPECT_TRUE(f->verify().ok());
}

TEST(ProcedureEvents, merge_carriesTheOtherCopysEventsAndDecreeDays)
{
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.testigo")),
                  b = dir.filePath(QStringLiteral("b.testigo"));
    Case c;
    {
        auto f = CaseFile::create(a).file;
        c = addProcedure(*f);
    }
    ASSERT_TRUE(QFile::copy(a, b));
    {
        auto f = CaseFile::open(b).file;
        f->setAuthor(QStringLiteral("beto"));
        addEvents(*f, c);
        DecreeDay d;
        d.date = QDate(2025, 4, 17);
        d.description = QStringLiteral("Jueves Santo");
        ASSERT_TRUE(f->insert(d));
    }
    auto target = CaseFile::open(a).file;
    auto source = CaseFile::open(b, true).file;
    QString error;
    const Merge::SourceSummary s = Merge::mergeFrom(*target, *source, &error);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    EXPECT_EQ(s.inserted, 5);
    EXPECT_EQ(target->all<ProcedureEvent>().size(), 2);
    EXPECT_EQ(target->all<Protest>().value(0).outcome, QStringLiteral("founded"));
    EXPECT_EQ(target->all<DialogueRound>().size(), 1);
    EXPECT_EQ(target->all<DecreeDay>().value(0).description, QStringLiteral("Jueves Santo"));
    EXPECT_TRUE(target->verify().ok());
    EXPECT_TRUE(Merge::bringsNothing(*target, *source)); // merging again writes nothing
}

TEST(ProcedureEvents, showJson_statesEachFactOfTheDemo)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.testigo"));
    QString out, err;
    QTextStream os(&out), es(&err);
    ASSERT_EQ(Cli::run({QStringLiteral("demo"), path}, {os, es}), 0) << err.toStdString();

    const QJsonObject works = showJson(path, QStringLiteral("LO-016B00001-N8-2012"));
    const QJsonObject desierta
        = works.value(QStringLiteral("void_declarations")).toArray().first().toObject();
    EXPECT_EQ(desierta.value(QStringLiteral("lot")).toInt(), 2);
    EXPECT_FALSE(desierta.value(QStringLiteral("reason")).toString().isEmpty());

    const QJsonObject cancelled = showJson(path, QStringLiteral("LA-50-GYN-012M7B001-T-18-2025"))
                                      .value(QStringLiteral("cancellations"))
                                      .toArray()
                                      .first()
                                      .toObject();
    EXPECT_EQ(cancelled.value(QStringLiteral("lot")).toInt(), 3);
    EXPECT_EQ(cancelled.value(QStringLiteral("extent")).toString(), QStringLiteral("total"));

    const QJsonObject protest = showJson(path, QStringLiteral("LA-921022998-E3-2019"))
                                    .value(QStringLiteral("protests"))
                                    .toArray()
                                    .first()
                                    .toObject();
    EXPECT_EQ(protest.value(QStringLiteral("outcome")).toString(), QStringLiteral("unfounded"));
    EXPECT_FALSE(protest.value(QStringLiteral("bidder")).toString().isEmpty());
    EXPECT_FALSE(protest.value(QStringLiteral("suspended")).toBool());

    const QJsonObject dialogue = showJson(path, QStringLiteral("DC-50-GYR-050GYR001-N-3-2025"));
    EXPECT_EQ(dialogue.value(QStringLiteral("dialogue_rounds")).toArray().size(), 2);
    const QJsonObject rule = dialogue.value(QStringLiteral("dialogue_rule")).toObject();
    EXPECT_TRUE(rule.value(QStringLiteral("provided_for")).toBool());
    EXPECT_EQ(rule.value(QStringLiteral("bodies")).toArray().first().toString(), QStringLiteral("SHCP"));
    EXPECT_FALSE(rule.value(QStringLiteral("agency_allowed")).toBool()); // a health agency is not Hacienda
    // A tender has no dialogue rule to state.
    EXPECT_FALSE(works.contains(QStringLiteral("dialogue_rule")));
}

namespace {
// award_to_contract (LAASSP 2025): the contract within 15 business days of the award.
ClockResult::Status awardToContract(CaseFile &f, const Case &c, const QDate &award, const QDate &signedOn)
{
    const auto p = f.get<Procedure>(c.procedure);
    for (Stage s : f.all<Stage>(QStringLiteral("procedure_id"), c.procedure))
        f.setDeleted(QStringLiteral("stage"), s.id, true);
    const QList<QPair<QString, QDate>> stages {{QStringLiteral("call"), QDate(2025, 6, 2)},
        {QStringLiteral("award"), award}, {QStringLiteral("contract"), signedOn}};
    int position = 0;
    for (const auto &[kind, date] : stages) {
        Stage s;
        s.procedureId = c.procedure;
        s.kind = kind;
        s.position = position++;
        s.status = QStringLiteral("done");
        s.actualDate = date;
        EXPECT_TRUE(f.insert(s)) << f.lastError().toStdString();
    }
    for (const ClockResult &r : evaluateClocks(f, *p, QDate(2026, 1, 10)))
        if (r.code == QLatin1String("award_to_contract"))
            return r.status;
    ADD_FAILURE() << "no award_to_contract clock";
    return ClockResult::Status::NotApplicable;
}
} // namespace

TEST(ProcedureEvents, decreeDay_isNotCountedByBusinessDayClocks)
{
    QTemporaryDir dir;
    auto f = CaseFile::create(dir.filePath(QStringLiteral("decree.testigo"))).file;
    const Case c = addProcedure(*f);
    const BusinessCalendar &standard = BusinessCalendar::standard();
    const QDate award(2025, 9, 1);
    const QDate lastDay = standard.addBusinessDays(award, 15);
    const QDate dayAfter = standard.addBusinessDays(award, 16);
    using S = ClockResult::Status;
    // Without a decree day: the 15th business day is on time, the 16th is late.
    EXPECT_EQ(awardToContract(*f, c, award, lastDay), S::Ok);
    EXPECT_EQ(awardToContract(*f, c, award, dayAfter), S::Breached);

    DecreeDay d;
    d.date = standard.addBusinessDays(award, 5);
    d.description = QStringLiteral("Cierre de la dependencia por decreto");
    ASSERT_TRUE(f->insert(d));
    // One working day fewer in the span: the 16th standard business day is now the 15th.
    EXPECT_EQ(awardToContract(*f, c, award, dayAfter), S::Ok);
    EXPECT_EQ(awardToContract(*f, c, award, standard.addBusinessDays(award, 17)), S::Breached);
    // A decree day outside the span changes nothing.
    EXPECT_EQ(
        f->setField(QStringLiteral("decree_day"), d.id, QStringLiteral("date"), award.addDays(-7)), true);
    EXPECT_EQ(awardToContract(*f, c, award, dayAfter), S::Breached);
}
