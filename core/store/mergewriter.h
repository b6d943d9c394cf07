// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Writes another case file's history into this one, for the merger only: rows as they are there
// (their id, revision and author kept), merged versions of conflicting rows, revision ancestry,
// audit trails, signatures and raw OCDS releases. Kept apart from CaseFile so that the ordinary
// store API offers no way to write a row under someone else's revision.

#include "store/casefile.h"

#include <QHash>
#include <QStringList>

namespace Testigo {

class MergeWriter final
{
public:
    explicit MergeWriter(CaseFile &target);

    // Another file's row inserted as it is there (id, created_at, modified_at, author, rev, deleted).
    bool importRow(const QString &table, const QVariantMap &row);
    // Another file's later version of a row this file has: its changed columns and its rev,
    // modified_at and author, audited under that rev.
    bool adoptRow(const QString &table, const QVariantMap &row);
    // A merged version of a row: the given columns under a new revision whose parents are the
    // row's current rev and otherParent (so merging the same source again finds nothing new).
    bool writeMergedRow(
        const QString &table, const QString &id, const QVariantMap &values, const QString &otherParent);
    // Copies the revision rows and merge parents this file lacks from another file.
    bool importRevisions(const CaseFile &other);
    // Keeps other files' audit trails as written (origin = their file_id).
    bool importAudit(const QList<CaseFile::ImportedAudit> &entries);
    // Copies another file's signatures (its own and those it imported) that this file lacks.
    int importSignatures(const CaseFile &other);
    // Copies another file's raw OCDS releases that this file lacks (same ocid and SHA-256).
    int importReleases(const CaseFile &other);

    // Revision ancestry of a file: rev -> parent revs (revision.parent_rev plus merge parents).
    static QHash<QString, QStringList> revisionParents(const CaseFile &file);
    // The SHA-256 of every evidence blob a file holds.
    static QStringList blobHashes(const CaseFile &file);

private:
    CaseFile &m_file;
};

} // namespace Testigo
