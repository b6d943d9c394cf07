// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/barchart.h"
#include "domain/doclanguage.h"
#include "render/docbuilder.h"

#include <QFontMetricsF>
#include <QPainter>
#include <algorithm>

namespace Testigo::Render {

namespace {
// A round step (1, 2 or 5 times a power of ten) giving about four intervals up to max.
qint64 niceStep(qint64 max)
{
    qint64 raw = std::max<qint64>(1, max / 4);
    qint64 power = 1;
    while (power * 10 <= raw)
        power *= 10;
    for (qint64 m : {1, 2, 5, 10})
        if (m * power >= raw)
            return m * power;
    return power * 10;
}

// Axis labels in currency units, shortened to thousands or millions with one decimal.
QString axisLabel(qint64 units, const DocLanguage &lang)
{
    const QLocale &loc = lang.locale();
    auto scaled = [&](qint64 div, const QString &suffix) {
        const qint64 tenths = (units * 10 + div / 2) / div;
        const QString whole = loc.toString(tenths / 10);
        return tenths % 10 ? QStringLiteral("%1%2%3 %4").arg(whole, loc.decimalPoint()).arg(tenths % 10).arg(suffix)
                           : QStringLiteral("%1 %2").arg(whole, suffix);
    };
    if (units >= 1000000)
        return scaled(1000000, lang.isSpanish() ? QStringLiteral("M") : QStringLiteral("M"));
    if (units >= 10000)
        return scaled(1000, lang.isSpanish() ? QStringLiteral("mil") : QStringLiteral("k"));
    return loc.toString(units);
}
// The series' names, each after its colour, right-aligned from x on the line at y.
void paintLegend(QPainter &p, const BarChartData &data, const QFontMetricsF &fm, qreal x, qreal y, qreal unit)
{
    for (int s = int(data.series.size()) - 1; s >= 0; --s) {
        const qreal w = fm.horizontalAdvance(data.series[s].name);
        x -= w;
        p.setPen(Qt::black);
        p.drawText(QPointF(x, y + fm.ascent()), data.series[s].name);
        x -= fm.height() * 1.1;
        p.fillRect(QRectF(x, y + fm.ascent() - fm.height() * 0.75, fm.height() * 0.8, fm.height() * 0.8),
            data.series[s].color);
        x -= 4 * unit;
    }
}

// The horizontal grid lines and their amounts, left of the plot.
void paintAxis(QPainter &p, const QRectF &rect, const QRectF &plot, qint64 step, qint64 axisMax,
    const QFontMetricsF &fm, qreal unit, const DocLanguage &lang)
{
    for (qint64 v = 0; v <= axisMax; v += step) {
        const qreal y = plot.bottom() - plot.height() * qreal(v) / qreal(axisMax);
        p.setPen(QPen(v == 0 ? DocStyle::rule() : DocStyle::rule().lighter(125), unit * 0.2));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(DocStyle::muted());
        p.drawText(QRectF(rect.left(), y - fm.height() / 2, plot.left() - rect.left() - unit, fm.height()),
            Qt::AlignRight | Qt::AlignVCenter, axisLabel(v, lang));
    }
}

// One group of bars per category, its name elided under it.
void paintBars(QPainter &p, const QRectF &plot, const BarChartData &data, qint64 axisMax,
    const QFontMetricsF &fm, qreal unit)
{
    const int groups = int(data.categories.size());
    const int bars = std::max<int>(1, int(data.series.size()));
    const qreal groupWidth = plot.width() / groups;
    const qreal barWidth = std::min(groupWidth * 0.75 / bars, 14 * unit);
    for (int g = 0; g < groups; ++g) {
        const qreal cx = plot.left() + groupWidth * (g + 0.5);
        qreal x = cx - barWidth * bars / 2;
        for (const auto &s : data.series) {
            const auto v = s.cents.value(g);
            if (v && *v > 0) {
                const qreal h = plot.height() * (qreal(*v) / 100.0) / qreal(axisMax);
                p.fillRect(QRectF(x, plot.bottom() - h, barWidth * 0.92, h), s.color);
            }
            x += barWidth;
        }
        p.setPen(Qt::black);
        const QString label = fm.elidedText(data.categories[g], Qt::ElideRight, groupWidth - unit);
        p.drawText(QRectF(cx - groupWidth / 2, plot.bottom() + unit, groupWidth, fm.height() * 2),
            Qt::AlignHCenter | Qt::AlignTop, label);
    }
}

} // namespace

void paintBarChart(QPainter &p, const QRectF &rect, const BarChartData &data, const DocLanguage &lang)
{
    p.save();
    const qreal unit = rect.width() / 160.0; // roughly a millimetre for a 160 mm wide chart
    QFont font(DocStyle::fontFamily());
    font.setPointSizeF(7.5);
    QFont titleFont = font;
    titleFont.setPointSizeF(9);
    titleFont.setBold(true);
    p.setFont(titleFont);
    const QFontMetricsF tfm(titleFont, p.device());
    p.setPen(DocStyle::accent());
    p.drawText(QRectF(rect.left(), rect.top(), rect.width(), tfm.height()), Qt::AlignLeft, data.title);
    p.setFont(font);
    const QFontMetricsF fm(font, p.device());
    p.setPen(DocStyle::muted());
    p.drawText(QRectF(rect.left(), rect.top() + tfm.height(), rect.width(), fm.height()), Qt::AlignLeft, data.unitNote);
    paintLegend(p, data, fm, rect.right(), rect.top() + tfm.height(), unit); // under the title

    qint64 max = 0;
    for (const auto &s : data.series)
        for (const auto &v : s.cents)
            if (v)
                max = std::max(max, *v);
    const qint64 maxUnits = (max + 99) / 100;
    const qint64 step = niceStep(maxUnits);
    const qint64 axisMax = max > 0 ? ((maxUnits + step - 1) / step) * step : 0;
    // The axis labels take the room their widest one needs: a large amount is never cut.
    qreal labels = fm.horizontalAdvance(QStringLiteral("000.0 mil"));
    for (qint64 v = step; max > 0 && v <= axisMax; v += step)
        labels = std::max(labels, fm.horizontalAdvance(axisLabel(v, lang)));
    const qreal top = rect.top() + tfm.height() + fm.height() * 2;
    const qreal bottom = rect.bottom() - fm.height() * 2.4;
    const qreal left = rect.left() + labels + 2 * unit;
    const QRectF plot(QPointF(left, top), QPointF(rect.right(), bottom));
    p.setPen(QPen(DocStyle::rule(), unit * 0.25));
    p.drawRect(plot);
    if (max <= 0 || data.categories.isEmpty()) {
        p.setPen(DocStyle::muted());
        p.drawText(plot, Qt::AlignCenter, data.noDataText);
    } else {
        paintAxis(p, rect, plot, step, axisMax, fm, unit, lang);
        paintBars(p, plot, data, axisMax, fm, unit);
    }
    p.restore();
}

BarChartObject::BarChartObject(BarChartData data, const DocLanguage &lang, QObject *parent)
    : QObject(parent), m_data(std::move(data)), m_lang(lang)
{
}

QSizeF BarChartObject::intrinsicSize(QTextDocument *, int, const QTextFormat &format)
{
    return QSizeF(format.doubleProperty(QTextFormat::UserProperty + 1),
                  format.doubleProperty(QTextFormat::UserProperty + 2));
}

void BarChartObject::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int, const QTextFormat &)
{
    paintBarChart(*painter, rect, m_data, m_lang);
}

} // namespace Testigo::Render
