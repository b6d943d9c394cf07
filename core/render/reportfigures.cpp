// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/reportfigures.h"

#include "domain/doclanguage.h"
#include "domain/money.h"
#include "render/barchart.h"
#include "render/docbuilder.h"
#include "render/doctext.h"

#include <QPainter>
#include <QRegularExpression>
#include <QTextDocument>
#include <QUrl>
#include <QUrlQuery>

namespace Testigo::Render {

namespace {

const QString kScheme = QStringLiteral("figure:");

QFont figureFont(qreal points, bool bold = false)
{
    QFont f(DocStyle::fontFamily());
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

void paintNoData(QPainter &p, const QRectF &r, const DocLanguage &lang)
{
    p.setPen(DocStyle::muted());
    p.setFont(figureFont(8.5));
    p.drawText(r, Qt::AlignCenter, reportText(lang, QT_TRANSLATE_NOOP("Report", "No data recorded yet.")));
}

// Horizontal bars of counts: labels on the left, the count at the end of each bar.
void paintCounts(QPainter &p, const QRectF &r, const CountSeries &s, const DocLanguage &lang)
{
    if (s.counts.isEmpty())
        return paintNoData(p, r, lang);
    p.setFont(figureFont(7.5));
    const QFontMetricsF fm(p.font(), p.device());
    qreal labelWidth = 0;
    for (const QString &l : s.labels)
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(l));
    labelWidth = std::min(labelWidth + fm.height() * 0.6, r.width() * 0.45);
    const int max = *std::max_element(s.counts.cbegin(), s.counts.cend());
    const qreal rowH = std::min(r.height() / s.counts.size(), fm.height() * 2.0);
    const qreal barArea = r.width() - labelWidth - fm.horizontalAdvance(QStringLiteral("0000"));
    for (int i = 0; i < s.counts.size(); ++i) {
        const qreal y = r.top() + i * rowH;
        p.setPen(Qt::black);
        p.drawText(QRectF(r.left(), y, labelWidth - fm.height() * 0.4, rowH),
            Qt::AlignRight | Qt::AlignVCenter,
            fm.elidedText(s.labels.value(i), Qt::ElideRight, labelWidth - fm.height() * 0.4));
        const qreal w = max > 0 ? barArea * s.counts[i] / max : 0;
        const QRectF bar(r.left() + labelWidth, y + rowH * 0.18, w, rowH * 0.64);
        p.fillRect(bar, DocStyle::accent());
        p.drawText(
            QRectF(bar.right() + fm.height() * 0.3, y, fm.horizontalAdvance(QStringLiteral("0000")), rowH),
            Qt::AlignLeft | Qt::AlignVCenter, lang.locale().toString(s.counts[i]));
    }
    p.setPen(QPen(DocStyle::rule(), 0));
    p.drawLine(QPointF(r.left() + labelWidth, r.top()),
        QPointF(r.left() + labelWidth, r.top() + rowH * s.counts.size()));
}

void paintHeatMap(QPainter &p, const QRectF &r, const HeatMap &h, const DocLanguage &lang)
{
    if (h.rows.isEmpty() || h.columns.isEmpty())
        return paintNoData(p, r, lang);
    p.setFont(figureFont(6.5));
    const QFontMetricsF fm(p.font(), p.device());
    const qreal labelW = fm.horizontalAdvance(QStringLiteral("MMMM"));
    qreal headerH = 0; // stage names stand upright above their column
    for (const QString &c : h.columns)
        headerH = std::max(headerH, fm.horizontalAdvance(c));
    headerH = std::min(headerH + fm.height() * 0.5, r.height() * 0.45);
    const qreal cellW = (r.width() - labelW) / h.columns.size();
    const qreal cellH = std::min((r.height() - headerH) / h.rows.size(), fm.height() * 1.8);
    int max = 1;
    for (const auto &line : h.cells)
        for (int v : line)
            max = std::max(max, v);
    for (int c = 0; c < h.columns.size(); ++c) {
        p.save();
        p.setPen(Qt::black);
        p.translate(r.left() + labelW + (c + 0.5) * cellW + fm.height() * 0.35,
            r.top() + headerH - fm.height() * 0.3);
        p.rotate(-90);
        p.drawText(QPointF(0, 0), fm.elidedText(h.columns[c], Qt::ElideRight, headerH - fm.height() * 0.3));
        p.restore();
    }
    const QColor hot = DocStyle::accent();
    for (int row = 0; row < h.rows.size(); ++row) {
        const qreal y = r.top() + headerH + row * cellH;
        p.setPen(Qt::black);
        p.drawText(QRectF(r.left(), y, labelW, cellH), Qt::AlignLeft | Qt::AlignVCenter, h.rows[row]);
        for (int c = 0; c < h.columns.size(); ++c) {
            const int v = h.cells.value(row).value(c);
            const qreal t = qreal(v) / max;
            const QColor fill = QColor::fromRgbF(
                1 - t * (1 - hot.redF()), 1 - t * (1 - hot.greenF()), 1 - t * (1 - hot.blueF()));
            const QRectF cell(r.left() + labelW + c * cellW, y, cellW, cellH);
            p.fillRect(cell, fill);
            p.setPen(QPen(DocStyle::rule(), 0));
            p.drawRect(cell);
            if (v > 0) {
                p.setPen(t > 0.5 ? Qt::white : Qt::black);
                p.drawText(cell, Qt::AlignCenter, lang.locale().toString(v));
            }
        }
    }
}

void paintSavings(QPainter &p, const QRectF &r, const ReportData &d, const DocLanguage &lang)
{
    BarChartData c;
    c.title = QString();
    c.unitNote = reportText(lang, QT_TRANSLATE_NOOP("Report", "Amounts in MXN"));
    c.noDataText = reportText(lang, QT_TRANSLATE_NOOP("Report", "No data recorded yet."));
    BarSeries s {reportText(lang, QT_TRANSLATE_NOOP("Report", "Savings")), QColor(0x2e, 0x8b, 0x57), {}};
    for (const auto &[year, cents] : d.savingsByYear) {
        c.categories << QString::number(year);
        s.cents << cents;
    }
    c.series = {s};
    paintBarChart(p, r, c, lang);
}

void paintTablePreview(QPainter &p, const QRectF &r, const ReportData &d, const DocLanguage &lang)
{
    p.setFont(figureFont(7));
    const QFontMetricsF fm(p.font(), p.device());
    const qreal rowH = fm.height() * 1.5;
    const QStringList headers {reportText(lang, QT_TRANSLATE_NOOP("Report", "Number")),
        reportText(lang, QT_TRANSLATE_NOOP("Report", "Agency")),
        reportText(lang, QT_TRANSLATE_NOOP("Report", "Year")),
        reportText(lang, QT_TRANSLATE_NOOP("Report", "Savings"))};
    const qreal colW = r.width() / headers.size();
    p.fillRect(QRectF(r.left(), r.top(), r.width(), rowH), DocStyle::headerFill());
    for (int c = 0; c < headers.size(); ++c)
        p.drawText(QRectF(r.left() + c * colW + 4, r.top(), colW - 8, rowH), Qt::AlignVCenter, headers[c]);
    const int rows = std::min<int>(int(d.procedures.size()), int(r.height() / rowH) - 1);
    for (int i = 0; i < rows; ++i) {
        const ReportProcedureRow &pr = d.procedures[i];
        const qreal y = r.top() + (i + 1) * rowH;
        const QStringList cells {pr.number, pr.agency,
            pr.year ? QString::number(pr.year) : QStringLiteral("—"),
            pr.savingsCents ? lang.money(Money(*pr.savingsCents, pr.currency)) : QStringLiteral("—")};
        for (int c = 0; c < cells.size(); ++c)
            p.drawText(QRectF(r.left() + c * colW + 4, y, colW - 8, rowH), Qt::AlignVCenter,
                fm.elidedText(cells[c], Qt::ElideRight, colW - 8));
        p.setPen(QPen(DocStyle::rule(), 0));
        p.drawLine(QPointF(r.left(), y), QPointF(r.right(), y));
        p.setPen(Qt::black);
    }
}

} // namespace

const QList<FigureKind> &figureKinds()
{
    static const QList<FigureKind> kinds {
        {"savings_by_year", false, QT_TRANSLATE_NOOP("Report", "Savings by year"),
            QT_TRANSLATE_NOOP("Report",
                "Savings are the reference price (median of the market research) minus the awarded amount, "
                "added per lot over the procedures awarded in each year; nominal pesos, foreign currencies "
                "at "
                "the FIX rate of the award date. Procedures without a reference price or award are left "
                "out.")},
        {"findings_by_category", false, QT_TRANSLATE_NOOP("Report", "Findings by category"),
            QT_TRANSLATE_NOOP("Report",
                "Count of the findings recorded by the social witnesses, by category of the catalogue "
                "(deleted findings excluded).")},
        {"findings_by_stage", false, QT_TRANSLATE_NOOP("Report", "Findings by stage"),
            QT_TRANSLATE_NOOP("Report",
                "Count of the findings by the procedure stage in which they were raised; findings without a "
                "stage are shown as “No stage”.")},
        {"findings_by_severity", false, QT_TRANSLATE_NOOP("Report", "Findings by severity"),
            QT_TRANSLATE_NOOP("Report", "Count of the findings by severity as assessed by the witness.")},
        {"clause_stage_heatmap", false, QT_TRANSLATE_NOOP("Report", "Findings by pact clause and stage"),
            QT_TRANSLATE_NOOP("Report",
                "Each cell counts the findings that cite the Integrity Pact clause (row) and were raised in "
                "the stage (column); darker cells hold more findings.")},
        {"procedures_table", true, QT_TRANSLATE_NOOP("Report", "Monitored procedures"),
            QT_TRANSLATE_NOOP("Report",
                "One row per monitored procedure: awarded amount and savings against the reference price as "
                "recorded in the case files; “—” when not known.")},
    };
    return kinds;
}

const FigureKind *figureKind(const QString &key)
{
    for (const FigureKind &k : figureKinds())
        if (QLatin1String(k.key) == key)
            return &k;
    return nullptr;
}

QString figureTitle(const QString &key, const DocLanguage &lang)
{
    const FigureKind *k = figureKind(key);
    return k ? reportText(lang, k->title) : key;
}

QString figureMethod(const QString &key, const DocLanguage &lang)
{
    const FigureKind *k = figureKind(key);
    return k ? reportText(lang, k->method) : QString();
}

QString placeholderUrl(const QString &key, const QString &caption)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("caption"), QString::fromLatin1(QUrl::toPercentEncoding(caption)));
    return kScheme + key + QLatin1Char('?') + q.toString(QUrl::FullyEncoded);
}

