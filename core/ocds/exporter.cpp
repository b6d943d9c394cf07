// SPDX-License-Identifier: GPL-3.0-or-later
#include "ocds/exporter.h"

#include "domain/codes.h"
#include "domain/doclanguage.h"
#include "domain/eventcodes.h"
#include "domain/events.h"
#include "domain/money.h"
#include "store/casefile.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSet>

namespace Testigo::Ocds {

namespace {

JNode str(const QString &s)
{
    return JNode::string(s);
}
JNode boolean(bool b)
{
    JNode n;
    n.type = JNode::Bool;
    n.boolean = b;
    return n;
}
JNode num(qint64 v)
{
    return JNode::number(std::to_string(v));
}
JNode value(qint64 cents, const QString &currency)
{
    JNode v = JNode::object();
    v.set("amount", JNode::number(Money(cents, currency).toDecimalString().toStdString()));
    v.set("currency", str(currency));
    return v;
}
JNode dateTime(const QDate &d)
{
    return str(d.toString(Qt::ISODate) + QStringLiteral("T00:00:00-06:00"));
}
JNode strings(const QStringList &list)
{
    JNode a = JNode::array();
    QSet<QString> seen;
    for (const QString &s : list)
        if (!s.isEmpty() && !seen.contains(s)) {
            seen.insert(s);
            a.append(str(s));
        }
    return a;
}

// OCDS's status of the tender (lotId empty) or of a lot after a total cancellation ("cancelled")
// or a total void declaration ("unsuccessful"); empty when neither was recorded.
QString closureStatus(const QList<ProcedureEvent> &closures, const QString &lotId)
{
    for (const ProcedureEvent &e : closures)
        if (e.lotId == lotId && e.extent == QLatin1String("total") && Codes::isClosureKind(e.kind))
            return e.kind == QLatin1String("void") ? QStringLiteral("unsuccessful")
                                                   : QStringLiteral("cancelled");
    return QString();
}

QString method(const QString &type)
{
    if (type == QLatin1String("open_tender") || type == QLatin1String("competitive_dialogue"))
        return QStringLiteral("open");
    if (type == QLatin1String("restricted_invitation"))
        return QStringLiteral("selective");
    if (type.isEmpty())
        return QString();
    return QStringLiteral("limited");
}

// Mexican publishers write the procedure's legal name in Spanish (CompraNet's own values).
QString details(const QString &type)
{
    static const DocLanguage spanish(QStringLiteral("es")); // its catalogue is loaded once
    return Codes::label(Codes::procedureTypes(), type, spanish);
}

QString partyId(const Bidder &b)
{
    return b.rfc.isEmpty() ? QStringLiteral("bidder-") + b.id : b.rfc;
}

JNode orgRef(const QString &id, const QString &name)
{
    JNode o = JNode::object();
    o.set("id", str(id));
    o.set("name", str(name));
    return o;
}

// The rows of one procedure the release's sections share.
struct ReleaseRows
{
    ReleaseRows(const CaseFile &file, const Procedure &p)
        : file(file)
        , p(p)
        , bidders(p.id.isEmpty() ? QList<Bidder>() : file.all<Bidder>(QStringLiteral("procedure_id"), p.id))
        , lots(file.all<Lot>(QStringLiteral("procedure_id"), p.id))
        , stages(file.all<Stage>(QStringLiteral("procedure_id"), p.id))
    {
        for (const Bidder &b : bidders)
            bidderById.insert(b.id, &b);
    }
    ReleaseRows(const ReleaseRows &) = delete; // bidderById points into bidders

    JNode bidderRef(const QString &id) const
    {
        const Bidder *b = bidderById.value(id);
        return b ? orgRef(partyId(*b), b->name) : orgRef(id, QString());
    }
    // The first round's date of a stage: actual when held, planned otherwise.
    QDate stageDate(const char *kind) const
    {
        for (const Stage &s : stages)
            if (s.kind == QLatin1String(kind) && s.round == 1)
                return s.actualDate.isValid() ? s.actualDate : s.plannedDate;
        return QDate();
    }

