// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The page side of DocBuilder, shared by the testimony and the report: A4 geometry, page margins
// of a paginated QTextDocument, painting one page of it, the running header and footer, and the
// pagination rules a reader expects (a heading never ends a page; a block DocBuilder::keepTogether
// wrote never splits). Lengths in millimetres.

#include <QList>
#include <QSizeF>
#include <QString>

class QPainter;
class QTextBlock;
class QTextDocument;

namespace Testigo::Render {

struct PageGeometry
{
    static constexpr qreal width = 210, height = 297;
    static constexpr qreal left = 25, right = 20, top = 27, bottom = 26;
    static constexpr qreal headerRule = 19, footerRule = 18; // from the top / from the bottom
    static constexpr qreal textWidth = width - left - right;
};

// Left, right and bottom margins of every page; `top` in millimetres (covers start lower).
void setPageMargins(QTextDocument &doc, qreal top = PageGeometry::top);

// Paints page `page` (0-based) of a paginated document with the painter at the page's corner.
void paintDocumentPage(QPainter &painter, const QTextDocument &doc, int page, const QSizeF &pagePixels);

// The running header (a rule with two texts above it; none when both are empty) and the footer
// (a rule with two texts below it). dpi: the device's resolution.
struct PageChrome
{
    QString headerLeft, headerRight, footerLeft, footerRight;
};
void paintPageChrome(QPainter &painter, const QSizeF &pagePixels, qreal dpi, const PageChrome &chrome);
// "DRAFT" in large light outlines across the page (not text: a PDF's extracted text stays the
// document's). Paint it first, under the page's text.
void paintWatermark(QPainter &painter, const QSizeF &pagePixels, const QString &text);

// Moves a heading to the next page when the first lines of what it introduces (the first data
// row of a table) would start on the next one, and a keepTogether block (with the heading right
// above it) when it would be split. A KeepWithPrevious block right under a table (a table's source)
// stays on the page of the table's last row: the table moves with its caption when it fits on one
// page. Call after the page size and margins are set; changes only page-break flags, so block
// positions stay valid.
void keepBlocksOnPages(QTextDocument &doc);

// Where a document's laid-out text breaks, for tests: every line of every block, with its page.
struct LaidOutLine
{
    QString text; // the line's text
    QString blockText; // its whole block (table cell or paragraph)
    int page = 0; // 0-based page of the document
    qreal top = 0; // in document coordinates
    bool heading = false;
    int keptBlock = -1; // the position of the keepTogether block (table) it is in, or -1
    bool lineBreakAtWord = true; // the line starts where a word may start
};
QList<LaidOutLine> laidOutLines(const QTextDocument &doc);

} // namespace Testigo::Render
