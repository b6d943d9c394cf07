// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Every live procedure with its live rows in some child tables, one procedure at a time in
// creation order (the order CaseFile::rows() gives). A computation over a whole portfolio (the
// economic impact of 250,000 procedures) reads each table once, in one ordered pass, instead of
// a query per procedure and child table, and holds one procedure's rows at a time.

#include "store/casefile.h"

#include <QHash>
#include <memory>
#include <vector>

namespace Testigo {

class ProcedureStream
{
public:
    // How a child table reaches its procedure: directly (procedure_id), or through a live lot
    // (lot_id) or a live contract (contract_id). Children come in their parent's order, then their own.
    enum class Via { Procedure, Lot, Contract };
    struct Child
    {
        QString table;
        Via via = Via::Procedure;
    };

    ProcedureStream(const CaseFile &file, const QList<Child> &children);
    ~ProcedureStream();
    ProcedureStream(const ProcedureStream &) = delete;
    ProcedureStream &operator=(const ProcedureStream &) = delete;

    // The next procedure's row and its children's rows by table; false at the end or on error.
    bool next(QVariantMap *procedure, QHash<QString, QList<QVariantMap>> *children);

private:
    struct Cursor;
    std::unique_ptr<Cursor> m_procedures;
    std::vector<std::unique_ptr<Cursor>> m_children;
};

} // namespace Testigo
