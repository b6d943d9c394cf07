// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared by the OCDS tests: the real files in ../shared/data/ocds and their facts.

#include "ocds/importer.h"
#include "store/casefile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace Testigo::TestSupport {

inline QString ocdsDataDir() { return QStringLiteral(TESTIGO_SHARED_DIR "/data/ocds"); }

inline QJsonArray ocdsFacts()
{
    QFile f(ocdsDataDir() + QStringLiteral("/FACTS.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("processes")).toArray();
}

inline QStringList ocdsDataFiles()
{
    QStringList out;
    for (const QJsonValue &v : ocdsFacts())
        out << ocdsDataDir() + QLatin1Char('/') + v.toObject().value(QStringLiteral("file")).toString();
    return out;
}

inline QByteArray sha256Of(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256) : QByteArray();
}

inline bool writeText(const QString &path, const QByteArray &text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
}

inline bool importInto(CaseFile &file, const QStringList &paths, QList<Ocds::ImportReport> *reports = nullptr,
                       QString *error = nullptr)
{
    QList<Ocds::ImportReport> r;
    QString e;
    Ocds::Importer importer;
    const bool ok = importer.importFiles(file, paths, &r, &e);
    if (reports)
        *reports = r;
    if (error)
        *error = e;
    return ok;
}

} // namespace Testigo::TestSupport
