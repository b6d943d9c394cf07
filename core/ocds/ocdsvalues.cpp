// SPDX-License-Identifier: GPL-3.0-or-later
#include "ocds/ocdsvalues.h"

#include "domain/codes.h"
#include "domain/doclanguage.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace Testigo::Ocds {

namespace {

bool startsWithCi(const QString &s, const char *prefix)
{
    return s.startsWith(QLatin1String(prefix), Qt::CaseInsensitive);
}

QDate earliest(const QDate &a, const QDate &b)
{
    if (!a.isValid())
        return b;
    if (!b.isValid())
        return a;
    return qMin(a, b);
}

const QSet<QString> &knownReleaseFields()
{
    static const QSet<QString> s {QStringLiteral("ocid"), QStringLiteral("id"), QStringLiteral("date"),
        QStringLiteral("tag"), QStringLiteral("initiationType"), QStringLiteral("parties"),
        QStringLiteral("buyer"), QStringLiteral("planning"), QStringLiteral("tender"),
        QStringLiteral("awards"), QStringLiteral("contracts"), QStringLiteral("language"),
        QStringLiteral("relatedProcesses"), QStringLiteral("bids"), QStringLiteral("version"),
        QStringLiteral("extensions")};
    return s;
}

} // namespace

// Amounts that are present but cannot be money (1e308 or -1e20 centavos do not fit, "abc" is no
// number): each is named by its path, since it is left empty (0) in the case file.
static void unusableAmounts(const JNode &r, QStringList &w)
{
    auto check = [&w](const JNode &owner, const QString &path) {
        for (const char *key : {"value", "valueWithTax"}) {
            const JNode *amount = owner.at(std::string(key) + ".amount");
            if (!amount || amount->isNull() || amountCents(amount))
                continue;
            const QString shown = QString::fromStdString(amount->text.substr(0, 40));
            w << QCoreApplication::translate("OcdsImporter",
                "%1: the amount “%2” is out of range or not a number; it was not imported (left at 0)")
                     .arg(path + QLatin1Char('.') + QLatin1String(key) + QStringLiteral(".amount"), shown);
        }
    };
    if (const JNode *tender = r.get("tender"))
        check(*tender, QStringLiteral("tender"));
    for (const char *list : {"awards", "contracts", "bids.details"}) {
        const std::vector<JNode> &items = r.list(list);
        for (size_t i = 0; i < items.size(); ++i)
            check(items[i], QStringLiteral("%1[%2]").arg(QLatin1String(list)).arg(i));
    }
}

Value valueOf(const JNode *obj)
{
    Value v;
    if (!obj)
        return v;
    // A Value itself ({amount, currency}), a budget ({amount: Value}) or anything with a value.
    const JNode *amount = obj->get("amount");
    const JNode *value = amount && amount->isObject() ? amount : amount ? obj : obj->get("value");
    if (!value || !value->get("amount")) {
        value = obj->get("valueWithTax");
        v.withTax = value != nullptr;
    }
    if (!value)
        return v;
    v.cents = amountCents(value->get("amount"));
    v.currency = value->str("currency").toUpper();
    return v;
}

QString firstText(const JNode &r, std::initializer_list<const char *> paths)
{
    for (const char *p : paths)
        if (const QString s = r.str(p); !s.isEmpty())
            return s;
    return QString();
}

QString tenderTitle(const JNode &r)
{
    return firstText(r, {"tender.title", "awards.0.title", "contracts.0.title", "tender.description"});
}

QString procedureType(const JNode &r)
{
    const QString details = firstText(r, {"tender.procurementMethodDetails", "tender.metodoDeAdquisicion"});
    // Testigo's own exports name the type by its Spanish label (looked up once: loading the
    // catalogue for every release would dominate a large import).
    static const QHash<QString, QString> byLabel = [] {
        QHash<QString, QString> out;
        const DocLanguage es(QStringLiteral("es"));
        for (const CodeItem &item : Codes::procedureTypes())
            out.insert(Codes::label(Codes::procedureTypes(), QLatin1String(item.code), es),
                QLatin1String(item.code));
        return out;
    }();
    if (const auto it = byLabel.constFind(details); it != byLabel.cend())
        return *it;
    if (startsWithCi(details, "Licitaci"))
        return QStringLiteral("open_tender");
    if (startsWithCi(details, "Invitaci"))
        return QStringLiteral("restricted_invitation");
    if (startsWithCi(details, "Adjudicaci"))
        return QStringLiteral("direct_award");
    const QString method = r.str("tender.procurementMethod").toLower();
    if (method == QLatin1String("open"))
        return QStringLiteral("open_tender");
    if (method == QLatin1String("selective"))
        return QStringLiteral("restricted_invitation");
    if (method == QLatin1String("limited") || method == QLatin1String("direct"))
        return QStringLiteral("direct_award");
    return QString();
}

