// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Bilingual data files (templates, legal rules) ship inside the binary but can be replaced without
// recompiling: a file at <AppDataLocation>/<folder>/<name>.json wins over ":/<folder>/<name>.json".

#include <QJsonObject>
#include <QString>

namespace Testigo {

struct Bilingual
{
    QString es;
    QString en;
    // English when lang starts with "en", Spanish otherwise (Spanish is the law's language).
    QString text(const QString &lang) const { return lang.startsWith(QLatin1String("en")) ? en : es; }
    bool isComplete() const { return !es.trimmed().isEmpty() && !en.trimmed().isEmpty(); }
    static Bilingual fromJson(const QJsonObject &o, const QString &esKey = QStringLiteral("es"),
                              const QString &enKey = QStringLiteral("en"));
};

namespace DataFile {
// Where <folder>/<name>.json is read from: the user's replacement when it exists, else the resource.
QString locate(const QString &folder, const QString &name);
// Reads a JSON object; on failure returns an empty object and sets *error (translated).
QJsonObject read(const QString &path, QString *error = nullptr);
} // namespace DataFile

} // namespace Testigo
