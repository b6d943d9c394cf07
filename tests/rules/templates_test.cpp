// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/codes.h"
#include "rules/instantiate.h"
#include "rules/templates.h"
#include "store/casefile.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace Testigo;

namespace {
const QStringList kRegimes{QStringLiteral("LAASSP-2000"), QStringLiteral("LAASSP-2025"), QStringLiteral("LOPSRM"),
                           QStringLiteral("STATE"), QStringLiteral("VOLUNTARY")};

QStringList codesOf(const CodeList &list)
{
    QStringList out;
    for (const CodeItem &c : list)
        out.append(QLatin1String(c.code));
    return out;
}

QStringList kinds(const QList<StageTemplate> &stages)
{
    QStringList out;
    for (const StageTemplate &s : stages)
        out.append(s.kind);
    return out;
}

const StageTemplate *find(const QList<StageTemplate> &stages, const QString &kind)
{
    for (const StageTemplate &s : stages)
        if (s.kind == kind)
            return &s;
    return nullptr;
}

void writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(data);
}
} // namespace

TEST(Templates, standardTemplates_loadWithoutErrors)
{
    const Templates &t = Templates::standard();
    EXPECT_TRUE(t.isValid()) << t.errorString().toStdString();
    EXPECT_EQ(t.pactVersion(), QStringLiteral("TM-2025.1"));
}

TEST(Templates, everyLabel_hasSpanishAndEnglish)
{
    const Templates &t = Templates::standard();
    for (const QString &name : t.checklistNames()) {
        const auto items = t.checklist(name);
        EXPECT_GE(items.size(), 3) << name.toStdString();
        EXPECT_LE(items.size(), 7) << name.toStdString();
        for (const ChecklistItemTemplate &i : items) {
            EXPECT_FALSE(i.code.isEmpty());
            EXPECT_FALSE(i.text(QStringLiteral("es")).trimmed().isEmpty()) << i.code.toStdString();
            EXPECT_FALSE(i.text(QStringLiteral("en")).trimmed().isEmpty()) << i.code.toStdString();
            EXPECT_NE(i.es, i.en) << i.code.toStdString();
        }
    }
    for (const QString &kind : codesOf(Codes::stageKinds())) {
        EXPECT_NE(t.stageName(kind, QStringLiteral("es")), kind) << kind.toStdString();
        EXPECT_NE(t.stageName(kind, QStringLiteral("en")), kind) << kind.toStdString();
    }
    for (const ClauseTemplate &c : t.clauses()) {
        EXPECT_FALSE(c.es.trimmed().isEmpty()) << c.code.toStdString();
        EXPECT_FALSE(c.en.trimmed().isEmpty()) << c.code.toStdString();
        EXPECT_FALSE(t.partyLabel(c.party, QStringLiteral("es")).isEmpty());
        EXPECT_FALSE(t.partyLabel(c.party, QStringLiteral("en")).isEmpty());
    }
    for (const CategoryTemplate &c : t.categories()) {
        EXPECT_FALSE(c.es.isEmpty() || c.en.isEmpty() || c.descriptionEs.isEmpty() || c.descriptionEn.isEmpty())
            << c.code.toStdString();
    }
    EXPECT_GE(t.glossary().size(), 50);
    for (const GlossaryEntry &g : t.glossary())
        EXPECT_FALSE(g.es.isEmpty() || g.en.isEmpty());
}

TEST(Templates, spanishText_isAccented)
{
    const Templates &t = Templates::standard();
    EXPECT_EQ(t.categoryLabel(QStringLiteral("planning"), QStringLiteral("es")),
              QStringLiteral("Planeación y elección del procedimiento"));
    EXPECT_EQ(t.categoryLabel(QStringLiteral("planning"), QStringLiteral("en")),
              QStringLiteral("Planning and choice of procedure"));
    EXPECT_EQ(t.stageName(QStringLiteral("opening"), QStringLiteral("es")),
              QStringLiteral("Presentación y apertura de proposiciones"));
    EXPECT_EQ(t.stageName(QStringLiteral("market_research"), QStringLiteral("es")),
              QStringLiteral("Planeación e investigación de mercado"));
    QString all;
    for (const QString &name : t.checklistNames())
        for (const auto &i : t.checklist(name))
            all += i.es;
    for (const ClauseTemplate &c : t.clauses())
        all += c.es;
    for (const QChar ch : QStringLiteral("áéíóúñ¿Ó"))
        EXPECT_TRUE(all.contains(ch)) << QString(ch).toStdString();
    // No mojibake from a wrong encoding.
    EXPECT_FALSE(all.contains(QStringLiteral("Ã")));
}

