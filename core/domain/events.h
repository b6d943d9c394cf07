// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Facts of a procedure beyond its stages (schema 7): cancellations and void declarations,
// inconformidades, the rounds of a diálogo competitivo, and the decree days of the case file.

#include "domain/entities.h"

namespace Testigo {

// A cancellation or a void ("desierta") declaration of the procedure or of one lot.
struct ProcedureEvent : RowMeta
{
    QString procedureId;
    QString lotId; // empty: the whole procedure
    QString kind = QStringLiteral("cancellation"); // cancellation | void
    QString extent = QStringLiteral("total"); // total | partial
    QString reason;
    QDate date;
    QString reasonEn; // schema 8
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
