// SPDX-License-Identifier: GPL-3.0-or-later
// What a reader notices on the printed pages of the testimony and the report: no word broken in
// the middle of a table cell, no heading left alone at the foot of a page, the signature block on
// one page, a table's source on the page of its last row. Laid out for a 600-dpi PDF writer, as
// the PDF is.
#include "demofixture.h"
#include "render/docpages.h"
#include "render/reportrenderer.h"
#include "render/testimonyrenderer.h"
#include "store/casefile.h"
#include "testimonyfixture.h"

#include <QPdfWriter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextDocument>
#include <gtest/gtest.h>

#include <algorithm>

using namespace Testigo;
using namespace Testigo::Render;

namespace {

// A digest or a file name may break anywhere; words may not.
bool breakableAnywhere(const QString &text)
{
    static const QRegularExpression digest(QStringLiteral("^[0-9a-f]{64}$"));
    return digest.match(text).hasMatch() || text.contains(QLatin1Char('_'));
}

QStringList brokenWords(const QList<LaidOutLine> &lines)
{
    QStringList out;
    for (const LaidOutLine &l : lines)
        if (!l.lineBreakAtWord && !breakableAnywhere(l.blockText))
            out << QStringLiteral("p%1 «%2» in «%3»").arg(l.page + 2).arg(l.text, l.blockText);
    return out;
}

// Headings whose next line of text is on a later page.
QStringList lonelyHeadings(const QList<LaidOutLine> &lines)
{
    QStringList out;
    for (int i = 0; i < lines.size(); ++i) {
        if (!lines[i].heading || lines[i].text.trimmed().isEmpty())
            continue;
        for (int j = i + 1; j < lines.size(); ++j) {
            if (lines[j].heading || lines[j].text.trimmed().isEmpty())
                continue;
            if (lines[j].page != lines[i].page)
                out << QStringLiteral("p%1 «%2»").arg(lines[i].page + 2).arg(lines[i].text);
            break;
        }
    }
    return out;
}

// Kept blocks (signature, short key-value blocks) spread over more than one page.
QStringList splitKeptBlocks(const QList<LaidOutLine> &lines)
{
    QMap<int, QSet<int>> pages;
    QMap<int, QString> first;
    for (const LaidOutLine &l : lines)
        if (l.keptBlock >= 0) {
            pages[l.keptBlock].insert(l.page);
            if (!first.contains(l.keptBlock))
                first[l.keptBlock] = l.text;
        }
    QStringList out;
    for (auto it = pages.cbegin(); it != pages.cend(); ++it)
        if (it->size() > 1)
            out << first.value(it.key());
    return out;
}

// Paragraphs starting with one of `starts` printed on another page than the line right above them.
QStringList detachedFromAbove(const QList<LaidOutLine> &lines, const QStringList &starts)
{
    QStringList out;
    for (int i = 1; i < lines.size(); ++i) {
        const QString t = lines[i].blockText.trimmed();
        const bool match = std::any_of(starts.cbegin(), starts.cend(), [&](const QString &s) { return t.startsWith(s); });
        if (!match || lines[i].text != lines[i].blockText.left(lines[i].text.size()))
            continue; // not the first line of such a paragraph
        int j = i - 1;
        while (j > 0 && lines[j].text.trimmed().isEmpty())
            --j;
        if (lines[j].page != lines[i].page)
            out << QStringLiteral("«%1» on document page %2 under «%3» on page %4")
                       .arg(t).arg(lines[i].page + 1).arg(lines[j].text).arg(lines[j].page + 1);
    }
    return out;
}

// Agency's responses printed on another page than the observation right above them.
QStringList detachedResponses(const QList<LaidOutLine> &lines)
{
    return detachedFromAbove(lines, {QStringLiteral("Agency's response"), QStringLiteral("Respuesta de la dependencia")});
}

// "Source: …" lines printed on another page than the line right above them (a table's last row,
// a figure's caption).
QStringList detachedSources(const QList<LaidOutLine> &lines)
{
    return detachedFromAbove(lines, {QStringLiteral("Source: "), QStringLiteral("Fuente: ")});
}

QString procedureId(const CaseFile &file, const QString &number)
{
    for (const Procedure &p : file.all<Procedure>())
        if (p.number == number)
            return p.id;
    return {};
}

using Demo = TestSupport::DemoFile;

QList<LaidOutLine> testimonyLines(TestimonyRenderer &r, const QString &pdf)
{
    QPdfWriter writer(pdf);
    writer.setResolution(600);
    EXPECT_TRUE(r.print(writer));
    return laidOutLines(*r.body());
}

} // namespace

