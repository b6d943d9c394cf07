// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The closed vocabularies of the domain: stable ASCII codes stored in the case file, each with an
// English label that goes through translation (context "Codes"). Open vocabularies that editors
// may extend (finding categories, checklist items, clauses, legal rules) are bilingual resources.

#include <QList>
#include <QString>

namespace Testigo {

class DocLanguage;

struct CodeItem
{
    const char *code;
    const char *label; // English source text, marked with QT_TRANSLATE_NOOP("Codes", ...)
};

using CodeList = QList<CodeItem>;

namespace Codes {
const CodeList &regimes();
const CodeList &procedureTypes();
const CodeList &characters();
const CodeList &evaluations();
const CodeList &objectKinds();
const CodeList &stageKinds();
const CodeList &stageStatuses();
const CodeList &severities();       // in increasing order of gravity
const CodeList &findingStatuses();
const CodeList &escalations();
const CodeList &answers();          // checklist answers: "", yes, no, na
const CodeList &authorities();      // designating authorities
const CodeList &witnessKinds();
const CodeList &agencyKinds();
const CodeList &sectors();
const CodeList &currencies();
const CodeList &bidResults();
const CodeList &signatoryRoles();
const CodeList &clauseParties();

// The label of a code in the UI's current language; the code itself when unknown.
QString label(const CodeList &list, const QString &code);
// The label in a document's language, independent of the UI's.
QString label(const CodeList &list, const QString &code, const DocLanguage &lang);
// Position of a code in its list (for ordering severities, stages), -1 when unknown.
int rank(const CodeList &list, const QString &code);
} // namespace Codes

} // namespace Testigo
