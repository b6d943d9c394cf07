// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Testigo {

// RFC (Registro Federal de Contribuyentes) formats: a persona moral has 3 letters, a persona
// física 4, then a YYMMDD date and a 3-character homoclave.
enum class RfcKind { Invalid, PersonaMoral, PersonaFisica };

RfcKind classifyRfc(const QString &rfc);
inline bool isValidRfc(const QString &rfc) { return classifyRfc(rfc) != RfcKind::Invalid; }
// Upper-cases and strips spaces and hyphens, as RFCs are often typed "ABC-010203-XY1".
QString normalizedRfc(const QString &rfc);

} // namespace Testigo
