// SPDX-License-Identifier: GPL-3.0-or-later
// The assembled Analytical Review Report of the demo: contents with page numbers, every chapter
// heading, numbered figures and the appendix rows, read back from the PDF with pdftotext.
#include "demofixture.h"
#include "domain/doclanguage.h"
#include "domain/editorial.h"
#include "render/doctext.h"
#include "render/reportfigures.h"
#include "render/reportrenderer.h"
#include "store/casefile.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace Testigo;
using namespace Testigo::Render;

namespace {

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"),
        {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
}

using Demo = TestSupport::DemoFile;

} // namespace

TEST(Report, demoInSpanish_hasContentsChaptersFiguresAndOneAppendixRowPerProcedure)
{
    Demo demo;
    ASSERT_GT(demo.file->count(QStringLiteral("procedure")), 0);
    const ReportData data = loadReport(*demo.file, QStringLiteral("es"), QDate(2025, 6, 30));
    ASSERT_TRUE(data.defaultPlan);
    const QString pdf = demo.dir.filePath(QStringLiteral("informe.pdf"));
    int pages = 0;
    QString error;
    ASSERT_TRUE(writeReportPdf(data, pdf, &error, &pages)) << error.toStdString();
    EXPECT_GE(pages, 5);
    if (qEnvironmentVariableIsSet("TESTIGO_KEEP_REPORT")) // to look at the pages by hand
        QFile::copy(pdf, qEnvironmentVariable("TESTIGO_KEEP_REPORT"));
    const QString text = pdfText(pdf);
    const QString flat = text.simplified();
    EXPECT_TRUE(flat.contains(QStringLiteral("Informe de Revisión Analítica")));
    EXPECT_TRUE(flat.contains(QStringLiteral("Contenido")));
    // Every chapter is listed in the contents with a page number, and appears as a heading.
    for (int i = 0; i < data.chapters.size(); ++i) {
        const QString heading = QStringLiteral("%1. %2").arg(i + 1).arg(data.chapters[i].titleEs);
        EXPECT_EQ(flat.count(heading), 2) << heading.toStdString();
        const QRegularExpression tocLine(QRegularExpression::escape(heading) + QStringLiteral("\\s+(\\d+)"));
        EXPECT_TRUE(tocLine.match(text).hasMatch()) << heading.toStdString();
    }
    EXPECT_TRUE(flat.contains(QStringLiteral("Figura 1. Ahorro por año de fallo")));
    EXPECT_TRUE(flat.contains(QStringLiteral("Cuadro 1.")));
    EXPECT_TRUE(flat.contains(QStringLiteral("Anexo. Procedimientos monitoreados")));
    const DocLanguage es(QStringLiteral("es"));
    EXPECT_TRUE(
        flat.contains(reportText(es, QT_TRANSLATE_NOOP("Report", "Methodology of the figures and tables"))));
    const QString appendix = flat.mid(flat.lastIndexOf(QStringLiteral("Anexo. Procedimientos monitoreados")));
    for (const Procedure &p : demo.file->all<Procedure>())
        EXPECT_TRUE(appendix.contains(p.number) || flat.contains(p.number)) << p.number.toStdString();
}

