// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The domain model of a case file. Every entity is a plain struct keyed by a UUID string, so case
// files from different laptops can be merged. Codes (regime, type, status...) are stable ASCII
// strings listed in codes.h; their translated labels live there too. Money columns hold centavos
// in the currency of the owning procedure (contracts and amendments carry their own currency).

#include <QDate>
#include <QString>
#include <QtGlobal>

namespace Testigo {

// Bookkeeping every row carries. Deletion is a tombstone so that undo and merge never lose data.
struct RowMeta
{
    QString id;         // UUID without braces
    QString createdAt;  // ISO 8601 UTC
    QString modifiedAt; // ISO 8601 UTC
    QString author;
    bool deleted = false;
};

struct Witness : RowMeta
{
    QString name;
    QString kind = QStringLiteral("organisation"); // person | organisation
    QString registryNumber;                        // padrón number
    QString rfc;
    QString email;
    QString legalRepresentative; // of an organisation
    QString advisers;            // technical advisers, one per line
};

struct Agency : RowMeta
{
    QString name;
    QString acronym;
    QString kind = QStringLiteral("dependencia"); // dependencia | entidad | state | municipal
    QString buyingUnit;
    QString sector; // code, see codes.h sectors
    bool fictitious = false;
};

struct Procedure : RowMeta
{
    QString number; // CompraNet / Plataforma identifier
    QString title;
    QString object;
    QString titleEn; // schema 8: the English versions (the fields above are the Spanish ones)
    QString objectEn;
    QString agencyId;
    QString regime;     // LAASSP-2000 | LAASSP-2025 | LOPSRM | STATE | VOLUNTARY
    QString type;       // open_tender | restricted_invitation | direct_award | ...
    QString character;  // national | international_treaties | international_open
    QString evaluation; // binary | points | cost_benefit
    QString objectKind; // goods | services | works
    QString currency = QStringLiteral("MXN");
    QString place;            // place of the testimony
    QString pactVersion;      // template version the clauses were copied from
    bool reducedPeriodJustified = false; // art. 42: publication-to-opening cut to 10 days
    QDate participationEnd;   // end of the witness's participation; starts the report clock
    QString ocid;             // OCDS ocid when imported
    bool fictitious = false;
    QDate publicationDate;    // the testimony's publication on the Plataforma (ComprasMX)
    QString publicationUrl;
};

// The witness's designation for one procedure.
struct Engagement : RowMeta
{
    QString procedureId;
    QString witnessId;
    QString authority = QStringLiteral("SFP"); // SFP | SABG | OWN_REGIME | VOLUNTARY_PACT
    QString letterNumber;
    QDate letterDate;
};

struct Lot : RowMeta
{
    QString procedureId;
    int number = 1;
    QString description;
    QString descriptionEn;
    qint64 budgetCents = 0;    // authorised budget
    qint64 referenceCents = 0; // market-research median
};

struct Stage : RowMeta
{
    QString procedureId;
    QString kind; // market_research | draft_call | call | site_visit | clarification | opening |
                  // evaluation | reverse_auction | award | contract | execution
    int position = 0;
    int round = 1; // the clarification meeting repeats: 1, 2, ...
    QDate plannedDate;
    QDate actualDate;
    QString status = QStringLiteral("pending"); // pending | in_progress | done | not_applicable
    QString attendance;
    QString actaRef;
    QString notes; // the facts of the stage
    QString attendanceEn;
    QString notesEn;
};

struct ChecklistAnswer : RowMeta
{
    QString stageId;
    QString itemCode;
    int position = 0;
    QString questionEs; // snapshot of the template's wording when the stage was created
    QString questionEn;
    QString answer; // "" | yes | no | na
    QString note;
};

struct Clause : RowMeta
{
    QString procedureId;
    QString code;  // "A1", "B7", ...
    QString party; // authority | bidder | monitor | sanctions
    int position = 0;
    QString textEs;
    QString textEn;
};

struct Signatory : RowMeta
{
    QString procedureId;
    QString name;
    QString role; // official | bidder | witness
    QString position;
    QString bidderId;
    QDate signedDate;
};

struct Finding : RowMeta
{
    QString procedureId;
    QString stageId;
    int number = 0; // numbered per procedure, 1..n
    QString category; // codes.h finding categories (REFERENCE §8)
    QString severity = QStringLiteral("medium"); // low | medium | high | critical
    QString description;
    QString recommendation;
    QString response;
    QDate responseDate;
    QDate raisedDate;
    QString status = QStringLiteral("pending"); // pending | attended | partial | not_attended
    QString escalation = QStringLiteral("none"); // none | oic | secretaria | comision_vigilancia
    QDate escalationDate;
    QString descriptionEn; // schema 8: the English versions of the three texts above
    QString recommendationEn;
    QString responseEn;
};

struct FindingClause : RowMeta
{
    QString findingId;
    QString clauseId;
};

// Evidence: metadata here, bytes in the content-addressed blob table keyed by SHA-256.
struct Attachment : RowMeta
{
    QString procedureId;
    QString findingId; // may be empty: evidence of a stage or of the procedure
    QString stageId;
    QString fileName;
    qint64 size = 0;
    QString mediaType;
    QString sha256;
};

struct Bidder : RowMeta
{
    QString procedureId;
    QString name;
    QString rfc;
    bool signedPact = false;
    bool disclosedTies = false;     // manifiesto de vínculos delivered
    bool declaredConflict = false;  // declared a conflict of interest
    bool fictitious = false;
};

struct Bid : RowMeta
{
    QString bidderId;
    QString lotId;
    qint64 amountCents = 0;
    QString technicalResult = QStringLiteral("pending"); // pending | pass | fail
    QString economicResult = QStringLiteral("pending");  // pending | pass | fail
    bool rejected = false;
    QString rejectionReason;
};

struct Award : RowMeta
{
    QString lotId;
    QString bidderId; // empty when the lot was declared void (desierta)
    qint64 amountCents = 0;
    QDate date;
    bool voidLot = false;
};

struct Contract : RowMeta
{
    QString procedureId;
    QString bidderId;
    QString number;
    qint64 amountCents = 0;
    QString currency = QStringLiteral("MXN");
    QDate signedDate;
};

struct Amendment : RowMeta
{
    QString contractId;
    int number = 1;
    qint64 deltaCents = 0; // increase (or decrease) of the contract amount
    QDate date; // the signature of the modification agreement (convenio)
    QString description;
    QDate agreedDate; // schema 9: the date the modification was agreed (LOPSRM art. 59 counts from it)
};

// Per-procedure narrative text of the testimony, rich text (HTML), one row per language.
struct Narrative : RowMeta
{
    QString procedureId;
    QString language; // es | en
    QString background;
    QString summary;
    QString conclusions;
};

} // namespace Testigo
