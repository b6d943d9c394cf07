// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboard/chartadapter.h"

#include "common/uiformat.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QHorizontalBarSeries>
#include <QLocale>
#include <QRegularExpression>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>
#include <algorithm>

namespace Testigo::Ui {

using T = ChartText;

namespace {

// Axis values in currency units (double is fine for drawing; the exact figure is in the tooltip).
double units(qint64 cents)
{
    return double(cents) / 100.0;
}

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setVisible(false);
    chart->setMargins(QMargins(4, 4, 4, 4));
    QFont f = chart->titleFont();
    f.setBold(true);
    chart->setTitleFont(f);
    return chart;
}

QValueAxis *valueAxis(const QString &title, double min, double max)
{
    auto *axis = new QValueAxis;
    axis->setTitleText(title);
    axis->setRange(min, max);
    axis->applyNiceNumbers();
    axis->setLabelFormat(QStringLiteral("%.0f"));
    // Whole-number labels: never more ticks than whole numbers in the range ("0 1", not "0 0 0 1 1 1").
    const int span = int(axis->max() - axis->min() + 0.5);
    if (span < axis->tickCount() - 1)
        axis->setTickCount(std::max(2, span + 1));
    return axis;
}

void showTip(const QString &text)
{
    QToolTip::showText(QCursor::pos(), text);
}

// A category label on at most two lines of about `width` characters, broken between words (Qt
// Charts would otherwise cut it with "..." to the bar's width). Longer names end in "…"; the bar's
// tooltip gives them whole. Axis labels are rich text: escaped, lines joined by <br>.
QString categoryLabel(const QString &label, int width)
{
    const QStringList words = label.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList lines {QString()};
    for (const QString &word : words) {
        QString &line = lines.last();
        if (line.isEmpty() || line.size() + 1 + word.size() <= width)
            line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
        else
            lines << word;
    }
    bool elided = false;
    for (QString &line : lines)
        if (line.size() > width + 2) { // one long word: cut it
            line = line.left(width) + QChar(0x2026);
            elided = true;
        }
    if (lines.size() > 2) {
        lines = lines.mid(0, 2);
        if (!elided)
            lines.last() += QChar(0x2026);
    }
    for (QString &line : lines)
        line = line.toHtmlEscaped();
    return lines.join(QStringLiteral("<br>"));
}

TableCell moneyCell(qint64 cents, const QString &currency)
{
    return TableCell {formatMoney(cents, currency), units(cents), 2};
}

TableCell percentCell(const std::optional<qint64> &bp)
{
    if (!bp)
        return TableCell {QString(), std::nullopt, 0};
    return TableCell {formatPercent(*bp), double(*bp) / 100.0, 2};
}

TableCell intCell(int v)
{
    return TableCell {QLocale().toString(v), double(v), 0};
}

} // namespace

QChart *savingsBarChart(const QList<CategoryTotal> &categories, const QString &title, const QString &currency)
{
    QChart *chart = newChart(title);
    // Years read left to right under columns; names (agencies, sectors, types) read whole beside
    // horizontal bars, the first at the top.
    static const QRegularExpression year(QStringLiteral("^\\d{4}$"));
    // A long run of years also reads better as rows: upright years under narrow columns would be
    // cut to "..." in a 1024-pixel window.
    const bool years = categories.size() <= 16
        && std::all_of(categories.cbegin(), categories.cend(),
            [](const CategoryTotal &c) { return year.match(c.label).hasMatch(); });
    QList<CategoryTotal> data = categories;
    if (!years)
        std::reverse(data.begin(), data.end()); // horizontal bars are drawn from the bottom up
    auto *set = new QBarSet(T::tr("Savings"));
    QStringList labels;
    double lo = 0, hi = 0;
    // Large portfolios read better in millions; the exact amount stays in the tooltip.
    qint64 maxAbs = 0;
    for (const auto &c : data)
        maxAbs = qMax(maxAbs, qAbs(c.savingsCents));
    const bool millions = maxAbs >= 1000000000; // 10 million units
    for (const auto &c : data) {
        const double v = units(c.savingsCents) / (millions ? 1e6 : 1.0);
        *set << v;
        QString label = years ? c.label : categoryLabel(c.label, 28);
        while (labels.contains(label)) // the axis needs distinct categories
            label += QChar(0x200b);
        labels << label;
        lo = qMin(lo, v);
        hi = qMax(hi, v);
    }
    QAbstractBarSeries *series = years ? static_cast<QAbstractBarSeries *>(new QBarSeries)
                                       : static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries);
    series->append(set);
    chart->addSeries(series);
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(labels);
    if (years && labels.size() > 6) // turned upright, a year needs only a line's height of width
        categoryAxis->setLabelsAngle(-90);
    // The chart's title says "Savings": the axis gives only the unit, which fits its length.
    auto *amounts
        = valueAxis(millions ? T::tr("Millions of %1").arg(currency) : currency, lo, hi > lo ? hi : lo + 1);
    chart->addAxis(categoryAxis, years ? Qt::AlignBottom : Qt::AlignLeft);
    chart->addAxis(amounts, years ? Qt::AlignLeft : Qt::AlignBottom);
    series->attachAxis(categoryAxis);
    series->attachAxis(amounts);
    QObject::connect(set, &QBarSet::hovered, chart, [data, currency](bool status, int index) {
        if (!status || index < 0 || index >= data.size())
            return QToolTip::hideText();
        const CategoryTotal &c = data[index];
        showTip(T::tr("%1\nSavings: %2\nSavings %: %3\nProcedures: %4")
                    .arg(c.label, formatMoney(c.savingsCents, currency),
                        c.savingsPercentBp ? formatPercent(*c.savingsPercentBp) : T::tr("n/a"),
                        QLocale().toString(c.procedures)));
    });
    return chart;
}

