// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/clockrules.h"

#include "domain/entities.h"

#include <QJsonArray>
#include <QMutex>

namespace Testigo {

namespace {
ClockRule parseRule(const QJsonObject &o)
{
    ClockRule r;
    r.code = o.value(QStringLiteral("code")).toString();
    r.check = o.value(QStringLiteral("check")).toString() == QLatin1String("maximum")
        ? ClockRule::Check::Maximum
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
    r.types = applies.value(QStringLiteral("types")).toVariant().toStringList();
    r.objectKinds = applies.value(QStringLiteral("objectKinds")).toVariant().toStringList();
    r.characters = applies.value(QStringLiteral("characters")).toVariant().toStringList();
    r.article = o.value(QStringLiteral("article")).toString();
    r.verified = o.value(QStringLiteral("verified")).toBool(true);
    r.source = o.value(QStringLiteral("source")).toString();
    r.name = Bilingual::fromJson(o.value(QStringLiteral("name")).toObject());
    r.explanation = Bilingual::fromJson(o.value(QStringLiteral("explanation")).toObject());
    return r;
}
} // namespace

bool ClockRule::appliesTo(const Procedure &p) const
{
    return (types.isEmpty() || types.contains(p.type))
        && (objectKinds.isEmpty() || objectKinds.contains(p.objectKind))
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
    r.inheritedFamily = doc.value(QStringLiteral("inheritsFamily")).toString();
    r.omitted = doc.value(QStringLiteral("omit")).toVariant().toStringList();
    r.validFrom = QDate::fromString(doc.value(QStringLiteral("validFrom")).toString(), Qt::ISODate);
    r.validUntil = QDate::fromString(doc.value(QStringLiteral("validUntil")).toString(), Qt::ISODate);
    if (const QJsonObject c = doc.value(QStringLiteral("amendmentCeiling")).toObject(); !c.isEmpty()) {
        AmendmentCeiling ceiling;
        ceiling.basisPoints = c.value(QStringLiteral("basisPoints")).toInt();
        ceiling.article = c.value(QStringLiteral("article")).toString();
        ceiling.verified = c.value(QStringLiteral("verified")).toBool(true);
        ceiling.objectKinds = c.value(QStringLiteral("objectKinds")).toVariant().toStringList();
        if (ceiling.basisPoints > 0)
            r.amendmentCeiling = ceiling;
    }
    if (const QJsonObject d = doc.value(QStringLiteral("competitiveDialogue")).toObject(); !d.isEmpty())
        r.dialogue = DialogueRule {d.value(QStringLiteral("bodies")).toVariant().toStringList(),
            d.value(QStringLiteral("article")).toString(), d.value(QStringLiteral("verified")).toBool(true)};
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

const ClockRule *RegimeRules::rule(const QString &code) const
{
    for (const ClockRule &r : clocks)
        if (r.code == code)
            return &r;
    return nullptr;
}

bool DialogueRule::allows(const QString &acronym, const QString &name) const
{
    const QString folded = name.toCaseFolded();
    for (const QString &body : bodies)
        if (acronym.compare(body, Qt::CaseInsensitive) == 0
            || (body == QLatin1String("SHCP") && folded.contains(QStringLiteral("hacienda"))))
            return true;
    return false;
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
        return loadFile(path, r)
            || (!path.startsWith(QLatin1Char(':'))
                && loadFile(QStringLiteral(":/rules/") + name + QStringLiteral(".json"), r));
    };
    RegimeRules rules;
    rules.regime = regime;
    if (!regime.isEmpty() && load(regime, rules) && rules.clocks.isEmpty()
        && !rules.inheritedFrom.isEmpty()) {
        RegimeRules parent;
        if (load(rules.inheritedFrom, parent))
            rules.clocks = parent.clocks;
    }
    cache.insert(regime, rules);
    return rules;
}

namespace {
struct Version
{
    QString rules;
    QDate from, until;
};
struct Family
{
    QList<Version> versions;
    QString implied; // the version a code implies when the procedure has no date
};

// regimes.json: code -> family versions. Read once per process.
const QHash<QString, Family> &families()
{
    static const QHash<QString, Family> byCode = [] {
        QHash<QString, Family> out;
        QString e;
        QJsonObject doc
            = DataFile::read(DataFile::locate(QStringLiteral("rules"), QStringLiteral("regimes")), &e);
        if (!e.isEmpty())
            doc = DataFile::read(QStringLiteral(":/rules/regimes.json"));
        const QJsonObject fams = doc.value(QStringLiteral("families")).toObject();
        for (auto it = fams.begin(); it != fams.end(); ++it) {
            const QJsonObject f = it.value().toObject();
            Family family;
            for (const QJsonValue &v : f.value(QStringLiteral("versions")).toArray()) {
                const QJsonObject o = v.toObject();
                family.versions.append({o.value(QStringLiteral("rules")).toString(),
                    QDate::fromString(o.value(QStringLiteral("from")).toString(), Qt::ISODate),
                    QDate::fromString(o.value(QStringLiteral("until")).toString(), Qt::ISODate)});
            }
            const QJsonObject implied = f.value(QStringLiteral("impliedVersion")).toObject();
            out.insert(it.key(), family);
            for (const QJsonValue &code : f.value(QStringLiteral("codes")).toArray()) {
                family.implied = implied.value(code.toString()).toString();
                out.insert(code.toString(), family);
            }
        }
        return out;
    }();
    return byCode;
}
} // namespace

QString ClockRules::versionFor(const QString &regime, const QDate &date)
{
    const auto it = families().constFind(regime);
    if (it == families().cend() || it->versions.isEmpty())
        return regime;
    if (!date.isValid())
        return it->implied.isEmpty() ? it->versions.last().rules : it->implied;
    for (const Version &v : it->versions)
        if ((!v.from.isValid() || date >= v.from) && (!v.until.isValid() || date < v.until))
            return v.rules;
    return it->versions.last().rules;
}

RegimeRules ClockRules::forRegimeOn(const QString &regime, const QDate &date)
{
    RegimeRules rules = forRegime(versionFor(regime, date));
    if (!rules.inheritedFamily.isEmpty() && rules.clocks.isEmpty()) {
        // A voluntary pact: the family's clocks on that date, without the statutory witness ones.
        for (const ClockRule &r : forRegime(versionFor(rules.inheritedFamily, date)).clocks)
            if (!rules.omitted.contains(r.code))
                rules.clocks.append(r);
    }
    return rules;
}

} // namespace Testigo
