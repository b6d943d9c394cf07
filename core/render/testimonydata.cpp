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

bool blankHtml(const QString &html)
{
    return html.trimmed().isEmpty()
        || QTextDocumentFragment::fromHtml(html).toPlainText().trimmed().isEmpty();
}
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

QStringList missingParts(const TestimonyData &d, const DocLanguage &lang)
{
    QStringList out;
    const QString language = docText(lang,
        d.language == QStringLiteral("en") ? QT_TRANSLATE_NOOP("Testimony", "English")
                                           : QT_TRANSLATE_NOOP("Testimony", "Spanish"));
    auto need = [&](const char *source, const QString &arg = QString()) {
        QString s = docText(lang, source);
        out << (arg.isNull() ? s : s.arg(arg));
    };
    if (!d.witness)
        need(QT_TRANSLATE_NOOP("Testimony", "No social witness is recorded for this procedure."));
    else if (d.witness->registryNumber.trimmed().isEmpty())
        need(QT_TRANSLATE_NOOP("Testimony", "The witness's registry number is missing."));
    if (!d.engagement || d.engagement->letterNumber.trimmed().isEmpty())
        need(QT_TRANSLATE_NOOP("Testimony", "The designation letter is not recorded."));
    if (d.procedure.place.trimmed().isEmpty())
        need(QT_TRANSLATE_NOOP("Testimony", "The place of the testimony is not recorded."));
    auto narrativeNeed
        = [&](const QString &mine, const QString &other, const char *missing, const char *untranslated) {
              if (blankHtml(mine))
                  need(blankHtml(other) ? missing : untranslated, language);
          };
    narrativeNeed(d.narrative.background, d.original.background,
        QT_TRANSLATE_NOOP("Testimony", "No background written in %1."),
        QT_TRANSLATE_NOOP("Testimony", "The background is not yet written in %1 (the original is printed)."));
    narrativeNeed(d.narrative.summary, d.original.summary,
        QT_TRANSLATE_NOOP("Testimony", "No executive summary written in %1."),
        QT_TRANSLATE_NOOP(
            "Testimony", "The executive summary is not yet written in %1 (the original is printed)."));
    narrativeNeed(d.narrative.conclusions, d.original.conclusions,
        QT_TRANSLATE_NOOP("Testimony", "No conclusions written in %1."),
        QT_TRANSLATE_NOOP(
            "Testimony", "The conclusions are not yet written in %1 (the original is printed)."));
    for (const Stage &s : d.stages) {
        if (s.status == QStringLiteral("not_applicable") || s.actualDate.isValid())
            continue;
        if (d.interim() && (!s.plannedDate.isValid() || s.plannedDate > d.interimUpTo))
            continue; // not yet due at the interim report's cut-off
        QString name = docCode(Codes::stageKinds(), s.kind, lang);
        if (s.round > 1)
            name += QStringLiteral(" (%1)").arg(s.round);
        need(QT_TRANSLATE_NOOP("Testimony", "Stage “%1” has no actual date."), name);
    }
    const bool reportStage = std::any_of(d.stages.cbegin(), d.stages.cend(),
        [](const Stage &s) { return s.kind == QStringLiteral("report"); });
    if (!d.dated().isValid() && !reportStage)
        need(QT_TRANSLATE_NOOP(
            "Testimony", "The document has no date: record the actual date of the final report's delivery."));
    QStringList unanswered;
    for (const Finding &f : d.findings)
        if (f.response.trimmed().isEmpty())
            unanswered << lang.locale().toString(f.number);
    if (!unanswered.isEmpty()) {
        const int shown = 12;
        QString list = QStringList(unanswered.mid(0, shown)).join(QStringLiteral(", "));
        if (unanswered.size() > shown)
            list += QStringLiteral(", …");
        need(QT_TRANSLATE_NOOP("Testimony", "Observations without the agency's response: %1."), list);
    }
    if (d.signatories.isEmpty())
        need(QT_TRANSLATE_NOOP("Testimony", "No signatories of the Integrity Pact are recorded."));
    return out;
}

QStringList missingParts(const CaseFile &file, const QString &procedureId, const DocLanguage &lang)
{
    return missingParts(loadTestimony(file, procedureId, lang.code(), QDate::currentDate()), lang);
}

} // namespace Testigo::Render
