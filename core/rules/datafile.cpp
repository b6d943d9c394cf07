// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/datafile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QStandardPaths>

namespace Testigo {

namespace { } // namespace

Bilingual Bilingual::fromJson(const QJsonObject &o, const QString &esKey, const QString &enKey)
{
    return {o.value(esKey).toString(), o.value(enKey).toString()};
}

QString DataFile::locate(const QString &folder, const QString &name)
{
    const QString relative = folder + QLatin1Char('/') + name + QStringLiteral(".json");
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (!dir.isEmpty()) {
        const QString local = dir + QLatin1Char('/') + relative;
        if (QFileInfo::exists(local))
            return local;
    }
    return QStringLiteral(":/") + relative;
}

QJsonObject DataFile::read(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("DataFile", "Cannot read %1: %2").arg(path, f.errorString());
        return {};
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error)
            *error = QCoreApplication::translate("DataFile", "%1 is not a valid data file: %2 at offset %3")
                         .arg(path, pe.errorString())
                         .arg(pe.offset);
        return {};
    }
    if (error)
        error->clear();
    return doc.object();
}

} // namespace Testigo
