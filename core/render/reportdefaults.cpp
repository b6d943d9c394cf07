// SPDX-License-Identifier: GPL-3.0-or-later
// The default editorial plan: the three chapters the Analytical Review Report is built around,
// with starting text and live figures, so a file without a plan still assembles a real report.
// The texts are data (resources/templates/report_chapters.json), replaceable without recompiling.
#include "render/reportdata.h"
#include "render/reportfigures.h"
#include "rules/datafile.h"

#include <QJsonArray>

namespace Testigo::Render {

namespace {

// One body as HTML: paragraphs, headings and figure placeholders, in order.
QString bodyHtml(const QJsonArray &blocks)
{
    QString html;
    for (const QJsonValue &v : blocks) {
        const QJsonObject b = v.toObject();
        if (b.contains(QStringLiteral("paragraph")))
            html += QStringLiteral("<p>%1</p>").arg(b.value(QStringLiteral("paragraph")).toString());
        else if (b.contains(QStringLiteral("heading")))
            html += QStringLiteral("<h2>%1</h2>").arg(b.value(QStringLiteral("heading")).toString());
        else if (b.contains(QStringLiteral("figure")))
            html += placeholderHtml(
                b.value(QStringLiteral("figure")).toString(), b.value(QStringLiteral("caption")).toString());
    }
    return html;
}

QList<Chapter> chaptersOf(const QJsonObject &doc)
{
    QList<Chapter> out;
    for (const QJsonValue &v : doc.value(QStringLiteral("chapters")).toArray()) {
        const QJsonObject o = v.toObject();
        const Bilingual title = Bilingual::fromJson(o.value(QStringLiteral("title")).toObject());
        const QJsonObject body = o.value(QStringLiteral("body")).toObject();
        Chapter c;
        c.position = o.value(QStringLiteral("position")).toInt(int(out.size()) + 1);
        c.titleEs = title.es;
        c.titleEn = title.en;
        c.bodyEs = bodyHtml(body.value(QStringLiteral("es")).toArray());
        c.bodyEn = bodyHtml(body.value(QStringLiteral("en")).toArray());
        out << c;
    }
    return out;
}

} // namespace

QList<Chapter> defaultChapters()
{
    const QString name = QStringLiteral("report_chapters");
    const QString path = DataFile::locate(QStringLiteral("templates"), name);
    QList<Chapter> chapters = chaptersOf(DataFile::read(path));
    // A replacement that cannot be read or holds no chapter does not leave the report without a plan.
    const QString bundled = QStringLiteral(":/templates/") + name + QStringLiteral(".json");
    if (chapters.isEmpty() && path != bundled)
        chapters = chaptersOf(DataFile::read(bundled));
    return chapters;
}

} // namespace Testigo::Render
