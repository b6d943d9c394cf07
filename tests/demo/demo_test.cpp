// SPDX-License-Identifier: GPL-3.0-or-later
// The bundled demo is what a newcomer sees first: it must look like real monitoring work (many
// procedures, laws, stages, findings, evidence), be clearly fictitious, and verify.
#include "demo/demo.h"
#include "domain/rfc.h"
#include "rules/clocks.h"
#include "store/casefile.h"

#include <QCryptographicHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace Testigo;

namespace {

class DemoFile : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = new QTemporaryDir;
        s_path = s_dir->filePath(QStringLiteral("demo.testigo"));
        auto r = CaseFile::create(s_path);
        ASSERT_TRUE(r.file) << r.message.toStdString();
        s_ok = writeDemo(*r.file);
        s_error = r.file->lastError();
    }
    static void TearDownTestSuite()
    {
        delete s_dir;
        s_dir = nullptr;
    }
    void SetUp() override
    {
        ASSERT_TRUE(s_ok) << s_error.toStdString();
        auto r = CaseFile::open(s_path, true);
        ASSERT_TRUE(r.file) << r.message.toStdString();
        m_file = std::move(r.file);
    }

    static inline QTemporaryDir *s_dir = nullptr;
    static inline QString s_path, s_error;
    static inline bool s_ok = false;
    std::unique_ptr<CaseFile> m_file;
};

bool markedFictitious(const QString &text)
{
    return text.contains(QStringLiteral("ficticio")) || text.contains(QStringLiteral("ficticia"));
}

} // namespace

TEST_F(DemoFile, freshDemo_verifies)
{
    const VerifyResult v = m_file->verify();
    for (const auto &p : v.problems)
        ADD_FAILURE() << p.message.toStdString();
    EXPECT_TRUE(v.ok());
}

TEST_F(DemoFile, hasTwelveOrMoreProcedures_allMarkedFictitious)
{
    const auto procedures = m_file->all<Procedure>();
    EXPECT_GE(procedures.size(), 12);
    for (const Procedure &p : procedures) {
        EXPECT_TRUE(p.fictitious) << p.number.toStdString();
        EXPECT_TRUE(markedFictitious(p.title)) << p.title.toStdString();
    }
    for (const Agency &a : m_file->all<Agency>()) {
        EXPECT_TRUE(a.fictitious);
        EXPECT_TRUE(markedFictitious(a.name)) << a.name.toStdString();
    }
    for (const Bidder &b : m_file->all<Bidder>()) {
        EXPECT_TRUE(b.fictitious);
        EXPECT_TRUE(markedFictitious(b.name)) << b.name.toStdString();
    }
    EXPECT_TRUE(markedFictitious(m_file->all<Witness>().value(0).name));
}

TEST_F(DemoFile, coversLawsTypesObjectsCurrenciesAndYears)
{
    QSet<QString> regimes, types, kinds, currencies;
    int minYear = 9999, maxYear = 0;
    for (const Procedure &p : m_file->all<Procedure>()) {
        regimes << p.regime;
        types << p.type;
        kinds << p.objectKind;
        currencies << p.currency;
        for (const Stage &s : m_file->all<Stage>(QStringLiteral("procedure_id"), p.id))
            if (s.kind == QStringLiteral("market_research")) {
                minYear = qMin(minYear, s.plannedDate.year());
                maxYear = qMax(maxYear, s.plannedDate.year());
            }
    }
    for (const char *r : {"LAASSP-2000", "LAASSP-2025", "LOPSRM"})
        EXPECT_TRUE(regimes.contains(QString::fromLatin1(r))) << r;
    for (const char *t : {"open_tender", "restricted_invitation", "direct_award", "competitive_dialogue"})
        EXPECT_TRUE(types.contains(QString::fromLatin1(t))) << t;
    EXPECT_EQ(kinds, (QSet<QString>{QStringLiteral("goods"), QStringLiteral("services"), QStringLiteral("works")}));
    EXPECT_TRUE(currencies.contains(QStringLiteral("MXN")));
    EXPECT_TRUE(currencies.contains(QStringLiteral("USD")));
    EXPECT_LE(minYear, 2003);
    EXPECT_GE(maxYear, 2025);
}

TEST_F(DemoFile, everyProcedure_hasTwoToFourLotsAndThreeToEightBidders)
{
    int moral = 0, fisica = 0;
    for (const Procedure &p : m_file->all<Procedure>()) {
        const auto lots = m_file->all<Lot>(QStringLiteral("procedure_id"), p.id);
        EXPECT_GE(lots.size(), 2) << p.number.toStdString();
        EXPECT_LE(lots.size(), 4) << p.number.toStdString();
        for (const Lot &l : lots) {
            EXPECT_GT(l.referenceCents, 0);
            EXPECT_GE(l.budgetCents, l.referenceCents);
        }
        const auto bidders = m_file->all<Bidder>(QStringLiteral("procedure_id"), p.id);
        EXPECT_GE(bidders.size(), 3) << p.number.toStdString();
        EXPECT_LE(bidders.size(), 8) << p.number.toStdString();
        for (const Bidder &b : bidders) {
            const RfcKind k = classifyRfc(b.rfc);
            EXPECT_NE(k, RfcKind::Invalid) << b.rfc.toStdString();
            moral += k == RfcKind::PersonaMoral;
            fisica += k == RfcKind::PersonaFisica;
        }
    }
    EXPECT_GT(moral, 0);
    EXPECT_GT(fisica, 0);
}