TEST(Templates, clauses_areTheTwentyOfThePact)
{
    const auto clauses = Templates::standard().clauses();
    ASSERT_EQ(clauses.size(), 20);
    const QString letters = QStringLiteral("AAAAAABBBBBBBCCCDDDD");
    const QStringList parties{QStringLiteral("authority"), QStringLiteral("bidder"), QStringLiteral("monitor"),
                              QStringLiteral("sanctions")};
    for (int i = 0; i < 20; ++i) {
        EXPECT_EQ(clauses[i].code, letters[i] + QString::number(i + 1));
        EXPECT_EQ(clauses[i].party, parties[letters[i].unicode() - 'A']);
    }
    EXPECT_TRUE(clauses[6].en.contains(QStringLiteral("bribes")));
    EXPECT_TRUE(clauses[19].es.contains(QStringLiteral("finiquito")));
}

TEST(Templates, categories_areTheTenOfTheReference)
{
    const auto cats = Templates::standard().categories();
    ASSERT_EQ(cats.size(), 10);
    QSet<QString> codes;
    for (const auto &c : cats)
        codes.insert(c.code);
    EXPECT_EQ(codes.size(), 10);
    EXPECT_TRUE(codes.contains(QStringLiteral("clarification_changes")));
    EXPECT_TRUE(codes.contains(QStringLiteral("evaluation")));
    EXPECT_EQ(Templates::standard().categoryLabel(QStringLiteral("unknown_code"), QStringLiteral("es")),
              QStringLiteral("unknown_code"));
}

TEST(Templates, stagesFor_everyRegimeTypeAndObject_isOrderedAndKnown)
{
    const Templates &t = Templates::standard();
    const QStringList known = codesOf(Codes::stageKinds());
    for (const QString &regime : kRegimes)
        for (const QString &type : codesOf(Codes::procedureTypes()))
            for (const QString &object : codesOf(Codes::objectKinds())) {
                const auto stages = t.stagesFor(regime, type, object);
                const std::string where = (regime + QLatin1Char('/') + type + QLatin1Char('/') + object).toStdString();
                ASSERT_GE(stages.size(), 3) << where;
                EXPECT_EQ(stages.first().kind, QStringLiteral("market_research")) << where;
                EXPECT_EQ(stages.last().kind, QStringLiteral("report")) << where;
                int previous = -1;
                for (const StageTemplate &s : stages) {
                    EXPECT_TRUE(known.contains(s.kind)) << where << " " << s.kind.toStdString();
                    const int rank = Codes::rank(Codes::stageKinds(), s.kind);
                    EXPECT_GT(rank, previous) << where << " " << s.kind.toStdString();
                    previous = rank;
                    EXPECT_GE(s.items.size(), 3) << where;
                    EXPECT_FALSE(s.es.isEmpty() || s.en.isEmpty()) << where;
                }
                if (object != QLatin1String("works")) {
                    EXPECT_FALSE(kinds(stages).contains(QStringLiteral("site_visit"))) << where;
                }
            }
}

TEST(Templates, stagesFor_openTender_goodsAndWorks)
{
    const Templates &t = Templates::standard();
    const auto goods = t.stagesFor(QStringLiteral("LAASSP-2025"), QStringLiteral("open_tender"), QStringLiteral("goods"));
    EXPECT_EQ(kinds(goods), (QStringList{QStringLiteral("market_research"), QStringLiteral("draft_call"),
                                         QStringLiteral("call"), QStringLiteral("call_change"),
                                         QStringLiteral("clarification"), QStringLiteral("opening"),
                                         QStringLiteral("evaluation"), QStringLiteral("reverse_auction"),
                                         QStringLiteral("award"), QStringLiteral("contract"), QStringLiteral("execution"),
                                         QStringLiteral("report")}));
    EXPECT_TRUE(find(goods, QStringLiteral("clarification"))->repeatable);
    EXPECT_TRUE(find(goods, QStringLiteral("reverse_auction"))->optional);
    EXPECT_FALSE(find(goods, QStringLiteral("opening"))->optional);

    const auto works = t.stagesFor(QStringLiteral("LOPSRM"), QStringLiteral("open_tender"), QStringLiteral("works"));
    const QStringList wk = kinds(works);
    ASSERT_TRUE(wk.contains(QStringLiteral("site_visit")));
    EXPECT_EQ(wk.indexOf(QStringLiteral("site_visit")) + 1, wk.indexOf(QStringLiteral("clarification")));
    EXPECT_EQ(find(works, QStringLiteral("execution"))->checklist, QStringLiteral("execution_works"));
    EXPECT_EQ(find(works, QStringLiteral("execution"))->items.first().code, QStringLiteral("XW-LOGBOOK"));
}

