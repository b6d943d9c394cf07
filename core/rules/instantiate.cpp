// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/instantiate.h"

#include "store/casefile.h"

namespace Testigo {

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
    // First version: the templates are being written; records the pact version only.
    procedure.pactVersion = QStringLiteral("TM-2025.1");
    return file.setField(QStringLiteral("procedure"), procedure.id, QStringLiteral("pact_version"),
                         procedure.pactVersion);
}

} // namespace Testigo
