// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The report's live figures and tables. A chapter body holds a placeholder
//   <img src="figure:savings_by_year?caption=Ahorro%20por%20a%C3%B1o" />
// that the editor shows as a preview and the assembly replaces with the figure drawn from the
// data of that moment (vectors: QPainter primitives), numbered, captioned and with a note on its
// methodology at the end of the report.

#include "render/reportdata.h"

#include <QImage>
#include <QObject>
#include <QTextObjectInterface>

namespace Testigo {
class DocLanguage;
}

namespace Testigo::Render {

struct FigureKind
{
    const char *key;
    bool isTable;
    const char *title;  // QT_TRANSLATE_NOOP("Report", ...)
    const char *method; // QT_TRANSLATE_NOOP("Report", ...)
};
const QList<FigureKind> &figureKinds();
const FigureKind *figureKind(const QString &key);
QString figureTitle(const QString &key, const DocLanguage &lang);
QString figureMethod(const QString &key, const DocLanguage &lang);

struct Placeholder
{
    qsizetype start = 0, length = 0; // the <img ...> tag in the HTML
    QString key, caption;
};
QList<Placeholder> findPlaceholders(const QString &html);
QString placeholderUrl(const QString &key, const QString &caption);
QString placeholderHtml(const QString &key, const QString &caption);
// Parses "figure:KEY?caption=..." (the image name QTextDocument keeps); false when it is not one.
bool parsePlaceholderUrl(const QString &url, QString *key, QString *caption);

// Paints a figure (not a table) into rect.
void paintFigure(QPainter &painter, const QRectF &rect, const QString &key, const ReportData &data,
                 const DocLanguage &lang);
// A preview for the editor: the figure, or for a table its first rows.
QImage figurePreview(const QString &key, const QString &caption, const ReportData &data, const DocLanguage &lang,
                     const QSize &size);

// The QTextDocument handler: which figure comes from the format's FigureKeyProperty.
class ReportFigureObject final : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
    Q_DISABLE_COPY_MOVE(ReportFigureObject)

public:
    static constexpr int Type = QTextFormat::UserObject + 20;
    static constexpr int FigureKeyProperty = QTextFormat::UserProperty + 20;
    static constexpr int WidthProperty = QTextFormat::UserProperty + 21;
    static constexpr int HeightProperty = QTextFormat::UserProperty + 22;

    ReportFigureObject(const ReportData &data, const DocLanguage &lang, QObject *parent);
    QSizeF intrinsicSize(QTextDocument *doc, int pos, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *doc, int pos,
                    const QTextFormat &format) override;

private:
    const ReportData &m_data;
    const DocLanguage &m_lang;
};

} // namespace Testigo::Render
