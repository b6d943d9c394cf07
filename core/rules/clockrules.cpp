// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/clockrules.h"

#include "domain/entities.h"

#include <QJsonArray>
#include <QMutex>

namespace Testigo {

namespace {
QStringList stringList(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &e : v.toArray())
        out.append(e.toString());
    return out;
}

ClockRule parseRule(const QJsonObject &o)
{
    ClockRule r;
    r.code = o.value(QStringLiteral("code")).toString();
    r.check = o.value(QStringLiteral("check")).toString() == QLatin1String("maximum") ? ClockRule::Check::Maximum
                                                                                      : ClockRule::Check::Minimum;
    r.from = o.value(QStringLiteral("from")).toString();
    r.to = o.value(QStringLiteral("to")).toString();
    r.days = o.value(QStringLiteral("days")).toInt();
    const QJsonObject byChar = o.value(QStringLiteral("daysByCharacter")).toObject();
    for (auto it = byChar.begin(); it != byChar.end(); ++it)
        r.daysByCharacter.insert(it.key(), it.value().toInt());
    r.reducedDays = o.value(QStringLiteral("reducedDays")).toInt(-1);
    r.extensionDays = o.value(QStringLiteral("extensionDays")).toInt();
    r.warningDays = o.value(QStringLiteral("warningDays")).toInt();
    r.businessDays = o.value(QStringLiteral("dayKind")).toString() == QLatin1String("business");
    r.optionalStart = o.value(QStringLiteral("optionalStart")).toBool();
    const QJsonObject applies = o.value(QStringLiteral("appliesTo")).toObject();
    r.types = stringList(applies.value(QStringLiteral("types")));
    r.objectKinds = stringList(applies.value(QStringLiteral("objectKinds")));
    r.characters = stringList(applies.value(QStringLiteral("characters")));
    r.article = o.value(QStringLiteral("article")).toString();
    r.name = Bilingual::fromJson(o.value(QStringLiteral("name")).toObject());
    r.explanation = Bilingual::fromJson(o.value(QStringLiteral("explanation")).toObject());
    return r;
}
} // namespace

bool ClockRule::appliesTo(const Procedure &p) const
{
    return (types.isEmpty() || types.contains(p.type)) && (objectKinds.isEmpty() || objectKinds.contains(p.objectKind))
           && (characters.isEmpty() || characters.contains(p.character));
}

int ClockRule::limitFor(const Procedure &p) const
{
    const int base = daysByCharacter.value(p.character, days);
    // The justified reduction only ever shortens a minimum period.
    if (p.reducedPeriodJustified && reducedDays >= 0 && reducedDays < base)
        return reducedDays;
    return base;
}

bool ClockRules::loadFile(const QString &path, RegimeRules &out, QString *error)
{
    QString e;
    const QJsonObject doc = DataFile::read(path, &e);
    if (e.isEmpty() && doc.value(QStringLiteral("format")).toString() != QLatin1String("testigo-rules"))
        e = tr("%1 is not a Testigo rules file.").arg(path);
    if (!e.isEmpty()) {
        if (error)
            *error = e;
        return false;
    }
    RegimeRules r;
    r.regime = doc.value(QStringLiteral("regime")).toString();
    r.name = Bilingual::fromJson(doc.value(QStringLiteral("name")).toObject());
    r.advisory = doc.value(QStringLiteral("advisory")).toBool();
    r.inheritedFrom = doc.value(QStringLiteral("inherits")).toString();
    for (const QJsonValue &v : doc.value(QStringLiteral("clocks")).toArray()) {
        const ClockRule rule = parseRule(v.toObject());
        if (rule.code.isEmpty() || rule.from.isEmpty() || rule.to.isEmpty() || rule.days <= 0) {
            if (error)
                *error = tr("%1: a clock lacks its code, endpoints or number of days.").arg(path);
            return false;
        }
        r.clocks.append(rule);
    }
    out = r;
    return true;
}

RegimeRules ClockRules::forRegime(const QString &regime)
{
    static QMutex mutex;
    static QHash<QString, RegimeRules> cache;
    const QMutexLocker lock(&mutex);
    if (const auto it = cache.constFind(regime); it != cache.cend())
        return *it;

    const auto load = [](const QString &name, RegimeRules &r) {
        const QString path = DataFile::locate(QStringLiteral("rules"), name);
        return loadFile(path, r) || (!path.startsWith(QLatin1Char(':'))
                                     && loadFile(QStringLiteral(":/rules/") + name + QStringLiteral(".json"), r));
    };
    RegimeRules rules;
    rules.regime = regime;
    if (!regime.isEmpty() && load(regime, rules) && rules.clocks.isEmpty() && !rules.inheritedFrom.isEmpty()) {
        RegimeRules parent;
        if (load(rules.inheritedFrom, parent))
            rules.clocks = parent.clocks;
    }
    cache.insert(regime, rules);
    return rules;
}

} // namespace Testigo
