// SPDX-License-Identifier: GPL-3.0-or-later
// Commands whose implementation is being written; each moves to its own file when done.
#include "cli/queries.h"

namespace Testigo::Cli {

static int notYet(Io io) { return error(io, Tr::tr("This command is not available in this build.")); }

} // namespace Testigo::Cli
