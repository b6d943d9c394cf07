// SPDX-License-Identifier: GPL-3.0-or-later
#include "record/recordchoices.h"

#include "record/recordformat.h"
#include "store/casefile.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>

namespace Testigo::Ui {

namespace {
template<class E>
QList<E> ordered(const CaseFile &file, const QString &procedureId, int E::*key)
{
    QList<E> list = file.all<E>(QStringLiteral("procedure_id"), procedureId);
    std::stable_sort(list.begin(), list.end(), [key](const E &a, const E &b) { return a.*key < b.*key; });
    return list;
}
} // namespace

ChoiceList stageChoices(const CaseFile &file, const QString &procedureId)
{
    ChoiceList out;
    if (!procedureId.isEmpty())
        for (const Stage &s : ordered<Stage>(file, procedureId, &Stage::position))
            out.append({s.id, stageLabel(s)});
    return out;
}

ChoiceList clauseChoices(const CaseFile &file, const QString &procedureId)
{
    ChoiceList out;
    const bool spanish = QLocale().language() == QLocale::Spanish;
    if (!procedureId.isEmpty())
        for (const Clause &c : ordered<Clause>(file, procedureId, &Clause::position))
            out.append({c.id, QStringLiteral("%1 — %2").arg(c.code, spanish ? c.textEs : c.textEn)});
    return out;
}

ChoiceList bidderChoices(const CaseFile &file, const QString &procedureId)
{
    ChoiceList out;
    if (!procedureId.isEmpty())
        for (const Bidder &b : file.all<Bidder>(QStringLiteral("procedure_id"), procedureId))
            out.append({b.id, b.name});
    return out;
}

ChoiceList lotChoices(const CaseFile &file, const QString &procedureId)
{
    ChoiceList out;
    if (!procedureId.isEmpty())
        for (const Lot &l : ordered<Lot>(file, procedureId, &Lot::number))
            out.append({l.id, l.description.isEmpty()
                                  ? QCoreApplication::translate("Testigo::Ui::Record", "Lot %1").arg(l.number)
                                  : QCoreApplication::translate("Testigo::Ui::Record", "Lot %1: %2")
                                        .arg(l.number)
                                        .arg(l.description)});
    return out;
}

QString procedureCurrency(const CaseFile &file, const QString &procedureId)
{
    const auto p = file.get<Procedure>(procedureId);
    return p && !p->currency.isEmpty() ? p->currency : QStringLiteral("MXN");
}

} // namespace Testigo::Ui
