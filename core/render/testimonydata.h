// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Everything a testimony prints, read once from the case file: the layout code never queries the
// store, so a page can be repainted (preview, print, PDF) from the same snapshot.

#include "domain/entities.h"
#include "domain/money.h"
#include "render/testimony_events.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <optional>

namespace Testigo {
class CaseFile;
class DocLanguage;
} // namespace Testigo

namespace Testigo::Render {

// One lot's economic figures, from impact's ProcedureMetrics.
struct EconomicLot
{
    int number = 0;
    QString description, descriptionEn;
    std::optional<Money> budget, reference, awarded, savings, savingsVsBudget;
    int bidders = 0;
    int validBids = 0;
};

struct EconomicResults
{
    QList<EconomicLot> lots;
    std::optional<Money> budget, reference, awarded, savings, savingsVsBudget; // procedure totals
    std::optional<qint64> savingsBasisPoints; // savings as a share of the base
    std::optional<Money> budgetBase; // the budget of the awarded lots (base of savingsVsBudget)
    int bidders = 0;
    int validBids = 0;
    QStringList notes;
};

// One legal clock's result, already in the document's language.
struct ClockLine
{
    QString code, article, name, status, detail, stageKind; // stageKind: the stage that ends it
    QDate deadline; // a minimum period's earliest lawful date, a maximum period's deadline
    bool minimum = false;
    bool breached = false;
};

// The e.firma a testimony is printed to be signed with (the signature itself is added to the PDF
// afterwards, by testigo_pdfsign).
struct SignatureLine
{
    QString name, rfc, certificateNumber;
};

struct TestimonyData
{
    Procedure procedure;
    std::optional<Agency> agency;
    std::optional<Witness> witness;
    std::optional<Engagement> engagement;
    QList<Lot> lots;
    QList<Stage> stages; // in procedure order
    QList<Finding> findings; // by number
    QHash<QString, QStringList> clauseCodes; // finding id -> pact clause codes
    QHash<QString, QString> categoryLabels; // category code -> label in the document language
    QHash<QString, QString> stageLabels; // stage kind -> label in the document language
    QList<Signatory> signatories;
    QList<Attachment> attachments;
    QList<Bidder> bidders;
    Narrative narrative; // in the document's language; empty fields when not written
    Narrative original; // in the other language: printed, marked, where the document's is blank
    EconomicResults economics;
    QList<ClockLine> clocks;
    ProcedureFacts events; // cancellations, void declarations, inconformidades, dialogue rounds
    QString clocksNote; // why no legal clock is computed (a regime without clocks), in the document's language
    QString language;  // es | en
    QString auditHead; // the record's audit chain head when the snapshot was taken
    QDate printDate; // shown only in the footer, labelled as such
    QDate documentDate; // the delivery date: the report stage's actual date, or one the witness set
    QDate interimUpTo; // valid: an interim report of a procedure under way, up to this date
    std::optional<SignatureLine> signedBy; // empty: the block says "Unsigned"

    QString shortDigest() const { return auditHead.left(12); }
    bool interim() const { return interimUpTo.isValid(); }
    // The date the document carries: an interim report's cut-off, or the delivery date.
    QDate dated() const { return interim() ? interimUpTo : documentDate; }
};

// Reads the procedure's testimony from the record, in language "es" or "en".
TestimonyData loadTestimony(
    const CaseFile &file, const QString &procedureId, const QString &language, const QDate &today);

// One thing the testimony still lacks, in the document's language, and the field of the record
// that fills it: "table:rowId:column" (an empty rowId or column: the table's rows of this procedure).
struct MissingPart
{
    QString text;
    QString field;
};

// What the testimony still lacks, one line each: empty when complete. Until it is empty the
// document is a draft. An interim report does not wait for stages planned after its cut-off date.
// Recorded texts written only in the other language are counted, one line per kind.
QList<MissingPart> missingPartList(const TestimonyData &data, const DocLanguage &lang);
QStringList missingParts(const TestimonyData &data, const DocLanguage &lang);
QStringList missingParts(const CaseFile &file, const QString &procedureId, const DocLanguage &lang);

} // namespace Testigo::Render