    const CaseFile &file;
    const Procedure &p;
    const QList<Bidder> bidders;
    const QList<Lot> lots;
    const QList<Stage> stages;
    QHash<QString, const Bidder *> bidderById;
};

// The release's identity: ocid, id (ocid and modification time), date, tag and language.
JNode releaseHeader(const Procedure &p)
{
    JNode r = JNode::object();
    const QString ocid = p.ocid.isEmpty() ? QStringLiteral("ocds-tstg00-") + p.id : p.ocid;
    r.set("ocid", str(ocid));
    r.set("id",
        str(ocid + QLatin1Char('-')
            + QString(p.modifiedAt).remove(QRegularExpression(QStringLiteral("[^0-9]")))));
    r.set("date", str(p.modifiedAt.isEmpty() ? CaseFile::nowUtc() : p.modifiedAt));
    r.set("tag", strings({QStringLiteral("compiled")}));
    r.set("initiationType", str(QStringLiteral("tender")));
    r.set("language", str(QStringLiteral("es")));
    return r;
}

// The agency as the release's buyer and as the first of its parties.
void setBuyer(JNode &r, JNode &parties, const CaseFile &file, const Procedure &p)
{
    const auto agency = file.get<Agency>(p.agencyId);
    if (!agency)
        return;
    JNode buyer = orgRef(QStringLiteral("agency-") + agency->id, agency->name);
    r.set("buyer", buyer);
    buyer.set("roles", strings({QStringLiteral("buyer"), QStringLiteral("procuringEntity")}));
    parties.append(buyer);
}

// The tender's status, lots and value (the sum of the lots' reference amounts).
void setTenderLots(JNode &tender, const ReleaseRows &rows)
{
    const Procedure &p = rows.p;
    qint64 reference = 0;
    JNode lotList = JNode::array();
    const QList<ProcedureEvent> closures
        = rows.file.all<ProcedureEvent>(QStringLiteral("procedure_id"), p.id);
    if (const QString status = closureStatus(closures, QString()); !status.isEmpty())
        tender.set("status", str(status));
    for (const Lot &l : rows.lots) {
        reference += l.referenceCents;
        JNode lot = JNode::object();
        lot.set("id", str(QString::number(l.number)));
        if (const QString status = closureStatus(closures, l.id); !status.isEmpty())
            lot.set("status", str(status));
        lot.set("title", str(l.description.isEmpty() ? QString::number(l.number) : l.description));
        lot.set("value", value(l.referenceCents, p.currency));
        lotList.append(lot);
    }
    tender.set("value", value(reference, p.currency));
    if (!rows.lots.isEmpty())
        tender.set("lots", lotList);
}

// The tender, enquiry and award periods from the stages' dates.
void setTenderPeriods(JNode &tender, const ReleaseRows &rows)
{
    const QDate call = rows.stageDate("call"), opening = rows.stageDate("opening"),
                clarification = rows.stageDate("clarification");
    if (call.isValid() || opening.isValid()) {
        JNode period = JNode::object();
        if (call.isValid())
            period.set("startDate", dateTime(call));
        if (opening.isValid())
            period.set("endDate", dateTime(opening));
        tender.set("tenderPeriod", period);
    }
    if (clarification.isValid()) {
        JNode period = JNode::object();
        period.set("endDate", dateTime(clarification));
        tender.set("enquiryPeriod", period);
    }
    if (const QDate award = rows.stageDate("award"); award.isValid()) {
        JNode period = JNode::object();
        period.set("startDate", dateTime(award));
        tender.set("awardPeriod", period);
    }
}

// The bidders as the tender's tenderers and as parties (with their RFC as identifier).
void setTenderers(JNode &tender, JNode &parties, const QList<Bidder> &bidders)
{
    tender.set("numberOfTenderers", num(bidders.size()));
    JNode tenderers = JNode::array();
    for (const Bidder &b : bidders) {
        tenderers.append(orgRef(partyId(b), b.name));
        JNode party = orgRef(partyId(b), b.name);
        if (!b.rfc.isEmpty()) {
            JNode identifier = JNode::object();
            identifier.set("scheme", str(QStringLiteral("MX-RFC")));
            identifier.set("id", str(b.rfc));
            identifier.set("legalName", str(b.name));
            party.set("identifier", identifier);
        }
        party.set("roles", strings({QStringLiteral("tenderer")}));
        parties.append(party);
    }
    if (!bidders.isEmpty())
        tender.set("tenderers", tenderers);
}

JNode tenderOf(const ReleaseRows &rows, JNode &parties)
{
    const Procedure &p = rows.p;
    JNode tender = JNode::object();
    tender.set("id", str(p.number.isEmpty() ? p.id : p.number));
    tender.set("title", str(p.title));
    if (!p.object.isEmpty())
        tender.set("description", str(p.object));
    if (const QString m = method(p.type); !m.isEmpty()) {
        tender.set("procurementMethod", str(m));
        tender.set("procurementMethodDetails", str(details(p.type)));
    }
    if (!p.objectKind.isEmpty())
        tender.set("mainProcurementCategory", str(p.objectKind));
    setTenderLots(tender, rows);
    setTenderPeriods(tender, rows);
    setTenderers(tender, parties, rows.bidders);
    return tender;
}

// The witness on the tender (Transparencia Mexicana's extension) and the witness's work as one
// external audit: findings as observations, recommendations and responses as actions.
JNode witnessAudit(const ReleaseRows &rows, JNode &tender)
{
    const QList<Engagement> engagements
        = rows.file.all<Engagement>(QStringLiteral("procedure_id"), rows.p.id);
    tender.set("hasSocialWitness", boolean(!engagements.isEmpty()));
    JNode witnessOrg = orgRef(QString(), QStringLiteral("Testigo social"));
    if (!engagements.isEmpty()) {
        if (const auto w = rows.file.get<Witness>(engagements.first().witnessId)) {
            witnessOrg = orgRef(w->rfc.isEmpty() ? QStringLiteral("witness-") + w->id : w->rfc, w->name);
            tender.set("socialWitness", witnessOrg);
        }
        if (engagements.first().letterDate.isValid())
            tender.set("socialWitnessDesignationDate", dateTime(engagements.first().letterDate));
    }
    QStringList observations, actions;
    for (const Finding &f : rows.file.all<Finding>(QStringLiteral("procedure_id"), rows.p.id)) {
        observations
            << QStringLiteral("%1. [%2/%3] %4").arg(f.number).arg(f.category, f.severity, f.description);
        if (!f.recommendation.isEmpty())
            actions << QStringLiteral("%1. %2").arg(f.number).arg(f.recommendation);
        if (!f.response.isEmpty())
            actions << QStringLiteral("%1. %2 (%3)").arg(f.number).arg(f.response, f.status);
    }
    JNode audit = JNode::object();
    audit.set("type", str(QStringLiteral("external")));
    audit.set("auditor", witnessOrg);
    audit.set("observations", strings(observations));
    audit.set("actions", strings(actions));
    return audit;
}

JNode bidOf(const ReleaseRows &rows, const Lot &l, const Bid &b)
{
    JNode bid = JNode::object();
    bid.set("id", str(b.id));
    bid.set("status", str(b.rejected ? QStringLiteral("disqualified") : QStringLiteral("valid")));
    JNode who = JNode::array();
    who.append(rows.bidderRef(b.bidderId));
    bid.set("tenderers", who);
    bid.set("value", value(b.amountCents, rows.p.currency));
    bid.set("relatedLots", strings({QString::number(l.number)}));
    return bid;
}

JNode awardOf(const ReleaseRows &rows, const Lot &l, const Award &a)
{
    JNode award = JNode::object();
    award.set("id", str(a.id));
    award.set("status", str(a.voidLot ? QStringLiteral("unsuccessful") : QStringLiteral("active")));
    if (a.date.isValid())
        award.set("date", dateTime(a.date));
    if (!a.voidLot)
        award.set("value", value(a.amountCents, rows.p.currency));
    JNode suppliers = JNode::array();
    if (!a.bidderId.isEmpty())
        suppliers.append(rows.bidderRef(a.bidderId));
    award.set("suppliers", suppliers);
    award.set("relatedLots", strings({QString::number(l.number)}));
    return award;
}

// Bids and awards of every lot; returns the award of each supplier (bidder id -> award id).
QHash<QString, QString> setBidsAndAwards(JNode &r, const ReleaseRows &rows)
{
    JNode details = JNode::array();
    JNode awards = JNode::array();
    QHash<QString, QString> awardOfBidder;
    for (const Lot &l : rows.lots) {
        for (const Bid &b : rows.file.all<Bid>(QStringLiteral("lot_id"), l.id))
            details.append(bidOf(rows, l, b));
        for (const Award &a : rows.file.all<Award>(QStringLiteral("lot_id"), l.id)) {
            awards.append(awardOf(rows, l, a));
            if (!a.bidderId.isEmpty())
                awardOfBidder.insert(a.bidderId, a.id);
        }
    }
    if (!details.items.empty()) {
        JNode bids = JNode::object();
        bids.set("details", details);
        r.set("bids", bids);
    }
    if (!awards.items.empty())
        r.set("awards", awards);
    return awardOfBidder;
}

JNode amendmentsOf(const CaseFile &file, const Contract &c)
{
    JNode amendments = JNode::array();
    for (const Amendment &am : file.all<Amendment>(QStringLiteral("contract_id"), c.id)) {
        JNode a = JNode::object();
        a.set("id", str(QString::number(am.number)));
        if (am.date.isValid())
            a.set("date", dateTime(am.date));
        a.set("rationale", str(am.description));
        a.set("description",
            str(QStringLiteral("%1 %2").arg(Money(am.deltaCents, c.currency).toDecimalString(), c.currency)));
        amendments.append(a);
    }
    return amendments;
}

JNode contractOf(const ReleaseRows &rows, const Contract &c, const QHash<QString, QString> &awardOfBidder,
    const JNode &audit)
{
    JNode contract = JNode::object();
    contract.set("id", str(c.number.isEmpty() ? c.id : c.number));
    // awardID is required and non-empty; a contract without a recorded award names its supplier.
    const QString awardId = awardOfBidder.value(c.bidderId);
    contract.set("awardID", str(awardId.isEmpty() ? QStringLiteral("none-") + c.id : awardId));
    if (awardId.isEmpty() && !c.bidderId.isEmpty()) {
        JNode suppliers = JNode::array();
        suppliers.append(rows.bidderRef(c.bidderId));
        contract.set("suppliers", suppliers);
    }
    contract.set("value", value(c.amountCents, c.currency));
    if (c.signedDate.isValid())
        contract.set("dateSigned", dateTime(c.signedDate));
    const JNode amendments = amendmentsOf(rows.file, c);
    if (!amendments.items.empty())
        contract.set("amendments", amendments);
    contract.set("hasModifications", boolean(!amendments.items.empty()));
    JNode implementation = JNode::object();
    JNode audits = JNode::array();
    audits.append(audit);
    implementation.set("hasAudits", boolean(true));
    implementation.set("audits", audits);
    contract.set("implementation", implementation);
    return contract;
}

// The contracts, each carrying the witness's audit; without a contract the tender carries it.
void setContracts(
    JNode &r, const ReleaseRows &rows, const QHash<QString, QString> &awardOfBidder, const JNode &audit)
{
    JNode contracts = JNode::array();
    for (const Contract &c : rows.file.all<Contract>(QStringLiteral("procedure_id"), rows.p.id))
        contracts.append(contractOf(rows, c, awardOfBidder, audit));
    if (!contracts.items.empty()) {
        r.set("contracts", contracts);
    } else {
        JNode audits = JNode::array();
        audits.append(audit);
        r.get("tender")->set("socialWitnessAudits", audits);
    }
}

} // namespace

JNode exportRelease(const CaseFile &file, const Procedure &p)
{
    JNode r = releaseHeader(p);
    JNode parties = JNode::array();
    setBuyer(r, parties, file, p);
    const ReleaseRows rows(file, p);
    JNode tender = tenderOf(rows, parties);
    const JNode audit = witnessAudit(rows, tender);
    r.set("tender", tender);
    r.set("parties", parties);
    const QHash<QString, QString> awardOfBidder = setBidsAndAwards(r, rows);
    setContracts(r, rows, awardOfBidder, audit);
    return r;
}

QByteArray exportReleasePackage(const CaseFile &file, const QList<Procedure> &procedures)
{
    JNode package = JNode::object();
    package.set("uri", str(QStringLiteral("urn:testigo:%1:%2").arg(file.fileId(), file.auditHead())));
    package.set("version", str(QStringLiteral("1.1")));
    package.set("extensions",
        strings({QStringLiteral("https://raw.githubusercontent.com/open-contracting-extensions/"
                                "ocds_bid_extension/v1.1.5/extension.json"),
            QStringLiteral("https://raw.githubusercontent.com/open-contracting-extensions/"
                           "ocds_lots_extension/v1.1.5/extension.json"),
            QStringLiteral("https://raw.githubusercontent.com/TestigoSocial2/tsv/master/ocds_extension/"
                           "tm-0.1.0.json")}));
    package.set("publishedDate", str(QDateTime::currentDateTimeUtc().toString(Qt::ISODate)));
    JNode publisher = JNode::object();
    const QList<Witness> witnesses = file.all<Witness>();
    publisher.set("name", str(witnesses.isEmpty() ? QStringLiteral("Testigo") : witnesses.first().name));
    package.set("publisher", publisher);
    package.set("license", str(QStringLiteral("https://creativecommons.org/licenses/by/4.0/")));
    JNode releases = JNode::array();
    for (const Procedure &p : procedures)
        releases.append(exportRelease(file, p));
    package.set("releases", releases);
    // Compact, written by our own writer: amounts stay exact decimal text.
    return QByteArray::fromStdString(toJson(package)) + '\n';
}

} // namespace Testigo::Ocds
