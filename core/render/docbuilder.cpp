// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/docbuilder.h"
#include "render/docpages.h"

#include <QFontMetricsF>
#include <QImage>

#include <QRegularExpression>
#include <QTextBoundaryFinder>
#include <QTextTable>

QT_BEGIN_NAMESPACE
Q_GUI_EXPORT int qt_defaultDpiY(); // the resolution QTextDocumentLayout scales lengths from
QT_END_NAMESPACE

namespace Testigo::Render {

qreal DocBuilder::mm(qreal millimetres)
{
    return millimetres * qt_defaultDpiY() / 25.4;
}

namespace {
constexpr int kWidthProperty = QTextFormat::UserProperty + 1;
constexpr int kHeightProperty = QTextFormat::UserProperty + 2;
constexpr qreal kCellPaddingMm = 1.1;
constexpr qreal kTextWidthMm = PageGeometry::textWidth;
} // namespace

DocBuilder::DocBuilder(QTextDocument &doc, qreal dpi) : m_doc(doc), m_cursor(&doc), m_dpi(dpi)
{
    QFont f(DocStyle::fontFamily());
    f.setPointSizeF(DocStyle::bodyPointSize);
    f.setStyleHint(QFont::SansSerif);
    m_doc.setDefaultFont(f);
    m_doc.setIndentWidth(mm(6));
    m_doc.setUndoRedoEnabled(false);
    m_cursor.movePosition(QTextCursor::End);
    // One edit block for the whole build: the layout runs once at the end, not after every edit.
    m_cursor.beginEditBlock();
}

DocBuilder::~DocBuilder()
{
    m_cursor.endEditBlock();
}

QTextCharFormat DocBuilder::bodyChar() const
{
    QTextCharFormat cf;
    cf.setFontFamilies({DocStyle::fontFamily()});
    cf.setFontPointSize(DocStyle::bodyPointSize);
    cf.setForeground(Qt::black);
    return cf;
}

QTextBlockFormat DocBuilder::bodyBlock() const
{
    QTextBlockFormat bf;
    bf.setTopMargin(0);
    bf.setBottomMargin(mm(1.6));
    bf.setLineHeight(118, QTextBlockFormat::ProportionalHeight);
    bf.setAlignment(Qt::AlignJustify);
    return bf;
}

void DocBuilder::newBlock(const QTextBlockFormat &bf, const QTextCharFormat &cf)
{
    if (m_first) {
        m_cursor.setBlockFormat(bf);
        m_cursor.setBlockCharFormat(cf);
        m_cursor.setCharFormat(cf);
        m_first = false;
    } else {
        m_cursor.insertBlock(bf, cf);
    }
}

void DocBuilder::heading(int level, const QString &text, bool newPage)
{
    QTextBlockFormat bf;
    QTextCharFormat cf = bodyChar();
    cf.setFontWeight(QFont::Bold);
    cf.setForeground(DocStyle::accent());
    switch (level) {
    case 1:
        cf.setFontPointSize(14);
        bf.setTopMargin(mm(5));
        bf.setBottomMargin(mm(2.5));
        bf.setHeadingLevel(1);
        break;
    case 2:
        cf.setFontPointSize(11);
        bf.setTopMargin(mm(3.5));
        bf.setBottomMargin(mm(1.5));
        bf.setHeadingLevel(2);
        break;
    default:
        cf.setFontPointSize(DocStyle::bodyPointSize);
        cf.setForeground(Qt::black);
        bf.setTopMargin(mm(2));
        bf.setBottomMargin(mm(1));
        bf.setHeadingLevel(3);
        break;
    }
    if (newPage)
        bf.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    newBlock(bf, cf);
    m_cursor.insertText(text, cf);
}

void DocBuilder::paragraph(const QString &text, bool muted, bool italic)
{
    QTextCharFormat cf = bodyChar();
    QTextBlockFormat bf = bodyBlock();
    if (muted) {
        cf.setForeground(DocStyle::muted());
        bf.setAlignment(Qt::AlignLeft); // notes hold digests that justification would stretch
    }
    cf.setFontItalic(italic);
    newBlock(bf, cf);
    m_cursor.insertText(text, cf);
}

void DocBuilder::labelled(const QString &label, const QString &value)
{
    QTextCharFormat cf = bodyChar();
    QTextBlockFormat bf = bodyBlock();
    bf.setAlignment(Qt::AlignLeft);
    bf.setBottomMargin(mm(0.8));
    bf.setProperty(KeepWithPreviousProperty, true);
    newBlock(bf, cf);
    QTextCharFormat bold = cf;
    bold.setFontWeight(QFont::Bold);
    m_cursor.insertText(label + QStringLiteral(": "), bold);
    m_cursor.insertText(value, cf);
}

void DocBuilder::bullet(const QString &text)
{
    QTextBlockFormat bf = bodyBlock();
    bf.setIndent(1);
    bf.setTextIndent(-mm(3.5));
    bf.setBottomMargin(mm(0.8));
    bf.setAlignment(Qt::AlignLeft);
    newBlock(bf, bodyChar());
    m_cursor.insertText(QStringLiteral("•  ") + text, bodyChar());
}

void DocBuilder::html(const QString &html)
{
    // Editors save their own font family and size; the document imposes one typeface.
    QString clean = html;
    static const QRegularExpression fontDecl(QStringLiteral("font-(family|size)\\s*:[^;\"]*;?"));
    static const QRegularExpression fontTag(QStringLiteral("<font[^>]*>|</font>"),
                                            QRegularExpression::CaseInsensitiveOption);
    clean.remove(fontDecl);
    clean.remove(fontTag);
    newBlock(bodyBlock(), bodyChar());
    m_cursor.insertHtml(clean);
}

void DocBuilder::table(const QStringList &headers, const QList<QStringList> &rows, const QList<int> &widths,
                       const QList<int> &rightAligned, qreal pointSize, const QList<int> &unbreakable)
{
    if (pointSize <= 0)
        pointSize = DocStyle::bodyPointSize - 1.5;
    const int columns = int(widths.size());
    const QList<qreal> whole = columnNeeds(headers, rows, columns, pointSize, unbreakable);
    QList<qreal> fitted = fitWidths(widths, whole);
    // An unbreakable column that cannot get its width (long amounts beside each other) wraps at its
    // spaces rather than running over its neighbour's cells: an amount parts from its currency
    // code, never inside the number.
    QList<int> keep = unbreakable;
    QList<QStringList> cells = rows;
    for (int c : unbreakable) {
        if (c >= columns || fitted.value(c) + 1e-6 >= whole.value(c))
            continue;
        keep.removeAll(c);
        for (QStringList &row : cells)
            if (c < row.size())
                row[c].replace(QChar::Nbsp, QLatin1Char(' '));
    }
    if (keep.size() != unbreakable.size())
        fitted = fitWidths(widths, columnNeeds(headers, cells, columns, pointSize, keep));
    // QTextDocument lays a long paginated table out in quadratic time; consecutive tables of a
    // few dozen rows read the same (the header repeats anyway) and lay out in linear time.
    constexpr int chunk = 24;
    if (cells.size() > chunk) {
        for (int from = 0; from < cells.size(); from += chunk)
            tablePart(headers, cells.mid(from, chunk), fitted, rightAligned, pointSize, keep, from == 0,
                      from + chunk >= cells.size());
        return;
    }
    tablePart(headers, cells, fitted, rightAligned, pointSize, keep, true, true);
}

QList<qreal> DocBuilder::columnNeeds(const QStringList &headers, const QList<QStringList> &rows, int columns,
                                     qreal pointSize, const QList<int> &unbreakable)
{
    // Measured at a high resolution, in millimetres: the same on paper whatever the device.
    constexpr qreal probeDpi = 1200;
    static const QImage probe = [] {
        QImage i(1, 1, QImage::Format_RGB32);
        i.setDotsPerMeterX(qRound(probeDpi / 0.0254));
        i.setDotsPerMeterY(qRound(probeDpi / 0.0254));
        return i;
    }();
    QFont cell(DocStyle::fontFamily());
    cell.setPointSizeF(pointSize);
    QFont head = cell;
    head.setBold(true);
    const QFontMetricsF cellMetrics(cell, &probe), headMetrics(head, &probe);
    // The widest piece of text between two line-break opportunities (spaces, some hyphens).
    const auto longestWord = [&](const QString &text, const QFontMetricsF &m) {
        qreal widest = 0;
        QTextBoundaryFinder finder(QTextBoundaryFinder::Line, text);
        qsizetype from = 0;
        for (qsizetype at = finder.toNextBoundary(); at > 0; at = finder.toNextBoundary()) {
            widest = qMax(widest, m.horizontalAdvance(text.mid(from, at - from).trimmed()));
            from = at;
        }
        return widest * 25.4 / probeDpi;
    };
    // Hinting at low resolutions (previews) widens text a little: keep a margin.
    const auto percent = [](qreal wordMm) {
        return (wordMm * 1.03 + 2 * kCellPaddingMm + 0.8) * 100 / kTextWidthMm;
    };
    const int cols = columns;
    QList<qreal> need(cols, 0);
    for (int c = 0; c < cols; ++c) {
        qreal widest = longestWord(headers.value(c), headMetrics);
        for (const QStringList &row : rows)
            widest = qMax(widest, unbreakable.contains(c) ? cellMetrics.horizontalAdvance(row.value(c)) * 25.4 / probeDpi
                                                          : longestWord(row.value(c), cellMetrics));
        // A digest or a long path may still break: no column takes more than 45 %.
        need[c] = qMin(percent(widest), 45.0);
    }
    return need;
}

QList<qreal> DocBuilder::fitWidths(const QList<int> &widths, const QList<qreal> &need)
{
    const int cols = int(widths.size());
    QList<qreal> out(cols, 0);
    qreal total = 0, excess = 0, slack = 0;
    for (int c = 0; c < cols; ++c) {
        total += widths[c];
        excess += qMax<qreal>(0, need[c] - widths[c]);
        slack += qMax<qreal>(0, widths[c] - need[c]);
    }
    if (excess > slack) { // even the narrowest layout is too wide: share it out
        qreal sum = 0;
        for (qreal n : need)
            sum += n;
        for (int c = 0; c < cols; ++c)
            out[c] = need[c] * total / sum;
        return out;
    }
    for (int c = 0; c < cols; ++c)
        out[c] = widths[c] < need[c] ? need[c] : widths[c] - excess * (widths[c] - need[c]) / qMax<qreal>(slack, 1e-9);
    return out;
}

void DocBuilder::tablePart(const QStringList &headers, const QList<QStringList> &rows, const QList<qreal> &widths,
                           const QList<int> &rightAligned, qreal pointSize, const QList<int> &unbreakable,
                           bool first, bool last)
{
    const int cols = int(headers.size());
    QTextTableFormat tf;
    tf.setCellPadding(mm(kCellPaddingMm));
    tf.setCellSpacing(0);
    tf.setBorder(mm(0.18));
    tf.setBorderBrush(DocStyle::rule());
    tf.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    tf.setBorderCollapse(true);
    tf.setHeaderRowCount(1);
    tf.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    tf.setTopMargin(first ? mm(1.5) : 0);
    tf.setBottomMargin(last ? mm(3) : 0);
    QList<QTextLength> constraints;
    for (qreal w : widths)
        constraints << QTextLength(QTextLength::PercentageLength, w);
    tf.setColumnWidthConstraints(constraints);

    QTextBlockFormat before;
    if (!first) { // the empty block between two parts takes no height
        QTextCharFormat tiny = bodyChar();
        tiny.setFontPointSize(0.5);
        before.setLineHeight(0, QTextBlockFormat::FixedHeight);
        newBlock(before, tiny);
    } else {
        newBlock(before, bodyChar());
    }
    QTextTable *t = m_cursor.insertTable(int(rows.size()) + 1, cols, tf);
    QTextCharFormat cell = bodyChar();
    cell.setFontPointSize(pointSize);
    QTextCharFormat head = cell;
    head.setFontWeight(QFont::Bold);
    head.setForeground(DocStyle::accent());
    for (int r = 0; r <= rows.size(); ++r) {
        for (int c = 0; c < cols; ++c) {
            QTextTableCell tc = t->cellAt(r, c);
            QTextTableCellFormat cf = tc.format().toTableCellFormat();
            if (r == 0)
                cf.setBackground(DocStyle::headerFill());
            else if (r % 2 == 0) // stripes stay in step across parts: chunk is even
                cf.setBackground(DocStyle::stripeFill());
            tc.setFormat(cf);
            QTextCursor cc = tc.firstCursorPosition();
            QTextBlockFormat bf;
            bf.setAlignment(rightAligned.contains(c) ? Qt::AlignRight : Qt::AlignLeft);
            bf.setNonBreakableLines(r > 0 && unbreakable.contains(c));
            cc.setBlockFormat(bf);
            const QString text = r == 0 ? headers.value(c) : rows[r - 1].value(c);
            cc.insertText(text, r == 0 ? head : cell);
        }
    }
    m_cursor.movePosition(QTextCursor::End);
    m_first = true; // the empty block after a table takes the next paragraph
}

void DocBuilder::keyValues(const QList<QPair<QString, QString>> &pairs, int labelPercent)
{
    QTextTableFormat tf;
    tf.setCellPadding(mm(1.1));
    tf.setCellSpacing(0);
    tf.setBorder(0);
    tf.setBorderCollapse(true);
    tf.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    tf.setColumnWidthConstraints({QTextLength(QTextLength::PercentageLength, labelPercent),
                                  QTextLength(QTextLength::PercentageLength, 100 - labelPercent)});
    tf.setTopMargin(mm(1));
    tf.setBottomMargin(mm(2.5));
    // A short block of facts reads as one: it moves to the next page rather than split a row.
    tf.setProperty(KeepTogetherProperty, pairs.size() <= 12);
    newBlock(QTextBlockFormat(), bodyChar());
    QTextTable *t = m_cursor.insertTable(int(pairs.size()), 2, tf);
    QTextCharFormat value = bodyChar();
    QTextCharFormat label = value;
    label.setFontWeight(QFont::Bold);
    label.setForeground(DocStyle::muted());
    for (int r = 0; r < pairs.size(); ++r) {
        for (int c = 0; c < 2; ++c) {
            QTextTableCell tc = t->cellAt(r, c);
            QTextTableCellFormat cf = tc.format().toTableCellFormat();
            cf.setBottomBorder(mm(0.12));
            cf.setBottomBorderBrush(DocStyle::rule());
            cf.setBottomBorderStyle(QTextFrameFormat::BorderStyle_Solid);
            tc.setFormat(cf);
            tc.firstCursorPosition().insertText(c == 0 ? pairs[r].first : pairs[r].second, c == 0 ? label : value);
        }
    }
    m_cursor.movePosition(QTextCursor::End);
    m_first = true;
}

void DocBuilder::object(int objectType, const QSizeF &size)
{
    QTextBlockFormat bf;
    bf.setAlignment(Qt::AlignHCenter);
    bf.setTopMargin(mm(2));
    bf.setBottomMargin(mm(3));
    newBlock(bf, bodyChar());
    QTextCharFormat of;
    of.setObjectType(objectType);
    of.setProperty(kWidthProperty, size.width());
    of.setProperty(kHeightProperty, size.height());
    m_cursor.insertText(QString(QChar::ObjectReplacementCharacter), of);
}

void DocBuilder::keepTogether(const QList<QPair<QString, LineStyle>> &lines)
{
    QTextTableFormat tf;
    tf.setBorder(0);
    tf.setCellPadding(0);
    tf.setCellSpacing(0);
    tf.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    tf.setTopMargin(mm(2));
    tf.setProperty(KeepTogetherProperty, true);
    newBlock(QTextBlockFormat(), bodyChar());
    QTextTable *t = m_cursor.insertTable(1, 1, tf);
    QTextCursor c = t->cellAt(0, 0).firstCursorPosition();
    bool first = true;
    for (const auto &[text, style] : lines) {
        QTextBlockFormat bf;
        bf.setBottomMargin(mm(1));
        QTextCharFormat cf = bodyChar();
        if (style == Strong)
            cf.setFontWeight(QFont::Bold);
        if (style == Muted)
            cf.setForeground(DocStyle::muted());
        if (style == Gap)
            bf.setTopMargin(mm(16));
        if (first)
            c.setBlockFormat(bf);
        else
            c.insertBlock(bf, cf);
        first = false;
        c.insertText(text, cf);
    }
    m_cursor.movePosition(QTextCursor::End);
    m_first = true;
}

void DocBuilder::spacer(qreal millimetres)
{
    QTextBlockFormat bf;
    bf.setTopMargin(mm(millimetres));
    QTextCharFormat cf = bodyChar();
    cf.setFontPointSize(2);
    newBlock(bf, cf);
}

} // namespace Testigo::Render
