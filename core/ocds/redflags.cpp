// SPDX-License-Identifier: GPL-3.0-or-later
#include "ocds/redflags.h"

#include "domain/codes.h"
#include "domain/dates.h"
#include "domain/money.h"
#include "ocds/ocdsvalues.h"
#include "rules/calendar.h"

#include <QRegularExpression>
#include <QSet>
#include <map>

namespace Testigo::Ocds {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(OcdsRedFlags)
};

struct FlagDef
{
    const char *code;
    int number;
    const char *title;
};

const QList<FlagDef> &defs()
{
    static const QList<FlagDef> d{
        {"single_bid", 1, QT_TRANSLATE_NOOP("OcdsRedFlags", "Single bid in a competitive procedure")},
        {"short_submission", 2, QT_TRANSLATE_NOOP("OcdsRedFlags", "Short submission period")},
        {"non_open", 3, QT_TRANSLATE_NOOP("OcdsRedFlags", "Non-open procedure")},
        {"direct_award_cap", 4, QT_TRANSLATE_NOOP("OcdsRedFlags", "Direct award above its cap")},
        {"near_estimate", 5, QT_TRANSLATE_NOOP("OcdsRedFlags", "Award at or near the estimate")},
        {"cost_overrun", 6, QT_TRANSLATE_NOOP("OcdsRedFlags", "Contracts above the reference")},
        {"upward_amendment", 7, QT_TRANSLATE_NOOP("OcdsRedFlags", "Contract modified upwards")},
        {"lowest_rejected", 8, QT_TRANSLATE_NOOP("OcdsRedFlags", "Lowest bid disqualified")},
        {"all_but_winner_rejected", 9, QT_TRANSLATE_NOOP("OcdsRedFlags", "All bids but the winner's disqualified")},
        {"identical_prices", 10, QT_TRANSLATE_NOOP("OcdsRedFlags", "Identical bid prices")},
        {"late_bid_won", 11, QT_TRANSLATE_NOOP("OcdsRedFlags", "Late bid won")},
        {"narrow_gap", 12, QT_TRANSLATE_NOOP("OcdsRedFlags", "Narrow gap between winner and runner-up")},
        {"connected_bidders", 13, QT_TRANSLATE_NOOP("OcdsRedFlags", "Connected bidders")},
        {"incoherent_dates", 14, QT_TRANSLATE_NOOP("OcdsRedFlags", "Incoherent dates")},
        {"decision_period", 15, QT_TRANSLATE_NOOP("OcdsRedFlags", "Award decided too soon or too late")},
        {"unidentified_supplier", 16, QT_TRANSLATE_NOOP("OcdsRedFlags", "Supplier without name or identifier")},
        {"missing_documents", 17, QT_TRANSLATE_NOOP("OcdsRedFlags", "Missing key documents")}};
    return d;
}

QString money(qint64 cents, const QString &currency) { return Money(cents, currency).toDecimalString() + QLatin1Char(' ') + currency; }
QString pct(qint64 bp) { return QStringLiteral("%1 %").arg(double(bp) / 100.0, 0, 'f', 2); }
QString iso(const QDate &d) { return formatDate(d); } // the UI language's one date format

struct BidInfo
{
    QString tenderer;
    qint64 cents = 0;
    QString status;
    QDate date;
};

QString norm(QString s)
{
    s = s.toLower();
    s.remove(QRegularExpression(QStringLiteral("[^a-z0-9@.]")));
    return s;
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
    QJsonObject o{{QStringLiteral("code"), f.code},     {QStringLiteral("number"), f.number},
                  {QStringLiteral("title"), flagTitle(f.code)}, {QStringLiteral("detail"), f.detail}};
    if (!f.decision.isEmpty()) {
        o.insert(QStringLiteral("decision"), f.decision);
        o.insert(QStringLiteral("reason"), f.reason);
        if (!f.findingId.isEmpty())
            o.insert(QStringLiteral("finding_id"), f.findingId);
    }
    return o;
}

