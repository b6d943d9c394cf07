// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/queries.h"

#include <QCoreApplication>
#include <QHash>

namespace Testigo::Cli {

namespace {
// The current stage: the last one done or under way, in template order.
QString currentStage(const CaseFile &file, const QString &procedureId)
{
    QString current;
    int best = -1;
    for (const Stage &s : file.all<Stage>(QStringLiteral("procedure_id"), procedureId)) {
        if ((s.status == QStringLiteral("done") || s.status == QStringLiteral("in_progress"))
            && s.position > best) {
            best = s.position;
            current = s.kind;
        }
    }
    return current;
}

int procedureYear(const CaseFile &file, const QString &procedureId)
{
    QDate first;
    for (const Stage &s : file.all<Stage>(QStringLiteral("procedure_id"), procedureId)) {
        const QDate d = s.actualDate.isValid() ? s.actualDate : s.plannedDate;
        if (d.isValid() && (!first.isValid() || d < first))
            first = d;
    }
    return first.isValid() ? first.year() : 0;
}
} // namespace

QList<ProcedureSummary> procedureSummaries(const CaseFile &file)
{
    QHash<QString, QString> agencies;
    for (const Agency &a : file.all<Agency>())
        agencies.insert(a.id, a.name);
    QList<ProcedureSummary> out;
    for (const Procedure &p : file.all<Procedure>()) {
        ProcedureSummary s;
        s.id = p.id;
        s.number = p.number;
        s.title = p.title;
        s.agency = agencies.value(p.agencyId);
        s.regime = p.regime;
        s.type = p.type;
        s.ocid = p.ocid;
        s.stage = currentStage(file, p.id);
        s.year = procedureYear(file, p.id);
        out.append(s);
    }
    return out;
}

QJsonObject summaryToJson(const ProcedureSummary &s)
{
    QJsonObject o {{QStringLiteral("id"), s.id}, {QStringLiteral("number"), s.number},
        {QStringLiteral("title"), s.title}, {QStringLiteral("agency"), s.agency},
        {QStringLiteral("regime"), s.regime}, {QStringLiteral("type"), s.type},
        {QStringLiteral("stage"), s.stage}, {QStringLiteral("year"), s.year}};
    if (!s.ocid.isEmpty())
        o.insert(QStringLiteral("ocid"), s.ocid);
    return o;
}

std::optional<Procedure> findProcedure(const CaseFile &file, const QString &number, Io io)
{
    for (const Procedure &p : file.all<Procedure>())
        if (p.number == number || (!p.ocid.isEmpty() && p.ocid == number) || p.id == number)
            return p;
    error(
        io, QCoreApplication::translate("Cli", "No procedure numbered “%1” in this case file.").arg(number));
    return std::nullopt;
}

} // namespace Testigo::Cli
