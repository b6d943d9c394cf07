// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The bundled demo case file: fictitious but realistic procedures (2003–2025, old and new laws,
// goods, services and works, MXN and USD) monitored by an invented social witness, with findings,
// evidence and narratives. Everything is marked as fictitious. The content is deterministic.

namespace Testigo {

class CaseFile;

// Writes the whole demo into an open, writable (normally empty) case file in one transaction.
// Returns false on a store error (file.lastError() says which); nothing is written then.
bool writeDemo(CaseFile &file);

} // namespace Testigo