TEST(Templates, stagesFor_directAward_hasFewStagesAndNoOpening)
{
    const Templates &t = Templates::standard();
    for (const QString &regime : kRegimes) {
        const auto stages = t.stagesFor(regime, QStringLiteral("direct_award"), QStringLiteral("services"));
        EXPECT_EQ(kinds(stages), (QStringList{QStringLiteral("market_research"), QStringLiteral("award"),
                                              QStringLiteral("contract"), QStringLiteral("execution"),
                                              QStringLiteral("report")}));
        EXPECT_EQ(stages.first().items.first().code, QStringLiteral("MX-GROUND"));
    }
    const auto invitation = t.stagesFor(QStringLiteral("LAASSP-2000"), QStringLiteral("restricted_invitation"),
                                        QStringLiteral("goods"));
    EXPECT_TRUE(find(invitation, QStringLiteral("clarification"))->optional);
    EXPECT_EQ(find(invitation, QStringLiteral("call"))->checklist, QStringLiteral("invitation"));
}

TEST(Templates, replacementFile_inAppData_winsOverTheResource)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    ASSERT_FALSE(dir.isEmpty());
    const QString path = dir + QStringLiteral("/templates/categories.json");
    writeFile(path, R"({"categories":[{"code":"planning","es":"Planeación corregida","en":"Corrected planning",
        "descriptionEs":"d","descriptionEn":"d"}]})");
    const Templates replaced;
    QFile::remove(path);
    EXPECT_EQ(replaced.categories().size(), 1);
    EXPECT_EQ(replaced.categoryLabel(QStringLiteral("planning"), QStringLiteral("es")),
              QStringLiteral("Planeación corregida"));
    EXPECT_EQ(replaced.clauses().size(), 20); // the other templates still come from the resource

    const Templates shipped;
    EXPECT_EQ(shipped.categories().size(), 10);
}

TEST(Templates, brokenReplacementFile_isRefusedAndKeepsTheShippedContent)
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("stages.json"));
    writeFile(path, "{ not json");
    Templates t;
    EXPECT_FALSE(t.loadStages(path));
    EXPECT_FALSE(t.isValid());
    EXPECT_FALSE(t.errorString().isEmpty());
    EXPECT_FALSE(t.stagesFor(QStringLiteral("LOPSRM"), QStringLiteral("open_tender"), QStringLiteral("works")).isEmpty());

    writeFile(path, R"({"stages":{},"checklists":{},"sequences":[{"stages":[{"kind":"call","checklist":"nope"}]}]})");
    Templates u;
    EXPECT_FALSE(u.loadStages(path));
    EXPECT_TRUE(u.errorString().contains(QStringLiteral("nope")));
}

TEST(Instantiate, proposeRegime_switchesOnTheSeventeenthOfApril2025)
{
    EXPECT_EQ(proposeRegime(QStringLiteral("goods"), QDate(2025, 4, 16)), QStringLiteral("LAASSP-2000"));
    EXPECT_EQ(proposeRegime(QStringLiteral("goods"), QDate(2025, 4, 17)), QStringLiteral("LAASSP-2025"));
    EXPECT_EQ(proposeRegime(QStringLiteral("services"), QDate(2003, 6, 1)), QStringLiteral("LAASSP-2000"));
    EXPECT_EQ(proposeRegime(QStringLiteral("services"), QDate(2026, 1, 5)), QStringLiteral("LAASSP-2025"));
    EXPECT_EQ(proposeRegime(QStringLiteral("works"), QDate(2025, 4, 16)), QStringLiteral("LOPSRM"));
    EXPECT_EQ(proposeRegime(QStringLiteral("works"), QDate(2025, 4, 17)), QStringLiteral("LOPSRM"));
    EXPECT_EQ(proposeRegime(QStringLiteral("goods"), QDate()), QStringLiteral("LAASSP-2025"));
}

