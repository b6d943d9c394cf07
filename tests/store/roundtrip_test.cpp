// SPDX-License-Identifier: GPL-3.0-or-later
// Every entity survives a trip through the case file: what is saved is what is read back, edits
// stick, and deleting hides a row without losing it.
#include "store/casefile.h"

#include <QSet>
#include <QTemporaryDir>
#include <QThread>
#include <QUuid>
#include <gtest/gtest.h>

using namespace Testigo;

namespace {

class RoundTrip : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto r = CaseFile::create(m_dir.filePath(QStringLiteral("trip.testigo")));
        ASSERT_TRUE(r.file) << r.message.toStdString();
        m_file = std::move(r.file);
        m_file->setAuthor(QStringLiteral("Ana Pérez"));
    }

    // Inserts, reads back, edits, deletes: the whole life of one row.
    template<class E>
    void check(E sample, const std::function<void(E &)> &edit)
    {
        const auto &m = mappingOf<E>();
        // The sample must set every column, or a lost column would go unnoticed.
        const QVariantMap blank = m.toRow(E{});
        const QVariantMap full = m.toRow(sample);
        for (auto it = full.cbegin(); it != full.cend(); ++it)
            EXPECT_NE(canonicalValue(it.value()), canonicalValue(blank.value(it.key())))
                << m.table.toStdString() << "." << it.key().toStdString() << " is left at its default in the sample";

        ASSERT_TRUE(m_file->insert(sample)) << m_file->lastError().toStdString();
        ASSERT_FALSE(sample.id.isEmpty());
        EXPECT_EQ(sample.author, QStringLiteral("Ana Pérez"));
        EXPECT_FALSE(sample.createdAt.isEmpty());

        auto back = m_file->get<E>(sample.id);
        ASSERT_TRUE(back.has_value()) << m.table.toStdString();
        EXPECT_EQ(m.toRow(*back), full) << m.table.toStdString() << " differs after reading back";

        E changed = *back;
        edit(changed);
        ASSERT_NE(m.toRow(changed), full) << "the edit must change something";
        ASSERT_TRUE(m_file->update(changed)) << m_file->lastError().toStdString();
        auto edited = m_file->get<E>(sample.id);
        ASSERT_TRUE(edited.has_value());
        EXPECT_EQ(m.toRow(*edited), m.toRow(changed)) << m.table.toStdString() << " edit was not saved";

        ASSERT_TRUE(m_file->setDeleted(m.table, sample.id, true));
        for (const E &e : m_file->template all<E>())
            EXPECT_NE(e.id, sample.id) << m.table.toStdString() << " deleted row still listed";
        bool seen = false;
        for (const E &e : m_file->template all<E>(QString(), QVariant(), true))
            if (e.id == sample.id) {
                seen = true;
                EXPECT_TRUE(e.deleted);
            }
        EXPECT_TRUE(seen) << m.table.toStdString() << " deleted row lost";
        EXPECT_TRUE(m_file->verify().ok());
    }

    // Parents the child rows point at (foreign keys are checked at commit).
    Agency agency()
    {
        Agency a;
        a.name = QStringLiteral("Instituto Ficticio de Salud");
        add(a);
        return a;
    }
    Procedure procedure()
    {
        Procedure p;
        p.number = QStringLiteral("LA-012-2024");
        p.agencyId = agency().id;
        add(p);
        return p;
    }
    template<class E>
    void add(E &e)
    {
        if (!m_file->insert(e))
            ADD_FAILURE() << m_file->lastError().toStdString();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<CaseFile> m_file;
};

QDate d(int y, int m, int day) { return QDate(y, m, day); }

} // namespace