TEST(Report, chaptersOfThePlan_printInPlanOrderWithFootnotesAndRenumberedFigures)
{
    Demo demo;
    Chapter second;
    second.position = 2;
    second.titleEs = QStringLiteral("Segundo capítulo");
    second.titleEn = QStringLiteral("Second chapter");
    second.status = QStringLiteral("drafting");
    second.bodyEn = QStringLiteral("<p>Text with a note<a href=\"footnote:A%20footnote%20text\">*</a>.</p>")
        + placeholderHtml(QStringLiteral("findings_by_category"), QStringLiteral("Our categories"));
    Chapter first = second;
    first.position = 1;
    first.titleEn = QStringLiteral("First chapter");
    first.bodyEn = placeholderHtml(QStringLiteral("savings_by_year"), QStringLiteral("Money saved"));
    for (Chapter *c : {&second, &first}) {
        c->dueDate = QDate(2025, 9, 1);
        ASSERT_TRUE(demo.file->insertChapter(*c)) << demo.file->lastError().toStdString();
    }
    ReportRenderer r(loadReport(*demo.file, QStringLiteral("en"), QDate(2025, 6, 30)));
    const QImage page = r.pageImage(0, 40);
    EXPECT_FALSE(page.isNull());
    ASSERT_GE(r.contents().size(), 5);
    EXPECT_EQ(r.contents()[0].title, QStringLiteral("Executive summary")); // written from the figures
    EXPECT_EQ(r.contents()[1].title, QStringLiteral("1. First chapter"));
    EXPECT_EQ(r.contents()[2].title, QStringLiteral("2. Second chapter"));
    EXPECT_LT(r.contents()[1].page, r.contents()[2].page);
    EXPECT_EQ(r.captions(),
        (QStringList {QStringLiteral("Figure 1. Money saved"), QStringLiteral("Figure 2. Our categories")}));
}

namespace {
QStringList figureKeys(const QString &html)
{
    QStringList keys;
    for (const Placeholder &p : findPlaceholders(html))
        keys << p.key;
    return keys;
}
} // namespace

TEST(ReportPlan, defaultChapters_comeFromTheBundledPlan_inBothLanguagesWithTheSameFigures)
{
    const QList<Chapter> chapters = defaultChapters();
    ASSERT_EQ(chapters.size(), 3);
    EXPECT_EQ(chapters[0].titleEs, QStringLiteral("Impacto económico"));
    EXPECT_EQ(chapters[0].titleEn, QStringLiteral("Economic impact"));
    EXPECT_EQ(chapters[2].titleEs, QStringLiteral("Un nuevo marco de Acción Colectiva"));
    for (int i = 0; i < chapters.size(); ++i) {
        const Chapter &c = chapters[i];
        EXPECT_EQ(c.position, i + 1);
        EXPECT_TRUE(c.bodyEs.startsWith(QStringLiteral("<p>"))) << c.titleEn.toStdString();
        EXPECT_FALSE(figureKeys(c.bodyEs).isEmpty()) << c.titleEn.toStdString();
        EXPECT_EQ(figureKeys(c.bodyEs), figureKeys(c.bodyEn)) << c.titleEn.toStdString();
    }
    EXPECT_EQ(figureKeys(chapters[0].bodyEs), (QStringList {QStringLiteral("savings_by_year"), QStringLiteral("procedures_table")}));
    EXPECT_TRUE(chapters[1].bodyEn.contains(QStringLiteral("Social witnesses raise findings")));
}

TEST(ReportPlan, replacementPlanInAppData_wins_andAnUnreadableOneFallsBackToTheBundledPlan)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    ASSERT_FALSE(dir.isEmpty());
    ASSERT_TRUE(QDir().mkpath(dir + QStringLiteral("/templates")));
    QFile f(dir + QStringLiteral("/templates/report_chapters.json"));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(R"({"chapters":[{"position":1,"title":{"es":"Capítulo único","en":"Only chapter"},
        "body":{"es":[{"paragraph":"Texto."},{"figure":"savings_by_year","caption":"Ahorro"}],
                "en":[{"paragraph":"Text."},{"figure":"savings_by_year","caption":"Savings"}]}}]})");
    f.close();
    const QList<Chapter> replaced = defaultChapters();

    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write("{ not json");
    f.close();
    const QList<Chapter> afterBrokenReplacement = defaultChapters();
    f.remove();

    ASSERT_EQ(replaced.size(), 1);
    EXPECT_EQ(replaced[0].titleEs, QStringLiteral("Capítulo único"));
    EXPECT_TRUE(replaced[0].bodyEs.startsWith(QStringLiteral("<p>Texto.</p>")));
    EXPECT_EQ(figureKeys(replaced[0].bodyEn), QStringList {QStringLiteral("savings_by_year")});
    ASSERT_EQ(afterBrokenReplacement.size(), 3);
    EXPECT_EQ(afterBrokenReplacement[0].titleEn, QStringLiteral("Economic impact"));
}
