// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The live procedures in creation order, a page at a time (keyset paging on the creation index):
// the procedures list shows the first page of a portfolio of 250,000 at once and reads the rest
// while the window stays responsive.

#include "store/casefile.h"

namespace Testigo {

class ProcedurePager
{
public:
    explicit ProcedurePager(const CaseFile &file)
        : m_file(file)
    { }

    // The next at most `limit` procedures; fewer (or none) at the end.
    QList<Procedure> next(int limit);
    bool atEnd() const { return m_end; }

private:
    const CaseFile &m_file;
    QString m_lastCreated = QStringLiteral(""); // not null: a null QString binds as SQL NULL
    qint64 m_lastRowid = -1;
    bool m_end = false;
};

} // namespace Testigo
