// SPDX-License-Identifier: GPL-3.0-or-later
// The red flags' thresholds as data (resources/rules/redflags.json, replaceable by the user).
#include "domain/money.h"
#include "ocds/redflags.h"
#include "rules/datafile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace Testigo::Ocds {

namespace {

RegimeThresholds readRegime(const QJsonObject &o, RegimeThresholds base)
{
    base.nearEstimateBp = o.value(QStringLiteral("nearEstimateBp")).toInt(base.nearEstimateBp);
    base.overrunToleranceBp = o.value(QStringLiteral("overrunToleranceBp")).toInt(base.overrunToleranceBp);
    base.amendmentIncreaseBp = o.value(QStringLiteral("amendmentIncreaseBp")).toInt(base.amendmentIncreaseBp);
    base.narrowGapBp = o.value(QStringLiteral("narrowGapBp")).toInt(base.narrowGapBp);
    const QJsonObject decision = o.value(QStringLiteral("decisionWorkingDays")).toObject();
    base.minDecisionWorkingDays = decision.value(QStringLiteral("min")).toInt(base.minDecisionWorkingDays);
    return base;
}

// A cap row is used only when it is complete: a year, a kind and an exact amount.
std::optional<DirectAwardCap> readCap(const QJsonObject &o)
{
    DirectAwardCap c;
    c.year = o.value(QStringLiteral("year")).toInt();
    c.regime = o.value(QStringLiteral("regime")).toString();
    c.objectKind = o.value(QStringLiteral("objectKind")).toString();
    c.currency = o.value(QStringLiteral("currency")).toString(QStringLiteral("MXN"));
    c.source = o.value(QStringLiteral("source")).toString();
    const std::optional<Money> amount
        = Money::parse(o.value(QStringLiteral("amount")).toString(), c.currency);
    if (c.year <= 0 || !amount || amount->cents() <= 0
        || (c.objectKind != QLatin1String("goods_services") && c.objectKind != QLatin1String("works")))
        return std::nullopt;
    c.cents = amount->cents();
    return c;
}

} // namespace

const RegimeThresholds &FlagRules::forRegime(const QString &regime) const
{
    auto it = byRegime.constFind(regime);
    return it == byRegime.constEnd() ? fallback : *it;
}

const DirectAwardCap *FlagRules::directAwardCap(
    int year, const QString &regime, const QString &objectKind) const
{
    const DirectAwardCap *any = nullptr;
    for (const DirectAwardCap &c : directAwardCaps) {
        if (c.year != year || c.objectKind != objectKind)
            continue;
        if (c.regime == regime)
            return &c;
        if (c.regime.isEmpty() && !any)
            any = &c;
    }
    return any;
}

FlagRules FlagRules::fromJson(const QByteArray &json)
{
    FlagRules r;
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    r.fallback = readRegime(root.value(QStringLiteral("default")).toObject(), r.fallback);
    const QJsonObject regimes = root.value(QStringLiteral("regimes")).toObject();
    for (auto it = regimes.begin(); it != regimes.end(); ++it)
        r.byRegime.insert(it.key(), readRegime(it.value().toObject(), r.fallback));
    for (const QJsonValue &v : root.value(QStringLiteral("directAwardCaps")).toArray())
        if (const auto cap = readCap(v.toObject()))
            r.directAwardCaps << *cap;
    const QJsonObject details = root.value(QStringLiteral("methodDetails")).toObject();
    r.directDetails = details.value(QStringLiteral("direct")).toVariant().toStringList();
    r.invitationDetails = details.value(QStringLiteral("invitation")).toVariant().toStringList();
    return r;
}

FlagRules FlagRules::load()
{
    QFile f(DataFile::locate(QStringLiteral("rules"), QStringLiteral("redflags")));
    if (!f.open(QIODevice::ReadOnly)) {
        f.setFileName(QStringLiteral(":/rules/redflags.json"));
        f.open(QIODevice::ReadOnly);
    }
    return fromJson(f.isOpen() ? f.readAll() : QByteArray());
}

} // namespace Testigo::Ocds
