// SPDX-License-Identifier: GPL-3.0-or-later
// The report as a PDF file.
#include "render/pdffile.h"
#include "render/reportrenderer.h"

namespace Testigo::Render {

bool writeReportPdf(const ReportData &data, const QString &path, QString *error, int *pages)
{
    ReportRenderer renderer(data);
    const bool ok = writePdfFile(
        path,
        [&](QPdfWriter &writer) {
            writer.setResolution(300);
            writer.setTitle(renderer.title());
            writer.setCreator(QStringLiteral("Testigo"));
            return renderer.print(writer);
        },
        error);
    if (ok && pages)
        *pages = renderer.pageCount();
    return ok;
}

} // namespace Testigo::Render
