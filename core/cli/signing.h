// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The e.firma options shared by sign and testimony (--cert/--key or --p12, --password-file) and
// the signature report of verify --testimony.

#include "cli/cli.h"
#include "pdfsign/signingkey.h"

#include <optional>

namespace Testigo::Cli {

// True when the arguments ask for a signature.
bool wantsSignature(const Args &a);
// The key named by the arguments, its password read from --password-file or standard input
// (without echo at a terminal). Reports the problem and returns nullopt on failure.
std::optional<PdfSign::SigningKey> loadSigningKey(const Args &a, Io io);
// Prints each signature of the PDF with its signer and validity; VerifyFailed when one is broken.
int reportSignatures(const QByteArray &pdf, Io io);

} // namespace Testigo::Cli
