// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A grouped bar chart of money amounts, painted with QPainter primitives so that a PDF gets
// vectors (QPdfWriter would store a raster as JPEG). It sits in a QTextDocument as an inline
// object, so it flows and paginates with the text around it.

#include <QColor>
#include <QObject>
#include <QStringList>
#include <QTextObjectInterface>
#include <optional>

namespace Testigo {
class DocLanguage;
}

namespace Testigo::Render {

struct BarSeries
{
    QString name;
    QColor color;
    QList<std::optional<qint64>> cents; // one per category; nullopt draws no bar
};

struct BarChartData
{
    QString title;
    QString unitNote; // "Amounts in MXN", under the title
    QStringList categories;
    QList<BarSeries> series;
    QString noDataText; // shown instead of bars when no amount is known
};

void paintBarChart(QPainter &painter, const QRectF &rect, const BarChartData &data, const DocLanguage &lang);

// The QTextDocument handler; its size comes from the object's format (DocBuilder::object).
class BarChartObject final : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
    Q_DISABLE_COPY_MOVE(BarChartObject)

public:
    static constexpr int Type = QTextFormat::UserObject + 1;

    BarChartObject(BarChartData data, const DocLanguage &lang, QObject *parent);
    QSizeF intrinsicSize(QTextDocument *doc, int pos, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *doc, int pos,
                    const QTextFormat &format) override;

private:
    BarChartData m_data;
    const DocLanguage &m_lang;
};

} // namespace Testigo::Render
