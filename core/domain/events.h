// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Facts of a procedure beyond its stages (schema 7): cancellations and void declarations,
// inconformidades, the rounds of a diálogo competitivo, and the decree days of the case file.
// Schema 9: the dated acts some legal clocks measure (the deadline for questions, a change to the
// call and its publication, a correction of the fallo) are procedure events of their own kinds.

#include "domain/entities.h"

namespace Testigo {

// A cancellation or a void ("desierta") declaration of the procedure or of one lot; since schema 9
// also a dated act a legal clock measures (Codes::isClosureKind tells the two apart).
struct ProcedureEvent : RowMeta
{
    QString procedureId;
    QString lotId; // empty: the whole procedure
    // cancellation | void | questions_deadline | call_change | award_correction
    QString kind = QStringLiteral("cancellation");
    QString extent = QStringLiteral("total"); // total | partial (cancellations and void declarations)
    QString reason; // what was cancelled, changed or corrected, and why
    QDate date; // questions_deadline: the deadline; call_change: the change; award_correction: the correction
    QString reasonEn; // schema 8
    QDate publishedDate; // schema 9, call_change: its publication
};

// An inconformidad: a bidder's protest against an act of the procedure.
struct Protest : RowMeta
{
    QString procedureId;
    QString bidderId; // empty when the protester is not among the recorded bidders
    QDate filedDate;
    QString authority; // where it was filed (OIC, SABG/SFP...)
    QString outcome = QStringLiteral("pending"); // pending | founded | unfounded | dismissed | withdrawn
    bool suspended = false; // the procedure was suspended meanwhile
    QDate resolutionDate;
    QString notes;
    QString notesEn; // schema 8
};

// One round of a diálogo competitivo (LAASSP 2025, art. 35 fr. IV).
struct DialogueRound : RowMeta
{
    QString procedureId;
    int round = 1;
    QDate date;
    QString participants;
    QString notes;
    QString notesEn; // schema 8 (participants are names: one version)
};

// A non-working day declared by decree or by the agency, counted by every business-day clock.
struct DecreeDay : RowMeta
{
    QDate date;
    QString description;
};

} // namespace Testigo
