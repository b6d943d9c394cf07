// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A PDF written whole or not at all: the pages go to a temporary file in the destination's folder,
// renamed over the destination only once everything was written (a full disk, a missing folder or
// a failed layout leave no partial PDF, and an older PDF of the same name stays as it was).

#include <QPdfWriter>
#include <QString>
#include <functional>

namespace Testigo::Render {

// paint() sets the writer up and prints; false from it (or a failed write) means nothing is left
// behind and *error says why, in one translated line.
bool writePdfFile(const QString &path, const std::function<bool(QPdfWriter &)> &paint, QString *error);

} // namespace Testigo::Render
