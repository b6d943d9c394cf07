// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/templates.h"

#include <QJsonArray>

namespace Testigo {

namespace {
bool matches(const QStringList &filter, const QString &value)
{
    return filter.isEmpty() || filter.contains(value);
}
} // namespace

Templates::Templates()
{
    // A broken replacement file must not leave the application without templates: fall back to
    // the shipped resource, keeping the error for whoever shows it (isValid(), errorString()).
    const auto load = [this](const QString &name, bool (Templates::*loader)(const QString &)) {
        const QString path = DataFile::locate(QStringLiteral("templates"), name);
        if (!(this->*loader)(path) && !path.startsWith(QLatin1Char(':')))
            (this->*loader)(QStringLiteral(":/templates/") + name + QStringLiteral(".json"));
    };
    load(QStringLiteral("stages"), &Templates::loadStages);
    load(QStringLiteral("clauses"), &Templates::loadClauses);
    load(QStringLiteral("categories"), &Templates::loadCategories);
    load(QStringLiteral("glossary"), &Templates::loadGlossary);
}

const Templates &Templates::standard()
{
    static const Templates t;
    return t;
}

bool Templates::fail(const QString &message)
{
    m_errors.append(message);
    return false;
}

bool Templates::loadStages(const QString &path)
{
    QString error;
    const QJsonObject doc = DataFile::read(path, &error);
    if (!error.isEmpty())
        return fail(error);
    const QJsonArray sequences = doc.value(QStringLiteral("sequences")).toArray();
    if (sequences.isEmpty())
        return fail(tr("%1 has no stage sequences.").arg(path));

    QHash<QString, Bilingual> names;
    const QJsonObject stages = doc.value(QStringLiteral("stages")).toObject();
    for (auto it = stages.begin(); it != stages.end(); ++it)
        names.insert(it.key(), Bilingual::fromJson(it.value().toObject()));

    QHash<QString, QList<ChecklistItemTemplate>> checklists;
    const QJsonObject lists = doc.value(QStringLiteral("checklists")).toObject();
    for (auto it = lists.begin(); it != lists.end(); ++it) {
        QList<ChecklistItemTemplate> items;
        for (const QJsonValue &v : it.value().toArray()) {
            const QJsonObject o = v.toObject();
            items.append({o.value(QStringLiteral("code")).toString(), o.value(QStringLiteral("es")).toString(),
                          o.value(QStringLiteral("en")).toString()});
        }
        checklists.insert(it.key(), items);
    }

    QList<Sequence> parsed;
    for (const QJsonValue &v : sequences) {
        const QJsonObject o = v.toObject();
        Sequence s;
        s.name = o.value(QStringLiteral("name")).toString();
        s.regimes = o.value(QStringLiteral("regimes")).toVariant().toStringList();
        s.types = o.value(QStringLiteral("types")).toVariant().toStringList();
        s.objectKinds = o.value(QStringLiteral("objectKinds")).toVariant().toStringList();
        for (const QJsonValue &sv : o.value(QStringLiteral("stages")).toArray()) {
            const QJsonObject so = sv.toObject();
            StageRef r;
            r.kind = so.value(QStringLiteral("kind")).toString();
            r.checklist = so.value(QStringLiteral("checklist")).toString(r.kind);
            r.repeatable = so.value(QStringLiteral("repeatable")).toBool();
            r.optional = so.value(QStringLiteral("optional")).toBool();
            if (r.kind.isEmpty() || !checklists.contains(r.checklist))
                return fail(tr("%1: sequence “%2” names an unknown stage or checklist “%3”.")
                                .arg(path, s.name, r.checklist));
            s.stages.append(r);
        }
        parsed.append(s);
    }
    m_stageNames = names;
    m_checklists = checklists;
    m_sequences = parsed;
    return true;
}

bool Templates::loadClauses(const QString &path)
{
    QString error;
    const QJsonObject doc = DataFile::read(path, &error);
    if (!error.isEmpty())
        return fail(error);
    QList<ClauseTemplate> clauses;
    for (const QJsonValue &v : doc.value(QStringLiteral("clauses")).toArray()) {
        const QJsonObject o = v.toObject();
        clauses.append({o.value(QStringLiteral("code")).toString(), o.value(QStringLiteral("party")).toString(),
                        o.value(QStringLiteral("es")).toString(), o.value(QStringLiteral("en")).toString()});
    }
    if (clauses.isEmpty())
        return fail(tr("%1 has no pact clauses.").arg(path));
    QHash<QString, Bilingual> parties;
    const QJsonObject p = doc.value(QStringLiteral("parties")).toObject();
    for (auto it = p.begin(); it != p.end(); ++it)
        parties.insert(it.key(), Bilingual::fromJson(it.value().toObject()));
    m_pactVersion = doc.value(QStringLiteral("version")).toString();
    m_clauses = clauses;
    m_parties = parties;
    return true;
}

bool Templates::loadCategories(const QString &path)
{
    QString error;
    const QJsonObject doc = DataFile::read(path, &error);
    if (!error.isEmpty())
        return fail(error);
    QList<CategoryTemplate> categories;
    for (const QJsonValue &v : doc.value(QStringLiteral("categories")).toArray()) {
        const QJsonObject o = v.toObject();
        categories.append({o.value(QStringLiteral("code")).toString(), o.value(QStringLiteral("es")).toString(),
                           o.value(QStringLiteral("en")).toString(),
                           o.value(QStringLiteral("descriptionEs")).toString(),
                           o.value(QStringLiteral("descriptionEn")).toString()});
    }
    if (categories.isEmpty())
        return fail(tr("%1 has no finding categories.").arg(path));
    m_categories = categories;
    return true;
}

bool Templates::loadGlossary(const QString &path)
{
    QString error;
    const QJsonObject doc = DataFile::read(path, &error);
    if (!error.isEmpty())
        return fail(error);
    QList<GlossaryEntry> terms;
    for (const QJsonValue &v : doc.value(QStringLiteral("terms")).toArray()) {
        const QJsonObject o = v.toObject();
        terms.append({o.value(QStringLiteral("es")).toString(), o.value(QStringLiteral("en")).toString()});
    }
    m_glossary = terms;
    return true;
}

QList<StageTemplate> Templates::stagesFor(const QString &regime, const QString &type, const QString &objectKind) const
{
    for (const Sequence &s : m_sequences) {
        if (!matches(s.regimes, regime) || !matches(s.types, type) || !matches(s.objectKinds, objectKind))
            continue;
        QList<StageTemplate> out;
        for (const StageRef &r : s.stages) {
            const Bilingual name = m_stageNames.value(r.kind);
            out.append({r.kind, r.repeatable, r.optional, r.checklist, name.es, name.en, m_checklists.value(r.checklist)});
        }
        return out;
    }
    return {};
}

QString Templates::stageName(const QString &kind, const QString &lang) const
{
    const auto it = m_stageNames.constFind(kind);
    return it == m_stageNames.cend() ? kind : it->text(lang);
}

QString Templates::categoryLabel(const QString &code, const QString &lang) const
{
    for (const CategoryTemplate &c : m_categories)
        if (c.code == code)
            return c.text(lang);
    return code;
}

} // namespace Testigo
