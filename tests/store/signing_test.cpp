// SPDX-License-Identifier: GPL-3.0-or-later
// Signed history: an outside edit made by someone who knows the code but lacks the writer's private
// key (a correctly chained entry appended, the whole history rewritten, the tail cut, a column or
// table the chain does not cover edited, the schema altered) fails verification; signers are
// reported per key; trust is a signed edit; older files read as unsigned, not as broken.
#include "helpers.h"
#include "store/casefile.h"
#include "store/signer.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace Testigo;
using namespace Testigo::TestSupport;

namespace {

// A person's profile for the test: their own key folder.
struct Profile
{
    QTemporaryDir dir;
    explicit Profile() { qputenv("TESTIGO_KEY_DIR", dir.path().toUtf8()); }
    ~Profile() { qunsetenv("TESTIGO_KEY_DIR"); }
};

class Signing : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_path = m_dir.filePath(QStringLiteral("signed.testigo"));
        auto f = CaseFile::create(m_path).file;
        ASSERT_TRUE(f);
        f->setAuthor(QStringLiteral("María"));
        Procedure p;
        p.number = QStringLiteral("IA-001-2024");
        p.title = QStringLiteral("Adquisición de medicamentos");
        ASSERT_TRUE(f->insert(p));
        m_procedure = p.id;
        ASSERT_TRUE(f->setField(
            QStringLiteral("procedure"), p.id, QStringLiteral("place"), QStringLiteral("Puebla")));
        ASSERT_TRUE(f->verify().ok());
    }

    VerifyResult verifyNow()
    {
        auto r = CaseFile::open(m_path, true);
        EXPECT_TRUE(r.file) << r.message.toStdString();
        return r.file ? r.file->verify() : VerifyResult {};
    }
    QString messages(const VerifyResult &v)
    {
        QStringList out;
        for (const VerifyProblem &p : v.problems)
            out << p.message;
        return out.join(QLatin1Char('\n'));
    }
    QList<AuditEntry> entries() { return CaseFile::open(m_path, true).file->auditEntries(); }
    static QString quoted(const QString &s)
    {
        QString q = s;
        return QLatin1Char('\'') + q.replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
    }
    static QString insertSql(const AuditEntry &e)
    {
        return QStringLiteral("INSERT INTO audit_log (seq, at, author, tbl, row_id, field, old_value, "
                              "new_value, rev, prev_hash, hash, stamp) "
                              "VALUES (%1, %2, %3, %4, %5, %6, %7, %8, %9, %10, %11, %12)")
            .arg(e.seq)
            .arg(quoted(e.at), quoted(e.author), quoted(e.table), quoted(e.rowId), quoted(e.field),
                quoted(e.oldValue), quoted(e.newValue), quoted(e.rev), quoted(e.prevHash), quoted(e.hash),
                quoted(e.stamp));
    }

    Profile m_profile;
    QTemporaryDir m_dir;
    QString m_path, m_procedure;
};

} // namespace

TEST_F(Signing, appendedCorrectlyChainedEntry_failsVerification)
{
    const AuditEntry last = entries().last();
    AuditEntry forged = last;
    forged.seq = last.seq + 1;
    forged.prevHash = last.hash;
    forged.field = QStringLiteral("title");
    forged.oldValue = QStringLiteral("\"Adquisición de medicamentos\"");
    forged.newValue = QStringLiteral("\"Nada que observar\"");
    forged.hash = auditEntryHash(forged);
    ASSERT_TRUE(rawExec(m_path,
        {QStringLiteral("UPDATE procedure SET title = 'Nada que observar' WHERE id = '%1'").arg(m_procedure),
            insertSql(forged)}));
    const VerifyResult v = verifyNow();
    ASSERT_FALSE(v.ok());
    EXPECT_TRUE(messages(v).contains(QStringLiteral("not signed"))) << messages(v).toStdString();
}

TEST_F(Signing, wholeHistoryRewrittenWithARecomputedChain_failsVerification)
{
    QList<AuditEntry> log = entries();
    QStringList sql {QStringLiteral("DELETE FROM audit_log"),
        QStringLiteral("UPDATE procedure SET place = 'Tlaxcala' WHERE id = '%1'").arg(m_procedure)};
    QString prev(64, QLatin1Char('0'));
    for (AuditEntry &e : log) {
        if (e.field == QStringLiteral("place"))
            e.newValue = QStringLiteral("\"Tlaxcala\"");
        e.prevHash = prev;
        e.hash = auditEntryHash(e);
        prev = e.hash;
        sql << insertSql(e);
    }
    ASSERT_TRUE(rawExec(m_path, sql));
    const VerifyResult v = verifyNow();
    ASSERT_FALSE(v.ok());
    EXPECT_TRUE(messages(v).contains(QStringLiteral("rewritten or forged"))) << messages(v).toStdString();
}

