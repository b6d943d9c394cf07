// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Read-side helpers the commands share.

#include "cli/cli.h"
#include "store/casefile.h"
#include "store/summaries.h"

#include <QJsonObject>
#include <memory>

namespace Testigo::Cli {


// Opens a case file, printing the translated refusal on stderr when it cannot.
std::unique_ptr<CaseFile> openOrReport(const QString &path, Io io, bool readOnly);
QJsonObject summaryToJson(const ProcedureSummary &s);
// The procedure with that number (or ocid), or nullopt with an error printed.
std::optional<Procedure> findProcedure(const CaseFile &file, const QString &number, Io io);
// verify --testimony: whether a PDF testimony matches the current record (render/).
int verifyTestimony(const CaseFile &file, const QString &pdfPath, Io io);
// verify: who signed the history (per key: owner, fingerprint, entries, trusted), and what is unsigned.
void printSigners(const VerifyResult &v, Io io);

} // namespace Testigo::Cli
