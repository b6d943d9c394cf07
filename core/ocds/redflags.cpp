// SPDX-License-Identifier: GPL-3.0-or-later
#include "ocds/redflags.h"

#include "ocds/redflags_checks.h"

namespace Testigo::Ocds {

namespace {

struct FlagDef
{
    const char *code;
    int number;
    const char *title;
};

const QList<FlagDef> &defs()
{
    static const QList<FlagDef> d {
        {"single_bid", 1, QT_TRANSLATE_NOOP("OcdsRedFlags", "Single bid in a competitive procedure")},
        {"short_submission", 2, QT_TRANSLATE_NOOP("OcdsRedFlags", "Short submission period")},
        {"non_open", 3, QT_TRANSLATE_NOOP("OcdsRedFlags", "Non-open procedure")},
        {"direct_award_cap", 4, QT_TRANSLATE_NOOP("OcdsRedFlags", "Direct award above its cap")},
        {"near_estimate", 5, QT_TRANSLATE_NOOP("OcdsRedFlags", "Award at or near the estimate")},
        {"cost_overrun", 6, QT_TRANSLATE_NOOP("OcdsRedFlags", "Contracts above the reference")},
        {"upward_amendment", 7, QT_TRANSLATE_NOOP("OcdsRedFlags", "Contract modified upwards")},
        {"lowest_rejected", 8, QT_TRANSLATE_NOOP("OcdsRedFlags", "Lowest bid disqualified")},
        {"all_but_winner_rejected", 9,
            QT_TRANSLATE_NOOP("OcdsRedFlags", "All bids but the winner's disqualified")},
        {"identical_prices", 10, QT_TRANSLATE_NOOP("OcdsRedFlags", "Identical bid prices")},
        {"late_bid_won", 11, QT_TRANSLATE_NOOP("OcdsRedFlags", "Late bid won")},
        {"narrow_gap", 12, QT_TRANSLATE_NOOP("OcdsRedFlags", "Narrow gap between winner and runner-up")},
        {"connected_bidders", 13, QT_TRANSLATE_NOOP("OcdsRedFlags", "Connected bidders")},
        {"incoherent_dates", 14, QT_TRANSLATE_NOOP("OcdsRedFlags", "Incoherent dates")},
        {"decision_period", 15, QT_TRANSLATE_NOOP("OcdsRedFlags", "Award decided too soon or too late")},
        {"unidentified_supplier", 16,
            QT_TRANSLATE_NOOP("OcdsRedFlags", "Supplier without name or identifier")},
        {"missing_documents", 17, QT_TRANSLATE_NOOP("OcdsRedFlags", "Missing key documents")}};
    return d;
}

} // namespace

const QStringList &flagCodes()
{
    static const QStringList codes = [] {
        QStringList l;
        for (const auto &d : defs())
            l << QLatin1String(d.code);
        return l;
    }();
    return codes;
}

QString flagTitle(const QString &code)
{
    for (const auto &d : defs())
        if (code == QLatin1String(d.code))
            return QCoreApplication::translate("OcdsRedFlags", d.title);
    return code;
}

QJsonObject flagToJson(const RedFlag &f)
{
    QJsonObject o {{QStringLiteral("code"), f.code}, {QStringLiteral("number"), f.number},
        {QStringLiteral("title"), flagTitle(f.code)}, {QStringLiteral("detail"), f.detail}};
    if (!f.decision.isEmpty()) {
        o.insert(QStringLiteral("decision"), f.decision);
        o.insert(QStringLiteral("reason"), f.reason);
        if (!f.findingId.isEmpty())
            o.insert(QStringLiteral("finding_id"), f.findingId);
    }
    return o;
}

QList<RedFlag> computeRedFlags(
    const JNode &r, const Procedure &procedure, const FlagRules &rules, const BusinessCalendar *calendar)
{
    QList<RedFlag> out;
    const Fire fire = [&out](const char *code, const QString &detail) {
        RedFlag f;
        f.code = QLatin1String(code);
        for (const auto &d : defs())
            if (f.code == QLatin1String(d.code))
                f.number = d.number;
        f.detail = detail;
        out << f;
    };
    const FlagContext context(r, procedure, rules, calendar ? *calendar : BusinessCalendar::standard());
    for (const FlagCheck check : flagChecks())
        check(context, fire);
    return out;
}

} // namespace Testigo::Ocds
