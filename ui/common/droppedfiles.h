// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What a drag from the file manager brings: the local files among its URLs.

#include <QStringList>

class QMimeData;

namespace Testigo::Ui {

// The local paths of the dragged URLs, in order; empty for anything else (text, web links).
QStringList droppedFiles(const QMimeData *mime);

} // namespace Testigo::Ui