TEST_F(RoundTrip, witness_allFieldsSurvive)
{
    Witness w;
    w.name = QStringLiteral("Observatorio Cívico Ñandú (ficticio)");
    w.kind = QStringLiteral("person");
    w.registryNumber = QStringLiteral("PTS-042");
    w.rfc = QStringLiteral("OCÑ0101013A1");
    w.email = QStringLiteral("contacto@ejemplo.org");
    w.legalRepresentative = QStringLiteral("María Pérez Ñúñez");
    w.advisers = QStringLiteral("Ing. José Ávila\nLic. Ana Ríos");
    check<Witness>(w, [](Witness &e) { e.email = QStringLiteral("otro@ejemplo.org"); });
}

TEST_F(RoundTrip, agency_allFieldsSurvive)
{
    Agency a;
    a.name = QStringLiteral("Comisión Ficticia del Agua");
    a.acronym = QStringLiteral("CFA");
    a.kind = QStringLiteral("entidad");
    a.buyingUnit = QStringLiteral("Gerencia de Adquisiciones");
    a.sector = QStringLiteral("water");
    a.fictitious = true;
    check<Agency>(a, [](Agency &e) { e.fictitious = false; });
}

TEST_F(RoundTrip, procedure_allFieldsSurvive)
{
    Procedure p;
    p.number = QStringLiteral("LA-012M7B997-E15-2024");
    p.title = QStringLiteral("Adquisición de medicamentos oncológicos");
    p.object = QStringLiteral("Suministro anual");
    p.agencyId = agency().id;
    p.regime = QStringLiteral("LAASSP-2025");
    p.type = QStringLiteral("restricted_invitation");
    p.character = QStringLiteral("international_treaties");
    p.evaluation = QStringLiteral("points");
    p.objectKind = QStringLiteral("goods");
    p.currency = QStringLiteral("USD");
    p.place = QStringLiteral("Ciudad de México");
    p.pactVersion = QStringLiteral("2025.1");
    p.reducedPeriodJustified = true;
    p.participationEnd = d(2025, 6, 30);
    p.ocid = QStringLiteral("ocds-07smqs-1");
    p.fictitious = true;
    p.titleEn = QStringLiteral("Purchase of oncology drugs");
    p.objectEn = QStringLiteral("Annual supply");
    p.publicationDate = d(2025, 7, 8);
    p.publicationUrl = QStringLiteral("https://comprasmx.buengobierno.gob.mx/testimonio/7");
    check<Procedure>(p, [](Procedure &e) { e.participationEnd = QDate(); e.title += QStringLiteral(" (2)"); });
}

TEST_F(RoundTrip, engagement_allFieldsSurvive)
{
    Witness w;
    w.name = QStringLiteral("Testigo");
    add(w);
    Engagement e;
    e.procedureId = procedure().id;
    e.witnessId = w.id;
    e.authority = QStringLiteral("SABG");
    e.letterNumber = QStringLiteral("SABG/UCP/0012/2025");
    e.letterDate = d(2025, 5, 2);
    check<Engagement>(e, [](Engagement &x) { x.letterDate = x.letterDate.addDays(1); });
}

TEST_F(RoundTrip, lot_allFieldsSurvive)
{
    Lot l;
    l.procedureId = procedure().id;
    l.number = 3;
    l.description = QStringLiteral("Partida 3: jeringas");
    l.descriptionEn = QStringLiteral("Lot 3: syringes");
    l.budgetCents = 9'000'000'000'000'000LL; // near the int64 limit: no rounding through double
    l.referenceCents = -1;
    check<Lot>(l, [](Lot &e) { e.budgetCents += 1; });
}

TEST_F(RoundTrip, stage_allFieldsSurvive)
{
    Stage s;
    s.procedureId = procedure().id;
    s.kind = QStringLiteral("clarification");
    s.position = 4;
    s.round = 2;
    s.plannedDate = d(2024, 3, 1);
    s.actualDate = d(2024, 3, 4);
    s.status = QStringLiteral("done");
    s.attendance = QStringLiteral("6 licitantes, OIC");
    s.actaRef = QStringLiteral("ACTA-JA-02");
    s.notes = QStringLiteral("Se respondieron 48 preguntas.");
    s.attendanceEn = QStringLiteral("6 bidders, OIC");
    s.notesEn = QStringLiteral("48 questions were answered.");
    check<Stage>(s, [](Stage &e) { e.status = QStringLiteral("in_progress"); });
}

