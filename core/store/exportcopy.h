// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// "Export a copy" of an open case file: a free function over CaseFile's public API, used by the
// workbench and the CLI.

#include "store/casefile.h"

namespace Testigo {

// Writes a consistent, self-contained copy of the open file (everything committed, the write-ahead
// log folded in) to `path`, which must not exist. Returns false with a translated message.
bool exportCaseFileCopy(const CaseFile &file, const QString &path, QString *error);

} // namespace Testigo
