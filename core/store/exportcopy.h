// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Workbench (H5): "Export a copy" of an open case file. Kept out of casefile.h so that adding it
// did not rebuild every layer mid-project; it may move into CaseFile as a member later.

#include "store/casefile.h"

namespace Testigo {

// Writes a consistent, self-contained copy of the open file (everything committed, the write-ahead
// log folded in) to `path`, which must not exist. Returns false with a translated message.
bool exportCaseFileCopy(const CaseFile &file, const QString &path, QString *error);

} // namespace Testigo
