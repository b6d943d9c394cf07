// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Creating a procedure's stages, checklists and pact clauses from the bilingual templates.

#include "domain/entities.h"

#include <QDate>
#include <QString>

namespace Testigo {

class CaseFile;

// LOPSRM for works; LAASSP-2000 when the procedure started before 2025-04-17, else LAASSP-2025.
QString proposeRegime(const QString &objectKind, const QDate &start);
// Inserts the stages (positions 0..n, round 1, status pending) with their checklist answers (questions
// copied es/en from the template) and the pact clauses (copied es/en) for an already inserted procedure,
// and sets procedure.pactVersion. Idempotent: stages that exist (an OCDS import creates the ones its
// data dates) get their checklist and position, and only missing stages and clauses are added. One
// transaction. Returns false on a store error (file.lastError()).
bool instantiateTemplates(CaseFile &file, Procedure &procedure);
// An imported procedure is a lead until the witness opens it: its templates are not instantiated yet.
bool needsTemplates(const Procedure &procedure);
// Adds the next round of a repeatable stage (the clarification meeting...) after its last round,
// with the same position and a fresh checklist from the template. Returns false on a store error,
// or when the procedure has no stage of that kind to repeat. *created receives the new stage.
bool addStageRound(CaseFile &file, const Procedure &procedure, const QString &kind, Stage *created = nullptr);

} // namespace Testigo
