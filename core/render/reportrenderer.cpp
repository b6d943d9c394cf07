// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/reportrenderer.h"

#include "domain/doclanguage.h"
#include "domain/money.h"
#include "render/docbuilder.h"
#include "render/docpages.h"
#include "render/doctext.h"
#include "render/reportfigures.h"
#include "render/reportsummary.h"

#include <QAbstractTextDocumentLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>
#include <QUrl>

namespace Testigo::Render {

namespace {
constexpr qreal kCoverTop = 70; // millimetres; the rest of the page geometry is PageGeometry's

QString rt(const DocLanguage &l, const char *s)
{
    return reportText(l, s);
}

QString moneyOrDash(const DocLanguage &lang, const std::optional<qint64> &cents, const QString &currency)
{
    return cents ? lang.money(Money(*cents, currency)) : QStringLiteral("—");
}

// Footnotes are anchors <a href="footnote:TEXT">…</a>: numbered superscripts, texts collected.
QString takeFootnotes(const QString &html, QStringList &notes)
{
    static const QRegularExpression re(QStringLiteral("<a[^>]*href=\"footnote:([^\"]*)\"[^>]*>.*?</a>"),
        QRegularExpression::DotMatchesEverythingOption);
    QString out;
    qsizetype last = 0;
    auto it = re.globalMatch(html);
    while (it.hasNext()) {
        const auto m = it.next();
        out += html.mid(last, m.capturedStart() - last);
        notes << QUrl::fromPercentEncoding(m.captured(1).toUtf8());
        out += QStringLiteral("<sup>%1</sup>").arg(notes.size());
        last = m.capturedEnd();
    }
    return out + html.mid(last);
}
} // namespace

ReportRenderer::ReportRenderer(ReportData data)
    : m_data(std::move(data))
    , m_lang(std::make_unique<DocLanguage>(m_data.language))
{ }

ReportRenderer::~ReportRenderer() = default;

QString ReportRenderer::title() const
{
    return rt(*m_lang, QT_TRANSLATE_NOOP("Report", "Analytical Review Report"));
}

void ReportRenderer::layout(QPaintDevice *device, const QSizeF &pagePixels)
{
    m_page = pagePixels;
    m_device = device;
    laidOutFor(device);
    m_dpi = device ? device->logicalDpiY() : 72;
    const DocLanguage &lang = *m_lang;

    m_cover = std::make_unique<QTextDocument>();
    m_cover->documentLayout()->setPaintDevice(device);
    {
        DocBuilder b(*m_cover, m_dpi);
        QTextCharFormat big;
        big.setFontFamilies({DocStyle::fontFamily()});
        big.setFontPointSize(26);
        big.setFontWeight(QFont::Bold);
        big.setForeground(DocStyle::accent());
        b.heading(1, QString());
        b.cursor().insertText(title(), big);
        b.paragraph(rt(lang,
            QT_TRANSLATE_NOOP("Report", "Social witnesses in public procurement under Integrity Pacts")));
        b.spacer(12);
        b.paragraph(rt(lang, QT_TRANSLATE_NOOP("Report", "%1 procedures · %2 findings"))
                        .arg(lang.locale().toString(qint64(m_data.procedures.size())),
                            lang.locale().toString(m_data.totalFindings)));
        b.spacer(70);
        b.paragraph(lang.date(m_data.printDate));
        b.paragraph(rt(lang, QT_TRANSLATE_NOOP("Report", "Printed on %1 from record %2."))
                        .arg(lang.shortDate(m_data.printDate), m_data.shortDigest()),
            true, true);
    }
    m_cover->setPageSize(m_page);
    setPageMargins(*m_cover, kCoverTop);

    buildBody(m_dpi);
    buildToc(m_dpi, false);
    const int tocPages = m_toc_doc->pageCount();
    for (int i = 0; i < m_toc.size(); ++i) {
        const QTextBlock block = m_body->findBlock(m_tocBlocks[i]);
        const qreal top = m_body->documentLayout()->blockBoundingRect(block).top();
        m_toc[i].page = 1 + tocPages + int(top / m_page.height()) + 1;
    }
    buildToc(m_dpi, true);
    (void)m_cover->pageCount();
}

namespace {

// The chapters' figures and tables, numbered in the order they appear.
struct Numbering
{
    struct Numbered
    {
        QString caption, key;
    };
    int figures = 0, tables = 0;
    QList<Numbered> numbered;
    QStringList captions;
};

// The table of monitored procedures a table placeholder stands for.
void writeProceduresTable(DocBuilder &b, const ReportData &data, const DocLanguage &lang)
{
    QList<QStringList> rows;
    for (const ReportProcedureRow &r : data.procedures)
        rows << QStringList {r.number, r.agency, r.year ? QString::number(r.year) : QStringLiteral("—"),
            moneyOrDash(lang, r.amountCents, r.currency), moneyOrDash(lang, r.savingsCents, r.currency)};
    b.table(
        {rt(lang, QT_TRANSLATE_NOOP("Report", "Number")), rt(lang, QT_TRANSLATE_NOOP("Report", "Agency")),
            rt(lang, QT_TRANSLATE_NOOP("Report", "Year")), rt(lang, QT_TRANSLATE_NOOP("Report", "Amount")),
            rt(lang, QT_TRANSLATE_NOOP("Report", "Savings"))},
        rows, {30, 14, 8, 24, 24}, {2, 3, 4}, 0, {0, 2});
}

// A figure ReportFigureObject draws at layout time, as tall as its data needs; caption below.
void writeFigure(DocBuilder &b, const ReportData &data, const DocLanguage &lang, const QString &key,
    const QString &label, qreal textWidth, qreal mm)
{
    qreal h = 70;
    if (key.startsWith(QStringLiteral("findings_by"))) {
        const CountSeries &s = key == QStringLiteral("findings_by_category") ? data.findingsByCategory
            : key == QStringLiteral("findings_by_stage")                     ? data.findingsByStage
                                                                             : data.findingsBySeverity;
        h = std::clamp<qreal>(s.counts.size() * 7.0 + 4, 20, 120);
    } else if (key == QStringLiteral("clause_stage_heatmap")) {
        h = std::clamp<qreal>(data.clauseByStage.rows.size() * 5.0 + 40, 20, 220);
    }
    QTextBlockFormat bf;
    bf.setAlignment(Qt::AlignHCenter);
    bf.setTopMargin(DocBuilder::mm(2));
    bf.setBottomMargin(DocBuilder::mm(3));
    b.cursor().insertBlock(bf);
    QTextCharFormat of;
    of.setObjectType(ReportFigureObject::Type);
    of.setProperty(ReportFigureObject::FigureKeyProperty, key);
    of.setProperty(ReportFigureObject::WidthProperty, textWidth);
    of.setProperty(ReportFigureObject::HeightProperty, h * mm);
    b.cursor().insertText(QString(QChar::ObjectReplacementCharacter), of);
    b.heading(3, label); // figures: caption below, never orphaned from the drawing
    if (key == QStringLiteral("clause_stage_heatmap"))
        writeHeatMapLegend(b, data, lang);
}

// One placeholder of a chapter: the numbered table or figure and the line naming its source.
void writePlaceholder(DocBuilder &b, const ReportData &data, const DocLanguage &lang, const Placeholder &p,
    Numbering &n, qreal textWidth, qreal mm)
{
    const FigureKind *kind = figureKind(p.key);
    const QString caption = p.caption.isEmpty() ? figureTitle(p.key, lang) : p.caption;
    const QString label = kind->isTable
        ? rt(lang, QT_TRANSLATE_NOOP("Report", "Table %1. %2")).arg(++n.tables).arg(caption)
        : rt(lang, QT_TRANSLATE_NOOP("Report", "Figure %1. %2")).arg(++n.figures).arg(caption);
    n.captions << label;
    n.numbered.append({label, p.key});
    if (kind->isTable) {
        b.heading(3, label); // tables: caption above
        writeProceduresTable(b, data, lang);
    } else {
        writeFigure(b, data, lang, p.key, label, textWidth, mm);
    }
    b.paragraph(
        rt(lang, QT_TRANSLATE_NOOP("Report", "Source: %1")).arg(figureMethod(p.key, lang)), true, true);
    if (kind->isTable) { // stays on the page of the table's last row (keepBlocksOnPages)
        QTextBlockFormat keep;
        keep.setProperty(DocBuilder::KeepWithPreviousProperty, true);
        b.cursor().mergeBlockFormat(keep);
    }
}

// A chapter's authors, its text with the placeholders drawn, then its footnotes.
void writeChapterBody(DocBuilder &b, const ReportData &data, const DocLanguage &lang, const Chapter &c,
    Numbering &n, qreal textWidth, qreal mm)
{
    QStringList people;
    if (!c.leadAuthor.isEmpty())
        people << rt(lang, QT_TRANSLATE_NOOP("Report", "Author: %1")).arg(c.leadAuthor);
    if (!c.reviewer.isEmpty())
        people << rt(lang, QT_TRANSLATE_NOOP("Report", "Reviewer: %1")).arg(c.reviewer);
    if (!people.isEmpty())
        b.paragraph(people.join(QStringLiteral(" · ")), true, true);

    QStringList notes;
    const QString html = takeFootnotes(lang.isSpanish() ? c.bodyEs : c.bodyEn, notes);
    qsizetype last = 0;
    for (const Placeholder &p : findPlaceholders(html)) {
        const QString before = html.mid(last, p.start - last);
        if (!before.trimmed().isEmpty())
            b.html(before);
        last = p.start + p.length;
        writePlaceholder(b, data, lang, p, n, textWidth, mm);
    }
    const QString rest = html.mid(last);
    if (!rest.trimmed().isEmpty())
        b.html(rest);
    if (!notes.isEmpty()) {
        b.heading(3, rt(lang, QT_TRANSLATE_NOOP("Report", "Notes")));
        for (int i = 0; i < notes.size(); ++i)
            b.paragraph(QStringLiteral("%1. %2").arg(i + 1).arg(notes[i]), true);
    }
}

// The appendix's table: one row per procedure.
void writeAppendixTable(DocBuilder &b, const ReportData &data, const DocLanguage &lang)
{
    QList<QStringList> rows;
    for (const ReportProcedureRow &r : data.procedures)
        rows << QStringList {r.number, r.agency, r.year ? QString::number(r.year) : QStringLiteral("—"),
            r.type, moneyOrDash(lang, r.amountCents, r.currency),
            moneyOrDash(lang, r.savingsCents, r.currency), lang.locale().toString(r.findings),
            r.testimonyIssued ? rt(lang, QT_TRANSLATE_NOOP("Report", "Issued"))
                              : rt(lang, QT_TRANSLATE_NOOP("Report", "Pending"))};
    b.table(
        {rt(lang, QT_TRANSLATE_NOOP("Report", "Number")), rt(lang, QT_TRANSLATE_NOOP("Report", "Agency")),
            rt(lang, QT_TRANSLATE_NOOP("Report", "Year")), rt(lang, QT_TRANSLATE_NOOP("Report", "Type")),
            rt(lang, QT_TRANSLATE_NOOP("Report", "Amount")), rt(lang, QT_TRANSLATE_NOOP("Report", "Savings")),
            rt(lang, QT_TRANSLATE_NOOP("Report", "Findings")),
            rt(lang, QT_TRANSLATE_NOOP("Report", "Testimony"))},
        rows, {33, 9, 5, 11, 13, 12, 8, 9}, {2, 4, 5, 6}, 7, {2}); // eight columns: numbers wrap at hyphens
}

} // namespace

void ReportRenderer::buildBody(qreal dpi)
{
    const qreal mm = dpi / 25.4;
    const DocLanguage &lang = *m_lang;
    // The layout is created only once the content is complete: with a layout present every
    // insertion re-lays out its table, which made 100-row tables quadratic.
    m_body = std::make_unique<QTextDocument>();
    m_toc.clear();
    m_tocBlocks.clear();
    const qreal textWidth = PageGeometry::textWidth * mm;
    Numbering n;

    auto builder = std::make_unique<DocBuilder>(*m_body, dpi); // ends its edit block before the layout
    DocBuilder &b = *builder;
    auto chapter = [&](const QString &t, bool newPage) {
        b.heading(1, t, newPage);
        m_tocBlocks << b.cursor().block().position();
        m_toc.append({t, 0, 1});
    };
    // The executive summary is written from the computed figures, before the editors' chapters.
    chapter(rt(lang, QT_TRANSLATE_NOOP("Report", "Executive summary")), false);
    for (const QString &paragraph : executiveSummary(m_data, lang))
        b.paragraph(paragraph);
    for (int ci = 0; ci < m_data.chapters.size(); ++ci) {
        const Chapter &c = m_data.chapters[ci];
        chapter(QStringLiteral("%1. %2").arg(ci + 1).arg(lang.isSpanish() ? c.titleEs : c.titleEn), true);
        writeChapterBody(b, m_data, lang, c, n, textWidth, mm);
    }
    m_captions = n.captions;

    chapter(rt(lang, QT_TRANSLATE_NOOP("Report", "Results in figures")), true);
    writeResultsChapter(b, m_data, lang);
    chapter(rt(lang, QT_TRANSLATE_NOOP("Report", "Appendix. Monitored procedures")), true);
    writeAppendixTable(b, m_data, lang);

    // Methodology of every figure and table, in the order they appear.
    chapter(rt(lang, QT_TRANSLATE_NOOP("Report", "Methodology of the figures and tables")), true);
    b.paragraph(rt(lang,
        QT_TRANSLATE_NOOP("Report",
            "Figures and tables are computed from the merged case files when the report is assembled.")));
    for (const Numbering::Numbered &entry : n.numbered) {
        b.heading(3, entry.caption);
        b.paragraph(figureMethod(entry.key, lang));
    }
    builder.reset();
    m_body->documentLayout()->setPaintDevice(m_device);
    m_body->documentLayout()->registerHandler(
        ReportFigureObject::Type, new ReportFigureObject(m_data, lang, m_body.get()));
    m_body->setPageSize(m_page);
    setPageMargins(*m_body);
    keepBlocksOnPages(*m_body);
    (void)m_body->pageCount();
}

void ReportRenderer::buildToc(qreal dpi, bool withNumbers)
{
    m_toc_doc = std::make_unique<QTextDocument>();
    const qreal width = DocBuilder::mm(PageGeometry::textWidth); // in the layout's units, like margins
    {
        DocBuilder b(*m_toc_doc, dpi);
        b.heading(1, rt(*m_lang, QT_TRANSLATE_NOOP("Report", "Contents")));
        for (const TocEntry &e : m_toc) {
            QTextBlockFormat bf;
            bf.setTabPositions({QTextOption::Tab(width - 2, QTextOption::RightTab)});
            bf.setTopMargin(DocBuilder::mm(4));
            QTextCharFormat cf;
            cf.setFontFamilies({DocStyle::fontFamily()});
            cf.setFontPointSize(11);
            b.cursor().insertBlock(bf, cf);
            b.cursor().insertText(e.title + QLatin1Char('\t')
                    + (withNumbers ? m_lang->locale().toString(e.page) : QStringLiteral("000")),
                cf);
        }
    } // the builder's edit block ends before the layout
    m_toc_doc->documentLayout()->setPaintDevice(m_device);
    m_toc_doc->setPageSize(m_page);
    setPageMargins(*m_toc_doc);
    (void)m_toc_doc->pageCount();
}

int ReportRenderer::pageCount() const
{
    return m_body ? 1 + m_toc_doc->pageCount() + m_body->pageCount() : 0;
}

void ReportRenderer::paintPage(QPainter &painter, int index) const
{
    if (!m_body || index < 0 || index >= pageCount())
        return;
    const int tocPages = m_toc_doc->pageCount();
    QTextDocument *doc = index == 0 ? m_cover.get() : index <= tocPages ? m_toc_doc.get() : m_body.get();
    const int page = index == 0 ? 0 : index <= tocPages ? index - 1 : index - 1 - tocPages;
    paintDocumentPage(painter, *doc, page, m_page);
    if (index == 0) {
        // The cover carries a band in the accent colour instead of header and footer.
        const qreal mm = m_dpi / 25.4;
        painter.fillRect(QRectF(0, 0, m_page.width(), 48 * mm), DocStyle::accent());
        painter.fillRect(QRectF(0, 48 * mm, m_page.width(), 1.5 * mm), DocStyle::headerFill());
        return;
    }
    PageChrome chrome;
    chrome.headerLeft = title();
    chrome.footerLeft = rt(*m_lang, QT_TRANSLATE_NOOP("Report", "Record %1")).arg(m_data.shortDigest());
    chrome.footerRight
        = rt(*m_lang, QT_TRANSLATE_NOOP("Report", "Page %1 of %2"))
              .arg(m_lang->locale().toString(index + 1), m_lang->locale().toString(pageCount()));
    paintPageChrome(painter, m_page, m_dpi, chrome);
}

} // namespace Testigo::Render