TEST_F(RoundTrip, checklistAnswer_allFieldsSurvive)
{
    Stage s;
    s.procedureId = procedure().id;
    s.kind = QStringLiteral("call");
    add(s);
    ChecklistAnswer c;
    c.stageId = s.id;
    c.itemCode = QStringLiteral("call.criteria");
    c.position = 2;
    c.questionEs = QStringLiteral("¿La convocatoria publica los criterios de evaluación?");
    c.questionEn = QStringLiteral("Does the call publish the evaluation criteria?");
    c.answer = QStringLiteral("no");
    c.note = QStringLiteral("Faltan ponderaciones.");
    check<ChecklistAnswer>(c, [](ChecklistAnswer &e) { e.answer = QStringLiteral("na"); });
}

TEST_F(RoundTrip, clause_allFieldsSurvive)
{
    Clause c;
    c.procedureId = procedure().id;
    c.code = QStringLiteral("B8");
    c.party = QStringLiteral("bidder");
    c.position = 8;
    c.textEs = QStringLiteral("No coludirse con otros licitantes.");
    c.textEn = QStringLiteral("Not to collude with other bidders.");
    check<Clause>(c, [](Clause &e) { e.textEn = QStringLiteral("No collusion."); });
}

TEST_F(RoundTrip, signatory_allFieldsSurvive)
{
    const Procedure p = procedure();
    Bidder b;
    b.procedureId = p.id;
    add(b);
    Signatory s;
    s.procedureId = p.id;
    s.name = QStringLiteral("José Núñez");
    s.role = QStringLiteral("bidder");
    s.position = QStringLiteral("Apoderado legal");
    s.bidderId = b.id;
    s.signedDate = d(2024, 2, 29);
    check<Signatory>(s, [](Signatory &e) { e.bidderId.clear(); e.role = QStringLiteral("official"); });
}

TEST_F(RoundTrip, finding_allFieldsSurvive)
{
    const Procedure p = procedure();
    Stage s;
    s.procedureId = p.id;
    s.kind = QStringLiteral("award");
    add(s);
    Finding f;
    f.procedureId = p.id;
    f.stageId = s.id;
    f.number = 7;
    f.category = QStringLiteral("evaluation");
    f.severity = QStringLiteral("critical");
    f.description = QStringLiteral("El fallo no motiva el desechamiento.");
    f.recommendation = QStringLiteral("Motivar cada desechamiento.");
    f.response = QStringLiteral("Se emitirá una nota aclaratoria.");
    f.responseDate = d(2024, 4, 10);
    f.raisedDate = d(2024, 4, 2);
    f.status = QStringLiteral("partial");
    f.escalation = QStringLiteral("oic");
    f.escalationDate = d(2024, 4, 20);
    f.descriptionEn = QStringLiteral("The award does not state why bids were rejected.");
    f.recommendationEn = QStringLiteral("State the reasons for every rejection.");
    f.responseEn = QStringLiteral("A clarifying note will be issued.");
    check<Finding>(f, [](Finding &e) { e.status = QStringLiteral("attended"); e.escalationDate = QDate(); });
}

TEST_F(RoundTrip, findingClause_allFieldsSurvive)
{
    const Procedure p = procedure();
    Finding f;
    f.procedureId = p.id;
    add(f);
    Clause c1, c2;
    c1.procedureId = c2.procedureId = p.id;
    add(c1);
    add(c2);
    FindingClause fc;
    fc.findingId = f.id;
    fc.clauseId = c1.id;
    const QString other = c2.id;
    check<FindingClause>(fc, [other](FindingClause &e) { e.clauseId = other; });
}

