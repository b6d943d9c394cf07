// SPDX-License-Identifier: GPL-3.0-or-later
// What REFERENCE §2 asks of a testimony and the record can supply (issue 14, "missing content"):
// the legal basis and the scope in the Antecedentes, the delivery to the Secretaría, savings
// against the budget, proposal counts that say they are summed over the lots, and grammatical
// plurals. Expected figures are worked out from the fixture (tests/render/testimonyfixture.cpp).
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

QString testimonyText(const FixtureOptions &options, const QString &lang)
{
    QTemporaryDir dir;
    auto file = CaseFile::create(dir.filePath(QStringLiteral("case.testigo"))).file;
    const QString id = addTestimonyProcedure(*file, options);
    const QString pdf = dir.filePath(QStringLiteral("t.pdf"));
    if (!writeTestimonyPdf(loadTestimony(*file, id, lang, QDate(2024, 6, 3)), pdf))
        return QString();
    QProcess p;
    p.start(QStringLiteral("pdftotext"),
        {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput())
        .normalized(QString::NormalizationForm_KC)
        .simplified();
}

} // namespace

// Three lots: budgets 1.25, 2.5 and 3.75 million (7.5 M), references 1.18, 2.36 and 3.54 million
// (7.08 M), each awarded 40,000 below its reference (6.96 M): savings 120,000 against the
// reference (1.69 %) and 540,000 against the budget (7.20 %); two compliant bids per lot (6).
// Seven stages dated 1 March to 30 April 2024, the last the report's delivery.
TEST(TestimonyContent, spanish_statesLegalBasisScopeDeliveryBudgetSavingsAndSums)
{
    const QString text = testimonyText({}, QStringLiteral("es"));
    ASSERT_FALSE(text.isEmpty());
    for (const char *expected :
        {"El testigo social participa con fundamento en el artículo 26 Ter de la Ley de Adquisiciones",
            "El testigo acompañó 7 etapas del procedimiento, del 1 de marzo de 2024 al 30 de abril de 2024.",
            "El informe se entregó a la Secretaría el 30 de abril de 2024.",
            "Ahorro frente al precio de referencia $120,000.00 MXN (1.69 %)",
            "Ahorro frente al presupuesto $540,000.00 MXN (7.20 %)",
            "Proposiciones solventes, sumadas en todas las partidas 6"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(expected))) << expected;
}

TEST(TestimonyContent, english_statesTheSameInEnglish)
{
    const QString text = testimonyText({}, QStringLiteral("en"));
    ASSERT_FALSE(text.isEmpty());
    for (const char *expected :
        {"The social witness takes part under article 26 Ter of the Law on Acquisitions",
            "The witness accompanied 7 stages of the procedure, from 1 March 2024 to 30 April 2024.",
            "The report was delivered to the Secretaría on 30 April 2024.",
            "Savings against the budget MXN 540,000.00 (7.20 %)",
            "Compliant proposals, summed over the lots 6"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(expected))) << expected;
}

TEST(TestimonyContent, oneRecommendation_isFollowedUpInTheSingular)
{
    FixtureOptions one;
    one.findings = 1;
    const QString es = testimonyText(one, QStringLiteral("es"));
    EXPECT_TRUE(es.contains(QStringLiteral("Seguimiento de la recomendación formulada a la convocante")))
        << qPrintable(es);
    EXPECT_FALSE(es.contains(QStringLiteral("Seguimiento de las 1")));
    EXPECT_TRUE(es.contains(QStringLiteral("El testigo formuló 1 observación,")));
    const QString en = testimonyText(one, QStringLiteral("en"));
    EXPECT_TRUE(en.contains(QStringLiteral("Follow-up of the recommendation made to the agency")));
    FixtureOptions three;
    three.findings = 3;
    EXPECT_TRUE(
        testimonyText(three, QStringLiteral("es"))
            .contains(QStringLiteral("Seguimiento de las 3 recomendaciones formuladas a la convocante")));
}
