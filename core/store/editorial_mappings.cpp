// SPDX-License-Identifier: GPL-3.0-or-later
// Table bindings of the editors' entities (domain/editorial.h, migration 0003).
#include "domain/editorial.h"
#include "store/mapping.h"

namespace Testigo {

template<> const Mapping<Chapter> &mappingOf<Chapter>()
{
    static const Mapping<Chapter> m{QStringLiteral("chapter"), QString(),
        {bind("position", &Chapter::position), bind("title_es", &Chapter::titleEs),
         bind("title_en", &Chapter::titleEn), bind("lead_author", &Chapter::leadAuthor),
         bind("reviewer", &Chapter::reviewer), bind("status", &Chapter::status),
         bind("due_date", &Chapter::dueDate), bind("body_es", &Chapter::bodyEs),
         bind("body_en", &Chapter::bodyEn)}};
    return m;
}

template<> const Mapping<MergeConflict> &mappingOf<MergeConflict>()
{
    static const Mapping<MergeConflict> m{QStringLiteral("merge_conflict"), QString(),
        {bind("tbl", &MergeConflict::table), bind("row_ref", &MergeConflict::rowRef),
         bind("field", &MergeConflict::field), bind("base_value", &MergeConflict::baseValue),
         bind("ours_value", &MergeConflict::oursValue), bind("theirs_value", &MergeConflict::theirsValue),
         bind("theirs_rev", &MergeConflict::theirsRev), bind("source_file", &MergeConflict::sourceFile),
         bind("source_path", &MergeConflict::sourcePath), bind("status", &MergeConflict::status),
         bind("merge_ref", &MergeConflict::mergeRef)}};
    return m;
}

template<> const Mapping<MergeRecord> &mappingOf<MergeRecord>()
{
    static const Mapping<MergeRecord> m{QStringLiteral("merge_record"), QString(),
        {bind("source_file", &MergeRecord::sourceFile), bind("source_path", &MergeRecord::sourcePath),
         bind("source_audit_head", &MergeRecord::sourceAuditHead), bind("inserted", &MergeRecord::inserted),
         bind("updated", &MergeRecord::updated), bind("conflicts", &MergeRecord::conflicts),
         bind("blobs", &MergeRecord::blobs), bind("audit_entries", &MergeRecord::auditEntries),
         bind("unverified", &MergeRecord::unverified)}};
    return m;
}

} // namespace Testigo
