// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/queries.h"

#include <QCoreApplication>
#include <QHash>

namespace Testigo::Cli {

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