TEST_F(RoundTrip, attachment_allFieldsSurvive)
{
    const Procedure p = procedure();
    Stage s;
    s.procedureId = p.id;
    add(s);
    Finding f;
    f.procedureId = p.id;
    add(f);
    const QByteArray bytes("%PDF-1.4 acta de fallo");
    const auto sha = m_file->putBlob(bytes);
    ASSERT_TRUE(sha.has_value());
    EXPECT_EQ(m_file->blob(*sha), bytes);
    Attachment a;
    a.procedureId = p.id;
    a.findingId = f.id;
    a.stageId = s.id;
    a.fileName = QStringLiteral("acta_fallo.pdf");
    a.size = bytes.size();
    a.mediaType = QStringLiteral("application/pdf");
    a.sha256 = *sha;
    check<Attachment>(a, [](Attachment &e) { e.findingId.clear(); e.fileName = QStringLiteral("fallo.pdf"); });
}

TEST_F(RoundTrip, bidder_allFieldsSurvive)
{
    Bidder b;
    b.procedureId = procedure().id;
    b.name = QStringLiteral("Farmacéutica Ñuñoa, S.A. de C.V.");
    b.rfc = QStringLiteral("FÑU010203AB1");
    b.signedPact = true;
    b.disclosedTies = true;
    b.declaredConflict = true;
    b.fictitious = true;
    check<Bidder>(b, [](Bidder &e) { e.declaredConflict = false; });
}

TEST_F(RoundTrip, bid_allFieldsSurvive)
{
    const Procedure p = procedure();
    Bidder b;
    b.procedureId = p.id;
    add(b);
    Lot l;
    l.procedureId = p.id;
    add(l);
    Bid bid;
    bid.bidderId = b.id;
    bid.lotId = l.id;
    bid.amountCents = 123'456'789;
    bid.technicalResult = QStringLiteral("fail");
    bid.economicResult = QStringLiteral("pass");
    bid.rejected = true;
    bid.rejectionReason = QStringLiteral("No acreditó experiencia.");
    check<Bid>(bid, [](Bid &e) { e.rejected = false; e.rejectionReason.clear(); });
}

TEST_F(RoundTrip, award_allFieldsSurvive)
{
    const Procedure p = procedure();
    Bidder b;
    b.procedureId = p.id;
    add(b);
    Lot l;
    l.procedureId = p.id;
    add(l);
    Award a;
    a.lotId = l.id;
    a.bidderId = b.id;
    a.amountCents = 5'000'00;
    a.date = d(2024, 5, 5);
    a.voidLot = true;
    check<Award>(a, [](Award &e) { e.bidderId.clear(); e.amountCents = 0; });
}

TEST_F(RoundTrip, contract_allFieldsSurvive)
{
    const Procedure p = procedure();
    Bidder b;
    b.procedureId = p.id;
    add(b);
    Contract c;
    c.procedureId = p.id;
    c.bidderId = b.id;
    c.number = QStringLiteral("CTO-2024-017");
    c.amountCents = 98'765'432'10;
    c.currency = QStringLiteral("USD");
    c.signedDate = d(2024, 6, 1);
    check<Contract>(c, [](Contract &e) { e.amountCents -= 1; });
}

TEST_F(RoundTrip, amendment_allFieldsSurvive)
{
    const Procedure p = procedure();
    Contract c;
    c.procedureId = p.id;
    add(c);
    Amendment a;
    a.contractId = c.id;
    a.number = 2;
    a.deltaCents = -1'500'00;
    a.date = d(2024, 9, 9);
    a.description = QStringLiteral("Reducción de cantidades");
    a.agreedDate = d(2024, 8, 1); // schema 9
    check<Amendment>(a, [](Amendment &e) { e.deltaCents = 2'000'00; });
}

TEST_F(RoundTrip, narrative_allFieldsSurvive)
{
    Narrative n;
    n.procedureId = procedure().id;
    n.language = QStringLiteral("en");
    n.background = QStringLiteral("<p>Background</p>");
    n.summary = QStringLiteral("<p>Summary with “quotes” and\nnew lines</p>");
    n.conclusions = QStringLiteral("<p>Conclusions</p>");
    check<Narrative>(n, [](Narrative &e) { e.summary = QStringLiteral("<p>Shorter</p>"); });
}

