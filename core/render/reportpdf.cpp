// SPDX-License-Identifier: GPL-3.0-or-later
// The report as a PDF file.
#include "render/reportrenderer.h"

#include <QCoreApplication>
#include <QFile>
#include <QPdfWriter>

namespace Testigo::Render {

bool writeReportPdf(const ReportData &data, const QString &path, QString *error, int *pages)
{
    ReportRenderer renderer(data);
    {
        QPdfWriter writer(path);
        writer.setResolution(300);
        writer.setTitle(renderer.title());
        writer.setCreator(QStringLiteral("Testigo"));
        if (!renderer.print(writer)) {
            if (error)
                *error = QCoreApplication::translate("Report", "Cannot write %1.").arg(path);
            return false;
        }
    }
    if (pages)
        *pages = renderer.pageCount();
    if (!QFile::exists(path) || QFile(path).size() == 0) {
        if (error)
            *error = QCoreApplication::translate("Report", "Cannot write %1.").arg(path);
        return false;
    }
    return true;
}

} // namespace Testigo::Render
