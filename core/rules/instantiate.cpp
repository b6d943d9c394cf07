// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/instantiate.h"

#include "rules/templates.h"
#include "store/casefile.h"

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

bool instantiateTemplates(CaseFile &file, Procedure &procedure)
{
    const Templates &t = Templates::standard();
    CaseFile::Transaction tx(file);
    if (!tx.ok())
        return false;

    int position = 0;
    for (const StageTemplate &st : t.stagesFor(procedure.regime, procedure.type, procedure.objectKind)) {
        Stage stage;
        stage.procedureId = procedure.id;
        stage.kind = st.kind;
        stage.position = position++;
        stage.round = 1;
        stage.status = QStringLiteral("pending");
        stage.attendance = stage.actaRef = stage.notes = kEmpty;
        if (!file.insert(stage))
            return false;
        int itemPosition = 0;
        for (const ChecklistItemTemplate &item : st.items) {
            ChecklistAnswer a;
            a.stageId = stage.id;
            a.itemCode = item.code;
            a.position = itemPosition++;
            a.questionEs = item.es;
            a.questionEn = item.en;
            a.answer = a.note = kEmpty;
            if (!file.insert(a))
                return false;
        }
    }

    int clausePosition = 0;
    for (const ClauseTemplate &ct : t.clauses()) {
        Clause c;
        c.procedureId = procedure.id;
        c.code = ct.code;
        c.party = ct.party;
        c.position = clausePosition++;
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

} // namespace Testigo
