// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/docpages.h"

#include "render/docbuilder.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QPainterPath>
#include <QTextBlock>
#include <QTextBoundaryFinder>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

namespace Testigo::Render {

void setPageMargins(QTextDocument &doc, qreal top)
{
    QTextFrameFormat ff = doc.rootFrame()->frameFormat();
    ff.setLeftMargin(DocBuilder::mm(PageGeometry::left));
    ff.setRightMargin(DocBuilder::mm(PageGeometry::right));
    ff.setTopMargin(DocBuilder::mm(top));
    ff.setBottomMargin(DocBuilder::mm(PageGeometry::bottom));
    ff.setBorder(0);
    ff.setPadding(0);
    doc.rootFrame()->setFrameFormat(ff);
}

void paintDocumentPage(QPainter &painter, const QTextDocument &doc, int page, const QSizeF &pagePixels)
{
    painter.save();
    QAbstractTextDocumentLayout::PaintContext ctx;
    ctx.palette.setColor(QPalette::Text, Qt::black);
    const QRectF clip(0, page * pagePixels.height(), pagePixels.width(), pagePixels.height());
    painter.translate(0, -clip.top());
    painter.setClipRect(clip);
    ctx.clip = clip;
    doc.documentLayout()->draw(&painter, ctx);
    painter.restore();
}

void paintWatermark(QPainter &painter, const QSizeF &page, const QString &text)
{
    painter.save();
    QFont font(DocStyle::fontFamily());
    font.setPixelSize(100);
    font.setBold(true);
    font.setLetterSpacing(QFont::PercentageSpacing, 110);
    painter.setFont(font);
    const QColor colour(0xf7, 0xdc, 0xd8); // opaque: PDF/A-1 allows no transparency
    // Outlines, not text: a PDF's extracted text stays the document's (the footer says "DRAFT").
    QPainterPath outline;
    outline.addText(0, 0, font, text);
    const QRectF box = outline.boundingRect();
    painter.translate(page.width() / 2, page.height() / 2);
    painter.rotate(-55);
    const qreal scale = 0.8 * page.height() / box.width();
    painter.scale(scale, scale);
    painter.translate(-box.center());
    painter.fillPath(outline, colour);
    painter.restore();
}

void paintPageChrome(QPainter &painter, const QSizeF &page, qreal dpi, const PageChrome &chrome)
{
    const qreal mm = dpi / 25.4;
    const qreal left = PageGeometry::left * mm, right = page.width() - PageGeometry::right * mm;
    painter.save();
    QFont font(DocStyle::fontFamily());
    font.setPointSizeF(7.5);
    painter.setFont(font);
    const QFontMetricsF metrics(font, painter.device());
    const qreal lineHeight = metrics.height();
    const QPen rule(DocStyle::rule(), 0.25 * mm);
    // The right-hand text wins the space: the left one is elided rather than overprinted.
    const auto pair = [&](const QRectF &box, Qt::Alignment v, const QString &l, const QString &r) {
        const qreal rightWidth = r.isEmpty() ? 0 : metrics.horizontalAdvance(r) + 4 * mm;
        painter.drawText(box.adjusted(0, 0, -rightWidth, 0), Qt::AlignLeft | v,
            metrics.elidedText(l, Qt::ElideRight, box.width() - rightWidth));
        painter.drawText(box, Qt::AlignRight | v, r);
    };
    if (!chrome.headerLeft.isEmpty() || !chrome.headerRight.isEmpty()) {
        const qreal y = PageGeometry::headerRule * mm;
        painter.setPen(rule);
        painter.drawLine(QPointF(left, y), QPointF(right, y));
        painter.setPen(DocStyle::muted());
        pair(QRectF(left, y - lineHeight - 1.2 * mm, right - left, lineHeight), Qt::AlignBottom,
            chrome.headerLeft, chrome.headerRight);
    }
    const qreal y = page.height() - PageGeometry::footerRule * mm;
    painter.setPen(rule);
    painter.drawLine(QPointF(left, y), QPointF(right, y));
    painter.setPen(DocStyle::muted());
    pair(QRectF(left, y + 1.5 * mm, right - left, lineHeight), Qt::AlignTop, chrome.footerLeft,
        chrome.footerRight);
    painter.restore();
}

namespace {

QTextTable *tableOf(const QTextDocument &doc, const QTextBlock &b)
{
    return qobject_cast<QTextTable *>(doc.frameAt(b.position()));
}

bool isKept(const QTextTable *t)
{
    return t && t->format().boolProperty(DocBuilder::KeepTogetherProperty);
}

// A laid-out line in document coordinates.
struct Span
{
    qreal top = 0, bottom = 0;
};

Span lineSpan(const QTextDocument &doc, const QTextBlock &b, int line)
{
    const QTextLayout *tl = b.layout();
    // The layout positions the block first. Its rectangle starts at the block's position; a line
    // is placed relative to it, and the first line of a block that did not fit at the foot of a
    // page lies a page further down than the block's position.
    const QRectF r = doc.documentLayout()->blockBoundingRect(b);
    if (!tl || tl->lineCount() == 0)
        return {r.top(), r.top()};
    const QTextLine l = tl->lineAt(qBound(0, line < 0 ? tl->lineCount() - 1 : line, tl->lineCount() - 1));
    const qreal top = r.top() + l.y();
    return {top, top + l.height()};
}

// Lines of a block, laid out first (the layout is lazy: an untouched block has none yet).
int lineCount(const QTextDocument &doc, const QTextBlock &b)
{
    (void)doc.documentLayout()->blockBoundingRect(b);
    return b.layout() ? b.layout()->lineCount() : 0;
}

int pageOf(qreal y, qreal pageHeight)
{
    return int(y / pageHeight);
}

bool blank(const QTextBlock &b)
{
    return b.text().trimmed().isEmpty();
}

// The last line a heading must share its page with: the second line of the text it introduces,
// the first data row of a table, or the whole of a kept block.
std::pair<QTextBlock, int> contentEnd(const QTextDocument &doc, const QTextBlock &heading)
{
    int needed = 2;
    std::pair<QTextBlock, int> end {heading, -1};
    for (QTextBlock c = heading.next(); c.isValid(); c = c.next()) {
        if (blank(c))
            continue;
        if (c.blockFormat().headingLevel() > 0) {
            if (needed < 2)
                break; // a short paragraph, then the next heading
            end = {c, -1};
            continue; // a subheading right under the heading goes with it
        }
        if (QTextTable *t = tableOf(doc, c)) {
            if (isKept(t))
                return {doc.findBlock(t->lastPosition()), -1};
            const int row = t->rows() > 1 && t->format().headerRowCount() > 0 ? 1 : 0;
            return {t->cellAt(row, 0).firstCursorPosition().block(), 0};
        }
        const int lines = qMax(1, lineCount(doc, c));
        if (lines >= needed) {
            // A short introduction to a table goes with the table's first row.
            QTextBlock next = c.next();
            while (next.isValid() && blank(next) && !tableOf(doc, next))
                next = next.next();
            QTextTable *t = next.isValid() ? tableOf(doc, next) : nullptr;
            if (lines <= 3 && t && !isKept(t) && t->rows() > 1 && t->format().headerRowCount() > 0)
                return {t->cellAt(1, 0).firstCursorPosition().block(), 0};
            return {c, needed - 1};
        }
        needed -= lines;
        end = {c, -1};
    }
    return end;
}

// Breaks the page before `b` unless it already starts a page. True when it did.
bool breakBefore(QTextDocument &doc, const QTextBlock &b)
{
    const qreal pageHeight = doc.pageSize().height();
    const QTextBlock previous = b.previous();
    if (!previous.isValid()
        || pageOf(lineSpan(doc, previous, -1).bottom - 0.5, pageHeight)
            != pageOf(lineSpan(doc, b, 0).top + 0.5, pageHeight))
        return false;
    QTextCursor cursor(b);
    QTextBlockFormat bf;
    bf.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    cursor.mergeBlockFormat(bf);
    // A format change alone leaves later blocks half laid out (drawn blank). Setting the page
    // size restarts the layout lazily: only as far as the next question asks, which is what makes
    // this affordable on long documents (a relayout of the rest after each break was 3x slower).
    doc.setPageSize(doc.pageSize());
    return true;
}

bool isHeading(const QTextDocument &doc, const QTextBlock &b)
{
    return b.isValid() && b.blockFormat().headingLevel() > 0 && !tableOf(doc, b);
}

// Breaks before `b`, or before the headings right above it (they go with what they introduce).
bool breakBeforeWithHeadings(QTextDocument &doc, const QTextBlock &b)
{
    QTextBlock target = b;
    for (QTextBlock above = b.previous(); above.isValid() && !tableOf(doc, above); above = above.previous()) {
        if (isHeading(doc, above))
            target = above;
        else if (!blank(above))
            break;
    }
    return breakBefore(doc, target);
}

bool splitAcrossPages(const QTextDocument &doc, const QTextBlock &first, const QTextBlock &last, int lastLine)
{
    const qreal pageHeight = doc.pageSize().height();
    return pageOf(lineSpan(doc, first, 0).top + 0.5, pageHeight)
        != pageOf(lineSpan(doc, last, lastLine).bottom - 0.5, pageHeight);
}

// A table's note (its source) stays on the page of the table's last row. The layout cannot move
// one row to the next page (a page break in a cell moves that cell's text, not the row), so a table
// that fits on one page moves whole, with its caption; a longer one keeps its place.
bool keepTableWithNote(QTextDocument &doc, const QTextTable *table)
{
    const QTextBlock first = doc.findBlock(table->firstPosition());
    if (splitAcrossPages(doc, first, doc.findBlock(table->lastPosition()), -1))
        return false;
    return breakBeforeWithHeadings(doc, first.previous());
}

// One pass in reading order; true when it moved something.
bool keepPass(QTextDocument &doc)
{
    bool moved = false;
    const qreal pageHeight = doc.pageSize().height();
    const QTextTable *lastKept = nullptr;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        QTextTable *table = tableOf(doc, b);
        if (isHeading(doc, b)) {
            // A figure's caption (a run-in heading) sits under it: the figure moves with them.
            QTextBlock start = b;
            if (b.blockFormat().headingLevel() >= 3 && b.previous().isValid()
                && b.previous().text().contains(QChar::ObjectReplacementCharacter))
                start = b.previous();
            const auto [last, line] = contentEnd(doc, b);
            if (splitAcrossPages(doc, start, last, line))
                moved |= breakBefore(doc, start);
        } else if (isKept(table) && table != lastKept) {
            lastKept = table;
            if (splitAcrossPages(doc, b, doc.findBlock(table->lastPosition()), -1))
                moved |= breakBeforeWithHeadings(doc, doc.findBlock(table->firstPosition()).previous());
        } else if (!table && b.blockFormat().boolProperty(DocBuilder::KeepWithPreviousProperty)) {
            QTextBlock above = b.previous();
            while (above.isValid() && blank(above) && !tableOf(doc, above))
                above = above.previous();
            QTextTable *tableAbove = above.isValid() ? tableOf(doc, above) : nullptr;
            if (!above.isValid() || !splitAcrossPages(doc, above, b, -1))
                continue;
            if (!tableAbove)
                moved |= breakBeforeWithHeadings(doc, above);
            else if (!isKept(tableAbove))
                moved |= keepTableWithNote(doc, tableAbove);
        } else if (!table && lineCount(doc, b) >= 2) {
            // No paragraph leaves a single line alone at the foot or the head of a page.
            const int lines = lineCount(doc, b);
            const int firstPage = pageOf(lineSpan(doc, b, 0).top + 0.5, pageHeight);
            if (firstPage == pageOf(lineSpan(doc, b, lines - 1).top + 0.5, pageHeight))
                continue;
            const bool orphan = pageOf(lineSpan(doc, b, 1).top + 0.5, pageHeight) != firstPage;
            const bool widow = pageOf(lineSpan(doc, b, lines - 2).top + 0.5, pageHeight) == firstPage;
            if ((orphan || widow) && lines <= 12)
                moved |= breakBeforeWithHeadings(doc, b);
        }
    }
    return moved;
}

} // namespace

