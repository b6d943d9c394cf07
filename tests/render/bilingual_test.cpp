// SPDX-License-Identifier: GPL-3.0-or-later
// Recorded free texts in two languages (issue 14): a document prints the version in its own
// language; where only the other one is written, it prints that original followed by a mark in its
// own words, and its missing-parts list counts the untranslated texts of each kind. The
// publication on the Plataforma is printed when recorded.
#include "domain/doclanguage.h"
#include "render/testimonydata.h"
#include "render/testimonyrenderer.h"
#include "testimonyfixture.h"

#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace Testigo;
using namespace Testigo::Render;
using namespace Testigo::TestSupport;

namespace {

class Bilingual : public ::testing::Test
{
protected:
    void SetUp() override
    {
        file = CaseFile::create(dir.filePath(QStringLiteral("case.testigo"))).file;
        ASSERT_TRUE(file);
        procedureId = addTestimonyProcedure(*file, FixtureOptions {2, true});
        stages = file->all<Stage>(QStringLiteral("procedure_id"), procedureId);
        findings = file->all<Finding>(QStringLiteral("procedure_id"), procedureId);
        ASSERT_GE(stages.size(), 2);
        ASSERT_EQ(findings.size(), 2);
    }
    bool set(const QString &table, const QString &id, const QString &field, const QVariant &value)
    {
        return file->setField(table, id, field, value);
    }
    QString text(const QString &lang)
    {
        const QString pdf = dir.filePath(QStringLiteral("t-%1.pdf").arg(lang));
        if (!writeTestimonyPdf(loadTestimony(*file, procedureId, lang, QDate(2024, 6, 3)), pdf))
            return QString();
        QProcess p;
        p.start(QStringLiteral("pdftotext"),
            {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
        p.waitForFinished(60000);
        return QString::fromUtf8(p.readAllStandardOutput()).simplified();
    }
    QStringList missing(const QString &lang)
    {
        return missingParts(loadTestimony(*file, procedureId, lang, QDate(2024, 6, 3)), DocLanguage(lang));
    }

    QTemporaryDir dir;
    std::unique_ptr<CaseFile> file;
    QString procedureId;
    QList<Stage> stages;
    QList<Finding> findings;
};

const QString kEnglishFacts = QStringLiteral("The act began at ten in the agency's meeting room.");
const QString kEnglishObservation = QStringLiteral("Minutes 1 were not published on the same day.");

} // namespace

TEST_F(Bilingual, englishDocument_printsTheEnglishVersionWherePresent)
{
    const QString stage = stages.first().id;
    ASSERT_TRUE(set(QStringLiteral("stage"), stage, QStringLiteral("notes_en"), kEnglishFacts));
    ASSERT_TRUE(set(QStringLiteral("finding"), findings.first().id, QStringLiteral("description_en"),
        kEnglishObservation));
    const QString en = text(QStringLiteral("en"));
    ASSERT_FALSE(en.isEmpty());
    EXPECT_TRUE(en.contains(kEnglishFacts)) << en.toStdString();
    EXPECT_FALSE(en.contains(kEnglishFacts + QStringLiteral(" (Spanish original)")));
    EXPECT_TRUE(en.contains(kEnglishObservation));
    // The Spanish document keeps the Spanish text.
    const QString es = text(QStringLiteral("es"));
    EXPECT_FALSE(es.contains(kEnglishFacts));
    EXPECT_TRUE(es.contains(QStringLiteral("El acto inició a las 10:00 horas")));
}

TEST_F(Bilingual, englishDocument_printsTheSpanishOriginalMarkedWhereNoEnglish)
{
    const QString en = text(QStringLiteral("en"));
    ASSERT_FALSE(en.isEmpty());
    EXPECT_TRUE(en.contains(QStringLiteral(
        "Se dio lectura al orden del día y se levantó el acta correspondiente. (Spanish original)")))
        << en.toStdString();
    EXPECT_TRUE(
        en.contains(QStringLiteral("Convocante, OIC, testigo social y 2 licitantes (Spanish original)")));
    EXPECT_FALSE(en.contains(QStringLiteral("(original en")));
}

TEST_F(Bilingual, spanishDocument_printsTheEnglishOriginalMarkedWhereNoSpanish)
{
    const QString stage = stages.first().id;
    ASSERT_TRUE(set(QStringLiteral("stage"), stage, QStringLiteral("notes"), QString()));
    ASSERT_TRUE(set(QStringLiteral("stage"), stage, QStringLiteral("notes_en"), kEnglishFacts));
    ASSERT_TRUE(set(QStringLiteral("finding"), findings.first().id, QStringLiteral("response"), QString()));
    ASSERT_TRUE(set(QStringLiteral("finding"), findings.first().id, QStringLiteral("response_en"),
        QStringLiteral("The agency published it the next day.")));
    const QString es = text(QStringLiteral("es"));
    ASSERT_FALSE(es.contains(QStringLiteral("(Spanish original)")));
    EXPECT_TRUE(es.contains(kEnglishFacts + QStringLiteral(" (original en inglés)"))) << es.toStdString();
    EXPECT_TRUE(es.contains(QStringLiteral("The agency published it the next day. (original en inglés)")));
    // An English text counts as the agency's response: only its translation is missing.
    const QString parts = missing(QStringLiteral("es")).join(QLatin1Char('\n'));
    EXPECT_FALSE(parts.contains(QStringLiteral("sin respuesta de la dependencia"))) << parts.toStdString();
    EXPECT_TRUE(parts.contains(QStringLiteral("Hechos de las etapas")));
}

TEST_F(Bilingual, missingParts_countsTheUntranslatedTextsOfEachKind)
{
    // The complete fixture is final in Spanish; in English every recorded text lacks its version.
    EXPECT_TRUE(missing(QStringLiteral("es")).isEmpty())
        << missing(QStringLiteral("es")).join(QLatin1Char('\n')).toStdString();
    const int stageCount = int(stages.size());
    QString en = missing(QStringLiteral("en")).join(QLatin1Char('\n'));
    EXPECT_TRUE(en.contains(
        QStringLiteral("Facts of stages not yet written in English (the original is printed): %1.")
            .arg(stageCount)))
        << en.toStdString();
    EXPECT_TRUE(
        en.contains(QStringLiteral("Observations not yet written in English (the original is printed): 2.")));
    EXPECT_TRUE(en.contains(
        QStringLiteral("Agency's responses not yet written in English (the original is printed): 2.")));

    ASSERT_TRUE(set(QStringLiteral("stage"), stages.first().id, QStringLiteral("notes_en"), kEnglishFacts));
    en = missing(QStringLiteral("en")).join(QLatin1Char('\n'));
    EXPECT_TRUE(en.contains(
        QStringLiteral("Facts of stages not yet written in English (the original is printed): %1.")
            .arg(stageCount - 1)));
    // Each line names the first field to fill.
    const auto list
        = missingPartList(loadTestimony(*file, procedureId, QStringLiteral("en"), QDate(2024, 6, 3)),
            DocLanguage(QStringLiteral("en")));
    const auto facts = std::find_if(list.cbegin(), list.cend(),
        [](const MissingPart &p) { return p.text.startsWith(QStringLiteral("Facts of stages")); });
    ASSERT_NE(facts, list.cend());
    EXPECT_EQ(facts->field, QStringLiteral("stage:%1:notes_en").arg(stages.at(1).id));
}

TEST_F(Bilingual, publicationOnThePlataforma_isPrintedWhenRecorded)
{
    EXPECT_FALSE(text(QStringLiteral("es")).contains(QStringLiteral("Publicado en")));
    ASSERT_TRUE(
        set(QStringLiteral("procedure"), procedureId, QStringLiteral("publication_date"), QDate(2024, 5, 8)));
    ASSERT_TRUE(set(QStringLiteral("procedure"), procedureId, QStringLiteral("publication_url"),
        QStringLiteral("https://comprasmx.buengobierno.gob.mx/testimonio/45")));
    const QString es = text(QStringLiteral("es"));
    EXPECT_TRUE(es.contains(QStringLiteral("Entregado a la Secretaría 30 de abril de 2024")))
        << es.left(3000).toStdString();
    EXPECT_TRUE(es.contains(QStringLiteral("Publicado en la Plataforma (ComprasMX) 8 de mayo de 2024")));
    EXPECT_TRUE(es.contains(QStringLiteral("https://comprasmx.buengobierno.gob.mx/testimonio/45")));
    const QString en = text(QStringLiteral("en"));
    EXPECT_TRUE(en.contains(QStringLiteral("Published on the Plataforma (ComprasMX) 8 May 2024")))
        << en.left(3000).toStdString();
}
