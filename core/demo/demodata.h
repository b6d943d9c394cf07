// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The demo's raw material, as plain tables: invented agencies and companies, the procedures to
// build, the findings a witness raises at each stage, and the evidence files. demo_writer.cpp
// turns them into case-file rows.

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace Testigo::Demo {

struct AgencySpec
{
    QString key, name, acronym, kind, buyingUnit, sector;
};

struct CompanySpec
{
    QString name, rfc; // 12 characters for a persona moral, 13 for a persona física
    QString sector;    // the agencies' sector it usually sells to ("any" for all)
};

struct LotSpec
{
    QString description;
    qint64 budgetUnits = 0;    // whole currency units
    qint64 referenceUnits = 0; // market-research median
};

struct ProcedureSpec
{
    QString number, title, object, agencyKey;
    QString regime, type, character, evaluation, objectKind, currency = QStringLiteral("MXN");
    QString place;
    QDate start;                 // market research
    QList<LotSpec> lots;
    int bidders = 4;
    int stagesDone = -1;         // -1: finished; otherwise the number of stages done (next one under way)
    int publicationDays = 0;     // call to opening; 0 = the legal minimum plus a margin
    bool reducedJustified = false;
    int awardDays = 14;          // opening (or market research for direct awards) to award
    int contractDays = 9;        // award to contract signature, natural days
    int clarificationRounds = 1;
    int clarificationGap = 8;    // last clarification to opening
    int changeGap = 9;           // call change to opening
    int voidLot = -1;            // index of a lot declared void (desierta)
    int amendments = 0;          // convenios modificatorios on the first contract
    QString authority = QStringLiteral("SFP");
};

struct FindingSpec
{
    QString category, severity, description, recommendation, response;
    QStringList clauses; // pact clause codes
};

struct EvidenceSpec
{
    QString fileName, mediaType;
    QByteArray bytes;
};

const QList<AgencySpec> &agencies();
const QList<CompanySpec> &companies();
const QList<ProcedureSpec> &procedures();
// The findings a witness might raise at a stage kind, in Spanish; never empty for a known kind.
const QList<FindingSpec> &findingsFor(const QString &stageKind);
// Evidence file number n (wraps around); the same n gives the same bytes.
EvidenceSpec evidence(int n, const QString &procedureNumber);
// The Integrity Pact guidelines every procedure carries: one file attached many times (stored once).
EvidenceSpec pactGuidelines();

} // namespace Testigo::Demo