QChart *biddersScatterChart(const QList<ScatterPoint> &points, const QString &title)
{
    QChart *chart = newChart(title);
    auto *series = new QScatterSeries;
    series->setName(T::tr("Procedures"));
    series->setMarkerSize(11);
    double maxX = 1, minY = 0, maxY = 1;
    for (const auto &p : points) {
        series->append(p.bidders, double(p.savingsPercentBp) / 100.0);
        maxX = qMax(maxX, double(p.bidders));
        minY = qMin(minY, double(p.savingsPercentBp) / 100.0);
        maxY = qMax(maxY, double(p.savingsPercentBp) / 100.0);
    }
    chart->addSeries(series);
    auto *x = valueAxis(T::tr("Bidders"), 0, maxX + 1);
    x->setTickType(QValueAxis::TicksDynamic);
    x->setTickInterval(1);
    x->setTickAnchor(0);
    auto *y = valueAxis(T::tr("Savings %"), minY, maxY);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    const QList<ScatterPoint> data = points;
    QObject::connect(series, &QScatterSeries::hovered, chart, [data](const QPointF &pt, bool state) {
        if (!state)
            return QToolTip::hideText();
        for (const auto &p : data)
            if (p.bidders == qRound(pt.x()) && qAbs(double(p.savingsPercentBp) / 100.0 - pt.y()) < 0.005) {
                showTip(T::tr("%1\nBidders: %2\nSavings %: %3")
                            .arg(p.label, QLocale().toString(p.bidders), formatPercent(p.savingsPercentBp)));
                return;
            }
    });
    return chart;
}

QChart *histogramChart(const QList<HistogramBin> &bins, const QString &title)
{
    QChart *chart = newChart(title);
    // Horizontal bars: a range such as "20–30 %" reads whole beside its bar at any window width.
    // They are drawn from the bottom up, so the lowest range goes last to stand at the top.
    QList<HistogramBin> data = bins;
    std::reverse(data.begin(), data.end());
    auto *set = new QBarSet(T::tr("Procedures"));
    QStringList labels;
    int hi = 1;
    for (const auto &b : data) {
        *set << b.count;
        labels << b.label;
        hi = qMax(hi, b.count);
    }
    auto *series = new QHorizontalBarSeries;
    series->setBarWidth(0.8);
    series->append(set);
    chart->addSeries(series);
    auto *ranges = new QBarCategoryAxis;
    ranges->append(labels);
    ranges->setTitleText(T::tr("Savings %"));
    chart->addAxis(ranges, Qt::AlignLeft);
    series->attachAxis(ranges);
    auto *counts = valueAxis(T::tr("Procedures"), 0, hi);
    counts->setTickType(QValueAxis::TicksDynamic);
    counts->setTickInterval(hi > 10 ? 5 : 1);
    chart->addAxis(counts, Qt::AlignBottom);
    series->attachAxis(counts);
    QObject::connect(set, &QBarSet::hovered, chart, [data](bool status, int index) {
        if (!status || index < 0 || index >= data.size())
            return QToolTip::hideText();
        showTip(T::tr("Savings %1: %n procedure(s)", nullptr, data[index].count).arg(data[index].label));
    });
    return chart;
}

