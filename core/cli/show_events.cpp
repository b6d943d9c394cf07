// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/show_events.h"

#include "cli/cli.h"
#include "domain/eventcodes.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Testigo::Cli {

namespace {
QJsonValue isoDate(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue lotNumber(const QList<Lot> &lots, const QString &lotId)
{
    for (const Lot &l : lots)
        if (l.id == lotId)
            return l.number;
    return QJsonValue::Null; // the whole procedure
}

QString bidderName(const QList<Bidder> &bidders, const QString &id)
{
    for (const Bidder &b : bidders)
        if (b.id == id)
            return b.name;
    return QString();
}
} // namespace

void addEventsJson(
    QJsonObject &o, const ProcedureFacts &facts, const QList<Lot> &lots, const QList<Bidder> &bidders)
{
    QJsonArray cancellations, voids;
    for (const ProcedureEvent &e : facts.closures)
        (e.kind == QLatin1String("void") ? voids : cancellations)
            .append(QJsonObject {{QStringLiteral("lot"), lotNumber(lots, e.lotId)},
                {QStringLiteral("extent"), e.extent}, {QStringLiteral("reason"), e.reason},
                {QStringLiteral("date"), isoDate(e.date)}});
    o.insert(QStringLiteral("cancellations"), cancellations);
    o.insert(QStringLiteral("void_declarations"), voids);

    QJsonArray protests;
    for (const Protest &p : facts.protests)
        protests.append(QJsonObject {{QStringLiteral("bidder"), bidderName(bidders, p.bidderId)},
            {QStringLiteral("filed_date"), isoDate(p.filedDate)}, {QStringLiteral("authority"), p.authority},
            {QStringLiteral("outcome"), p.outcome}, {QStringLiteral("suspended"), p.suspended},
            {QStringLiteral("resolution_date"), isoDate(p.resolutionDate)},
            {QStringLiteral("notes"), p.notes}});
    o.insert(QStringLiteral("protests"), protests);

    QJsonArray rounds;
    for (const DialogueRound &r : facts.rounds)
        rounds.append(
            QJsonObject {{QStringLiteral("round"), r.round}, {QStringLiteral("date"), isoDate(r.date)},
                {QStringLiteral("participants"), r.participants}, {QStringLiteral("notes"), r.notes}});
    o.insert(QStringLiteral("dialogue_rounds"), rounds);

    if (facts.dialogue)
        o.insert(QStringLiteral("dialogue_rule"),
            QJsonObject {{QStringLiteral("provided_for"), facts.dialogueRuleKnown},
                {QStringLiteral("bodies"), QJsonArray::fromStringList(facts.dialogueBodies)},
                {QStringLiteral("article"), facts.dialogueArticle},
                {QStringLiteral("article_verified"), facts.dialogueVerified},
                {QStringLiteral("agency_allowed"), facts.dialogueBodyAllowed}});
}

void printEvents(const ProcedureFacts &facts, const QList<Lot> &lots, const QList<Bidder> &bidders,
    const DocLanguage &lang, QTextStream &out)
{
    const auto date
        = [&lang](const QDate &d) { return d.isValid() ? lang.shortDate(d) : QStringLiteral("—"); };
    for (const ProcedureEvent &e : facts.closures) {
        const QJsonValue lot = lotNumber(lots, e.lotId);
        out << QStringLiteral("  ")
            << QCoreApplication::translate("Cli", "%1 (%2), %3, on %4: %5")
                   .arg(Codes::label(Codes::eventKinds(), e.kind, lang),
                       Codes::label(Codes::eventExtents(), e.extent, lang),
                       lot.isNull() ? QCoreApplication::translate("Cli", "whole procedure")
                                    : QCoreApplication::translate("Cli", "lot %1").arg(lot.toInt()),
                       date(e.date), e.reason.simplified())
            << '\n';
    }
    for (const Protest &p : facts.protests)
        out << QStringLiteral("  ")
            << QCoreApplication::translate("Cli", "Inconformidad by %1 filed %2 before %3: %4")
                   .arg(bidderName(bidders, p.bidderId), date(p.filedDate), p.authority,
                       Codes::label(Codes::protestOutcomes(), p.outcome, lang))
            << '\n';
    for (const DialogueRound &r : facts.rounds)
        out << QStringLiteral("  ")
            << QCoreApplication::translate("Cli", "Dialogue round %1 on %2: %3")
                   .arg(r.round)
                   .arg(date(r.date), r.participants)
            << '\n';
}

} // namespace Testigo::Cli