QString procedureCharacter(const JNode &r)
{
    const QString text
        = firstText(r, {"tender.procurementMethodDetails", "tender.procurementMethodRationale"}).toLower();
    if (text.contains(QLatin1String("internacional")) || text.contains(QLatin1String("international")))
        return QStringLiteral("international_open");
    if (text.contains(QLatin1String("nacional")) || text.contains(QLatin1String("national")))
        return QStringLiteral("national");
    return QString();
}

QString objectKind(const JNode &r)
{
    const QString c = r.str("tender.mainProcurementCategory").toLower();
    if (c == QLatin1String("goods") || c == QLatin1String("services") || c == QLatin1String("works"))
        return c;
    return QString();
}

QString procedureCurrency(const JNode &r)
{
    if (const QString c = valueOf(r.get("tender")).currency; !c.isEmpty())
        return c;
    for (const char *list : {"contracts", "awards"})
        for (const JNode &x : r.list(list))
            if (const QString c = valueOf(&x).currency; !c.isEmpty())
                return c;
    return QStringLiteral("MXN");
}

QHash<QString, QDate> stageDates(const JNode &r)
{
    QHash<QString, QDate> d;
    auto put = [&](const char *kind, const QDate &date) {
        if (date.isValid())
            d.insert(QLatin1String(kind), date);
    };
    put("call", ocdsDate(r.str("tender.tenderPeriod.startDate")));
    put("clarification", ocdsDate(r.str("tender.enquiryPeriod.endDate")));
    put("opening", ocdsDate(r.str("tender.tenderPeriod.endDate")));
    QDate award, contract;
    for (const JNode &a : r.list("awards"))
        award = earliest(award, ocdsDate(a.str("date")));
    if (!award.isValid())
        award = ocdsDate(firstText(r, {"tender.awardPeriod.endDate", "tender.awardPeriod.startDate"}));
    for (const JNode &c : r.list("contracts"))
        contract = earliest(contract, ocdsDate(c.str("dateSigned")));
    put("award", award);
    put("contract", contract);
    return d;
}

QString normalizedDocumentType(const QString &type)
{
    const QStringList words = type.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() <= 1)
        return type.isEmpty() ? type : type.left(1).toLower() + type.mid(1);
    QString out = words.first().toLower();
    for (int i = 1; i < words.size(); ++i)
        out += words[i].left(1).toUpper() + words[i].mid(1).toLower();
    return out;
}

QHash<QString, QString> documentNotes(const JNode &r)
{
    QHash<QString, QStringList> lines;
    auto add = [&](const char *kind, const JNode &doc) {
        const QString url = doc.str("url");
        const QString title = firstText(doc, {"title", "description", "documentType", "id"});
        if (url.isEmpty() && title.isEmpty())
            return;
        lines[QLatin1String(kind)] << QStringLiteral("- %1: %2").arg(title, url);
    };
    for (const JNode &doc : r.list("planning.documents"))
        add("market_research", doc);
    for (const JNode &doc : r.list("tender.documents"))
        add(normalizedDocumentType(doc.str("documentType")) == QLatin1String("clarifications")
                ? "clarification"
                : "call",
            doc);
    for (const JNode &a : r.list("awards"))
        for (const JNode &doc : a.list("documents"))
            add("award", doc);
    for (const JNode &c : r.list("contracts")) {
        for (const JNode &doc : c.list("documents"))
            add("contract", doc);
        for (const JNode &doc : c.list("implementation.documents"))
            add("execution", doc);
    }
    QHash<QString, QString> out;
    for (auto it = lines.cbegin(); it != lines.cend(); ++it)
        out.insert(it.key(), it.value().join(QLatin1Char('\n')));
    return out;
}

std::optional<int> bidderCount(const JNode &r)
{
    if (const JNode *n = r.at("tender.numberOfTenderers"); n && n->type == JNode::Number)
        return QString::fromStdString(n->text).toInt();
    QSet<QString> ids;
    for (const JNode &t : r.list("tender.tenderers"))
        ids.insert(firstText(t, {"id", "identifier.id", "name"}));
    if (!ids.isEmpty())
        return int(ids.size());
    for (const JNode &s : r.list("bids.statistics"))
        if (s.str("measure") == QLatin1String("bidders"))
            return s.str("value").toInt();
    for (const JNode &b : r.list("bids.details")) {
        const QString status = b.str("status");
        if (status == QLatin1String("invited") || status == QLatin1String("withdrawn"))
            continue;
        for (const JNode &t : b.list("tenderers"))
            ids.insert(firstText(t, {"id", "identifier.id", "name"}));
    }
    if (!ids.isEmpty())
        return int(ids.size());
    return std::nullopt;
}