TEST(Pagination, demoTestimony_noBrokenWordNoLonelyHeadingSignatureOnOnePage)
{
    Demo demo;
    // The demo's procedures with the most text: long Spanish category and status names.
    for (const QString &number : {QStringLiteral("00641001-005-03"), QStringLiteral("LO-016B00001-N8-2012"),
                                  QStringLiteral("LA-50-GYN-012M7B001-T-18-2025")}) {
        const QString id = procedureId(*demo.file, number);
        ASSERT_FALSE(id.isEmpty()) << number.toStdString();
        for (const QString &lang : {QStringLiteral("es"), QStringLiteral("en")}) {
            TestimonyRenderer r(loadTestimony(*demo.file, id, lang, QDate(2025, 6, 30)));
            const QList<LaidOutLine> lines = testimonyLines(r, demo.dir.filePath(lang + QStringLiteral(".pdf")));
            ASSERT_GT(lines.size(), 100);
            const QString where = number + QLatin1Char(' ') + lang + QStringLiteral(": ");
            EXPECT_EQ(brokenWords(lines).join(QStringLiteral("\n")).toStdString(), "") << where.toStdString();
            EXPECT_EQ(lonelyHeadings(lines).join(QStringLiteral("\n")).toStdString(), "") << where.toStdString();
            EXPECT_EQ(splitKeptBlocks(lines).join(QStringLiteral("\n")).toStdString(), "") << where.toStdString();
            EXPECT_EQ(detachedResponses(lines).join(QStringLiteral("\n")).toStdString(), "") << where.toStdString();
            // The signature is one of the kept blocks, and the witness's name is in it.
            ASSERT_TRUE(r.data().witness) << where.toStdString();
            bool signature = false;
            for (const LaidOutLine &l : lines)
                signature |= l.keptBlock >= 0 && l.text.contains(r.data().witness->name);
            EXPECT_TRUE(signature) << where.toStdString();
        }
    }
}

TEST(Pagination, manyFindings_everyPageBreakKeepsHeadingsAndSignature)
{
    // Different amounts of text move every heading and the signature to other places on the page.
    for (int findings : {3, 11, 23, 40}) {
        QTemporaryDir dir;
        auto file = CaseFile::create(dir.filePath(QStringLiteral("case.testigo"))).file;
        TestSupport::FixtureOptions o;
        o.findings = findings;
        const QString id = TestSupport::addTestimonyProcedure(*file, o);
        for (const QString &lang : {QStringLiteral("es"), QStringLiteral("en")}) {
            TestimonyRenderer r(loadTestimony(*file, id, lang, QDate(2024, 6, 3)));
            const QList<LaidOutLine> lines = testimonyLines(r, dir.filePath(QStringLiteral("t.pdf")));
            const std::string where = std::to_string(findings) + " findings, " + lang.toStdString();
            EXPECT_EQ(brokenWords(lines).join(QStringLiteral("\n")).toStdString(), "") << where;
            EXPECT_EQ(lonelyHeadings(lines).join(QStringLiteral("\n")).toStdString(), "") << where;
            EXPECT_EQ(splitKeptBlocks(lines).join(QStringLiteral("\n")).toStdString(), "") << where;
            EXPECT_EQ(detachedResponses(lines).join(QStringLiteral("\n")).toStdString(), "") << where;
        }
    }
}

TEST(Pagination, demoReport_noBrokenWordNoLonelyHeadingSourceUnderItsTable)
{
    Demo demo;
    // Two dates: the report's dates and ages move the tables to other places on the page.
    for (const QDate asOf : {QDate(2025, 6, 30), QDate(2026, 11, 26)})
    for (const QString &lang : {QStringLiteral("es"), QStringLiteral("en")}) {
        ReportRenderer r(loadReport(*demo.file, lang, asOf));
        QPdfWriter writer(demo.dir.filePath(QStringLiteral("report.pdf")));
        writer.setResolution(300);
        ASSERT_TRUE(r.print(writer));
        const QList<LaidOutLine> lines = laidOutLines(*r.body());
        ASSERT_GT(lines.size(), 50);
        EXPECT_EQ(brokenWords(lines).join(QStringLiteral("\n")).toStdString(), "") << lang.toStdString();
        EXPECT_EQ(lonelyHeadings(lines).join(QStringLiteral("\n")).toStdString(), "") << lang.toStdString();
        // A table's source stays on the page of its last row (and a figure's under its caption).
        int sources = 0;
        for (const LaidOutLine &l : lines)
            sources += l.text.startsWith(lang == QStringLiteral("es") ? QStringLiteral("Fuente: ") : QStringLiteral("Source: "));
        EXPECT_GT(sources, 1) << lang.toStdString();
        EXPECT_EQ(detachedSources(lines).join(QStringLiteral("\n")).toStdString(), "") << lang.toStdString();
    }
}