TEST_F(Signing, tailCutAndRowReverted_failsVerification)
{
    const QList<AuditEntry> log = entries();
    const AuditEntry last = log.last();
    ASSERT_EQ(last.field, QStringLiteral("place"));
    QString insertedRev;
    for (const AuditEntry &e : log)
        if (e.rowId == m_procedure && e.field == QStringLiteral("*"))
            insertedRev = e.rev;
    ASSERT_TRUE(rawExec(m_path,
        {QStringLiteral("DELETE FROM audit_log WHERE seq = %1").arg(last.seq),
            QStringLiteral(
                "UPDATE procedure SET place = '', rev = '%1', modified_at = created_at WHERE id = '%2'")
                .arg(insertedRev, m_procedure)}));
    const VerifyResult v = verifyNow();
    ASSERT_FALSE(v.ok());
    EXPECT_TRUE(messages(v).contains(QStringLiteral("cut"))) << messages(v).toStdString();
}

TEST_F(Signing, eachBookkeepingColumnEditedOutside_isNamed)
{
    for (const QString &column : {QStringLiteral("author"), QStringLiteral("created_at"),
             QStringLiteral("modified_at"), QStringLiteral("rev")}) {
        const QString copy = m_dir.filePath(column + QStringLiteral(".testigo"));
        ASSERT_TRUE(QFile::copy(m_path, copy));
        ASSERT_TRUE(rawExec(copy,
            {QStringLiteral("UPDATE procedure SET %1 = 'x' WHERE id = '%2'").arg(column, m_procedure)}));
        auto f = CaseFile::open(copy, true).file;
        const VerifyResult v = f->verify();
        ASSERT_FALSE(v.ok()) << column.toStdString();
        EXPECT_EQ(v.problems.first().field, column);
    }
}

TEST_F(Signing, supportTablesEditedOutside_failVerification)
{
    const QStringList edits {QStringLiteral("UPDATE meta SET value = 'otro' WHERE key = 'file_id'"),
        QStringLiteral("UPDATE revision SET parent_rev = 'x' WHERE rowid = 1"),
        QStringLiteral("INSERT INTO revision (rev, tbl, row_id) VALUES ('r', 'procedure', 'p')"),
        QStringLiteral(
            "INSERT INTO ocds_release (id, ocid, sha256, retrieved_at, json) VALUES ('x', 'ocds-1', "
            "'44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a', '2024-01-01', '{}')"),
        QStringLiteral("INSERT INTO imported_audit (hash, origin_file, seq, at, author, tbl, row_id, field, "
                       "prev_hash, imported_at) "
                       "VALUES ('h', 'f', 1, 'a', 'b', 'procedure', 'p', 'title', '%1', 'now')")
            .arg(QString(64, QLatin1Char('0')))};
    int i = 0;
    for (const QString &edit : edits) {
        const QString copy = m_dir.filePath(QStringLiteral("support-%1.testigo").arg(++i));
        ASSERT_TRUE(QFile::copy(m_path, copy));
        ASSERT_TRUE(rawExec(copy, {edit})) << edit.toStdString();
        auto f = CaseFile::open(copy, true).file;
        ASSERT_TRUE(f);
        EXPECT_FALSE(f->verify().ok()) << edit.toStdString();
    }
}

TEST_F(Signing, schemaAlteredOutside_failsVerification)
{
    const QStringList edits {
        QStringLiteral("CREATE TRIGGER sneaky AFTER UPDATE ON procedure BEGIN SELECT 1; END"),
        QStringLiteral("CREATE VIEW hidden AS SELECT * FROM procedure"),
        QStringLiteral("DROP INDEX procedure_number"),
        QStringLiteral("CREATE INDEX extra ON finding(description)")};
    int i = 0;
    for (const QString &edit : edits) {
        const QString copy = m_dir.filePath(QStringLiteral("schema-%1.testigo").arg(++i));
        ASSERT_TRUE(QFile::copy(m_path, copy));
        ASSERT_TRUE(rawExec(copy, {edit})) << edit.toStdString();
        auto f = CaseFile::open(copy, true).file;
        ASSERT_TRUE(f);
        const VerifyResult v = f->verify();
        ASSERT_FALSE(v.ok()) << edit.toStdString();
        EXPECT_TRUE(messages(v).contains(QStringLiteral("structure"))) << messages(v).toStdString();
    }
}