// Texts whose accented letters the publisher lost on the way ("evaluaci?n", or U+FFFD): counted
// over every string of the release, with the first one as an example.
static void lostCharacters(const JNode &n, int *count, QString *example)
{
    if (n.type == JNode::String) {
        static const QRegularExpression lost(QStringLiteral("\\p{L}[?\\x{FFFD}]\\p{L}|\\x{FFFD}"));
        const QString text = QString::fromStdString(n.text);
        if (text.contains(QStringLiteral("://")))
            return; // a URL's "?" starts its query
        if (const auto m = lost.match(text); m.hasMatch()) {
            if (++*count == 1) {
                const qsizetype from
                    = qMax<qsizetype>(0, text.lastIndexOf(QLatin1Char(' '), m.capturedStart()) + 1);
                qsizetype to = text.indexOf(QLatin1Char(' '), m.capturedEnd());
                *example = text.mid(from, to < 0 ? -1 : to - from);
            }
        }
        return;
    }
    for (const JNode &child : n.items)
        lostCharacters(child, count, example);
}

QStringList qualityWarnings(const JNode &r)
{
    QStringList w;
    const QString ocid = r.str("ocid");
    if (!startsWithCi(ocid, "ocds-"))
        w << QCoreApplication::translate(
            "OcdsImporter", "the ocid has no registered prefix (ocds-xxxxxx-); it is kept as published");
    const QString method = r.str("tender.procurementMethod");
    if (!method.isEmpty()
        && !QStringList {QStringLiteral("open"), QStringLiteral("selective"), QStringLiteral("limited"),
            QStringLiteral("direct")}
                .contains(method))
        w << QCoreApplication::translate(
            "OcdsImporter", "procurementMethod “%1” is outside the OCDS codelist")
                 .arg(method);
    QStringList extra;
    for (const std::string &k : r.keys)
        if (!knownReleaseFields().contains(QString::fromStdString(k)))
            extra << QString::fromStdString(k);
    for (const JNode &c : r.list("contracts"))
        if (c.get("suppliers") && !extra.contains(QStringLiteral("contracts.suppliers")))
            extra << QStringLiteral("contracts.suppliers");
    if (!extra.isEmpty())
        w << QCoreApplication::translate(
            "OcdsImporter", "non-standard fields kept only in the raw release: %1")
                 .arg(extra.join(QStringLiteral(", ")));
    int lost = 0;
    QString example;
    lostCharacters(r, &lost, &example);
    if (lost > 0)
        w << QCoreApplication::translate("OcdsImporter",
            "%n text(s) lost accented letters before publication (for example “%1”); kept as published",
            nullptr, lost)
                 .arg(example);
    const QDate start = ocdsDate(r.str("tender.tenderPeriod.startDate"));
    const QDate end = ocdsDate(r.str("tender.tenderPeriod.endDate"));
    if (start.isValid() && end.isValid() && end < start)
        w << QCoreApplication::translate("OcdsImporter", "the tender period ends (%1) before it starts (%2)")
                 .arg(end.toString(Qt::ISODate), start.toString(Qt::ISODate));
    for (const JNode &a : r.list("awards")) {
        const QDate ad = ocdsDate(a.str("date"));
        if (a.str("id").isEmpty())
            w << QCoreApplication::translate("OcdsImporter", "an award has no id");
        if (ad.isValid() && end.isValid() && ad < end)
            w << QCoreApplication::translate(
                "OcdsImporter", "award %1 is dated (%2) before the tender period ends (%3)")
                     .arg(a.str("id"), ad.toString(Qt::ISODate), end.toString(Qt::ISODate));
        if (valueOf(&a).withTax)
            w << QCoreApplication::translate("OcdsImporter", "award %1 has only a value with tax")
                     .arg(a.str("id"));
        for (const JNode &c : r.list("contracts")) {
            const QDate signedOn = ocdsDate(c.str("dateSigned"));
            if (c.str("awardID") == a.str("id") && signedOn.isValid() && ad.isValid() && signedOn < ad)
                w << QCoreApplication::translate(
                    "OcdsImporter", "contract %1 was signed (%2) before its award is dated (%3)")
                         .arg(c.str("id"), signedOn.toString(Qt::ISODate), ad.toString(Qt::ISODate));
        }
    }
    const QString currency = valueOf(r.get("tender")).currency;
    for (const JNode &c : r.list("contracts")) {
        if (c.str("id").isEmpty())
            w << QCoreApplication::translate("OcdsImporter", "a contract has no id");
        const Value v = valueOf(&c);
        if (v.withTax)
            w << QCoreApplication::translate("OcdsImporter",
                "contract %1 has only a value with tax (valueWithTax); it is used as the contract amount")
                     .arg(c.str("id"));
        if (!currency.isEmpty() && !v.currency.isEmpty() && v.currency != currency)
            w << QCoreApplication::translate("OcdsImporter",
                "contract %1 is in %2 but the tender estimate is in %3: savings cannot be computed")
                     .arg(c.str("id"), v.currency, currency);
    }
    unusableAmounts(r, w);
    if (!r.get("tender") || !valueOf(r.get("tender")).cents)
        w << QCoreApplication::translate(
            "OcdsImporter", "the tender has no value (estimate): savings cannot be computed");
    return w;
}

} // namespace Testigo::Ocds
