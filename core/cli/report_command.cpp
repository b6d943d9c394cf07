// SPDX-License-Identifier: GPL-3.0-or-later
// report FILE --lang es|en -o OUT.pdf: assembles the Analytical Review Report (render/report*).
#include "cli/cli.h"
#include "cli/queries.h"
#include "render/reportrenderer.h"

#include <QCoreApplication>
#include <QDate>

namespace Testigo::Cli {

int cmdReport(const Args &a, Io io)
{
    if (a.positional.size() != 1)
        return usageError(io, QCoreApplication::translate("Cli", "report needs one FILE."));
    const QString lang = a.value(QStringLiteral("lang"), QStringLiteral("es"));
    if (lang != QStringLiteral("es") && lang != QStringLiteral("en"))
        return usageError(io, QCoreApplication::translate("Cli", "--lang must be es or en."));
    const QString out = a.value(QStringLiteral("o"), a.value(QStringLiteral("output")));
    if (out.isEmpty())
        return usageError(io, QCoreApplication::translate("Cli", "report needs -o OUT.pdf."));
    QString problem;
    if (!checkOutputPath(out, &problem))
        return error(io, problem);
    auto file = openOrReport(a.positional.first(), io, true);
    if (!file)
        return Error;
    const Render::ReportData data = Render::loadReport(*file, lang, QDate::currentDate());
    QString message;
    int pages = 0;
    if (!Render::writeReportPdf(data, out, &message, &pages))
        return error(io, message);
    io.out << QCoreApplication::translate("Cli", "Wrote %1 (%n page(s)).", nullptr, pages).arg(out) << '\n';
    return Ok;
}

} // namespace Testigo::Cli
