// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A thin writer over QTextCursor that gives every document the same look: numbered headings,
// body paragraphs, key-value blocks and ruled tables. Lengths are given in millimetres.
// QTextDocument's layout scales format lengths (margins, paddings, borders, indents) from the
// screen's resolution to its paint device's, so mm() converts at the screen's resolution; inline
// objects and painting on the device use deviceMm().

#include <QColor>
#include <QList>
#include <QStringList>
#include <QTextCursor>
#include <QTextDocument>

namespace Testigo::Render {

struct DocStyle
{
    static QColor accent() { return QColor(0x1f, 0x3a, 0x5f); }   // headings, rules
    static QColor headerFill() { return QColor(0xe4, 0xea, 0xf2); }
    static QColor stripeFill() { return QColor(0xf6, 0xf8, 0xfb); }
    static QColor rule() { return QColor(0xa9, 0xb4, 0xc2); }
    static QColor muted() { return QColor(0x55, 0x5f, 0x6b); }
    static QString fontFamily() { return QStringLiteral("DejaVu Sans"); }
    static constexpr qreal bodyPointSize = 9.5;
};

class DocBuilder final
{
public:
    // dpi: the paint device's logical resolution.
    DocBuilder(QTextDocument &doc, qreal dpi);
    ~DocBuilder();
    DocBuilder(const DocBuilder &) = delete;
    DocBuilder &operator=(const DocBuilder &) = delete;

    // Millimetres as a length in a QTextFormat (scaled to the device by the layout).
    static qreal mm(qreal millimetres);
    // Millimetres in the paint device's pixels.
    qreal deviceMm(qreal millimetres) const { return millimetres * m_dpi / 25.4; }
    QTextCursor &cursor() { return m_cursor; }

    // level 1 = section (optionally on a new page), 2 = subsection, 3 = run-in caption.
    void heading(int level, const QString &text, bool newPage = false);
    void paragraph(const QString &text, bool muted = false, bool italic = false);
    // A line "Label: value" with the label in bold, kept on the page of the block above it
    // (an agency's response stays with its observation).
    void labelled(const QString &label, const QString &value);
    void bullet(const QString &text);
    // Rich text written by the witness; fonts are normalised to the document's.
    void html(const QString &html);
    // A ruled table with a shaded header row that repeats on every page. widths: percentages,
    // widened where a column's longest word would not fit (and taken from the roomier columns),
    // so that no word is broken in the middle. pointSize: of the cells, 0 for the usual one.
    // unbreakable: columns whose cells never wrap (identifiers that readers and pdftotext find whole).
    void table(const QStringList &headers, const QList<QStringList> &rows, const QList<int> &widths,
               const QList<int> &rightAligned = {}, qreal pointSize = 0, const QList<int> &unbreakable = {});
    // A two-column block of labels and values, without header; kept on one page when short.
    void keyValues(const QList<QPair<QString, QString>> &pairs, int labelPercent = 32);
    // An inline object (chart) of the given custom type, on its own centred line.
    void object(int objectType, const QSizeF &size);
    void spacer(qreal millimetres);
    // Lines kept together on one page (a signature block): a borderless one-cell table marked
    // with KeepTogetherProperty, which keepBlocksOnPages() (docpages.h) moves to the next page,
    // with the heading right above it, when it would be split.
    static constexpr int KeepTogetherProperty = QTextFormat::UserProperty + 3;
    static constexpr int KeepWithPreviousProperty = QTextFormat::UserProperty + 4; // on a block
    enum LineStyle { Plain, Strong, Muted, Gap };
    void keepTogether(const QList<QPair<QString, LineStyle>> &lines);

private:
    QTextCharFormat bodyChar() const;
    QTextBlockFormat bodyBlock() const;
    void newBlock(const QTextBlockFormat &bf, const QTextCharFormat &cf);
    // What each column needs (percentages of the text width): its longest word, or its widest
    // cell when unbreakable.
    static QList<qreal> columnNeeds(const QStringList &headers, const QList<QStringList> &rows, int columns,
                                    qreal pointSize, const QList<int> &unbreakable);
    // The widths (percentages of the text width) after widening too narrow columns.
    static QList<qreal> fitWidths(const QList<int> &widths, const QList<qreal> &need);
    void tablePart(const QStringList &headers, const QList<QStringList> &rows, const QList<qreal> &widths,
                   const QList<int> &rightAligned, qreal pointSize, const QList<int> &unbreakable, bool first,
                   bool last);

    QTextDocument &m_doc;
    QTextCursor m_cursor;
    qreal m_dpi;
    bool m_first = true;
};

} // namespace Testigo::Render
