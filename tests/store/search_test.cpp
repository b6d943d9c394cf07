// SPDX-License-Identifier: GPL-3.0-or-later
// Schema 10 (issue 17): full-text search. Every kind of record is found by its words, whatever the
// case and the accents; what is typed is never FTS5 syntax; an edit, a deletion and its undoing
// update the hits at once; an older file is searchable once upgraded, and so are a merge's rows
// and an exported copy. The index is derived data: verify passes with it.
#include "merge/fixture.h"
#include "merge/merger.h"
#include "store/exportcopy.h"
#include "store/search.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace Testigo;
using namespace Testigo::MergeTest;

namespace {

QStringList found(const CaseFile &f, const QString &typed, const QString &kind = QString())
{
    QStringList ids;
    for (const SearchHit &h : search(f, typed))
        if (kind.isEmpty() || h.kind == kind)
            ids << h.recordId;
    return ids;
}

void expectVerifies(CaseFile &f)
{
    const VerifyResult v = f.verify();
    for (const VerifyProblem &p : v.problems)
        ADD_FAILURE() << p.message.toStdString();
    EXPECT_TRUE(v.ok());
}

// One record of every kind the index holds, each with words of its own.
struct Record
{
    QString agency, procedure, bidder, finding, narrative, stage, attachment;
};

Record fillOneOfEach(CaseFile &f)
{
    Record r;
    Agency ag;
    ag.name = QStringLiteral("Instituto Mexicano del Seguro Social");
    ag.acronym = QStringLiteral("IMSS");
    EXPECT_TRUE(add(f, ag));
    Procedure p;
    p.number = QStringLiteral("LA-50-GYR-050GYR019-N-12-2025");
    p.title = QStringLiteral("Licitación de Ambulancias");
    p.objectEn = QStringLiteral("Purchase of emergency vehicles");
    p.agencyId = ag.id;
    EXPECT_TRUE(add(f, p));
    Bidder b;
    b.procedureId = p.id;
    b.name = QStringLiteral("Vehículos Médicos del Bajío, S.A. de C.V.");
    b.rfc = QStringLiteral("VMB010101AB1");
    EXPECT_TRUE(add(f, b));
    Finding fi;
    fi.procedureId = p.id;
    fi.number = 1;
    fi.description = QStringLiteral("La convocatoria omitió el plazo de aclaraciones");
    fi.recommendationEn = QStringLiteral("Publish the clarification deadline");
    EXPECT_TRUE(add(f, fi));
    Narrative n;
    n.procedureId = p.id;
    n.language = QStringLiteral("es");
    n.summary = QStringLiteral("<p>El órgano convocante atendió las observaciones</p>");
    EXPECT_TRUE(add(f, n));
    Stage s;
    s.procedureId = p.id;
    s.kind = QStringLiteral("opening");
    s.notes = QStringLiteral("Se abrieron cinco proposiciones");
    s.attendanceEn = QStringLiteral("Notary public attended");
    EXPECT_TRUE(add(f, s));
    r = {ag.id, p.id, b.id, fi.id, n.id, s.id,
        attach(f, p.id, QStringLiteral("Acta_de_Fallo.pdf"), QByteArrayLiteral("%PDF-fallo"))};
    return r;
}

class Search : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_file = CaseFile::create(m_dir.filePath(QStringLiteral("s.testigo"))).file;
        ASSERT_TRUE(m_file);
        m_ids = fillOneOfEach(*m_file);
    }
    QTemporaryDir m_dir;
    std::unique_ptr<CaseFile> m_file;
    Record m_ids;
};

} // namespace

TEST(SearchExpression, quotesEveryWordAsAPrefixAndDropsWhatHoldsNoToken)
{
    EXPECT_EQ(searchMatchExpression(QStringLiteral("  licitacion   ambulancias ")),
        QStringLiteral("\"licitacion\"* \"ambulancias\"*"));
    EXPECT_EQ(searchMatchExpression(QStringLiteral("say \"hi\" - ( ) * NEAR")),
        QStringLiteral("\"say\"* \"\"\"hi\"\"\"* \"NEAR\"*"));
    EXPECT_TRUE(searchMatchExpression(QStringLiteral(" \" - ( * ")).isEmpty());
    EXPECT_EQ(searchMatchExpression(QStringLiteral("a b2")), QStringLiteral("\"a\" \"b2\"*"));
}

