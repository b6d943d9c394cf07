// SPDX-License-Identifier: GPL-3.0-or-later
// Red flags against the case file: the release they are computed on, and the witness's decisions.
#include "ocds/exporter.h"
#include "ocds/ocdsvalues.h"
#include "ocds/redflags.h"
#include "rules/clocks.h"
#include "store/casefile.h"
#include "store/ocds_store.h"

#include <algorithm>

namespace Testigo::Ocds {

namespace {

QString categoryOf(const QString &code)
{
    static const QHash<QString, QString> map {
        {QStringLiteral("single_bid"), QStringLiteral("restrictive_call")},
        {QStringLiteral("short_submission"), QStringLiteral("planning")},
        {QStringLiteral("non_open"), QStringLiteral("planning")},
        {QStringLiteral("direct_award_cap"), QStringLiteral("planning")},
        {QStringLiteral("near_estimate"), QStringLiteral("price_collusion")},
        {QStringLiteral("cost_overrun"), QStringLiteral("contract_execution")},
        {QStringLiteral("upward_amendment"), QStringLiteral("contract_execution")},
        {QStringLiteral("lowest_rejected"), QStringLiteral("evaluation")},
        {QStringLiteral("all_but_winner_rejected"), QStringLiteral("evaluation")},
        {QStringLiteral("identical_prices"), QStringLiteral("price_collusion")},
        {QStringLiteral("late_bid_won"), QStringLiteral("unequal_treatment")},
        {QStringLiteral("narrow_gap"), QStringLiteral("price_collusion")},
        {QStringLiteral("connected_bidders"), QStringLiteral("conflict_of_interest")},
        {QStringLiteral("incoherent_dates"), QStringLiteral("procedural")},
        {QStringLiteral("decision_period"), QStringLiteral("procedural")},
        {QStringLiteral("unidentified_supplier"), QStringLiteral("procedural")},
        {QStringLiteral("missing_documents"), QStringLiteral("procedural")}};
    return map.value(code, QStringLiteral("procedural"));
}

} // namespace

JNode procedureRelease(const CaseFile &file, const Procedure &procedure)
{
    if (!procedure.ocid.isEmpty()) {
        std::vector<JNode> releases;
        for (const QVariantMap &row :
            file.supportRows(QStringLiteral("ocds_release"), QStringLiteral("ocid"), procedure.ocid))
            if (auto n = parseJson(row.value(QStringLiteral("json")).toString().toStdString()))
                releases.push_back(std::move(*n));
        if (!releases.empty()) {
            std::stable_sort(releases.begin(), releases.end(),
                [](const JNode &a, const JNode &b) { return a.str("date") < b.str("date"); });
            JNode compiled = JNode::object();
            for (const JNode &r : releases)
                mergeInto(compiled, r);
            return compiled;
        }
    }
    return exportRelease(file, procedure);
}

QList<RedFlag> computeRedFlags(const CaseFile &file, const Procedure &procedure, const FlagRules &rules)
{
    const BusinessCalendar calendar = calendarOf(file);
    QList<RedFlag> flags = computeRedFlags(procedureRelease(file, procedure), procedure, rules, &calendar);
    const QList<FlagDecision> decisions
        = file.all<FlagDecision>(QStringLiteral("procedure_id"), procedure.id);
    for (RedFlag &f : flags)
        for (const FlagDecision &d : decisions)
            if (d.code == f.code) {
                f.decision = d.decision;
                f.reason = d.reason;
                f.findingId = d.findingId;
            }
    return flags;
}

bool decideFlag(CaseFile &file, const Procedure &procedure, const RedFlag &flag, const QString &decision,
    const QString &reason, QString *findingId)
{
    CaseFile::Transaction tx(file);
    if (!tx.ok())
        return false;
    FlagDecision d;
    bool found = false;
    for (const FlagDecision &existing : file.all<FlagDecision>(QStringLiteral("procedure_id"), procedure.id))
        if (existing.code == flag.code) {
            d = existing;
            found = true;
        }
    d.procedureId = procedure.id;
    d.code = flag.code;
    d.decision = decision;
    d.reason = reason;
    d.detail = flag.detail;
    if (decision == QLatin1String("confirmed") && d.findingId.isEmpty()) {
        Finding f;
        f.procedureId = procedure.id;
        int number = 0;
        for (const Finding &other : file.all<Finding>(QStringLiteral("procedure_id"), procedure.id))
            number = qMax(number, other.number);
        f.number = number + 1;
        f.category = categoryOf(flag.code);
        f.description = QStringLiteral("%1: %2").arg(flagTitle(flag.code), flag.detail);
        if (!reason.isEmpty())
            f.description += QStringLiteral("\n") + reason;
        f.raisedDate = QDate::currentDate();
        if (!insertEntity(file, f))
            return false;
        d.findingId = f.id;
    } else if (decision == QLatin1String("dismissed") && !d.findingId.isEmpty()) {
        // A flag dismissed after being confirmed withdraws its finding (a tombstone, undoable).
        if (!file.setDeleted(QStringLiteral("finding"), d.findingId, true))
            return false;
        d.findingId.clear();
    } else if (decision == QLatin1String("confirmed") && !d.findingId.isEmpty()) {
        if (!file.setDeleted(QStringLiteral("finding"), d.findingId, false))
            return false;
    }
    if (!(found ? file.updateRow(
              QStringLiteral("flag_decision"), d.id, nonNullStrings(mappingOf<FlagDecision>().toRow(d)))
                : insertEntity(file, d)))
        return false;
    if (findingId)
        *findingId = d.findingId;
    return tx.commit();
}

} // namespace Testigo::Ocds
