// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Merging witnesses' case files into an editor's. Entities match by UUID; revision ancestry tells a
// one-sided change (taken) from a two-sided one (merged field by field; a field both sides changed
// differently becomes a MergeConflict stored in the target for the editor to decide). Evidence is
// deduplicated by SHA-256, the source's audit trail is kept, and the merge is logged. Merging the
// same source again writes nothing at all.

#include "domain/editorial.h"
#include "store/casefile.h"

#include <QCoreApplication>

namespace Testigo::Merge {

struct SourceSummary
{
    QString sourcePath, sourceFile;
    int inserted = 0; // rows new to the target
    int taken = 0; // rows changed only in the source: the source's version taken
    int merged = 0; // rows changed on both sides, merged without conflict
    int conflicts = 0; // fields both sides changed differently (new conflicts)
    int blobs = 0; // evidence files new to the target
    int auditEntries = 0; // audit entries of the source kept in the target
    int releases = 0; // raw OCDS releases new to the target
    int signatures = 0; // the source's signatures kept with its entries
    bool refused = false; // the source failed verification and was not accepted
    bool changed() const
    {
        return inserted || taken || merged || conflicts || blobs || auditEntries || releases || signatures;
    }
};

struct Options
{
    // A source that fails verification is refused unless the editor accepts it; the acceptance
    // (and the reason) is recorded in the target's merge record, and the source's own trail and
    // signatures are not kept (they do not verify).
    bool acceptUnverified = false;
    // The caller verified the source already (the CLI does, before it opens the target).
    bool sourceVerified = false;
    QString unverifiedReason;
};

struct Result
{
    bool ok = true;
    QString error; // translated, when !ok
    QList<SourceSummary> sources;
    qint64 openConflicts = 0; // in the target after the merge (this and earlier merges)
};

// Merges source into target in one transaction; nothing is written when the source brings nothing.
// A source with open conflicts of its own is refused: they are decided where they arose, so a
// reverse merge cannot quietly settle them.
SourceSummary mergeFrom(
    CaseFile &target, const CaseFile &source, QString *error, const Options &options = {});
// Merges every source in order; stops at the first failure (earlier sources stay merged).
Result mergeAll(CaseFile &target, const QList<const CaseFile *> &sources, const Options &options = {});
// True when merging source would write nothing (checked on a target opened read-only).
bool bringsNothing(const CaseFile &target, const CaseFile &source);

enum class Side { Ours, Theirs };
// Decides a conflict: Ours keeps the target's value, Theirs writes the source's. Audited.
bool resolveConflict(CaseFile &target, const QString &conflictId, Side side, QString *error = nullptr);
QList<MergeConflict> openConflicts(const CaseFile &target);

// A canonical storage text ("null", "12", "\"text\"") back to a value; and to display text.
QVariant valueFromCanonical(const QString &canonical);
QString displayValue(const QString &canonical);

} // namespace Testigo::Merge