TEST_F(RoundTrip, deletedRow_canBeRestored)
{
    Agency a;
    a.name = QStringLiteral("Agencia borrada");
    add(a);
    ASSERT_TRUE(m_file->setDeleted(QStringLiteral("agency"), a.id, true));
    EXPECT_EQ(m_file->count(QStringLiteral("agency")), 0);
    ASSERT_TRUE(m_file->setDeleted(QStringLiteral("agency"), a.id, false));
    EXPECT_EQ(m_file->count(QStringLiteral("agency")), 1);
    EXPECT_EQ(m_file->all<Agency>().value(0).name, QStringLiteral("Agencia borrada"));
}

TEST_F(RoundTrip, reopenedFile_keepsRows)
{
    const QString path = m_file->path();
    Procedure p = procedure();
    m_file.reset();
    auto r = CaseFile::open(path);
    ASSERT_TRUE(r.file) << r.message.toStdString();
    const auto back = r.file->get<Procedure>(p.id);
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(back->number, QStringLiteral("LA-012-2024"));
    EXPECT_TRUE(r.file->verify().ok());
}

TEST_F(RoundTrip, entityWithEmptyTexts_isSavedWithEmptyStrings)
{
    // A user saves a bidder before knowing its RFC: empty texts must be stored, not refused.
    Bidder b;
    b.procedureId = procedure().id;
    b.name = QStringLiteral("Sin RFC todavía");
    ASSERT_TRUE(m_file->insert(b)) << m_file->lastError().toStdString();
    const auto back = m_file->get<Bidder>(b.id);
    ASSERT_TRUE(back.has_value());
    EXPECT_TRUE(back->rfc.isEmpty());
    Bidder edited = *back;
    edited.name.clear();
    EXPECT_TRUE(m_file->update(edited)) << m_file->lastError().toStdString();
    EXPECT_TRUE(m_file->get<Bidder>(b.id)->name.isEmpty());
    EXPECT_TRUE(m_file->verify().ok());
}

TEST_F(RoundTrip, evidenceBlob_isStoredOnceAndLogged)
{
    auto blobEntries = [this] {
        qint64 n = 0;
        for (const AuditEntry &e : m_file->auditEntries())
            n += e.table == QStringLiteral("blob") ? 1 : 0;
        return n;
    };
    const qint64 before = blobEntries(); // (the first write also records the writer's key)
    const auto a = m_file->putBlob(QByteArray("fotografía"));
    ASSERT_TRUE(a.has_value()) << m_file->lastError().toStdString();
    const auto b = m_file->putBlob(QByteArray("fotografía"));
    ASSERT_TRUE(b.has_value());
    EXPECT_EQ(*a, *b);
    EXPECT_EQ(m_file->count(QStringLiteral("blob")), 1);
    EXPECT_EQ(blobEntries(), before + 1) << "the evidence is logged once";
    EXPECT_TRUE(m_file->verify().ok());
}

TEST(Keys, newIds_areUniqueVersion7UuidsThatSortByCreationTime)
{
    QSet<QString> seen;
    QString previous = CaseFile::newId();
    for (int i = 0; i < 2000; ++i) {
        const QString id = CaseFile::newId();
        const QUuid uuid(id);
        ASSERT_FALSE(uuid.isNull()) << id.toStdString();
        // Qt 6.4's QUuid::version() knows versions up to 5: read the nibble itself.
        EXPECT_EQ(id.at(14), QLatin1Char('7')) << id.toStdString();
        EXPECT_EQ(uuid.variant(), QUuid::DCE);
        EXPECT_FALSE(seen.contains(id));
        seen.insert(id);
        // Keys of rows written later never sort before those written a millisecond earlier.
        if (i % 500 == 0) {
            QThread::msleep(2);
            const QString later = CaseFile::newId();
            EXPECT_LT(previous, later);
            previous = later;
        }
    }
}
