// SPDX-License-Identifier: GPL-3.0-or-later
// Long amounts (issue 14): four amount columns of trillions side by side cannot each keep a line of
// their own; they wrap between the currency code and the number instead of running off the page,
// the number itself is never cut, and the chart's axis labels get the room they need.
#include "render/docpages.h"
#include "render/testimonydata.h"
#include "render/testimonyrenderer.h"
#include "testimonyfixture.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace Testigo;
using namespace Testigo::Render;
using namespace Testigo::TestSupport;

namespace {

struct Word
{
    qreal xMin, yMin, xMax, yMax;
    QString text;
};

// Every word of one page with its box, from pdftotext -bbox.
QList<Word> pageWords(const QString &pdf, int page)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"),
        {QStringLiteral("-bbox"), QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
            QString::number(page), pdf, QStringLiteral("-")});
    p.waitForFinished(60000);
    const QString html = QString::fromUtf8(p.readAllStandardOutput());
    static const QRegularExpression re(QStringLiteral(
        "<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>"));
    QList<Word> out;
    for (auto it = re.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        out.append({m.captured(1).toDouble(), m.captured(2).toDouble(), m.captured(3).toDouble(),
            m.captured(4).toDouble(), m.captured(5)});
    }
    return out;
}

int pageWith(const QString &pdf, int pages, const QString &text)
{
    for (int i = 1; i <= pages; ++i)
        for (const Word &w : pageWords(pdf, i))
            if (w.text == text)
                return i;
    return 0;
}

} // namespace

TEST(TableWrap, longAmountsInTheLotTable_wrapWithoutOverlappingTheNextColumn)
{
    QTemporaryDir dir;
    auto file = CaseFile::create(dir.filePath(QStringLiteral("case.testigo"))).file;
    const QString id = addTestimonyProcedure(*file, FixtureOptions {2, true});
    for (const Lot &l : file->all<Lot>(QStringLiteral("procedure_id"), id)) {
        ASSERT_TRUE(file->setField(
            QStringLiteral("lot"), l.id, QStringLiteral("budget_cents"), qint64(1'234'567'890'123'456'78)));
        ASSERT_TRUE(file->setField(QStringLiteral("lot"), l.id, QStringLiteral("reference_cents"),
            qint64(1'234'567'890'120'000'00)));
    }
    for (const QString &lang : {QStringLiteral("en"), QStringLiteral("es")}) {
        const QString pdf = dir.filePath(QStringLiteral("wrap-%1.pdf").arg(lang));
        int pages = 0;
        ASSERT_TRUE(
            writeTestimonyPdf(loadTestimony(*file, id, lang, QDate(2024, 6, 3)), pdf, nullptr, &pages));
        const QString budget = lang == QStringLiteral("en") ? QStringLiteral("1,234,567,890,123,456.78")
                                                            : QStringLiteral("$1,234,567,890,123,456.78");
        const int page = pageWith(pdf, pages, budget);
        ASSERT_GT(page, 0) << lang.toStdString() << ": the whole number of an amount is one word";
        const QList<Word> words = pageWords(pdf, page);
        const qreal right = (PageGeometry::width - PageGeometry::right) * 72 / 25.4 + 1; // in points
        const qreal left = PageGeometry::left * 72 / 25.4 - 1;
        for (const Word &w : words) {
            EXPECT_LE(w.xMax, right) << lang.toStdString() << ": “" << w.text.toStdString()
                                     << "” runs off the text";
            EXPECT_GE(w.xMin, left) << lang.toStdString() << ": “" << w.text.toStdString()
                                    << "” starts left of the text";
        }
        // No two words of one line overlap: a cell's text stays inside its column.
        for (int i = 0; i < words.size(); ++i)
            for (int j = i + 1; j < words.size(); ++j) {
                const Word &a = words[i], &b = words[j];
                const bool sameLine = qMin(a.yMax, b.yMax) - qMax(a.yMin, b.yMin) > 1;
                const bool overlap = qMin(a.xMax, b.xMax) - qMax(a.xMin, b.xMin) > 0.5;
                EXPECT_FALSE(sameLine && overlap) << lang.toStdString() << ": “" << a.text.toStdString()
                                                  << "” overlaps “" << b.text.toStdString() << "”";
            }
    }
}