QString placeholderHtml(const QString &key, const QString &caption)
{
    return QStringLiteral("<img src=\"%1\" width=\"480\" height=\"200\" />")
        .arg(placeholderUrl(key, caption).toHtmlEscaped());
}

bool parsePlaceholderUrl(const QString &url, QString *key, QString *caption)
{
    if (!url.startsWith(kScheme))
        return false;
    const QString rest = url.mid(kScheme.size());
    const qsizetype q = rest.indexOf(QLatin1Char('?'));
    *key = q < 0 ? rest : rest.left(q);
    QString cap;
    if (q >= 0) {
        const QUrlQuery query(rest.mid(q + 1));
        cap = QUrl::fromPercentEncoding(
            query.queryItemValue(QStringLiteral("caption"), QUrl::FullyEncoded).toLatin1());
    }
    *caption = cap;
    return figureKind(*key) != nullptr;
}

QList<Placeholder> findPlaceholders(const QString &html)
{
    static const QRegularExpression re(QStringLiteral("<img[^>]*src=\"(figure:[^\"]*)\"[^>]*>"));
    QList<Placeholder> out;
    auto it = re.globalMatch(html);
    while (it.hasNext()) {
        const auto m = it.next();
        Placeholder p;
        p.start = m.capturedStart();
        p.length = m.capturedLength();
        QString url = m.captured(1);
        url.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
        if (parsePlaceholderUrl(url, &p.key, &p.caption))
            out.append(p);
    }
    return out;
}