namespace {
std::unique_ptr<CaseFile> newCaseFile(const QTemporaryDir &tmp, Procedure &p)
{
    auto r = CaseFile::create(tmp.filePath(QStringLiteral("case.testigo")));
    if (!r.file)
        return nullptr;
    r.file->setAuthor(QStringLiteral("test"));
    Agency a;
    a.name = QStringLiteral("Comisión Ficticia de Energía");
    a.acronym = a.buyingUnit = a.sector = QStringLiteral("");
    if (!r.file->insert(a))
        return nullptr;
    p.agencyId = a.id;
    p.title = p.object = p.character = p.evaluation = p.place = p.pactVersion = p.ocid = QStringLiteral("");
    p.number = QStringLiteral("LA-018TOQ999-E1-2024");
    p.regime = QStringLiteral("LOPSRM");
    p.type = QStringLiteral("open_tender");
    p.objectKind = QStringLiteral("works");
    if (!r.file->insert(p))
        return nullptr;
    return std::move(r.file);
}
} // namespace

TEST(Instantiate, instantiateTemplates_insertsStagesChecklistsAndClauses)
{
    QTemporaryDir tmp;
    Procedure p;
    auto file = newCaseFile(tmp, p);
    ASSERT_TRUE(file);
    ASSERT_TRUE(instantiateTemplates(*file, p)) << file->lastError().toStdString();
    EXPECT_EQ(p.pactVersion, QStringLiteral("TM-2025.1"));
    EXPECT_EQ(file->get<Procedure>(p.id)->pactVersion, QStringLiteral("TM-2025.1"));

    const auto expected = Templates::standard().stagesFor(p.regime, p.type, p.objectKind);
    auto stages = file->all<Stage>(QStringLiteral("procedure_id"), p.id);
    ASSERT_EQ(stages.size(), expected.size());
    std::sort(stages.begin(), stages.end(), [](const Stage &a, const Stage &b) { return a.position < b.position; });
    for (int i = 0; i < stages.size(); ++i) {
        EXPECT_EQ(stages[i].position, i);
        EXPECT_EQ(stages[i].kind, expected[i].kind);
        EXPECT_EQ(stages[i].round, 1);
        EXPECT_EQ(stages[i].status, QStringLiteral("pending"));
        const auto answers = file->all<ChecklistAnswer>(QStringLiteral("stage_id"), stages[i].id);
        ASSERT_EQ(answers.size(), expected[i].items.size());
        for (const ChecklistAnswer &a : answers) {
            EXPECT_TRUE(a.answer.isEmpty());
            EXPECT_EQ(a.questionEs, expected[i].items[a.position].es);
            EXPECT_EQ(a.questionEn, expected[i].items[a.position].en);
            EXPECT_EQ(a.itemCode, expected[i].items[a.position].code);
        }
    }
    const auto clauses = file->all<Clause>(QStringLiteral("procedure_id"), p.id);
    ASSERT_EQ(clauses.size(), 20);
    EXPECT_TRUE(std::any_of(clauses.begin(), clauses.end(), [](const Clause &c) {
        return c.code == QStringLiteral("A4") && c.textEs.contains(QStringLiteral("expediente"))
               && c.textEn.contains(QStringLiteral("witness"));
    }));
    EXPECT_TRUE(file->verify().ok());
}