TEST_F(Search, findsEveryKind_ignoringCaseAndAccents)
{
    const CaseFile &f = *m_file;
    EXPECT_EQ(
        found(f, QStringLiteral("licitacion"), QStringLiteral("procedure")), QStringList {m_ids.procedure});
    EXPECT_EQ(
        found(f, QStringLiteral("LA-50-GYR"), QStringLiteral("procedure")), QStringList {m_ids.procedure});
    EXPECT_EQ(found(f, QStringLiteral("EMERGENCY")), QStringList {m_ids.procedure});
    EXPECT_EQ(found(f, QStringLiteral("imss")), QStringList {m_ids.agency});
    EXPECT_EQ(found(f, QStringLiteral("vehiculos bajio")), QStringList {m_ids.bidder});
    EXPECT_EQ(found(f, QStringLiteral("VMB010101")), QStringList {m_ids.bidder});
    EXPECT_EQ(found(f, QStringLiteral("omitio plazo")), QStringList {m_ids.finding});
    EXPECT_EQ(found(f, QStringLiteral("deadline")), QStringList {m_ids.finding});
    EXPECT_EQ(found(f, QStringLiteral("ÓRGANO")), QStringList {m_ids.narrative});
    EXPECT_EQ(found(f, QStringLiteral("proposiciones")), QStringList {m_ids.stage});
    EXPECT_EQ(found(f, QStringLiteral("notary")), QStringList {m_ids.stage});
    EXPECT_EQ(found(f, QStringLiteral("acta_de_fallo")), QStringList {m_ids.attachment});
    EXPECT_TRUE(found(f, QStringLiteral("licitacion inexistente")).isEmpty()) << "every word is required";
}

TEST_F(Search, hitsAreGroupedByKind_andNameTheirProcedure)
{
    // "de…" is in the procedure, the agency, the bidder, the finding and the evidence.
    const QList<SearchHit> hits = search(*m_file, QStringLiteral("de"));
    QStringList kinds;
    for (const SearchHit &h : hits)
        kinds << h.kind;
    QStringList sorted = kinds;
    std::stable_sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) {
        return searchKinds().indexOf(a) < searchKinds().indexOf(b);
    });
    EXPECT_EQ(kinds, sorted);
    EXPECT_TRUE(kinds.contains(QStringLiteral("agency")));
    EXPECT_TRUE(kinds.contains(QStringLiteral("finding")));
    for (const SearchHit &h : hits) {
        if (h.kind == QStringLiteral("agency")) {
            EXPECT_TRUE(h.procedureId.isEmpty());
            continue;
        }
        EXPECT_EQ(h.procedureId, m_ids.procedure) << h.kind.toStdString();
        EXPECT_EQ(h.procedureNumber, QStringLiteral("LA-50-GYR-050GYR019-N-12-2025"));
        EXPECT_EQ(h.procedureTitle, QStringLiteral("Licitación de Ambulancias"));
    }
    const QList<SearchHit> one = search(*m_file, QStringLiteral("aclaraciones"));
    ASSERT_EQ(one.size(), 1);
    EXPECT_TRUE(one.first().snippet.contains(QStringLiteral("aclaraciones")));
    kinds.removeDuplicates();
    EXPECT_EQ(search(*m_file, QStringLiteral("de"), 1).size(), kinds.size()) << "one hit of each kind";
}

TEST_F(Search, whatIsTypedIsNeverSyntax)
{
    for (const char *typed : {"\"", "\"licitación", "(", ")", "NEAR(licitacion ambulancias)", "-licitacion",
             "licitacion*", "*", "licitacion OR imss", "title:licitacion", "^licitacion", "a AND", "NOT",
             "{body}: x", "'; DROP TABLE procedure; --", "\\", "%", "_"}) {
        const QList<SearchHit> hits = search(*m_file, QString::fromUtf8(typed));
        (void)hits;
    }
    EXPECT_EQ(found(*m_file, QStringLiteral("\"licitación")), QStringList {m_ids.procedure});
    EXPECT_EQ(found(*m_file, QStringLiteral("(ambulancias)")), QStringList {m_ids.procedure});
    EXPECT_TRUE(found(*m_file, QStringLiteral("licitacion OR imss")).isEmpty()) << "OR is a word";
    EXPECT_EQ(m_file->count(QStringLiteral("procedure")), 1);
}

