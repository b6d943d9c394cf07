// SPDX-License-Identifier: GPL-3.0-or-later
// The audit trail: every change is logged and chained, and any edit made outside Testigo (the
// sqlite3 shell, say) is caught by verification, which names what was touched.
#include "helpers.h"
#include "store/casefile.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace Testigo;
using namespace Testigo::TestSupport;

namespace {

class Audit : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("audit.testigo"));
        auto r = CaseFile::create(m_path);
        ASSERT_TRUE(r.file) << r.message.toStdString();
        CaseFile &f = *r.file;
        f.setAuthor(QStringLiteral("María"));
        Agency a;
        a.name = QStringLiteral("Secretaría Ficticia");
        ASSERT_TRUE(f.insert(a));
        Procedure p;
        p.agencyId = a.id;
        p.number = QStringLiteral("IA-001-2024");
        ASSERT_TRUE(f.insert(p));
        m_procedureId = p.id;
        for (int i = 1; i <= 3; ++i) {
            Finding fi;
            fi.procedureId = p.id;
            fi.number = i;
            fi.description = QStringLiteral("Observación %1").arg(i);
            ASSERT_TRUE(f.insert(fi));
            m_findingIds << fi.id;
        }
        ASSERT_TRUE(f.setField(QStringLiteral("finding"), m_findingIds[0], QStringLiteral("status"), QStringLiteral("attended")));
        ASSERT_TRUE(f.verify().ok());
    }

    VerifyResult verifyNow()
    {
        auto r = CaseFile::open(m_path, true);
        EXPECT_TRUE(r.file) << r.message.toStdString();
        return r.file ? r.file->verify() : VerifyResult{};
    }

    QTemporaryDir m_dir;
    QString m_path, m_procedureId;
    QStringList m_findingIds;
};

} // namespace

TEST_F(Audit, everyChange_isLoggedWithOldAndNewValueAndAuthor)
{
    auto r = CaseFile::open(m_path);
    ASSERT_TRUE(r.file);
    const QString headBefore = r.file->auditHead();
    r.file->setAuthor(QStringLiteral("Luis"));
    ASSERT_TRUE(r.file->setField(QStringLiteral("finding"), m_findingIds[1], QStringLiteral("description"),
                                 QStringLiteral("Texto corregido")));
    const QList<AuditEntry> log = r.file->auditEntries();
    ASSERT_FALSE(log.isEmpty());
    const AuditEntry &last = log.last();
    EXPECT_EQ(last.table, QStringLiteral("finding"));
    EXPECT_EQ(last.rowId, m_findingIds[1]);
    EXPECT_EQ(last.field, QStringLiteral("description"));
    EXPECT_EQ(last.oldValue, QStringLiteral("\"Observación 2\""));
    EXPECT_EQ(last.newValue, QStringLiteral("\"Texto corregido\""));
    EXPECT_EQ(last.author, QStringLiteral("Luis"));
    EXPECT_EQ(last.prevHash, headBefore);
    EXPECT_EQ(r.file->auditHead(), last.hash);
    EXPECT_NE(last.hash, headBefore);
    EXPECT_TRUE(r.file->verify().ok());
}

TEST_F(Audit, untouchedFile_verifies)
{
    const VerifyResult v = verifyNow();
    EXPECT_TRUE(v.integrityOk);
    EXPECT_TRUE(v.ok());
}

TEST_F(Audit, outsideEditOfFindingText_isNamedByRowAndField)
{
    ASSERT_TRUE(rawExec(m_path, {QStringLiteral("UPDATE finding SET description = description || ' (alterado)' WHERE id = '%1'")
                                     .arg(m_findingIds[2])}));
    const VerifyResult v = verifyNow();
    ASSERT_FALSE(v.ok());
    ASSERT_EQ(v.problems.size(), 1);
    const VerifyProblem &p = v.problems.first();
    EXPECT_EQ(p.table, QStringLiteral("finding"));
    EXPECT_EQ(p.rowId, m_findingIds[2]);
    EXPECT_EQ(p.field, QStringLiteral("description"));
    EXPECT_GT(p.seq, 0);
    EXPECT_TRUE(p.message.contains(QStringLiteral("description")));
}