void keepBlocksOnPages(QTextDocument &doc)
{
    if (doc.pageSize().height() <= 0)
        return;
    // Check again until nothing moves (the second pass confirms, on the layout already made).
    for (int pass = 0; pass < 6; ++pass)
        if (!keepPass(doc))
            break;
}

QList<LaidOutLine> laidOutLines(const QTextDocument &doc)
{
    QList<LaidOutLine> out;
    const qreal pageHeight = doc.pageSize().height();
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        const int count = lineCount(doc, b);
        const QTextLayout *tl = b.layout();
        if (!tl)
            continue;
        const QString text = b.text();
        QTextBoundaryFinder finder(QTextBoundaryFinder::Line, text);
        const QTextTable *table = tableOf(doc, b);
        const int kept = isKept(table) ? table->firstPosition() : -1;
        for (int i = 0; i < count; ++i) {
            const QTextLine line = tl->lineAt(i);
            LaidOutLine l;
            l.text = text.mid(line.textStart(), line.textLength());
            l.blockText = text;
            const Span s = lineSpan(doc, b, i);
            l.top = s.top;
            l.page = pageHeight > 0 ? pageOf(s.top + 0.5, pageHeight) : 0;
            l.heading = b.blockFormat().headingLevel() > 0;
            l.keptBlock = kept;
            if (i > 0) {
                const int at = line.textStart();
                finder.setPosition(at);
                l.lineBreakAtWord = finder.isAtBoundary() || text.at(at - 1).isSpace();
            }
            out << l;
        }
    }
    return out;
}

} // namespace Testigo::Render