TEST_F(DemoFile, bidsAwardsAndContracts_lookLikeRealOutcomes)
{
    int rejectedWithReason = 0, rejectedWithoutReason = 0, aboveTenPercent = 0, voidLots = 0, amendments = 0;
    for (const Lot &l : m_file->all<Lot>()) {
        for (const Bid &b : m_file->all<Bid>(QStringLiteral("lot_id"), l.id)) {
            if (b.rejected)
                (b.rejectionReason.isEmpty() ? rejectedWithoutReason : rejectedWithReason)++;
            aboveTenPercent += b.amountCents * 10 > l.referenceCents * 11;
        }
        for (const Award &a : m_file->all<Award>(QStringLiteral("lot_id"), l.id))
            voidLots += a.voidLot && a.bidderId.isEmpty();
    }
    EXPECT_GT(rejectedWithReason, 0);
    EXPECT_EQ(rejectedWithoutReason, 0);
    EXPECT_GT(aboveTenPercent, 0);
    EXPECT_GE(voidLots, 1);
    EXPECT_GT(m_file->count(QStringLiteral("contract")), 0);
    amendments = int(m_file->count(QStringLiteral("amendment")));
    EXPECT_GT(amendments, 0);
    for (const Contract &k : m_file->all<Contract>()) {
        EXPECT_GT(k.amountCents, 0);
        EXPECT_TRUE(k.signedDate.isValid());
    }
}

TEST_F(DemoFile, someProceduresFinished_othersMidWay)
{
    int finished = 0, midway = 0;
    for (const Procedure &p : m_file->all<Procedure>()) {
        bool pending = false;
        for (const Stage &s : m_file->all<Stage>(QStringLiteral("procedure_id"), p.id))
            pending = pending || s.status == QStringLiteral("pending");
        const auto narratives = m_file->all<Narrative>(QStringLiteral("procedure_id"), p.id);
        if (p.participationEnd.isValid()) {
            ++finished;
            EXPECT_FALSE(pending) << p.number.toStdString();
            QSet<QString> langs;
            for (const Narrative &n : narratives) {
                langs << n.language;
                EXPECT_TRUE(n.summary.startsWith(QStringLiteral("<p>")));
            }
            EXPECT_EQ(langs, (QSet<QString>{QStringLiteral("es"), QStringLiteral("en")})) << p.number.toStdString();
        } else {
            ++midway;
            EXPECT_TRUE(pending) << p.number.toStdString();
        }
    }
    EXPECT_GE(finished, 6);
    EXPECT_GE(midway, 2);
}

TEST_F(DemoFile, findingsAtEveryStageKindUsed_withFollowUp)
{
    QSet<QString> kindsUsed, kindsWithFindings, statuses, categories;
    QHash<QString, QString> kindOfStage;
    for (const Stage &s : m_file->all<Stage>()) {
        kindOfStage.insert(s.id, s.kind);
        if (s.status == QStringLiteral("done"))
            kindsUsed << s.kind;
    }
    int escalated = 0, withClauses = 0;
    QSet<QString> clausesCited;
    for (const Finding &f : m_file->all<Finding>()) {
        kindsWithFindings << kindOfStage.value(f.stageId);
        statuses << f.status;
        categories << f.category;
        escalated += f.escalation == QStringLiteral("oic") && f.escalationDate.isValid();
        const auto links = m_file->all<FindingClause>(QStringLiteral("finding_id"), f.id);
        withClauses += !links.isEmpty();
        for (const FindingClause &fc : links)
            clausesCited << fc.clauseId;
        if (f.status != QStringLiteral("pending") && !f.response.isEmpty()) {
            EXPECT_TRUE(f.responseDate.isValid());
        }
    }
    for (const QString &k : kindsUsed)
        EXPECT_TRUE(kindsWithFindings.contains(k)) << "no finding at stage kind " << k.toStdString();
    EXPECT_EQ(statuses, (QSet<QString>{QStringLiteral("pending"), QStringLiteral("attended"), QStringLiteral("partial"),
                                       QStringLiteral("not_attended")}));
    EXPECT_GE(categories.size(), 6);
    EXPECT_GE(escalated, 2);
    EXPECT_GT(withClauses, 0);
    EXPECT_GE(clausesCited.size(), 10);
}

