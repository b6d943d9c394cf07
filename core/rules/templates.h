// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The bilingual templates a procedure is built from: stage sequences with the witness's checklists
// (per regime, procedure type and object), the Integrity Pact clauses, the finding categories and
// the glossary. They are data (resources/templates/*.json) so editors can correct them without a
// rebuild; see DataFile for where a replacement file is looked up.

#include "rules/datafile.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace Testigo {

struct ChecklistItemTemplate
{
    QString code;
    QString es;
    QString en;
    QString text(const QString &lang) const { return Bilingual{es, en}.text(lang); }
};

struct StageTemplate
{
    QString kind; // codes.h stageKinds()
    bool repeatable = false;
    bool optional = false;
    QString checklist; // name of the checklist used
    QString es, en;    // the stage's name
    QList<ChecklistItemTemplate> items;
    QString text(const QString &lang) const { return Bilingual{es, en}.text(lang); }
};

struct ClauseTemplate
{
    QString code;  // A1..D20
    QString party; // authority | bidder | monitor | sanctions
    QString es, en;
    QString text(const QString &lang) const { return Bilingual{es, en}.text(lang); }
};

struct CategoryTemplate
{
    QString code;
    QString es, en;
    QString descriptionEs, descriptionEn;
    QString text(const QString &lang) const { return Bilingual{es, en}.text(lang); }
    QString description(const QString &lang) const { return Bilingual{descriptionEs, descriptionEn}.text(lang); }
};

struct GlossaryEntry
{
    QString es, en;
    QString text(const QString &lang) const { return Bilingual{es, en}.text(lang); }
};

class Templates final
{
    Q_DECLARE_TR_FUNCTIONS(Templates)

public:
    // Loads the four templates from their standard places (replacement file, else resource).
    Templates();
    // The templates as shipped or replaced, loaded once per process.
    static const Templates &standard();

    // Replace one part from a given file; false with errorString() when the file is unusable
    // (the previous content is kept).
    bool loadStages(const QString &path);
    bool loadClauses(const QString &path);
    bool loadCategories(const QString &path);
    bool loadGlossary(const QString &path);
    bool isValid() const { return m_errors.isEmpty(); }
    QString errorString() const { return m_errors.join(QLatin1Char('\n')); }

    // Stages in order for a procedure; the first matching sequence in the file wins.
    QList<StageTemplate> stagesFor(const QString &regime, const QString &type, const QString &objectKind) const;
    QString stageName(const QString &kind, const QString &lang) const;
    QList<ChecklistItemTemplate> checklist(const QString &name) const { return m_checklists.value(name); }
    QStringList checklistNames() const { return m_checklists.keys(); }

    QString pactVersion() const { return m_pactVersion; }
    QList<ClauseTemplate> clauses() const { return m_clauses; }
    QString partyLabel(const QString &party, const QString &lang) const { return m_parties.value(party).text(lang); }

    QList<CategoryTemplate> categories() const { return m_categories; }
    // The label of a category code; the code itself when unknown.
    QString categoryLabel(const QString &code, const QString &lang) const;
    QList<GlossaryEntry> glossary() const { return m_glossary; }

private:
    struct StageRef
    {
        QString kind, checklist;
        bool repeatable = false, optional = false;
    };
    struct Sequence
    {
        QString name;
        QStringList regimes, types, objectKinds; // empty = any
        QList<StageRef> stages;
    };
    bool fail(const QString &message);

    QHash<QString, Bilingual> m_stageNames;
    QHash<QString, QList<ChecklistItemTemplate>> m_checklists;
    QList<Sequence> m_sequences;
    QString m_pactVersion;
    QHash<QString, Bilingual> m_parties;
    QList<ClauseTemplate> m_clauses;
    QList<CategoryTemplate> m_categories;
    QList<GlossaryEntry> m_glossary;
    QStringList m_errors;
};

} // namespace Testigo
