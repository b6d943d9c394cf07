// SPDX-License-Identifier: GPL-3.0-or-later
// Draft, interim and final testimonies, and the date a testimony carries (pdftotext, page by page).
#include "cli/cli.h"
#include "demofixture.h"
#include "domain/doclanguage.h"
#include "render/testimonydata.h"
#include "render/testimonyrenderer.h"
#include "testimonyfixture.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace Testigo;
using namespace Testigo::Render;
using namespace Testigo::TestSupport;

namespace {

// The text of one page (1-based), normalised (pdftotext returns ligatures and wraps lines).
QString pageText(const QString &pdf, int page)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"),
        {QStringLiteral("-enc"), QStringLiteral("UTF-8"), QStringLiteral("-f"), QString::number(page),
            QStringLiteral("-l"), QString::number(page), pdf, QStringLiteral("-")});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput())
        .normalized(QString::NormalizationForm_KC)
        .simplified();
}

QStringList pages(const QString &pdf, int count)
{
    QStringList texts;
    for (int i = 1; i <= count; ++i)
        texts << pageText(pdf, i);
    return texts;
}

int runCli(const QStringList &args, QString *err)
{
    QString o, e;
    QTextStream os(&o), es(&e);
    const int rc = Cli::run(args, {os, es});
    es.flush();
    *err = e;
    return rc;
}

struct Printed
{
    QTemporaryDir dir;
    QString caseFile = dir.filePath(QStringLiteral("case.testigo"));
    QString pdf = dir.filePath(QStringLiteral("t.pdf"));
    std::unique_ptr<CaseFile> file;
    QString procedureId;

    explicit Printed(bool complete)
    {
        file = CaseFile::create(caseFile).file;
        procedureId = addTestimonyProcedure(*file, FixtureOptions {4, complete});
    }
    int print(const QString &lang, const QDate &interim = {})
    {
        TestimonyData d = loadTestimony(*file, procedureId, lang, QDate(2026, 12, 4));
        d.interimUpTo = interim;
        int count = 0;
        return writeTestimonyPdf(d, pdf, nullptr, &count) ? count : 0;
    }
};

} // namespace

TEST(Draft, incompleteRecord_carriesTheDraftMarkOnEveryPageInItsLanguage)
{
    for (const auto &[lang, mark] : {std::pair {QStringLiteral("es"), QStringLiteral("BORRADOR")},
             std::pair {QStringLiteral("en"), QStringLiteral("DRAFT")}}) {
        Printed t(false);
        const int count = t.print(lang);
        ASSERT_GT(count, 3);
        const QStringList texts = pages(t.pdf, count);
        for (int i = 0; i < count; ++i)
            EXPECT_TRUE(texts[i].contains(mark)) << lang.toStdString() << " page " << i + 1;
        EXPECT_FALSE(texts.join(QLatin1Char(' ')).contains(QStringLiteral("[")))
            << "no placeholder in brackets";
    }
}

TEST(Draft, completeRecord_isFinalWithoutDraftMarkDatedByItsDelivery)
{
    Printed t(true);
    const int count = t.print(QStringLiteral("es"));
    ASSERT_GT(count, 3);
    const QString all = pages(t.pdf, count).join(QLatin1Char(' '));
    EXPECT_FALSE(all.contains(QStringLiteral("BORRADOR")));
    // The fixture's last stage, the delivery of the report, took place on 30 April 2024.
    EXPECT_TRUE(all.contains(QStringLiteral("30 de abril de 2024"))) << all.left(3000).toStdString();
    EXPECT_FALSE(all.contains(QStringLiteral("4 de diciembre de 2026")));
    EXPECT_TRUE(all.contains(QStringLiteral("Impreso el 04/12/2026")));
    EXPECT_TRUE(all.contains(QStringLiteral("Sin firmar")));
    EXPECT_FALSE(all.contains(QStringLiteral("Informe previo")));
}

TEST(Draft, interimReport_isTitledAsSuchAndStatesItsCutOffDate)
{
    Printed t(false);
    const int count = t.print(QStringLiteral("es"), QDate(2024, 3, 15));
    ASSERT_GT(count, 1);
    const QString cover = pageText(t.pdf, 1);
    EXPECT_TRUE(cover.contains(QStringLiteral("Informe previo del testigo social"))) << cover.toStdString();
    EXPECT_TRUE(cover.contains(QStringLiteral("Informa hasta el 15 de marzo de 2024")))
        << cover.toStdString();
    EXPECT_FALSE(cover.contains(QStringLiteral("Informe final")));

    // The same through the command line, in English (the CLI opens the file itself).
    t.file.reset();
    QString err;
    const QString en = t.dir.filePath(QStringLiteral("interim-en.pdf"));
    ASSERT_EQ(runCli({QStringLiteral("testimony"), t.caseFile, QStringLiteral("--process"), kFixtureNumber,
                         QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--interim"),
                         QStringLiteral("2024-03-15"), QStringLiteral("-o"), en},
                  &err),
        Cli::Ok)
        << err.toStdString();
    const QString enCover = pageText(en, 1);
    EXPECT_TRUE(enCover.contains(QStringLiteral("Interim report of the social witness")))
        << enCover.toStdString();
    EXPECT_TRUE(enCover.contains(QStringLiteral("Reports up to 15 March 2024"))) << enCover.toStdString();
    EXPECT_EQ(runCli({QStringLiteral("testimony"), t.caseFile, QStringLiteral("--process"), kFixtureNumber,
                         QStringLiteral("--interim"), QStringLiteral("mañana"), QStringLiteral("-o"), en},
                  &err),
        Cli::Usage);
}

