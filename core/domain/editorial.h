// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The editors' entities (schema 3): the report's chapters and the bookkeeping of merges. Plain
// structs like entities.h; bound to their tables in store/editorial_mappings.cpp.

#include "domain/entities.h"

namespace Testigo {

// One chapter of the Analytical Review Report.
struct Chapter : RowMeta
{
    int position = 0;                            // plan order, 1..n
    QString titleEs, titleEn;
    QString leadAuthor, reviewer;
    QString status = QStringLiteral("planned");  // planned | drafting | in_review | approved
    QDate dueDate;
    QString bodyEs, bodyEn;                      // rich text (HTML) with figure placeholders
};

// A field both sides changed since their common version; the editor decides.
struct MergeConflict : RowMeta
{
    QString table, rowRef, field;
    QString baseValue, oursValue, theirsValue; // canonical storage text ("null", 12, "\"text\"")
    QString theirsRev;
    QString sourceFile, sourcePath;
    QString status = QStringLiteral("open"); // open | ours | theirs
    QString mergeRef;                        // the merge_record it came from
};

// One merge into this file.
struct MergeRecord : RowMeta
{
    QString sourceFile, sourcePath, sourceAuditHead;
    int inserted = 0, updated = 0, conflicts = 0, blobs = 0, auditEntries = 0;
    QString unverified; // why the source failed verification, when the editor accepted it anyway
};

} // namespace Testigo