TEST_F(Signing, twoPeople_areReportedPerSignerAndTrustIsSigned)
{
    QByteArray witnessKey;
    {
        Profile witness; // another person, another profile
        auto f = CaseFile::open(m_path).file;
        f->setAuthor(QStringLiteral("Beto"));
        ASSERT_TRUE(f->setField(QStringLiteral("procedure"), m_procedure, QStringLiteral("title"),
            QStringLiteral("Título de Beto")));
        ASSERT_TRUE(f->setField(
            QStringLiteral("procedure"), m_procedure, QStringLiteral("object"), QStringLiteral("Medicinas")));
        witnessKey = SigningKey::loadExisting()->publicKey();
    }
    qputenv("TESTIGO_KEY_DIR", m_profile.dir.path().toUtf8());
    VerifyResult v = verifyNow();
    ASSERT_TRUE(v.ok()) << messages(v).toStdString();
    ASSERT_EQ(v.signers.size(), 2);
    const QString beto = SigningKey::fingerprintOf(witnessKey);
    for (const SignerReport &s : v.signers) {
        if (s.fingerprint == beto) {
            EXPECT_EQ(s.owner, QStringLiteral("Beto"));
            EXPECT_EQ(s.entries, 3); // two edits and the key's own arrival
            EXPECT_FALSE(s.trusted);
        } else {
            EXPECT_EQ(s.owner, QStringLiteral("María"));
            EXPECT_TRUE(s.yours && s.trusted);
        }
    }
    {
        auto f = CaseFile::open(m_path).file;
        ASSERT_TRUE(f->trustSigner(beto.left(10)));
    }
    v = verifyNow();
    ASSERT_TRUE(v.ok()) << messages(v).toStdString();
    for (const SignerReport &s : v.signers)
        EXPECT_TRUE(s.trusted) << s.owner.toStdString();
    // A trust mark forged outside Testigo is not a signed fact.
    ASSERT_TRUE(rawExec(m_path, {QStringLiteral("UPDATE signer SET trusted = 0")}));
    EXPECT_FALSE(verifyNow().ok());
}

TEST(SigningKeys, keyLivesInTheProfileReadableByItsOwnerOnly)
{
    Profile profile;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("k.testigo"));
    {
        auto f = CaseFile::create(path).file;
        ASSERT_TRUE(f);
        Agency a;
        a.name = QStringLiteral("Secretaría Ficticia");
        ASSERT_TRUE(f->insert(a)); // the first write makes the key
    }
    const QString keyFile = profile.dir.filePath(QStringLiteral("signing-key.json"));
    ASSERT_TRUE(QFile::exists(keyFile));
    EXPECT_EQ(QFile::permissions(keyFile)
            & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                | QFileDevice::WriteOther),
        QFileDevice::Permissions());
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    QFile k(keyFile);
    ASSERT_TRUE(k.open(QIODevice::ReadOnly));
    const QByteArray secret = QJsonDocument::fromJson(k.readAll())
                                  .object()
                                  .value(QStringLiteral("secret_key"))
                                  .toString()
                                  .toLatin1();
    EXPECT_FALSE(f.readAll().contains(secret)) << "the private key never enters the case file";
}

TEST(SigningKeys, olderFile_readsAsUnsignedAndIsSignedFromItsUpgradeOn)
{
    Profile profile;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.testigo"));
    ASSERT_TRUE(QFile::copy(QStringLiteral(TESTIGO_SOURCE_DIR "/tests/fixtures/casefile-v1.testigo"), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    qint64 legacy = 0;
    {
        auto f = CaseFile::open(path).file;
        ASSERT_TRUE(f);
        const VerifyResult v = f->verify();
        EXPECT_TRUE(v.ok());
        legacy = v.unsignedEntries;
        EXPECT_GT(legacy, 0);
        EXPECT_EQ(legacy, f->auditLength() - 1) << "all but the upgrader's key are reported as unsigned";
        const auto procedures = f->all<Procedure>();
        ASSERT_FALSE(procedures.isEmpty());
        ASSERT_TRUE(f->setField(QStringLiteral("procedure"), procedures.first().id, QStringLiteral("title"),
            QStringLiteral("Nuevo")));
    }
    auto f = CaseFile::open(path, true).file;
    const VerifyResult v = f->verify();
    EXPECT_TRUE(v.ok());
    EXPECT_EQ(v.unsignedEntries, legacy);
    ASSERT_EQ(v.signers.size(), 1);
    EXPECT_EQ(v.signers.first().entries, f->auditLength() - legacy);
}