TEST_F(DemoFile, attachments_matchTheirBytesAndShareDuplicates)
{
    const auto attachments = m_file->all<Attachment>();
    ASSERT_FALSE(attachments.isEmpty());
    QSet<QString> hashes;
    for (const Attachment &a : attachments) {
        hashes << a.sha256;
        const QByteArray bytes = m_file->blob(a.sha256);
        EXPECT_EQ(bytes.size(), a.size) << a.fileName.toStdString();
        EXPECT_EQ(QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()), a.sha256);
        EXPECT_FALSE(a.mediaType.isEmpty());
        EXPECT_FALSE(a.fileName.isEmpty());
    }
    EXPECT_LT(hashes.size(), attachments.size()) << "identical files are stored once";
    EXPECT_EQ(m_file->count(QStringLiteral("blob")), hashes.size());
}

TEST_F(DemoFile, stagesHaveDatesMinutesAndAnsweredChecklists)
{
    int answered = 0, no = 0, repeatedClarification = 0;
    for (const Stage &s : m_file->all<Stage>()) {
        if (s.status == QStringLiteral("done")) {
            EXPECT_TRUE(s.actualDate.isValid());
            EXPECT_TRUE(s.plannedDate.isValid());
            EXPECT_FALSE(s.actaRef.isEmpty());
            EXPECT_FALSE(s.attendance.isEmpty());
        }
        repeatedClarification += s.kind == QStringLiteral("clarification") && s.round == 2;
        for (const ChecklistAnswer &a : m_file->all<ChecklistAnswer>(QStringLiteral("stage_id"), s.id)) {
            answered += !a.answer.isEmpty();
            no += a.answer == QStringLiteral("no");
        }
    }
    EXPECT_GT(answered, 100);
    EXPECT_GT(no, 5);
    EXPECT_GE(repeatedClarification, 1);
    for (const Signatory &sg : m_file->all<Signatory>())
        EXPECT_TRUE(sg.signedDate.isValid());
    EXPECT_EQ(m_file->count(QStringLiteral("engagement")), m_file->count(QStringLiteral("procedure")));
}

TEST_F(DemoFile, legalClocks_showBreachesOnPurpose)
{
    int breached = 0, ok = 0;
    QSet<QString> breachedCodes;
    for (const Procedure &p : m_file->all<Procedure>()) {
        for (const ClockResult &r : evaluateClocks(*m_file, p, QDate(2025, 12, 1))) {
            if (r.status == ClockResult::Status::Breached) {
                ++breached;
                breachedCodes << r.code;
            }
            ok += r.status == ClockResult::Status::Ok;
        }
    }
    EXPECT_GT(ok, breached);
    for (const char *code : {"publication_to_opening", "opening_to_award", "award_to_contract", "clarification_to_opening",
                             "call_change_notice", "report_deadline"})
        EXPECT_TRUE(breachedCodes.contains(QString::fromLatin1(code))) << code;
}

TEST_F(DemoFile, isDeterministic)
{
    QTemporaryDir dir;
    auto r = CaseFile::create(dir.filePath(QStringLiteral("again.testigo")));
    ASSERT_TRUE(r.file);
    ASSERT_TRUE(writeDemo(*r.file));
    auto digest = [](const CaseFile &f) {
        QStringList parts;
        for (const Procedure &p : f.all<Procedure>())
            parts << p.number << p.title << p.participationEnd.toString(Qt::ISODate);
        for (const Bid &b : f.all<Bid>())
            parts << QString::number(b.amountCents) << b.rejectionReason;
        for (const Finding &x : f.all<Finding>())
            parts << x.description << x.status << x.raisedDate.toString(Qt::ISODate);
        return parts;
    };
    EXPECT_EQ(digest(*r.file), digest(*m_file));
}

TEST_F(DemoFile, outsideEditOfAFinding_failsVerificationNamingIt)
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("copy.testigo"));
    ASSERT_TRUE(QFile::copy(s_path, copy));
    const Finding target = m_file->all<Finding>().value(3);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("shell"));
        db.setDatabaseName(copy);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("UPDATE finding SET description = description || ' (alterado)' WHERE id = '%1'").arg(target.id)));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("shell"));
    auto r = CaseFile::open(copy, true);
    ASSERT_TRUE(r.file);
    const VerifyResult v = r.file->verify();
    ASSERT_FALSE(v.ok());
    EXPECT_EQ(v.problems.first().table, QStringLiteral("finding"));
    EXPECT_EQ(v.problems.first().rowId, target.id);
    EXPECT_EQ(v.problems.first().field, QStringLiteral("description"));
}

TEST(Demo, intoReadOnlyFile_failsWithoutWriting)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.testigo"));
    { ASSERT_TRUE(CaseFile::create(path).file); }
    auto r = CaseFile::open(path, true);
    ASSERT_TRUE(r.file);
    EXPECT_FALSE(writeDemo(*r.file));
    EXPECT_FALSE(r.file->lastError().isEmpty());
    EXPECT_EQ(r.file->count(QStringLiteral("procedure")), 0);
}