QChart *lotsChart(const QList<LotMetrics> &lots, const QString &currency, const QString &title)
{
    QChart *chart = newChart(title);
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto *reference = new QBarSet(T::tr("Reference"));
    auto *mean = new QBarSet(T::tr("Mean valid bid"));
    auto *awarded = new QBarSet(T::tr("Awarded"));
    QStringList labels;
    double hi = 1;
    for (const auto &l : lots) {
        const double r = l.reference ? units(l.reference->cents()) : 0;
        const double m = l.meanValidBid ? units(l.meanValidBid->cents()) : 0;
        const double a = l.awarded ? units(l.awarded->cents()) : 0;
        *reference << r;
        *mean << m;
        *awarded << a;
        hi = qMax(hi, qMax(r, qMax(m, a)));
        labels << T::tr("Lot %1").arg(l.number);
    }
    // Millions when the amounts are large (the exact figures are in the tooltip and the table).
    const bool millions = hi >= 1e7;
    if (millions) {
        for (QBarSet *s : {reference, mean, awarded})
            for (int i = 0; i < s->count(); ++i)
                s->replace(i, s->at(i) / 1e6);
        hi /= 1e6;
    }
    auto *series = new QBarSeries;
    series->append({reference, mean, awarded});
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(labels);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = valueAxis(millions ? T::tr("Millions of %1").arg(currency) : currency, 0, hi);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    const QList<LotMetrics> data = lots;
    QObject::connect(
        series, &QBarSeries::hovered, chart, [data, currency](bool status, int index, QBarSet *set) {
            if (!status || index < 0 || index >= data.size())
                return QToolTip::hideText();
            const LotMetrics &l = data[index];
            auto fmt = [&](const std::optional<Money> &m) {
                return m ? formatMoney(m->cents(), currency) : T::tr("n/a");
            };
            showTip(T::tr("Lot %1 (%2)\nReference: %3\nMean valid bid: %4\nAwarded: %5\nSavings %: %6")
                        .arg(QString::number(l.number), set->label(), fmt(l.reference), fmt(l.meanValidBid),
                            fmt(l.awarded),
                            l.savingsPercentBp ? formatPercent(*l.savingsPercentBp) : T::tr("n/a")));
        });
    return chart;
}

TableData categoryTable(const QList<CategoryTotal> &categories, const QString &title,
    const QString &firstColumn, const QString &currency)
{
    TableData t;
    t.title = title;
    t.header = {firstColumn, T::tr("Procedures"), T::tr("Savings (%1)").arg(currency),
        T::tr("Reference of awarded lots (%1)").arg(currency), T::tr("Savings %")};
    for (const auto &c : categories)
        t.rows.append(
            {TableCell {c.label, std::nullopt, 0}, intCell(c.procedures), moneyCell(c.savingsCents, currency),
                moneyCell(c.baseCents, currency), percentCell(c.savingsPercentBp)});
    return t;
}

TableData scatterTable(const QList<ScatterPoint> &points, const QString &title)
{
    TableData t;
    t.title = title;
    t.header = {T::tr("Procedure"), T::tr("Bidders"), T::tr("Savings %")};
    for (const auto &p : points)
        t.rows.append(
            {TableCell {p.label, std::nullopt, 0}, intCell(p.bidders), percentCell(p.savingsPercentBp)});
    return t;
}

TableData histogramTable(const QList<HistogramBin> &bins, const QString &title)
{
    TableData t;
    t.title = title;
    t.header = {T::tr("Savings %"), T::tr("Procedures")};
    for (const auto &b : bins)
        t.rows.append({TableCell {b.label, std::nullopt, 0}, intCell(b.count)});
    return t;
}

TableData lotsTable(const QList<LotMetrics> &lots, const QString &currency, const QString &title)
{
    TableData t;
    t.title = title;
    t.header = {T::tr("Lot"), T::tr("Description"), T::tr("Budget"), T::tr("Reference"),
        T::tr("Mean valid bid"), T::tr("Lowest valid bid"), T::tr("Awarded"), T::tr("Savings"),
        T::tr("Savings %"), T::tr("Winner gap %"), T::tr("Bidders"), T::tr("Valid bids"),
        T::tr("Rejected bids"), T::tr("Unacceptable price"), T::tr("Notes")};
    auto m = [&](const std::optional<Money> &v) {
        return v ? moneyCell(v->cents(), currency) : TableCell {QString(), std::nullopt, 0};
    };
    for (const auto &l : lots)
        t.rows.append({intCell(l.number), TableCell {l.description, std::nullopt, 0}, m(l.budget),
            m(l.reference), m(l.meanValidBid), m(l.lowestValidBid), m(l.awarded), m(l.savingsVsReference),
            percentCell(l.savingsPercentBp), percentCell(l.winnerGapBp), intCell(l.bidders),
            intCell(l.validBids), intCell(l.rejectedBids), intCell(int(l.unacceptableBidIds.size())),
            TableCell {metricNoteTexts(l.notes).join(QStringLiteral("; ")), std::nullopt, 0}});
    return t;
}

int chartPointCount(const QChart *chart)
{
    int n = 0;
    for (QAbstractSeries *s : chart->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(s)) {
            for (QBarSet *set : bars->barSets())
                for (int i = 0; i < set->count(); ++i)
                    n += set->at(i) != 0 ? 1 : 0;
        } else if (auto *xy = qobject_cast<QXYSeries *>(s)) {
            n += int(xy->count());
        }
    }
    return n;
}

} // namespace Testigo::Ui
