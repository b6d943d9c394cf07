// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/testimonydata.h"

#include "render/doctext.h"
#include "render/testimonysources.h"
#include "store/casefile.h"

#include <QTextDocumentFragment>
#include <algorithm>

namespace Testigo::Render {

namespace {
const QString kProcedureId = QStringLiteral("procedure_id");

// A bidder's "signed the pact" and the Pact's list of signatories are one fact: a bidder ticked as
// signing is listed among the signatories unless it is already there (by bidder or by name).
void addPactSigningBidders(TestimonyData &d)
{
    for (const Bidder &b : d.bidders) {
        if (!b.signedPact)
            continue;
        const bool listed
            = std::any_of(d.signatories.cbegin(), d.signatories.cend(), [&](const Signatory &s) {
                  return s.bidderId == b.id
                      || s.name.trimmed().compare(b.name.trimmed(), Qt::CaseInsensitive) == 0;
              });
        if (listed)
            continue;
        Signatory s;
        s.procedureId = b.procedureId;
        s.name = b.name;
        s.role = QStringLiteral("bidder");
        s.bidderId = b.id;
        d.signatories << s;
    }
}
} // namespace

TestimonyData loadTestimony(
    const CaseFile &file, const QString &procedureId, const QString &language, const QDate &today)
{
    TestimonyData d;
    d.language = language == QStringLiteral("en") ? QStringLiteral("en") : QStringLiteral("es");
    d.printDate = today;
    d.auditHead = file.auditHead();
    if (const auto p = file.get<Procedure>(procedureId))
        d.procedure = *p;
    d.procedure.id = procedureId;
    if (!d.procedure.agencyId.isEmpty())
        d.agency = file.get<Agency>(d.procedure.agencyId);
    const auto engagements = file.all<Engagement>(kProcedureId, procedureId);
    if (!engagements.isEmpty()) {
        d.engagement = engagements.first();
        d.witness = file.get<Witness>(d.engagement->witnessId);
    }
    if (!d.witness) {
        const auto witnesses = file.all<Witness>();
        if (witnesses.size() == 1)
            d.witness = witnesses.first(); // a witness's own file holds only them
    }
    d.lots = file.all<Lot>(kProcedureId, procedureId);
    std::sort(d.lots.begin(), d.lots.end(), [](const Lot &a, const Lot &b) { return a.number < b.number; });
    d.stages = file.all<Stage>(kProcedureId, procedureId);
    std::stable_sort(d.stages.begin(), d.stages.end(), [](const Stage &a, const Stage &b) {
        return a.position != b.position ? a.position < b.position : a.round < b.round;
    });
    d.findings = file.all<Finding>(kProcedureId, procedureId);
    std::stable_sort(d.findings.begin(), d.findings.end(),
        [](const Finding &a, const Finding &b) { return a.number < b.number; });
    QHash<QString, QString> clauseCode;
    for (const Clause &c : file.all<Clause>(kProcedureId, procedureId))
        clauseCode.insert(c.id, c.code);
    for (const Finding &f : d.findings) {
        QStringList codes;
        for (const FindingClause &fc : file.all<FindingClause>(QStringLiteral("finding_id"), f.id))
            if (clauseCode.contains(fc.clauseId))
                codes << clauseCode.value(fc.clauseId);
        codes.sort();
        d.clauseCodes.insert(f.id, codes);
    }
    d.signatories = file.all<Signatory>(kProcedureId, procedureId);
    d.attachments = file.all<Attachment>(kProcedureId, procedureId);
    d.bidders = file.all<Bidder>(kProcedureId, procedureId);
    addPactSigningBidders(d);
    for (const Narrative &n : file.all<Narrative>(kProcedureId, procedureId))
        (n.language == d.language ? d.narrative : d.original) = n;
    for (const Stage &s : d.stages)
        if (s.kind == QStringLiteral("report") && s.actualDate.isValid())
            d.documentDate = s.actualDate;
    fillEconomics(file, d);
    fillClocks(file, d);
    fillLabels(d);
    d.events = loadProcedureFacts(file, d.procedure);
    return d;
}

} // namespace Testigo::Render
