// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/droppedfiles.h"

#include <QMimeData>
#include <QUrl>

namespace Testigo::Ui {

QStringList droppedFiles(const QMimeData *mime)
{
    QStringList out;
    if (mime)
        for (const QUrl &url : mime->urls())
            if (url.isLocalFile())
                out << url.toLocalFile();
    return out;
}

} // namespace Testigo::Ui