TEST_F(Search, anEditADeletionAndItsUndoing_updateTheHitsAtOnce)
{
    CaseFile &f = *m_file;
    ASSERT_TRUE(f.setField(QStringLiteral("procedure"), m_ids.procedure, QStringLiteral("title"),
        QStringLiteral("Adquisición de camillas")));
    EXPECT_TRUE(found(f, QStringLiteral("ambulancias")).isEmpty());
    EXPECT_EQ(found(f, QStringLiteral("camillas")), QStringList {m_ids.procedure});
    ASSERT_TRUE(f.setField(QStringLiteral("procedure"), m_ids.procedure, QStringLiteral("place"),
        QStringLiteral("Ciudad de México")));
    EXPECT_EQ(found(f, QStringLiteral("camillas")), QStringList {m_ids.procedure}) << "other columns";
    ASSERT_TRUE(f.setDeleted(QStringLiteral("finding"), m_ids.finding, true));
    EXPECT_TRUE(found(f, QStringLiteral("plazo")).isEmpty()) << "a tombstoned row is not found";
    ASSERT_TRUE(f.setDeleted(QStringLiteral("finding"), m_ids.finding, false));
    EXPECT_EQ(found(f, QStringLiteral("plazo")), QStringList {m_ids.finding});
    ASSERT_TRUE(f.setField(
        QStringLiteral("attachment"), m_ids.attachment, QStringLiteral("file_name"), QStringLiteral("")));
    EXPECT_TRUE(found(f, QStringLiteral("fallo")).isEmpty()) << "a row with no text leaves the index";
    expectVerifies(f);
}

// A file written by Testigo's previous schema, with rows, upgraded when opened.
TEST(SearchUpgrade, aSchemaNineFile_isSearchableOnceUpgraded_andVerifies)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nine.testigo"));
    Record ids;
    {
        auto r = CaseFile::createAtVersion(path, 9);
        ASSERT_TRUE(r.file) << r.message.toStdString();
        ASSERT_EQ(r.file->schemaVersion(), 9);
        ids = fillOneOfEach(*r.file);
        ASSERT_TRUE(r.file->setDeleted(QStringLiteral("bidder"), ids.bidder, true));
    }
    {
        auto r = CaseFile::open(path, /*readOnly*/ true);
        ASSERT_TRUE(r.file) << r.message.toStdString();
        EXPECT_EQ(found(*r.file, QStringLiteral("ambulancias")), QStringList {ids.procedure})
            << "read through an upgraded copy";
    }
    auto r = CaseFile::open(path);
    ASSERT_TRUE(r.file) << r.message.toStdString();
    EXPECT_EQ(r.file->schemaVersion(), CaseFile::SchemaVersion);
    EXPECT_EQ(found(*r.file, QStringLiteral("licitacion")), QStringList {ids.procedure});
    EXPECT_EQ(found(*r.file, QStringLiteral("aclaraciones")), QStringList {ids.finding});
    EXPECT_EQ(found(*r.file, QStringLiteral("fallo")), QStringList {ids.attachment});
    EXPECT_TRUE(found(*r.file, QStringLiteral("bajio")).isEmpty()) << "the deleted bidder";
    expectVerifies(*r.file);
}