void paintFigure(
    QPainter &painter, const QRectF &rect, const QString &key, const ReportData &d, const DocLanguage &lang)
{
    painter.save();
    if (key == QStringLiteral("savings_by_year"))
        paintSavings(painter, rect, d, lang);
    else if (key == QStringLiteral("findings_by_category"))
        paintCounts(painter, rect, d.findingsByCategory, lang);
    else if (key == QStringLiteral("findings_by_stage"))
        paintCounts(painter, rect, d.findingsByStage, lang);
    else if (key == QStringLiteral("findings_by_severity"))
        paintCounts(painter, rect, d.findingsBySeverity, lang);
    else if (key == QStringLiteral("clause_stage_heatmap"))
        paintHeatMap(painter, rect, d.clauseByStage, lang);
    else if (key == QStringLiteral("procedures_table"))
        paintTablePreview(painter, rect, d, lang);
    painter.restore();
}

QImage figurePreview(const QString &key, const QString &caption, const ReportData &data,
    const DocLanguage &lang, const QSize &size)
{
    QImage img(size, QImage::Format_ARGB32_Premultiplied);
    img.setDotsPerMeterX(3780); // 96 dpi
    img.setDotsPerMeterY(3780);
    img.fill(Qt::white);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(DocStyle::rule(), 1, Qt::DashLine));
    p.drawRect(QRectF(0.5, 0.5, size.width() - 1, size.height() - 1));
    p.setFont(figureFont(8, true));
    p.setPen(DocStyle::accent());
    const qreal top = QFontMetricsF(p.font(), &img).height() * 1.6;
    p.drawText(QRectF(8, 4, size.width() - 16, top), Qt::AlignLeft | Qt::AlignVCenter,
        caption.isEmpty() ? figureTitle(key, lang) : caption);
    paintFigure(p, QRectF(12, top + 4, size.width() - 24, size.height() - top - 12), key, data, lang);
    return img;
}

ReportFigureObject::ReportFigureObject(const ReportData &data, const DocLanguage &lang, QObject *parent)
    : QObject(parent)
    , m_data(data)
    , m_lang(lang)
{ }

QSizeF ReportFigureObject::intrinsicSize(QTextDocument *, int, const QTextFormat &format)
{
    return QSizeF(format.doubleProperty(WidthProperty), format.doubleProperty(HeightProperty));
}

void ReportFigureObject::drawObject(
    QPainter *painter, const QRectF &rect, QTextDocument *, int, const QTextFormat &format)
{
    paintFigure(*painter, rect, format.stringProperty(FigureKeyProperty), m_data, m_lang);
}

} // namespace Testigo::Render
