// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A row image is the audit entry of field "*" that records a whole row when it is inserted: a JSON
// object of its columns. The store writes it; verify and merge replay it with this one reader.

#include <QHash>
#include <QString>

namespace Testigo {

// The columns of a row image, each as the canonical text an entry of that one field would hold.
QHash<QString, QString> rowImageFields(const QString &imageJson);

} // namespace Testigo