TEST(SearchUpgrade, theSchemaOneFixture_isSearchableOnceUpgraded)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.testigo"));
    ASSERT_TRUE(QFile::copy(QStringLiteral(TESTIGO_SOURCE_DIR "/tests/fixtures/casefile-v1.testigo"), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    auto r = CaseFile::open(path);
    ASSERT_TRUE(r.file) << r.message.toStdString();
    EXPECT_EQ(found(*r.file, QStringLiteral("HEMODIALISIS"), QStringLiteral("procedure")),
        QStringList {QStringLiteral("00000000-0000-4000-8000-000000000003")});
    EXPECT_FALSE(found(*r.file, QStringLiteral("ampli plazo"), QStringLiteral("finding")).isEmpty());
    expectVerifies(*r.file);
}

TEST(SearchMerge, aMergesRowsAreFound_andItsDeletionsAreNot)
{
    Diverged d;
    auto target = CaseFile::open(d.a).file;
    auto source = CaseFile::open(d.b, /*readOnly*/ true).file;
    ASSERT_TRUE(target && source);
    // Words match in any order: "Hallazgo 1 del procedimiento 2" is found too.
    ASSERT_TRUE(found(*target, QStringLiteral("Hallazgo 2 del procedimiento 1")).contains(d.ids.finding2));
    const Merge::Result m = Merge::mergeAll(*target, {source.get()});
    ASSERT_TRUE(m.ok) << m.error.toStdString();
    EXPECT_EQ(found(*target, QStringLiteral("nuevo hallazgo beto")), QStringList {d.newFindingB});
    EXPECT_EQ(found(*target, QStringLiteral("beto.pdf")), QStringList {d.attachmentB});
    EXPECT_FALSE(found(*target, QStringLiteral("Hallazgo 2 del procedimiento 1")).contains(d.ids.finding2))
        << "deleted by the source, untouched here";
    expectVerifies(*target);
}

// "Export a copy" (VACUUM INTO) keeps the index, and the copy's triggers still find their entries.
TEST_F(Search, anExportedCopy_isSearchable_andKeepsItsIndexRight)
{
    const QString copyPath = m_dir.filePath(QStringLiteral("copy.testigo"));
    QString error;
    ASSERT_TRUE(exportCaseFileCopy(*m_file, copyPath, &error)) << error.toStdString();
    auto copy = CaseFile::open(copyPath).file;
    ASSERT_TRUE(copy);
    EXPECT_EQ(found(*copy, QStringLiteral("ambulancias")), QStringList {m_ids.procedure});
    ASSERT_TRUE(copy->setField(
        QStringLiteral("bidder"), m_ids.bidder, QStringLiteral("name"), QStringLiteral("Grúas del Norte")));
    EXPECT_TRUE(found(*copy, QStringLiteral("bajio")).isEmpty());
    EXPECT_EQ(found(*copy, QStringLiteral("gruas")), QStringList {m_ids.bidder});
    EXPECT_EQ(found(*copy, QStringLiteral("ambulancias")), QStringList {m_ids.procedure});
    expectVerifies(*copy);
}

// The index is derived and unsigned, but its structure is Testigo's: verify names a trigger gone.
TEST_F(Search, aTriggerDroppedOutsideTestigo_isNamedByVerify)
{
    const QString path = m_file->path();
    m_file.reset();
    ASSERT_TRUE(rawSql(path, QStringLiteral("DROP TRIGGER search_finding_update")));
    auto f = CaseFile::open(path).file;
    ASSERT_TRUE(f);
    const VerifyResult v = f->verify();
    EXPECT_FALSE(v.ok());
    bool named = false;
    for (const VerifyProblem &p : v.problems)
        named = named || p.message.contains(QStringLiteral("search_finding_update"));
    EXPECT_TRUE(named);
}

// A narrative edited in the window is QTextEdit's HTML: its markup is not what a reader searches.
TEST_F(Search, aNarrativesMarkup_isNotFound_andItsSnippetIsText)
{
    const QString html = QStringLiteral(
        "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.0//EN\"><html><head><meta name=\"qrichtext\" "
        "content=\"1\" /><style type=\"text/css\">p, li { white-space: pre-wrap; }</style></head>"
        "<body style=\" font-family:'Sans Serif'; font-size:9pt;\"><p style=\" margin-top:0px;\">La "
        "convocante <span style=\" font-weight:700;\">publicó</span> el fallo &amp; las actas a tiempo.</p>"
        "</body></html>");
    ASSERT_TRUE(
        m_file->setField(QStringLiteral("narrative"), m_ids.narrative, QStringLiteral("conclusions"), html));
    for (const char *markup : {"font", "margin", "style", "qrichtext", "span", "sans serif", "amp"})
        EXPECT_TRUE(found(*m_file, QString::fromLatin1(markup), QStringLiteral("narrative")).isEmpty())
            << markup;
    const QList<SearchHit> hits = search(*m_file, QStringLiteral("publico actas"));
    ASSERT_EQ(hits.size(), 1);
    EXPECT_EQ(hits.first().recordId, m_ids.narrative);
    EXPECT_EQ(hits.first().snippet,
        QStringLiteral("…observaciones — La convocante publicó el fallo & las actas a tiempo."));
}
