// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Writing a domain struct as a new row, the one way the importer and the demo writer do it.

#include "store/casefile.h"
#include "store/mapping.h"

namespace Testigo {

// Null QStrings bind as SQL NULL, which the text columns refuse: they are written as "". (An empty
// foreign key is still stored as NULL: the store maps it so.)
inline QVariantMap nonNullStrings(QVariantMap row)
{
    for (auto it = row.begin(); it != row.end(); ++it)
        if (it.value().typeId() == QMetaType::QString && it.value().toString().isNull())
            it.value() = QString(QLatin1String(""));
    return row;
}

// Inserts e as a new row, keeping its id when it has one (else the store gives it a UUID), and
// refreshes e from what was stored. False when the store refused the row.
template<class E> bool insertEntity(CaseFile &file, E &e)
{
    QVariantMap row = nonNullStrings(mappingOf<E>().toRow(e));
    if (!e.id.isEmpty())
        row.insert(QStringLiteral("id"), e.id);
    if (!file.insertRow(mappingOf<E>().table, row))
        return false;
    e = mappingOf<E>().fromRow(row);
    return true;
}

} // namespace Testigo
