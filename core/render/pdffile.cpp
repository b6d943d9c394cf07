// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/pdffile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace Testigo::Render {

bool writePdfFile(const QString &path, const std::function<bool(QPdfWriter &)> &paint, QString *error)
{
    const QString shown = QDir::toNativeSeparators(path);
    auto fail = [&](const QString &why) {
        if (error)
            *error = QCoreApplication::translate("PdfFile", "“%1” could not be written: %2").arg(shown, why);
        return false;
    };
    const QFileInfo info(path);
    if (!QFileInfo(info.absolutePath()).isDir())
        return fail(QCoreApplication::translate("PdfFile", "the folder “%1” does not exist")
                        .arg(QDir::toNativeSeparators(info.absolutePath())));
    if (info.exists() && !info.isFile())
        return fail(QCoreApplication::translate("PdfFile", "it is not a regular file"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    bool painted = false;
    {
        QPdfWriter writer(&file);
        painted = paint(writer);
    } // the writer finishes the document here
    if (!painted) {
        file.cancelWriting();
        return fail(QCoreApplication::translate("PdfFile", "the document could not be laid out"));
    }
    if (file.size() == 0 || !file.commit())
        return fail(QCoreApplication::translate("PdfFile", "the disk is full or cannot be written to"));
    return true;
}

} // namespace Testigo::Render
