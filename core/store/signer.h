// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A public key that signed (part of) a case file's history (table signer, migration 0005). An
// entity like the others: audited, revisioned and merged, so merged history keeps its authors.
// Its id is the key's fingerprint (SigningKey::fingerprintOf), the same in every file.

#include "store/mapping.h"

namespace Testigo {

struct Signer : RowMeta
{
    QString publicKey; // base64, 32 bytes
    QString owner; // the name its owner gave
    bool trusted = false;
};

template<> const Mapping<Signer> &mappingOf<Signer>();

} // namespace Testigo