TEST_F(Audit, outsideEditOfLogEntry_breaksTheChainThere)
{
    QList<AuditEntry> entries;
    {
        auto r = CaseFile::open(m_path, true);
        ASSERT_TRUE(r.file);
        entries = r.file->auditEntries();
    }
    ASSERT_GE(entries.size(), 4);
    const qint64 seq = entries[2].seq;
    ASSERT_TRUE(rawExec(m_path, {QStringLiteral("UPDATE audit_log SET author = 'intruso' WHERE seq = %1").arg(seq)}));
    const VerifyResult v = verifyNow();
    ASSERT_FALSE(v.ok());
    EXPECT_EQ(v.problems.first().seq, seq) << "the first bad entry is the one edited";
    EXPECT_TRUE(v.problems.first().message.contains(QString::number(seq)));
}

TEST_F(Audit, logEntryRewrittenWithMatchingRow_stillBreaksTheChain)
{
    // A careful forger changes the row and the log's new value together; the hash gives it away.
    auto r = CaseFile::open(m_path, true);
    ASSERT_TRUE(r.file);
    qint64 seq = 0;
    QString image;
    for (const AuditEntry &e : r.file->auditEntries())
        if (e.rowId == m_findingIds[1] && e.field == QStringLiteral("*")) {
            seq = e.seq;
            image = e.newValue;
        }
    r.file.reset();
    ASSERT_GT(seq, 0);
    image.replace(QStringLiteral("Observación 2"), QStringLiteral("Nada que observar"));
    QString quoted = image;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    ASSERT_TRUE(rawExec(m_path, {QStringLiteral("UPDATE finding SET description = 'Nada que observar' WHERE id = '%1'").arg(m_findingIds[1]),
                                 QStringLiteral("UPDATE audit_log SET new_value = '%1' WHERE seq = %2").arg(quoted).arg(seq)}));
    const VerifyResult v = verifyNow();
    ASSERT_FALSE(v.ok());
    EXPECT_EQ(v.problems.first().seq, seq);
}

TEST_F(Audit, rowDeletedOutside_isCaught)
{
    ASSERT_TRUE(rawExec(m_path, {QStringLiteral("DELETE FROM finding WHERE id = '%1'").arg(m_findingIds[1])}));
    const VerifyResult v = verifyNow();
    ASSERT_FALSE(v.ok());
    bool named = false;
    for (const VerifyProblem &p : v.problems)
        named = named || (p.table == QStringLiteral("finding") && p.rowId == m_findingIds[1]);
    EXPECT_TRUE(named);
}

TEST_F(Audit, rowAddedOutside_isCaught)
{
    ASSERT_TRUE(rawExec(m_path, {QStringLiteral("INSERT INTO finding (id, created_at, modified_at, rev, procedure_id, description) "
                                                "VALUES ('intruso', '2024-01-01', '2024-01-01', 'r', '%1', 'falsa')").arg(m_procedureId)}));
    const VerifyResult v = verifyNow();
    ASSERT_FALSE(v.ok());
    EXPECT_EQ(v.problems.first().rowId, QStringLiteral("intruso"));
}

TEST_F(Audit, tombstoneSetOutside_isCaught)
{
    ASSERT_TRUE(rawExec(m_path, {QStringLiteral("UPDATE finding SET deleted = 1 WHERE id = '%1'").arg(m_findingIds[0])}));
    const VerifyResult v = verifyNow();
    ASSERT_FALSE(v.ok());
    EXPECT_EQ(v.problems.first().field, QStringLiteral("deleted"));
}

TEST_F(Audit, evidenceBytesChangedOutside_areCaught)
{
    {
        auto r = CaseFile::open(m_path);
        ASSERT_TRUE(r.file);
        ASSERT_TRUE(r.file->putBlob(QByteArray("acta original")).has_value());
    }
    ASSERT_TRUE(rawExec(m_path, {QStringLiteral("UPDATE blob SET data = X'00'")}));
    EXPECT_FALSE(verifyNow().ok());
}
