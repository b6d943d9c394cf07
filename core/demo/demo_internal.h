// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared state while one demo procedure is being written; private to core/demo.

#include "demo/demodata.h"
#include "domain/entities.h"
#include "store/insertentity.h"

#include <QHash>

namespace Testigo::Demo {

struct Context
{
    CaseFile &file;
    const ProcedureSpec &spec;
    int index = 0; // position of the procedure in the demo, drives the deterministic variations
    QString witnessId, witnessName;
    Agency agency;
    Procedure procedure;
    QList<Stage> stages; // in template order; a repeated clarification follows its first round
    QHash<QString, QString> clauseIds; // code -> id
    QList<Lot> lots;
    QList<Bidder> bidders;
    QHash<QString, int> findingsPerStage; // stage id -> count
    int findingCount = 0;
    int *evidenceCounter = nullptr; // across the demo, so evidence files differ

    bool finished() const { return spec.stagesDone < 0; }
    // The stage of that kind (the last round for a repeated one), or nullptr.
    const Stage *stage(const QString &kind) const;
    // The stage's date: actual when it happened, else planned.
    QDate date(const QString &kind) const;
    bool done(const QString &kind) const;
};

// Stores evidence bytes once (by SHA-256) and returns the digest, or an empty string on error.
QString storeBlob(CaseFile &file, const QByteArray &bytes);

bool writeStages(Context &c);     // dates, status, attendance, actas, notes (demo_stages.cpp)
bool writeChecklists(Context &c); // answers, after the findings exist (demo_stages.cpp)
bool writeBids(Context &c);       // bidders, bids, awards, contracts, amendments (demo_bids.cpp)
bool writeFindings(Context &c);   // findings, their clauses and evidence (demo_writer.cpp)
bool writeNarratives(Context &c); // es and en testimony text (demo_narrative.cpp)
bool writeProcedureEvents(Context &c); // void declarations, cancellations, protests, dialogue rounds
bool writeEnglishVersions(CaseFile &file); // English beside the Spanish texts (demo_english.cpp)

} // namespace Testigo::Demo
