// SPDX-License-Identifier: GPL-3.0-or-later
// merge TARGET SOURCE...: brings witnesses' case files into an editor's (core/merge).
#include "cli/cli.h"
#include "cli/queries.h"
#include "merge/merger.h"
#include "store/casefile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace Testigo::Cli {

namespace {

// A source is only read; one in an older format is upgraded in a temporary copy, never in place.
std::unique_ptr<CaseFile> openSource(const QString &path, QTemporaryDir &scratch, QString *message)
{
    auto r = CaseFile::open(path, true);
    if (r.file)
        return std::move(r.file);
    if (r.error == OpenError::CannotWrite && scratch.isValid()) {
        const QString copy = scratch.filePath(QFileInfo(path).fileName());
        if (QFile::copy(path, copy)) {
            auto c = CaseFile::open(copy, false);
            if (c.file)
                return std::move(c.file);
        }
    }
    *message = r.message;
    return nullptr;
}

void printSummary(const Merge::SourceSummary &s, Io io)
{
    if (!s.changed()) {
        io.out << QCoreApplication::translate("Cli", "%1: nothing new.").arg(s.sourcePath) << '\n';
        return;
    }
    io.out << QCoreApplication::translate("Cli",
        "%1: %2 new rows, %3 taken from the source, %4 merged, %5 conflicts, "
        "%6 evidence files, %7 audit entries kept.")
                  .arg(s.sourcePath)
                  .arg(s.inserted)
                  .arg(s.taken)
                  .arg(s.merged)
                  .arg(s.conflicts)
                  .arg(s.blobs)
                  .arg(s.auditEntries)
           << '\n';
}

// Every source verifies (or is accepted, and says why) and has no open conflicts of its own.
int checkSources(const QList<const CaseFile *> &sources, bool accept, QStringList *reasons, Io io)
{
    for (const CaseFile *s : sources) {
        if (const qint64 open = s->openConflictCount(); open > 0)
            return error(io,
                QCoreApplication::translate("Cli",
                    "“%1” has %n open conflict(s); decide them in that file before merging it into another. "
                    "Nothing was merged.",
                    nullptr, int(open))
                    .arg(s->path()));
        const VerifyResult v = s->verify();
        reasons->append(v.ok() ? QString() : v.problems.value(0).message);
        if (v.ok())
            continue;
        if (!accept) {
            io.err << QCoreApplication::translate("Cli",
                "“%1” failed verification: %2 Nothing was merged; the target was not changed. "
                "To merge it anyway (the target's log records it), add --accept-unverified.")
                          .arg(s->path(), reasons->last())
                   << '\n';
            return VerifyFailed;
        }
        io.err << QCoreApplication::translate(
            "Cli", "Warning: “%1” failed verification (%2); merged as you asked, and recorded in the target.")
                      .arg(s->path(), reasons->last())
               << '\n';
    }
    return Ok;
}

} // namespace

int cmdMerge(const Args &a, Io io)
{
    if (a.positional.size() < 2)
        return usageError(io,
            QCoreApplication::translate("Cli", "merge needs a TARGET file and at least one SOURCE file."));
    const QString targetPath = a.positional.first();
    const QString targetCanonical = QFileInfo(targetPath).canonicalFilePath();
    QTemporaryDir scratch;
    std::vector<std::unique_ptr<CaseFile>> sources;
    QList<const CaseFile *> sourceList;
    // Every source must open and verify before the target is touched.
    for (const QString &path : a.positional.mid(1)) {
        if (!targetCanonical.isEmpty() && QFileInfo(path).canonicalFilePath() == targetCanonical)
            return error(io, QCoreApplication::translate("Cli", "“%1” is the target itself.").arg(path));
        QString message;
        auto s = openSource(path, scratch, &message);
        if (!s)
            return error(io, message);
        sourceList.append(s.get());
        sources.push_back(std::move(s));
    }
    QStringList reasons;
    if (const int rc = checkSources(sourceList, a.has(QStringLiteral("accept-unverified")), &reasons, io);
        rc != Ok)
        return rc;
    {
        // Looked at read-only first: a damaged target, or one the sources bring nothing to, keeps every byte.
        auto peek = openOrReport(targetPath, io, true);
        if (!peek)
            return Error;
        if (!peek->integrityOk())
            return error(io,
                QCoreApplication::translate("Cli",
                    "“%1” is damaged (SQLite's integrity check fails); nothing was merged and it was not "
                    "changed.")
                    .arg(targetPath));
        bool nothing = true;
        for (const CaseFile *s : sourceList)
            nothing = nothing && Merge::bringsNothing(*peek, *s);
        if (nothing) {
            for (const CaseFile *s : sourceList)
                io.out << QCoreApplication::translate("Cli", "%1: nothing new.").arg(s->path()) << '\n';
            return peek->openConflictCount() > 0 ? Conflicts : Ok;
        }
    }
    auto target = openOrReport(targetPath, io, false);
    if (!target)
        return Error;
    if (target->isReadOnly())
        return error(
            io, QCoreApplication::translate("Cli", "“%1” is read-only; nothing was merged.").arg(targetPath));

    for (int i = 0; i < sourceList.size(); ++i) {
        Merge::Options options;
        options.sourceVerified = true;
        options.acceptUnverified = !reasons[i].isEmpty();
        options.unverifiedReason = reasons[i];
        QString why;
        const Merge::SourceSummary s = Merge::mergeFrom(*target, *sourceList[i], &why, options);
        if (!why.isEmpty()) // a failed source prints no counts: nothing of it was written
            return error(io, why);
        printSummary(s, io);
    }
    if (const qint64 open = target->openConflictCount(); open > 0) {
        io.out << QCoreApplication::translate("Cli",
            "%n conflict(s) await a decision in the target (open it in Testigo: Merge).", nullptr, int(open))
               << '\n';
        return Conflicts;
    }
    return Ok;
}

} // namespace Testigo::Cli
