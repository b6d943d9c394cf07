// SPDX-License-Identifier: GPL-3.0-or-later
// import, export and flags: OCDS data in and out, and red flags as leads.
#include "cli/cli.h"
#include "cli/queries.h"
#include "ocds/exporter.h"
#include "ocds/importer.h"
#include "ocds/redflags.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>
#include <unistd.h>

namespace Testigo::Cli {

namespace {

// FILE opened read-only, with the procedure --process names or every procedure.
struct Selection
{
    std::unique_ptr<CaseFile> file;
    QList<Procedure> procedures;
};

// nullopt (already reported) when FILE does not open or --process names no procedure.
std::optional<Selection> openSelection(const Args &a, Io io)
{
    Selection s;
    s.file = openOrReport(a.positional.first(), io, true);
    if (!s.file)
        return std::nullopt;
    if (!a.has(QStringLiteral("process"))) {
        s.procedures = s.file->all<Procedure>();
        return s;
    }
    const auto p = findProcedure(*s.file, a.value(QStringLiteral("process")), io);
    if (!p)
        return std::nullopt;
    s.procedures = {*p};
    return s;
}

} // namespace

int cmdImport(const Args &a, Io io)
{
    if (a.positional.size() < 2)
        return usageError(
            io, QCoreApplication::translate("Cli", "import needs a case FILE and at least one OCDS-FILE."));
    const QStringList files = a.positional.mid(1);
    for (const QString &f : files)
        if (!QFile::exists(f))
            return error(io, QCoreApplication::translate("Cli", "“%1” does not exist.").arg(f));
    // The OCDS files are read through before the case file is even opened: a refused import leaves
    // it byte-for-byte as it was.
    Ocds::Importer importer;
    // Tests reach the bulk-write mode (above 64 MB) with small files through this variable.
    bool thresholdSet = false;
    const qint64 threshold = qEnvironmentVariable("TESTIGO_BULK_THRESHOLD").toLongLong(&thresholdSet);
    if (thresholdSet)
        importer.setBulkThreshold(threshold);
    QString problem;
    if (!importer.prepare(files, &problem))
        return error(io, problem);
    auto file = openOrReport(a.positional.first(), io, false);
    if (!file)
        return Error;
    // A portfolio import takes minutes: at a terminal, say how far it has got (stderr, one line).
    const bool terminal = isatty(fileno(stderr));
    int shown = -1;
    if (terminal)
        importer.setProgress([&](qint64 done, qint64 total) {
            const int percent = total > 0 ? int(done * 100 / total) : 0;
            if (percent != shown) {
                shown = percent;
                io.err << '\r'
                       << QCoreApplication::translate("Cli", "Importing OCDS data… %1 %").arg(percent);
                io.err.flush();
            }
            return true;
        });
    QList<Ocds::ImportReport> reports;
    const bool ok = importer.run(*file, &reports, &problem);
    if (terminal && shown >= 0) {
        io.err << '\n';
        io.err.flush();
    }
    if (!ok)
        return error(io, problem);
    for (const auto &r : reports)
        for (const QString &line : Ocds::Importer::describe(r))
            io.out << line << '\n';
    return Ok;
}

int cmdExport(const Args &a, Io io)
{
    if (a.positional.size() != 1 || !a.has(QStringLiteral("o")))
        return usageError(io, QCoreApplication::translate("Cli", "export needs one FILE and -o OUT.json."));
    const auto selected = openSelection(a, io);
    if (!selected)
        return Error;
    const CaseFile &file = *selected->file;
    const QList<Procedure> &procedures = selected->procedures;
    const QByteArray json = Ocds::exportReleasePackage(file, procedures);
    QString problem;
    if (!writeOutputFile(a.value(QStringLiteral("o")), json, &problem))
        return error(io, problem);
    io.out << QCoreApplication::translate("Cli",
        "Exported %n procedure(s) as an OCDS 1.1 release package to %1", nullptr, int(procedures.size()))
                  .arg(a.value(QStringLiteral("o")))
           << '\n';
    return Ok;
}

int cmdFlags(const Args &a, Io io)
{
    if (a.positional.size() != 1)
        return usageError(io, QCoreApplication::translate("Cli", "flags needs one FILE."));
    const auto selected = openSelection(a, io);
    if (!selected)
        return Error;
    const CaseFile &file = *selected->file;
    const QList<Procedure> &procedures = selected->procedures;
    const Ocds::FlagRules rules = Ocds::FlagRules::load();
    QJsonArray all;
    for (const Procedure &p : procedures) {
        const QList<Ocds::RedFlag> flags = Ocds::computeRedFlags(file, p, rules);
        if (a.has(QStringLiteral("json"))) {
            QJsonArray arr;
            for (const auto &f : flags)
                arr.append(Ocds::flagToJson(f));
            all.append(QJsonObject {{QStringLiteral("number"), p.number}, {QStringLiteral("ocid"), p.ocid},
                {QStringLiteral("flags"), arr}});
            continue;
        }
        io.out << p.number << '\n';
        if (flags.isEmpty())
            io.out << "  " << QCoreApplication::translate("Cli", "no red flags") << '\n';
        for (const auto &f : flags)
            io.out << "  [" << f.code << "] " << Ocds::flagTitle(f.code) << ": " << f.detail
                   << (f.decision.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(f.decision)) << '\n';
    }
    if (a.has(QStringLiteral("json")))
        io.out << QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Indented));
    return Ok;
}

} // namespace Testigo::Cli
