// SPDX-License-Identifier: GPL-3.0-or-later
// merge TARGET SOURCE...: brings witnesses' case files into an editor's (core/merge).
#include "cli/cli.h"
#include "cli/queries.h"
#include "merge/merger.h"

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

} // namespace

int cmdMerge(const Args &a, Io io)
{
    if (a.positional.size() < 2)
        return usageError(io, Tr::tr("merge needs a TARGET file and at least one SOURCE file."));
    const QString targetPath = a.positional.first();
    const QString targetCanonical = QFileInfo(targetPath).canonicalFilePath();
    QTemporaryDir scratch;
    std::vector<std::unique_ptr<CaseFile>> sources;
    QList<const CaseFile *> sourceList;
    // Every source must open before the target is touched.
    for (const QString &path : a.positional.mid(1)) {
        if (!targetCanonical.isEmpty() && QFileInfo(path).canonicalFilePath() == targetCanonical)
            return error(io, Tr::tr("“%1” is the target itself.").arg(path));
        QString message;
        auto s = openSource(path, scratch, &message);
        if (!s)
            return error(io, message);
        sourceList.append(s.get());
        sources.push_back(std::move(s));
    }
    auto target = openOrReport(targetPath, io, false);
    if (!target)
        return Error;
    if (target->isReadOnly())
        return error(io, Tr::tr("“%1” is read-only; nothing was merged.").arg(targetPath));

    const Merge::Result r = Merge::mergeAll(*target, sourceList);
    for (const Merge::SourceSummary &s : r.sources) {
        if (!s.changed()) {
            io.out << Tr::tr("%1: nothing new.").arg(s.sourcePath) << '\n';
            continue;
        }
        io.out << Tr::tr("%1: %2 new rows, %3 taken from the source, %4 merged, %5 conflicts, "
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
    if (!r.ok)
        return error(io, r.error);
    if (r.openConflicts > 0) {
        io.out << Tr::tr("%n conflict(s) await a decision in the target (open it in Testigo: Merge).", nullptr,
                         int(r.openConflicts))
               << '\n';
        return Conflicts;
    }
    return Ok;
}

} // namespace Testigo::Cli