TEST(Draft, demo2003Testimony_carriesItsDeliveryDateNotThePrintingDate)
{
    DemoFile demo;
    const auto procedure = [&] {
        for (const Procedure &p : demo.file->all<Procedure>())
            if (p.number == QStringLiteral("00641001-005-03"))
                return p;
        return Procedure {};
    }();
    ASSERT_FALSE(procedure.id.isEmpty());
    const QString pdf = demo.dir.filePath(QStringLiteral("2003.pdf"));
    int count = 0;
    ASSERT_TRUE(
        writeTestimonyPdf(loadTestimony(*demo.file, procedure.id, QStringLiteral("es"), QDate(2026, 12, 4)),
            pdf, nullptr, &count));
    const QString cover = pageText(pdf, 1);
    EXPECT_TRUE(cover.contains(QStringLiteral("14 de junio de 2003"))) << cover.toStdString();
    EXPECT_FALSE(cover.contains(QStringLiteral("4 de diciembre de 2026")));
    const QString last = pages(pdf, count).join(QLatin1Char(' '));
    EXPECT_TRUE(last.contains(QStringLiteral("León, Guanajuato, 14 de junio de 2003")))
        << last.right(2000).toStdString();
}

TEST(Draft, demoProcedureWrittenInBothLanguages_isFinalInEnglishToo)
{
    // The demo's 2012 works procedure has every text in English as well: its English testimony is
    // final, prints the English texts and marks nothing as the Spanish original.
    DemoFile demo;
    QString id;
    for (const Procedure &p : demo.file->all<Procedure>())
        if (p.number == QStringLiteral("LO-016B00001-N8-2012"))
            id = p.id;
    ASSERT_FALSE(id.isEmpty());
    const QString pdf = demo.dir.filePath(QStringLiteral("2012-en.pdf"));
    int count = 0;
    ASSERT_TRUE(writeTestimonyPdf(
        loadTestimony(*demo.file, id, QStringLiteral("en"), QDate(2026, 12, 4)), pdf, nullptr, &count));
    const QString all = pages(pdf, count).join(QLatin1Char(' '));
    EXPECT_FALSE(all.contains(QStringLiteral("DRAFT"))) << all.left(3000).toStdString();
    EXPECT_FALSE(all.contains(QStringLiteral("(Spanish original)"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("Rehabilitation of the El Sauce water treatment plant")));
    EXPECT_TRUE(all.contains(QStringLiteral("Contractual penalties of 1.8 % of the amount were applied.")));
}

TEST(Signatories, tickingABiddersPactSignature_listsItAmongTheSignatories)
{
    Printed t(false);
    const auto before = loadTestimony(*t.file, t.procedureId, QStringLiteral("en"), QDate(2026, 12, 4));
    EXPECT_TRUE(before.signatories.isEmpty());
    EXPECT_TRUE(missingParts(before, DocLanguage(QStringLiteral("en")))
                    .join(QLatin1Char(' '))
                    .contains(QStringLiteral("No signatories")));
    const Bidder bidder = t.file->all<Bidder>(QStringLiteral("procedure_id"), t.procedureId).first();
    ASSERT_TRUE(t.file->setField(QStringLiteral("bidder"), bidder.id, QStringLiteral("signed_pact"), true));

    const auto after = loadTestimony(*t.file, t.procedureId, QStringLiteral("en"), QDate(2026, 12, 4));
    ASSERT_EQ(after.signatories.size(), 1);
    EXPECT_EQ(after.signatories.first().name, bidder.name);
    EXPECT_FALSE(missingParts(after, DocLanguage(QStringLiteral("en")))
                     .join(QLatin1Char(' '))
                     .contains(QStringLiteral("No signatories")));
    int count = 0;
    ASSERT_TRUE(writeTestimonyPdf(after, t.pdf, nullptr, &count));
    const QString annex = pageText(t.pdf, count);
    EXPECT_TRUE(annex.contains(bidder.name)) << annex.toStdString();
}
