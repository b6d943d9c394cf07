// SPDX-License-Identifier: GPL-3.0-or-later
// The red flags' rules, one function each (OCDS.md §4 numbering); legal periods come from the clock
// rules of the version of the law in force (FlagContext::law).
#include "ocds/redflags_checks.h"

#include "domain/dates.h"
#include "domain/money.h"
#include "rules/calendar.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <map>

namespace Testigo::Ocds {

namespace {

QString money(qint64 cents, const QString &currency)
{
    return Money(cents, currency).toDecimalString() + QLatin1Char(' ') + currency;
}
QString pct(qint64 bp)
{
    return QStringLiteral("%1 %").arg(double(bp) / 100.0, 0, 'f', 2);
}
QString iso(const QDate &d)
{
    return formatDate(d); // the UI language's one date format
}

QString norm(QString s)
{
    s = s.toLower();
    s.remove(QRegularExpression(QStringLiteral("[^a-z0-9@.]")));
    return s;
}

// The clock rule a submission period answers to: the one for the procedure's type (an open tender's
// publication-to-opening, a restricted invitation's own period) in the version of the law in force.
const ClockRule *submissionRule(const RegimeRules &law, const Procedure &p)
{
    for (const char *code : {"publication_to_opening", "invitation_to_opening"})
        if (const ClockRule *rule = law.rule(QLatin1String(code)); rule && rule->appliesTo(p))
            return rule;
    return nullptr;
}

// The awards a contract covers: the one it names and the same supplier's other active awards that no
// contract names (one contract signed for several lots names only one of their awards).
std::optional<qint64> coveredAwards(const JNode &r, const JNode &contract)
{
    QSet<QString> named;
    for (const JNode &c : r.list("contracts"))
        named.insert(c.str("awardID"));
    const auto suppliersOf = [](const JNode &a) {
        QSet<QString> s;
        for (const JNode &x : a.list("suppliers"))
            s.insert(firstText(x, {"id", "identifier.id", "name"}));
        return s;
    };
    const JNode *own = nullptr;
    for (const JNode &a : r.list("awards"))
        if (a.str("id") == contract.str("awardID"))
            own = &a;
    if (!own || !valueOf(own).cents)
        return std::nullopt;
    qint64 total = *valueOf(own).cents;
    const QSet<QString> supplier = suppliersOf(*own);
    for (const JNode &a : r.list("awards")) {
        const QString status = a.str("status");
        if (&a == own || named.contains(a.str("id"))
            || (!status.isEmpty() && status != QLatin1String("active")))
            continue;
        if (!supplier.isEmpty() && suppliersOf(a) == supplier && valueOf(&a).cents)
            total += *valueOf(&a).cents;
    }
    return total;
}

// Flag 7: a contract above the award(s) it covers. Where the law sets a ceiling on modifications
// (20 % for goods, LAASSP art. 74) only an increase beyond it is flagged; elsewhere any increase
// beyond the tolerance is a lead. An amendment that leaves the amount within the awards is no flag.
QString upwardAmendment(const JNode &r, const JNode &c, const Procedure &p, const RegimeRules &law,
    int toleranceBp, const QString &currency)
{
    const Value v = valueOf(&c);
    const std::optional<qint64> awarded = coveredAwards(r, c);
    if (!v.cents || !awarded || *awarded <= 0 || *v.cents <= *awarded)
        return QString();
    const auto &ceiling = law.amendmentCeiling;
    const bool covered
        = ceiling && (ceiling->objectKinds.isEmpty() || ceiling->objectKinds.contains(p.objectKind));
    // Compared exactly: increase / awarded > limit, in 128 bits.
    const auto beyond
        = [&](int limitBp) { return Int128(*v.cents - *awarded) * 10000 > Int128(limitBp) * *awarded; };
    if (!beyond(covered ? ceiling->basisPoints : toleranceBp))
        return QString();
    const qint64 bp = roundedDivide(Int128(*v.cents - *awarded) * 10000, *awarded);
    const QString base = QCoreApplication::translate(
        "OcdsRedFlags", "contract %1 (%2) is %3 above the award(s) it covers (%4)")
                             .arg(c.str("id"), money(*v.cents, currency), pct(bp), money(*awarded, currency));
    if (!covered)
        return base;
    const QString article = ceiling->verified
        ? ceiling->article
        : QCoreApplication::translate("OcdsRedFlags", "%1, unverified").arg(ceiling->article);
    return base
        + QCoreApplication::translate("OcdsRedFlags", "; beyond the legal ceiling of %1 (%2)")
              .arg(pct(ceiling->basisPoints), article);
}

QString articleOf(const ClockRule &rule)
{
    return rule.verified ? rule.article
                         : QCoreApplication::translate("OcdsRedFlags", "%1, unverified").arg(rule.article);
}

bool detailsStartWithAny(const FlagContext &c, const QStringList &prefixes)
{
    for (const QString &prefix : prefixes)
        if (!prefix.isEmpty() && c.details.startsWith(prefix, Qt::CaseInsensitive))
            return true;
    return false;
}

bool isDirect(const FlagContext &c)
{
    return c.method == QLatin1String("limited") || c.method == QLatin1String("direct")
        || detailsStartWithAny(c, c.rules.directDetails);
}

// 1. Single bid.
void singleBid(const FlagContext &c, const Fire &fire)
{
    const std::optional<int> bidders = bidderCount(c.r);
    if (c.competitive && bidders && *bidders == 1)
        fire("single_bid",
            QCoreApplication::translate(
                "OcdsRedFlags", "one bidder in a competitive procedure (procurementMethod “%1”)")
                .arg(c.method));
}

// 2. Short submission period, against the same rule the clocks use (one source of figures).
void shortSubmission(const FlagContext &c, const Fire &fire)
{
    const ClockRule *submission = submissionRule(c.law, c.procedure);
    if (!c.competitive || !c.start.isValid() || !c.end.isValid() || !submission || submission->businessDays)
        return;
    const int minimum = submission->limitFor(c.procedure);
    const qint64 days = c.start.daysTo(c.end);
    if (days < minimum)
        fire("short_submission",
            QCoreApplication::translate("OcdsRedFlags", "%1 days from %2 to %3; the minimum is %4 (%5)")
                .arg(days)
                .arg(iso(c.start), iso(c.end))
                .arg(minimum)
                .arg(articleOf(*submission)));
}

// 3. Non-open procedure.
void nonOpen(const FlagContext &c, const Fire &fire)
{
    if (isDirect(c) || detailsStartWithAny(c, c.rules.invitationDetails))
        fire("non_open",
            QCoreApplication::translate("OcdsRedFlags", "procurement method “%1”%2")
                .arg(c.method, c.details.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(c.details)));
}

// 4. Direct award above the cap for its year, regime and object kind. Without a known cap
// (none ship: the PEF annex amounts are data the user enters) the flag stays silent.
void directAwardCap(const FlagContext &c, const Fire &fire)
{
    if (!isDirect(c) || !c.awardedKnown)
        return;
    QString kind = objectKind(c.r);
    if (kind.isEmpty())
        kind = c.procedure.objectKind;
    if (kind.isEmpty() && c.procedure.regime == QLatin1String("LOPSRM"))
        kind = QStringLiteral("works");
    else if (kind.isEmpty() && c.procedure.regime.startsWith(QLatin1String("LAASSP")))
        kind = QStringLiteral("goods_services");
    if (kind == QLatin1String("goods") || kind == QLatin1String("services"))
        kind = QStringLiteral("goods_services"); // the PEF annex has one cap for both
    QDate when = c.firstAward.isValid() ? c.firstAward : c.start;
    if (!when.isValid())
        when = ocdsDate(c.r.str("date"));
    const DirectAwardCap *cap
        = when.isValid() ? c.rules.directAwardCap(when.year(), c.procedure.regime, kind) : nullptr;
    if (cap && cap->currency == c.currency && c.awarded > cap->cents)
        fire("direct_award_cap",
            QCoreApplication::translate("OcdsRedFlags",
                "direct award of %1 above the %2 cap of %3 (%4); allowed only under an exception "
                "other than the amount")
                .arg(money(c.awarded, c.currency))
                .arg(when.year())
                .arg(money(cap->cents, c.currency), cap->source.isEmpty() ? kind : cap->source));
}

// 5. Award at or near the estimate.
void nearEstimate(const FlagContext &c, const Fire &fire)
{
    const std::optional<qint64> &estimate = c.tenderValue.cents;
    if (!estimate || *estimate <= 0 || !c.awardedKnown)
        return;
    const qint64 diff = qAbs(*estimate - c.awarded);
    const qint64 bp = roundedDivide(Int128(diff) * 10000, *estimate);
    if (Int128(diff) * 10000 < Int128(c.t.nearEstimateBp) * *estimate)
        fire("near_estimate",
            QCoreApplication::translate("OcdsRedFlags", "awarded %1 against an estimate of %2 (%3 apart)")
                .arg(money(c.awarded, c.currency), money(*estimate, c.currency), pct(bp)));
}

// 7. Upward amendments: each contract against the award(s) it covers and the legal ceiling.
void upwardAmendments(const FlagContext &c, const Fire &fire)
{
    for (const JNode &k : c.r.list("contracts"))
        if (const QString why
            = upwardAmendment(c.r, k, c.procedure, c.law, c.t.amendmentIncreaseBp, c.currency);
            !why.isEmpty())
            fire("upward_amendment", why);
}

// 6. Contracts above the reference.
void costOverrun(const FlagContext &c, const Fire &fire)
{
    qint64 contracted = 0;
    bool known = false;
    for (const JNode &k : c.r.list("contracts")) {
        const Value v = valueOf(&k);
        if (v.cents && (v.currency.isEmpty() || v.currency == c.currency)) {
            contracted += *v.cents;
            known = true;
        }
    }
    std::optional<qint64> reference = c.tenderValue.cents;
    if (!reference)
        reference = valueOf(c.r.at("planning.budget")).cents;
    if (reference && known
        && Int128(contracted) * 10000 > Int128(*reference) * (10000 + c.t.overrunToleranceBp))
        fire("cost_overrun",
            QCoreApplication::translate("OcdsRedFlags", "contracts total %1 against a reference of %2")
                .arg(money(contracted, c.currency), money(*reference, c.currency)));
}

bool bidsToJudge(const FlagContext &c)
{
    return !c.winners.isEmpty() && !c.bids.empty();
}

// 8. The lowest bid disqualified.
void lowestRejected(const FlagContext &c, const Fire &fire)
{
    if (!bidsToJudge(c))
        return;
    const BidInfo *lowest = nullptr;
    for (const BidInfo &b : c.bids)
        if (b.cents >= 0 && (!lowest || b.cents < lowest->cents))
            lowest = &b;
    if (lowest && lowest->status == QLatin1String("disqualified"))
        fire("lowest_rejected",
            QCoreApplication::translate("OcdsRedFlags", "the lowest bid (%1, %2) was disqualified")
                .arg(lowest->tenderer, money(lowest->cents, c.currency)));
}

// 9. Every bid but the winner's disqualified.
void allButWinnerRejected(const FlagContext &c, const Fire &fire)
{
    if (!bidsToJudge(c))
        return;
    QSet<QString> valid, disqualified;
    for (const BidInfo &b : c.bids)
        (b.status == QLatin1String("disqualified") ? disqualified : valid).insert(b.tenderer);
    disqualified -= valid;
    if (valid.size() == 1 && valid == c.winners && !disqualified.isEmpty())
        fire("all_but_winner_rejected",
            QCoreApplication::translate(
                "OcdsRedFlags", "%n other bidder(s) disqualified", nullptr, int(disqualified.size())));
}

// 11. A winner's bid after the deadline.
void lateBidWon(const FlagContext &c, const Fire &fire)
{
    if (!bidsToJudge(c))
        return;
    for (const BidInfo &b : c.bids)
        if (c.winners.contains(b.tenderer) && b.date.isValid() && c.end.isValid() && b.date > c.end)
            fire("late_bid_won",
                QCoreApplication::translate("OcdsRedFlags", "%1 bid on %2, after the deadline %3")
                    .arg(b.tenderer, iso(b.date), iso(c.end)));
}

// 12. A narrow gap between the winner and the runner-up.
void narrowGap(const FlagContext &c, const Fire &fire)
{
    if (!bidsToJudge(c))
        return;
    std::vector<qint64> validPrices;
    qint64 winning = -1;
    for (const BidInfo &b : c.bids)
        if (b.status != QLatin1String("disqualified") && b.cents >= 0) {
            validPrices.push_back(b.cents);
            if (c.winners.contains(b.tenderer))
                winning = winning < 0 ? b.cents : qMin(winning, b.cents);
        }
    std::sort(validPrices.begin(), validPrices.end());
    if (winning <= 0 || validPrices.size() < 2)
        return;
    const qint64 runnerUp = validPrices[0] == winning ? validPrices[1] : validPrices[0];
    if (runnerUp >= winning && Int128(runnerUp - winning) * 10000 < Int128(c.t.narrowGapBp) * winning)
        fire("narrow_gap",
            QCoreApplication::translate("OcdsRedFlags", "runner-up %1 against winner %2")
                .arg(money(runnerUp, c.currency), money(winning, c.currency)));
}

// 10. Identical bid prices.
void identicalPrices(const FlagContext &c, const Fire &fire)
{
    std::map<qint64, QSet<QString>> byPrice;
    for (const BidInfo &b : c.bids)
        if (b.cents > 0)
            byPrice[b.cents].insert(b.tenderer);
    for (const auto &[price, who] : byPrice)
        if (who.size() >= 2)
            fire("identical_prices",
                QCoreApplication::translate("OcdsRedFlags", "%n bidders offered %1", nullptr, int(who.size()))
                    .arg(money(price, c.currency)));
}

// 13. Connected bidders: shared address, e-mail or telephone.
void connectedBidders(const FlagContext &c, const Fire &fire)
{
    QHash<QString, const JNode *> parties;
    for (const JNode &p : c.r.list("parties"))
        parties.insert(p.str("id"), &p);
    QHash<QString, QSet<QString>> owners; // normalised contact -> tenderers
    auto addContact = [&](const QString &who, const QString &kind, const QString &value) {
        const QString n = norm(value);
        if (n.size() >= 5)
            owners[kind + QLatin1Char(':') + n].insert(who);
    };
    for (const JNode &tn : c.r.list("tender.tenderers")) {
        const JNode *p = parties.value(tn.str("id"), &tn);
        const QString who = firstText(tn, {"id", "identifier.id", "name"});
        if (!p->str("address.streetAddress").isEmpty())
            addContact(who, QStringLiteral("address"),
                p->str("address.streetAddress") + p->str("address.postalCode"));
        addContact(who, QStringLiteral("email"), p->str("contactPoint.email"));
        addContact(who, QStringLiteral("telephone"), p->str("contactPoint.telephone"));
    }
    for (auto it = owners.cbegin(); it != owners.cend(); ++it)
        if (it->size() >= 2) {
            QStringList names = it->values();
            names.sort();
            fire("connected_bidders",
                QCoreApplication::translate("OcdsRedFlags", "%1 share the same %2")
                    .arg(names.join(QStringLiteral(", ")), it.key().section(QLatin1Char(':'), 0, 0)));
        }
}

// Awards dated before the tender period ends, contracts signed or started before their award.
void awardDateProblems(const FlagContext &c, QStringList &problems)
{
    for (const JNode &a : c.r.list("awards")) {
        const QDate ad = ocdsDate(a.str("date"));
        if (ad.isValid() && c.end.isValid() && ad < c.end)
            problems << QCoreApplication::translate(
                "OcdsRedFlags", "award %1 (%2) before the tender period ends (%3)")
                            .arg(a.str("id"), iso(ad), iso(c.end));
        for (const JNode &k : c.r.list("contracts")) {
            if (k.str("awardID") != a.str("id") && c.r.list("awards").size() > 1)
                continue;
            const QDate signedOn = ocdsDate(k.str("dateSigned"));
            const QDate startOn = ocdsDate(k.str("period.startDate"));
            if (ad.isValid() && signedOn.isValid() && signedOn < ad)
                problems << QCoreApplication::translate(
                    "OcdsRedFlags", "contract %1 signed (%2) before its award (%3)")
                                .arg(k.str("id"), iso(signedOn), iso(ad));
            if (ad.isValid() && startOn.isValid() && startOn < ad)
                problems << QCoreApplication::translate(
                    "OcdsRedFlags", "contract %1 starts (%2) before its award (%3)")
                                .arg(k.str("id"), iso(startOn), iso(ad));
        }
    }
}

// Contracts started before the tender period ends or paid before they were signed.
void contractDateProblems(const FlagContext &c, QStringList &problems)
{
    for (const JNode &k : c.r.list("contracts")) {
        const QDate signedOn = ocdsDate(k.str("dateSigned"));
        const QDate startOn = ocdsDate(k.str("period.startDate"));
        if (c.end.isValid() && startOn.isValid() && startOn < c.end)
            problems << QCoreApplication::translate(
                "OcdsRedFlags", "contract %1 starts (%2) before the tender period ends (%3)")
                            .arg(k.str("id"), iso(startOn), iso(c.end));
        for (const JNode &tx : k.list("implementation.transactions")) {
            const QDate td = ocdsDate(tx.str("date"));
            if (td.isValid() && signedOn.isValid() && td < signedOn) {
                problems << QCoreApplication::translate(
                    "OcdsRedFlags", "contract %1 paid (%2) before it was signed (%3)")
                                .arg(k.str("id"), iso(td), iso(signedOn));
                break;
            }
        }
    }
}

// 14. Incoherent dates.
void incoherentDates(const FlagContext &c, const Fire &fire)
{
    QStringList problems;
    awardDateProblems(c, problems);
    contractDateProblems(c, problems);
    if (c.start.isValid() && c.end.isValid() && c.end < c.start)
        problems << QCoreApplication::translate(
            "OcdsRedFlags", "the tender period ends (%1) before it starts (%2)")
                        .arg(iso(c.end), iso(c.start));
    if (!problems.isEmpty())
        fire("incoherent_dates", problems.join(QStringLiteral("; ")));
}

// 15. Decision period: too few working days from the opening (the end of the tender period) to the
// award, or later than the clock's latest lawful fallo. An award before the end is flag 14's.
void decisionPeriod(const FlagContext &c, const Fire &fire)
{
    if (!c.competitive || !c.end.isValid() || !c.firstAward.isValid() || c.firstAward < c.end)
        return;
    const int days = c.calendar.businessDaysBetween(c.end, c.firstAward);
    const ClockRule *fallo = c.law.rule(QStringLiteral("opening_to_award"));
    const int lawful = fallo ? fallo->limitFor(c.procedure) + fallo->extensionDays : 0;
    if (days < c.t.minDecisionWorkingDays)
        fire("decision_period",
            QCoreApplication::translate(
                "OcdsRedFlags", "%1 working days from %2 to the award on %3; at least %4 expected")
                .arg(days)
                .arg(iso(c.end), iso(c.firstAward))
                .arg(c.t.minDecisionWorkingDays));
    else if (fallo && !fallo->businessDays && c.end.daysTo(c.firstAward) > lawful)
        fire("decision_period",
            QCoreApplication::translate(
                "OcdsRedFlags", "%1 natural days from %2 to the award on %3; the law allows at most %4 (%5)")
                .arg(c.end.daysTo(c.firstAward))
                .arg(iso(c.end), iso(c.firstAward))
                .arg(lawful)
                .arg(articleOf(*fallo)));
}

// 16. Suppliers without a name or an identifier.
void unidentifiedSupplier(const FlagContext &c, const Fire &fire)
{
    for (const JNode &a : c.r.list("awards"))
        for (const JNode &s : a.list("suppliers"))
            if (s.str("name").isEmpty() || firstText(s, {"id", "identifier.id"}).isEmpty())
                fire("unidentified_supplier",
                    QCoreApplication::translate("OcdsRedFlags", "award %1: supplier “%2” (identifier “%3”)")
                        .arg(a.str("id"), s.str("name"), firstText(s, {"identifier.id", "id"})));
}

bool hasDocument(const std::vector<JNode> &docs, const QStringList &types)
{
    for (const JNode &d : docs)
        if (types.contains(normalizedDocumentType(d.str("documentType"))))
            return true;
    return false;
}

// 17. Missing key documents, per stage the data reaches.
void missingDocuments(const FlagContext &c, const Fire &fire)
{
    QStringList missing;
    if (c.r.get("tender")
        && !hasDocument(c.r.list("tender.documents"),
            {QStringLiteral("tenderNotice"), QStringLiteral("biddingDocuments"),
                QStringLiteral("clarifications")}))
        missing << QCoreApplication::translate(
            "OcdsRedFlags", "tender notice, bidding documents or clarifications");
    bool awardDocs = false, contractDocs = false;
    for (const JNode &a : c.r.list("awards"))
        awardDocs = awardDocs
            || hasDocument(
                a.list("documents"), {QStringLiteral("awardNotice"), QStringLiteral("evaluationReports")});
    for (const JNode &k : c.r.list("contracts"))
        contractDocs = contractDocs || hasDocument(k.list("documents"), {QStringLiteral("contractSigned")});
    if (!c.r.list("awards").empty() && !awardDocs)
        missing << QCoreApplication::translate("OcdsRedFlags", "award notice or evaluation report");
    if (!c.r.list("contracts").empty() && !contractDocs)
        missing << QCoreApplication::translate("OcdsRedFlags", "signed contract");
    if (!missing.isEmpty())
        fire("missing_documents",
            QCoreApplication::translate("OcdsRedFlags", "not published: %1")
                .arg(missing.join(QStringLiteral("; "))));
}

void readAwards(FlagContext &c)
{
    for (const JNode &a : c.r.list("awards")) {
        const QString status = a.str("status");
        if (!status.isEmpty() && status != QLatin1String("active"))
            continue;
        const Value v = valueOf(&a);
        if (v.cents && (v.currency.isEmpty() || v.currency == c.currency)) {
            c.awarded += *v.cents;
            c.awardedKnown = true;
        }
        for (const JNode &s : a.list("suppliers"))
            c.winners.insert(firstText(s, {"id", "identifier.id", "name"}));
        const QDate d = ocdsDate(a.str("date"));
        if (d.isValid() && (!c.firstAward.isValid() || d < c.firstAward))
            c.firstAward = d;
    }
}

void readBids(FlagContext &c)
{
    for (const JNode &b : c.r.list("bids.details")) {
        const QString status = b.str("status");
        if (status == QLatin1String("invited") || status == QLatin1String("withdrawn"))
            continue;
        const Value v = valueOf(&b);
        for (const JNode &tn : b.list("tenderers"))
            c.bids.push_back({firstText(tn, {"id", "identifier.id", "name"}), v.cents.value_or(-1), status,
                ocdsDate(b.str("date"))});
    }
}

} // namespace

FlagContext::FlagContext(
    const JNode &release, const Procedure &p, const FlagRules &flagRules, const BusinessCalendar &workingDays)
    : r(release)
    , procedure(p)
    , rules(flagRules)
    , t(flagRules.forRegime(p.regime))
    , calendar(workingDays)
    , method(release.str("tender.procurementMethod").toLower())
    , details(release.str("tender.procurementMethodDetails"))
    , tenderValue(valueOf(release.get("tender")))
{
    competitive = method == QLatin1String("open") || method == QLatin1String("selective");
    currency = tenderValue.currency.isEmpty() ? p.currency : tenderValue.currency;
    start = ocdsDate(r.str("tender.tenderPeriod.startDate"));
    end = ocdsDate(r.str("tender.tenderPeriod.endDate"));
    law = ClockRules::forRegimeOn(p.regime, start.isValid() ? start : ocdsDate(r.str("date")));
    readAwards(*this);
    readBids(*this);
}

const std::vector<FlagCheck> &flagChecks()
{
    static const std::vector<FlagCheck> checks {singleBid, shortSubmission, nonOpen, directAwardCap,
        nearEstimate, upwardAmendments, costOverrun, lowestRejected, allButWinnerRejected, lateBidWon,
        narrowGap, identicalPrices, connectedBidders, incoherentDates, decisionPeriod, unidentifiedSupplier,
        missingDocuments};
    return checks;
}

} // namespace Testigo::Ocds
