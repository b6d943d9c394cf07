// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Export of procedures as an OCDS 1.1 release package (validates against release-package-schema
// 1.1.5). Besides the core fields it uses the lots and bids extensions, and carries the witness's
// work in Transparencia Mexicana's extension (tm-0.1.0): tender.hasSocialWitness,
// tender.socialWitness, tender.socialWitnessDesignationDate and contracts[].implementation.audits
// (one external audit by the witness: findings as observations, recommendations and responses as
// actions). A procedure without a contract carries the same audit object in tender.socialWitnessAudits,
// and a bid names its lots in bids.details[].relatedLots: Testigo's own extension, which has no
// public URL yet and so is not listed in the package's "extensions" (its metadata and schema patch
// ship in resources/ocds/ and the export tests validate with the patch applied).

#include "domain/entities.h"
#include "ocds/jnode.h"

#include <QByteArray>
#include <QList>

namespace Testigo {
class CaseFile;
}

namespace Testigo::Ocds {

// One procedure as a compiled OCDS release.
JNode exportRelease(const CaseFile &file, const Procedure &procedure);
// A release package of the given procedures (UTF-8 JSON, indented).
QByteArray exportReleasePackage(const CaseFile &file, const QList<Procedure> &procedures);

} // namespace Testigo::Ocds