TEST(Instantiate, stagesAnImportCreated_keepTheirDatesGetChecklistsAndNothingIsDoubled)
{
    QTemporaryDir tmp;
    Procedure p;
    auto file = newCaseFile(tmp, p);
    ASSERT_TRUE(file);
    // What an OCDS import leaves: two stages dated from the data, out of the regime's order, and no clauses.
    Stage award;
    award.procedureId = p.id;
    award.kind = QStringLiteral("award");
    award.position = 90;
    award.round = 1;
    award.status = QStringLiteral("done");
    award.actualDate = QDate(2024, 2, 20);
    award.notes = QStringLiteral("fallo.pdf");
    award.attendance = award.actaRef = QStringLiteral("");
    Stage call = award;
    call.kind = QStringLiteral("call");
    call.position = 91;
    call.actualDate = QDate(2024, 1, 20);
    call.notes = QStringLiteral("");
    ASSERT_TRUE(file->insert(award));
    ASSERT_TRUE(file->insert(call));
    EXPECT_TRUE(needsTemplates(p));

    ASSERT_TRUE(instantiateTemplates(*file, p)) << file->lastError().toStdString();
    EXPECT_FALSE(needsTemplates(p));
    const auto expected = Templates::standard().stagesFor(p.regime, p.type, p.objectKind);
    auto stages = file->all<Stage>(QStringLiteral("procedure_id"), p.id);
    ASSERT_EQ(stages.size(), expected.size()); // no kind twice
    std::sort(stages.begin(), stages.end(), [](const Stage &a, const Stage &b) { return a.position < b.position; });
    for (int i = 0; i < stages.size(); ++i) {
        EXPECT_EQ(stages[i].kind, expected[i].kind) << "stage " << i;
        EXPECT_EQ(file->all<ChecklistAnswer>(QStringLiteral("stage_id"), stages[i].id).size(), expected[i].items.size());
    }
    const auto kept = file->get<Stage>(award.id);
    ASSERT_TRUE(kept);
    EXPECT_EQ(kept->actualDate, QDate(2024, 2, 20));
    EXPECT_EQ(kept->status, QStringLiteral("done"));
    EXPECT_EQ(kept->notes, QStringLiteral("fallo.pdf"));
    EXPECT_EQ(file->all<Clause>(QStringLiteral("procedure_id"), p.id).size(), 20);

    // Running it again (a second laptop, a second open) adds nothing.
    const qint64 audited = file->auditLength();
    ASSERT_TRUE(instantiateTemplates(*file, p));
    EXPECT_EQ(file->auditLength(), audited);
    EXPECT_TRUE(file->verify().ok());
}

TEST(Instantiate, readOnlyFile_failsAndInsertsNothing)
{
    QTemporaryDir tmp;
    Procedure p;
    {
        auto file = newCaseFile(tmp, p);
        ASSERT_TRUE(file);
    }
    auto ro = CaseFile::open(tmp.filePath(QStringLiteral("case.testigo")), true);
    ASSERT_TRUE(ro.file);
    EXPECT_FALSE(instantiateTemplates(*ro.file, p));
    EXPECT_FALSE(ro.file->lastError().isEmpty());
    EXPECT_TRUE(ro.file->all<Stage>().isEmpty());
    EXPECT_TRUE(ro.file->all<Clause>().isEmpty());
}

TEST(Instantiate, addStageRound_repeatsTheClarificationMeetingWithItsChecklist)
{
    QTemporaryDir tmp;
    Procedure p;
    auto file = newCaseFile(tmp, p);
    ASSERT_TRUE(file);
    ASSERT_TRUE(instantiateTemplates(*file, p));
    const auto before = file->all<Stage>(QStringLiteral("procedure_id"), p.id);
    Stage second;
    ASSERT_TRUE(addStageRound(*file, p, QStringLiteral("clarification"), &second)) << file->lastError().toStdString();
    Stage third;
    ASSERT_TRUE(addStageRound(*file, p, QStringLiteral("clarification"), &third));
    EXPECT_EQ(second.round, 2);
    EXPECT_EQ(third.round, 3);
    const auto first = std::find_if(before.begin(), before.end(),
                                    [](const Stage &s) { return s.kind == QStringLiteral("clarification"); });
    ASSERT_NE(first, before.end());
    EXPECT_EQ(third.position, first->position);
    EXPECT_EQ(file->all<Stage>(QStringLiteral("procedure_id"), p.id).size(), before.size() + 2);
    const auto answers = file->all<ChecklistAnswer>(QStringLiteral("stage_id"), third.id);
    ASSERT_EQ(answers.size(), 6);
    EXPECT_EQ(answers.first().itemCode, QStringLiteral("CL-QUESTIONS"));
    EXPECT_FALSE(addStageRound(*file, p, QStringLiteral("no_such_stage")));
}
