// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared by the OCDS tests: the real files in tests/data/ocds and their facts.

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

#include <stdexcept>

namespace Testigo::TestSupport {

// The repository carries its own copies (tests/data/ocds, see SOURCES.md there).
inline QString ocdsDataDir() { return QStringLiteral(TESTIGO_SOURCE_DIR "/tests/data/ocds"); }

// The path of one data file; a missing file is a test failure that names it, never an empty run.
inline QString ocdsDataFile(const QString &name)
{
    const QString path = ocdsDataDir() + QLatin1Char('/') + name;
    if (!QFile::exists(path))
        ADD_FAILURE() << "OCDS test data missing: " << path.toStdString();
    return path;
}

inline QJsonArray ocdsFacts()
{
    QFile f(ocdsDataFile(QStringLiteral("FACTS.json")));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QJsonArray facts =
        QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("processes")).toArray();
    if (facts.isEmpty())
        ADD_FAILURE() << "no processes listed in " << f.fileName().toStdString();
    return facts;
}

inline QStringList ocdsDataFiles()
{
    QStringList out;
    for (const QJsonValue &v : ocdsFacts())
        out << ocdsDataFile(v.toObject().value(QStringLiteral("file")).toString());
    if (out.isEmpty()) // the failure is already recorded; stop the test rather than index an empty list
        throw std::runtime_error("no OCDS data files: see tests/data/ocds/FACTS.json");
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