QList<RedFlag> computeRedFlags(const JNode &r, const Procedure &procedure, const FlagRules &rules)
{
    QList<RedFlag> out;
    auto fire = [&](const char *code, const QString &detail) {
        RedFlag f;
        f.code = QLatin1String(code);
        for (const auto &d : defs())
            if (f.code == QLatin1String(d.code))
                f.number = d.number;
        f.detail = detail;
        out << f;
    };
    const RegimeThresholds &t = rules.forRegime(procedure.regime);
    const QString method = r.str("tender.procurementMethod").toLower();
    const QString details = r.str("tender.procurementMethodDetails");
    const bool competitive = method == QLatin1String("open") || method == QLatin1String("selective");
    const Value tenderValue = valueOf(r.get("tender"));
    const QString currency = tenderValue.currency.isEmpty() ? procedure.currency : tenderValue.currency;

    // 1. Single bid.
    const std::optional<int> bidders = bidderCount(r);
    if (competitive && bidders && *bidders == 1)
        fire("single_bid", Tr::tr("one bidder in a competitive procedure (procurementMethod “%1”)").arg(method));

    // 2. Short submission period.
    const QDate start = ocdsDate(r.str("tender.tenderPeriod.startDate"));
    const QDate end = ocdsDate(r.str("tender.tenderPeriod.endDate"));
    if (competitive && start.isValid() && end.isValid()) {
        QString key = procedure.character.isEmpty() ? QStringLiteral("national") : procedure.character;
        if (procedure.reducedPeriodJustified)
            key = QStringLiteral("reduced");
        const int minimum = t.minSubmissionDays.value(key, t.minSubmissionDays.value(QStringLiteral("national"), 15));
        const qint64 days = start.daysTo(end);
        if (days < minimum)
            fire("short_submission", Tr::tr("%1 days from %2 to %3; the minimum is %4 (%5)")
                                         .arg(days).arg(iso(start), iso(end)).arg(minimum)
                                         .arg(key == QStringLiteral("reduced") ? Tr::tr("reduced period")
                                                                               : Codes::label(Codes::characters(), key)));
    }

    // 3. Non-open procedure.
    if (method == QLatin1String("limited") || method == QLatin1String("direct")
        || details.startsWith(QStringLiteral("Adjudicación directa"), Qt::CaseInsensitive)
        || details.startsWith(QStringLiteral("Invitación"), Qt::CaseInsensitive))
        fire("non_open", Tr::tr("procurement method “%1”%2").arg(method, details.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(details)));

    // Active awards and their suppliers.
    qint64 awarded = 0;
    bool awardedKnown = false;
    QSet<QString> winners;
    QDate firstAward;
    for (const JNode &a : r.list("awards")) {
        const QString status = a.str("status");
        if (!status.isEmpty() && status != QLatin1String("active"))
            continue;
        const Value v = valueOf(&a);
        if (v.cents && (v.currency.isEmpty() || v.currency == currency)) {
            awarded += *v.cents;
            awardedKnown = true;
        }
        for (const JNode &s : a.list("suppliers"))
            winners.insert(firstText(s, {"id", "identifier.id", "name"}));
        const QDate d = ocdsDate(a.str("date"));
        if (d.isValid() && (!firstAward.isValid() || d < firstAward))
            firstAward = d;
    }

    // 4. Direct award above the cap for its year, regime and object kind. Without a known cap
    // (none ship: the PEF annex amounts are data the user enters) the flag stays silent.
    const bool direct = method == QLatin1String("limited") || method == QLatin1String("direct")
        || details.startsWith(QStringLiteral("Adjudicación directa"), Qt::CaseInsensitive);
    if (direct && awardedKnown) {
        QString kind = objectKind(r);
        if (kind.isEmpty())
            kind = procedure.objectKind;
        if (kind.isEmpty() && procedure.regime == QLatin1String("LOPSRM"))
            kind = QStringLiteral("works");
        else if (kind.isEmpty() && procedure.regime.startsWith(QLatin1String("LAASSP")))
            kind = QStringLiteral("goods_services");
        if (kind == QLatin1String("goods") || kind == QLatin1String("services"))
            kind = QStringLiteral("goods_services"); // the PEF annex has one cap for both
        QDate when = firstAward.isValid() ? firstAward : start;
        if (!when.isValid())
            when = ocdsDate(r.str("date"));
        const DirectAwardCap *cap = when.isValid() ? rules.directAwardCap(when.year(), procedure.regime, kind) : nullptr;
        if (cap && cap->currency == currency && awarded > cap->cents)
            fire("direct_award_cap", Tr::tr("direct award of %1 above the %2 cap of %3 (%4); allowed only under an exception "
                                            "other than the amount")
                                         .arg(money(awarded, currency)).arg(when.year()).arg(money(cap->cents, currency),
                                                                                             cap->source.isEmpty() ? kind : cap->source));
    }

    // 5. Award at or near the estimate.
    if (tenderValue.cents && *tenderValue.cents > 0 && awardedKnown) {
        const qint64 diff = qAbs(*tenderValue.cents - awarded);
        const qint64 bp = roundedDivide(Int128(diff) * 10000, *tenderValue.cents);
        if (Int128(diff) * 10000 < Int128(t.nearEstimateBp) * *tenderValue.cents)
            fire("near_estimate", Tr::tr("awarded %1 against an estimate of %2 (%3 apart)")
                                      .arg(money(awarded, currency), money(*tenderValue.cents, currency), pct(bp)));
    }

    // 6. Contracts above the reference; 7. upward amendments.
    qint64 contracted = 0;
    bool contractedKnown = false;
    for (const JNode &c : r.list("contracts")) {
        const Value v = valueOf(&c);
        if (v.cents && (v.currency.isEmpty() || v.currency == currency)) {
            contracted += *v.cents;
            contractedKnown = true;
        }
        const bool amended = !c.list("amendments").empty() || (c.get("amendment") && c.get("amendment")->isObject());
        std::optional<qint64> awardValue;
        for (const JNode &a : r.list("awards"))
            if (a.str("id") == c.str("awardID"))
                awardValue = valueOf(&a).cents;
        if (amended)
            fire("upward_amendment", Tr::tr("contract %1 has amendments").arg(c.str("id")));
        else if (awardValue && v.cents && *awardValue > 0
                 && Int128(*v.cents - *awardValue) * 10000 > Int128(t.amendmentIncreaseBp) * *awardValue)
            fire("upward_amendment", Tr::tr("contract %1 (%2) is above its award (%3)")
                                         .arg(c.str("id"), money(*v.cents, currency), money(*awardValue, currency)));
    }
    std::optional<qint64> reference = tenderValue.cents;
    if (!reference)
        reference = valueOf(r.at("planning.budget")).cents;
    if (reference && contractedKnown
        && Int128(contracted) * 10000 > Int128(*reference) * (10000 + t.overrunToleranceBp))
        fire("cost_overrun", Tr::tr("contracts total %1 against a reference of %2")
                                 .arg(money(contracted, currency), money(*reference, currency)));

    // 8–12. Bid-level flags (bids extension).
    std::vector<BidInfo> bids;
    for (const JNode &b : r.list("bids.details")) {
        const QString status = b.str("status");
        if (status == QLatin1String("invited") || status == QLatin1String("withdrawn"))
            continue;
        const Value v = valueOf(&b);
        for (const JNode &tn : b.list("tenderers"))
            bids.push_back({firstText(tn, {"id", "identifier.id", "name"}), v.cents.value_or(-1), status, ocdsDate(b.str("date"))});
    }
    if (!winners.isEmpty() && !bids.empty()) {
        const BidInfo *lowest = nullptr;
        for (const BidInfo &b : bids)
            if (b.cents >= 0 && (!lowest || b.cents < lowest->cents))
                lowest = &b;
        if (lowest && lowest->status == QLatin1String("disqualified"))
            fire("lowest_rejected", Tr::tr("the lowest bid (%1, %2) was disqualified").arg(lowest->tenderer, money(lowest->cents, currency)));
        QSet<QString> valid, disqualified;
        for (const BidInfo &b : bids)
            (b.status == QLatin1String("disqualified") ? disqualified : valid).insert(b.tenderer);
        disqualified -= valid;
        if (valid.size() == 1 && valid == winners && !disqualified.isEmpty())
            fire("all_but_winner_rejected", Tr::tr("%n other bidder(s) disqualified", nullptr, int(disqualified.size())));
        for (const BidInfo &b : bids)
            if (winners.contains(b.tenderer) && b.date.isValid() && end.isValid() && b.date > end)
                fire("late_bid_won", Tr::tr("%1 bid on %2, after the deadline %3").arg(b.tenderer, iso(b.date), iso(end)));
        std::vector<qint64> validPrices;
        qint64 winning = -1;
        for (const BidInfo &b : bids)
            if (b.status != QLatin1String("disqualified") && b.cents >= 0) {
                validPrices.push_back(b.cents);
                if (winners.contains(b.tenderer))
                    winning = winning < 0 ? b.cents : qMin(winning, b.cents);
            }
        std::sort(validPrices.begin(), validPrices.end());
        if (winning > 0 && validPrices.size() >= 2) {
            const qint64 runnerUp = validPrices[0] == winning ? validPrices[1] : validPrices[0];
            if (runnerUp >= winning && Int128(runnerUp - winning) * 10000 < Int128(t.narrowGapBp) * winning)
                fire("narrow_gap", Tr::tr("runner-up %1 against winner %2").arg(money(runnerUp, currency), money(winning, currency)));
        }
    }
    {
        std::map<qint64, QSet<QString>> byPrice;
        for (const BidInfo &b : bids)
            if (b.cents > 0)
                byPrice[b.cents].insert(b.tenderer);
        for (const auto &[price, who] : byPrice)
            if (who.size() >= 2)
                fire("identical_prices", Tr::tr("%n bidders offered %1", nullptr, int(who.size())).arg(money(price, currency)));
    }

    // 13. Connected bidders: shared address, e-mail or telephone.
    {
        QHash<QString, const JNode *> parties;
        for (const JNode &p : r.list("parties"))
            parties.insert(p.str("id"), &p);
        QHash<QString, QSet<QString>> owners; // normalised contact -> tenderers
        auto addContact = [&](const QString &who, const QString &kind, const QString &value) {
            const QString n = norm(value);
            if (n.size() >= 5)
                owners[kind + QLatin1Char(':') + n].insert(who);
        };
        for (const JNode &tn : r.list("tender.tenderers")) {
            const JNode *p = parties.value(tn.str("id"), &tn);
            const QString who = firstText(tn, {"id", "identifier.id", "name"});
            if (!p->str("address.streetAddress").isEmpty())
                addContact(who, QStringLiteral("address"), p->str("address.streetAddress") + p->str("address.postalCode"));
            addContact(who, QStringLiteral("email"), p->str("contactPoint.email"));
            addContact(who, QStringLiteral("telephone"), p->str("contactPoint.telephone"));
        }
        for (auto it = owners.cbegin(); it != owners.cend(); ++it)
            if (it->size() >= 2) {
                QStringList names = it->values();
                names.sort();
                fire("connected_bidders", Tr::tr("%1 share the same %2").arg(names.join(QStringLiteral(", ")), it.key().section(QLatin1Char(':'), 0, 0)));
            }
    }

    // 14. Incoherent dates.
    {
        QStringList problems;
        for (const JNode &a : r.list("awards")) {
            const QDate ad = ocdsDate(a.str("date"));
            if (ad.isValid() && end.isValid() && ad < end)
                problems << Tr::tr("award %1 (%2) before the tender period ends (%3)").arg(a.str("id"), iso(ad), iso(end));
            for (const JNode &c : r.list("contracts")) {
                if (c.str("awardID") != a.str("id") && r.list("awards").size() > 1)
                    continue;
                const QDate signedOn = ocdsDate(c.str("dateSigned"));
                const QDate startOn = ocdsDate(c.str("period.startDate"));
                if (ad.isValid() && signedOn.isValid() && signedOn < ad)
                    problems << Tr::tr("contract %1 signed (%2) before its award (%3)").arg(c.str("id"), iso(signedOn), iso(ad));
                if (ad.isValid() && startOn.isValid() && startOn < ad)
                    problems << Tr::tr("contract %1 starts (%2) before its award (%3)").arg(c.str("id"), iso(startOn), iso(ad));
            }
        }
        for (const JNode &c : r.list("contracts")) {
            const QDate signedOn = ocdsDate(c.str("dateSigned"));
            const QDate startOn = ocdsDate(c.str("period.startDate"));
            if (end.isValid() && startOn.isValid() && startOn < end)
                problems << Tr::tr("contract %1 starts (%2) before the tender period ends (%3)").arg(c.str("id"), iso(startOn), iso(end));
            for (const JNode &tx : c.list("implementation.transactions")) {
                const QDate td = ocdsDate(tx.str("date"));
                if (td.isValid() && signedOn.isValid() && td < signedOn) {
                    problems << Tr::tr("contract %1 paid (%2) before it was signed (%3)").arg(c.str("id"), iso(td), iso(signedOn));
                    break;
                }
            }
        }
        if (start.isValid() && end.isValid() && end < start)
            problems << Tr::tr("the tender period ends (%1) before it starts (%2)").arg(iso(end), iso(start));
        if (!problems.isEmpty())
            fire("incoherent_dates", problems.join(QStringLiteral("; ")));
    }

    // 15. Decision period: working days from the end of the tender period (the opening) to the
    // award. An award before the end is flag 14's business, not this one's.
    if (competitive && end.isValid() && firstAward.isValid() && firstAward >= end) {
        const int days = BusinessCalendar::standard().businessDaysBetween(end, firstAward);
        if (days < t.minDecisionWorkingDays || days > t.maxDecisionWorkingDays)
            fire("decision_period", Tr::tr("%1 working days from %2 to the award on %3; the usual range is %4 to %5")
                                        .arg(days).arg(iso(end), iso(firstAward)).arg(t.minDecisionWorkingDays).arg(t.maxDecisionWorkingDays));
    }

    // 16. Suppliers without a name or an identifier.
    for (const JNode &a : r.list("awards"))
        for (const JNode &s : a.list("suppliers"))
            if (s.str("name").isEmpty() || firstText(s, {"id", "identifier.id"}).isEmpty())
                fire("unidentified_supplier", Tr::tr("award %1: supplier “%2” (identifier “%3”)")
                                                  .arg(a.str("id"), s.str("name"), firstText(s, {"identifier.id", "id"})));

    // 17. Missing key documents, per stage the data reaches.
    {
        auto has = [&](const std::vector<JNode> &docs, QStringList types) {
            for (const JNode &d : docs)
                if (types.contains(normalizedDocumentType(d.str("documentType"))))
                    return true;
            return false;
        };
        QStringList missing;
        if (r.get("tender") && !has(r.list("tender.documents"), {QStringLiteral("tenderNotice"), QStringLiteral("biddingDocuments"), QStringLiteral("clarifications")}))
            missing << Tr::tr("tender notice, bidding documents or clarifications");
        bool awardDocs = false, contractDocs = false;
        for (const JNode &a : r.list("awards"))
            awardDocs = awardDocs || has(a.list("documents"), {QStringLiteral("awardNotice"), QStringLiteral("evaluationReports")});
        for (const JNode &c : r.list("contracts"))
            contractDocs = contractDocs || has(c.list("documents"), {QStringLiteral("contractSigned")});
        if (!r.list("awards").empty() && !awardDocs)
            missing << Tr::tr("award notice or evaluation report");
        if (!r.list("contracts").empty() && !contractDocs)
            missing << Tr::tr("signed contract");
        if (!missing.isEmpty())
            fire("missing_documents", Tr::tr("not published: %1").arg(missing.join(QStringLiteral("; "))));
    }
    return out;
}

} // namespace Testigo::Ocds
