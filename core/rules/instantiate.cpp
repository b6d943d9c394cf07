// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/instantiate.h"

#include "rules/templates.h"
#include "store/casefile.h"

#include <QHash>
#include <QSet>
#include <optional>

namespace Testigo {

namespace {
// The store binds a null QString as SQL NULL, which NOT NULL text columns refuse: use empty ones.
const QString kEmpty = QStringLiteral("");
} // namespace

QString proposeRegime(const QString &objectKind, const QDate &start)
{
    if (objectKind == QLatin1String("works"))
        return QStringLiteral("LOPSRM");
    // The new LAASSP took effect on 17 April 2025; procedures already under way keep the old law.
    if (start.isValid() && start < QDate(2025, 4, 17))
        return QStringLiteral("LAASSP-2000");
    return QStringLiteral("LAASSP-2025");
}

namespace {
bool insertChecklist(CaseFile &file, const Stage &stage, const QList<ChecklistItemTemplate> &items)
{
    int position = 0;
    for (const ChecklistItemTemplate &item : items) {
        ChecklistAnswer a;
        a.stageId = stage.id;
        a.itemCode = item.code;
        a.position = position++;
        a.questionEs = item.es;
        a.questionEn = item.en;
        a.answer = a.note = kEmpty;
        if (!file.insert(a))
            return false;
    }
    return true;
}
} // namespace

bool instantiateTemplates(CaseFile &file, Procedure &procedure)
{
    const Templates &t = Templates::standard();
    CaseFile::Transaction tx(file);
    if (!tx.ok())
        return false;

    // Stages an import already created from the data keep their rows: they get their checklist and
    // their place in the regime's order; only the missing stages are added.
    QHash<QString, Stage> existing;
    for (const Stage &s : file.all<Stage>(QStringLiteral("procedure_id"), procedure.id))
        if (s.round == 1)
            existing.insert(s.kind, s);
    int position = 0;
    for (const StageTemplate &st : t.stagesFor(procedure.regime, procedure.type, procedure.objectKind)) {
        if (existing.contains(st.kind)) {
            const Stage &stage = existing.value(st.kind);
            if (stage.position != position
                && !file.setField(QStringLiteral("stage"), stage.id, QStringLiteral("position"), position))
                return false;
            ++position;
            if (file.all<ChecklistAnswer>(QStringLiteral("stage_id"), stage.id).isEmpty()
                && !insertChecklist(file, stage, st.items))
                return false;
            continue;
        }
        Stage stage;
        stage.procedureId = procedure.id;
        stage.kind = st.kind;
        stage.position = position++;
        stage.round = 1;
        stage.status = QStringLiteral("pending");
        stage.attendance = stage.actaRef = stage.notes = kEmpty;
        if (!file.insert(stage) || !insertChecklist(file, stage, st.items))
            return false;
    }

    QSet<QString> clauseCodes;
    for (const Clause &c : file.all<Clause>(QStringLiteral("procedure_id"), procedure.id))
        clauseCodes.insert(c.code);
    int clausePosition = 0;
    for (const ClauseTemplate &ct : t.clauses()) {
        const int at = clausePosition++;
        if (clauseCodes.contains(ct.code))
            continue;
        Clause c;
        c.procedureId = procedure.id;
        c.code = ct.code;
        c.party = ct.party;
        c.position = at;
        c.textEs = ct.es;
        c.textEn = ct.en;
        if (!file.insert(c))
            return false;
    }

    if (procedure.pactVersion != t.pactVersion()
        && !file.setField(QStringLiteral("procedure"), procedure.id, QStringLiteral("pact_version"), t.pactVersion()))
        return false;
    if (!tx.commit())
        return false;
    procedure.pactVersion = t.pactVersion();
    return true;
}

bool needsTemplates(const Procedure &procedure) { return procedure.pactVersion.isEmpty(); }

bool addStageRound(CaseFile &file, const Procedure &procedure, const QString &kind, Stage *created)
{
    std::optional<Stage> last;
    for (const Stage &s : file.all<Stage>(QStringLiteral("procedure_id"), procedure.id))
        if (s.kind == kind && (!last || s.round > last->round))
            last = s;
    if (!last)
        return false;
    QList<ChecklistItemTemplate> items;
    for (const StageTemplate &st : Templates::standard().stagesFor(procedure.regime, procedure.type, procedure.objectKind))
        if (st.kind == kind)
            items = st.items;

    CaseFile::Transaction tx(file);
    if (!tx.ok())
        return false;
    Stage stage;
    stage.procedureId = procedure.id;
    stage.kind = kind;
    stage.position = last->position;
    stage.round = last->round + 1;
    stage.status = QStringLiteral("pending");
    stage.attendance = stage.actaRef = stage.notes = kEmpty;
    if (!file.insert(stage) || !insertChecklist(file, stage, items) || !tx.commit())
        return false;
    if (created)
        *created = stage;
    return true;
}

} // namespace Testigo
