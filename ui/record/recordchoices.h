// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Choice lists read from the case file for one procedure (stages, clauses, bidders, lots), in
// their natural order and labelled in the UI's language.

#include "common/recordtablemodel.h"

namespace Testigo {
class CaseFile;
}

namespace Testigo::Ui {

ChoiceList stageChoices(const CaseFile &file, const QString &procedureId);
// "A1 — text" in the UI's language.
ChoiceList clauseChoices(const CaseFile &file, const QString &procedureId);
ChoiceList bidderChoices(const CaseFile &file, const QString &procedureId);
ChoiceList lotChoices(const CaseFile &file, const QString &procedureId);
// The procedure's currency (MXN when unknown).
QString procedureCurrency(const CaseFile &file, const QString &procedureId);

} // namespace Testigo::Ui
