// SPDX-License-Identifier: GPL-3.0-or-later
// CaseFile's transactions (nested through savepoints) and the bulk-write mode of large imports.
#include "store/casefile.h"
#include "store/casefile_db.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Testigo {

// --- Transactions ---------------------------------------------------------------------------------

bool CaseFile::beginBulkWrite()
{
    if (m_readOnly || m_txDepth > 0)
        return false;
    m_db->cache.clear(); // no statement may stay prepared across a journal change
    QSqlQuery q(m_db->db());
    if (!q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")) || !q.next()
        || q.value(0).toString().compare(QStringLiteral("delete"), Qt::CaseInsensitive) != 0)
        return false;
    q.finish();
    q.exec(QStringLiteral("PRAGMA cache_size = -131072"));
    return true;
}

void CaseFile::endBulkWrite()
{
    if (m_readOnly)
        return;
    m_db->cache.clear();
    QSqlQuery q(m_db->db());
    q.exec(QStringLiteral("PRAGMA cache_size = -32768"));
    q.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
}

bool CaseFile::begin()
{
    // Every audited write opens one: the statements are prepared once per connection.
    QSqlQuery &q = m_db->prepared(m_txDepth == 0 ? QStringLiteral("BEGIN IMMEDIATE")
                                                 : QStringLiteral("SAVEPOINT sp%1").arg(m_txDepth));
    if (!q.exec())
        return fail(translatedSqlError(q.lastError()));
    if (m_txDepth == 0) {
        // Where this transaction's batch of audit entries starts (read under the write lock).
        QSqlQuery head(m_db->db());
        m_txStartSeq = head.exec(QStringLiteral("SELECT max(seq) FROM audit_log")) && head.next() ? head.value(0).toLongLong() : 0;
    }
    ++m_txDepth;
    return true;
}

bool CaseFile::commit()
{
    if (m_txDepth == 0)
        return false;
    // The outermost commit signs what the transaction wrote; a write that cannot be signed is undone.
    if (m_txDepth == 1 && !m_readOnly && !signTransaction()) {
        const QString why = m_lastError;
        rollback();
        return fail(why);
    }
    --m_txDepth;
    QSqlQuery &q = m_db->prepared(m_txDepth == 0 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE sp%1").arg(m_txDepth));
    const bool ok = q.exec();
    if (!ok) {
        fail(translatedSqlError(q.lastError()));
        if (m_txDepth == 0)
            QSqlQuery(m_db->db()).exec(QStringLiteral("ROLLBACK"));
    }
    return ok;
}

void CaseFile::rollback()
{
    if (m_txDepth == 0)
        return;
    m_db->headKnown = false; // the rolled-back entries are gone
    --m_txDepth;
    if (m_db->batch && m_txDepth < m_db->batch->depth)
        m_db->batch.reset(); // its rows are gone with the transaction
    QSqlQuery q(m_db->db());
    if (m_txDepth == 0) {
        q.exec(QStringLiteral("ROLLBACK"));
    } else {
        q.exec(QStringLiteral("ROLLBACK TO sp%1").arg(m_txDepth));
        q.exec(QStringLiteral("RELEASE sp%1").arg(m_txDepth));
    }
}

} // namespace Testigo
