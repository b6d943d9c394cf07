// SPDX-License-Identifier: GPL-3.0-or-later
// A case file written by an older Testigo opens in this one: it is upgraded (on a copy swapped in), a backup
// of the old file is kept beside it, nothing the user entered is lost and the audit chain still holds.
#include "helpers.h"
#include "store/casefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace Testigo;
using namespace Testigo::TestSupport;

namespace {

QString fixedId(int n)
{
    return QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
}

int rawUserVersion(const QString &path)
{
    int v = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
                v = q.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    return v;
}

class Migration : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("old.testigo"));
        ASSERT_TRUE(
            QFile::copy(QStringLiteral(TESTIGO_SOURCE_DIR "/tests/fixtures/casefile-v1.testigo"), m_path));
        QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        m_originalSha = fileSha256(m_path);
    }
    QTemporaryDir m_dir;
    QString m_path;
    QByteArray m_originalSha;
};

} // namespace

TEST_F(Migration, fixture_isReallyAtSchemaOne)
{
    EXPECT_EQ(rawUserVersion(m_path), 1);
}

TEST_F(Migration, openVersionOne_upgradesAndKeepsABackup)
{
    auto r = CaseFile::open(m_path);
    ASSERT_TRUE(r.file) << r.message.toStdString();
    EXPECT_EQ(r.file->schemaVersion(), CaseFile::SchemaVersion);
    EXPECT_EQ(r.file->backupPath(), m_path + QStringLiteral(".v1.bak"));
    ASSERT_TRUE(QFile::exists(m_path + QStringLiteral(".v1.bak")));
    EXPECT_EQ(rawUserVersion(m_path + QStringLiteral(".v1.bak")), 1)
        << "the backup is the old file as it was";
    EXPECT_GE(QFileInfo(m_path + QStringLiteral(".v1.bak")).size(), 200000);
    r.file.reset();
    EXPECT_EQ(rawUserVersion(m_path), CaseFile::SchemaVersion);
}

TEST_F(Migration, openVersionOne_keepsEveryRow)
{
    auto r = CaseFile::open(m_path);
    ASSERT_TRUE(r.file) << r.message.toStdString();
    CaseFile &f = *r.file;
    const auto p = f.get<Procedure>(fixedId(3));
    ASSERT_TRUE(p.has_value());
    EXPECT_EQ(p->title, QStringLiteral("Adquisición de equipo médico para hemodiálisis (ficticia)"));
    EXPECT_EQ(p->regime, QStringLiteral("LAASSP-2000"));
    EXPECT_EQ(p->participationEnd, QDate(2012, 6, 15));
    EXPECT_TRUE(p->ocid.isEmpty()) << "the new column starts empty";
    EXPECT_EQ(f.count(QStringLiteral("procedure")), 1);
    EXPECT_EQ(f.count(QStringLiteral("lot")), 2);
    EXPECT_EQ(f.count(QStringLiteral("stage")), 5);
    EXPECT_EQ(f.count(QStringLiteral("bidder")), 2) << "the deleted bidder stays deleted";
    EXPECT_EQ(f.all<Bidder>(QString(), QVariant(), true).size(), 3);
    EXPECT_EQ(f.count(QStringLiteral("bid")), 3);
    EXPECT_EQ(f.count(QStringLiteral("award")), 2);
    EXPECT_EQ(f.count(QStringLiteral("amendment")), 1);
    const auto finding = f.get<Finding>(fixedId(61));
    ASSERT_TRUE(finding.has_value());
    EXPECT_EQ(finding->status, QStringLiteral("attended"));
    EXPECT_EQ(
        finding->response, QStringLiteral("Se publicó la modificación y se amplió el plazo tres días."));
    const auto lot = f.get<Lot>(fixedId(12));
    ASSERT_TRUE(lot.has_value());
    EXPECT_EQ(lot->budgetCents, 2'500'000'00);
    const auto at = f.get<Attachment>(fixedId(70));
    ASSERT_TRUE(at.has_value());
    EXPECT_EQ(f.blob(at->sha256).size(), at->size);
    EXPECT_TRUE(f.blob(at->sha256).startsWith("Acta de la junta"));
}

// Schema 8 gives recorded texts an English version: the existing text stays the Spanish original.
TEST_F(Migration, openVersionOne_keepsTextsAsTheSpanishOriginal)
{
    auto r = CaseFile::open(m_path);
    ASSERT_TRUE(r.file) << r.message.toStdString();
    CaseFile &f = *r.file;
    const auto p = f.get<Procedure>(fixedId(3));
    ASSERT_TRUE(p.has_value());
    EXPECT_EQ(p->object, QStringLiteral("Máquinas de hemodiálisis y consumibles"));
    EXPECT_TRUE(p->objectEn.isEmpty());
    EXPECT_TRUE(p->titleEn.isEmpty());
    EXPECT_FALSE(p->publicationDate.isValid());
    const auto finding = f.get<Finding>(fixedId(61));
    ASSERT_TRUE(finding.has_value());
    EXPECT_EQ(finding->description,
        QStringLiteral("La junta de aclaraciones modificó la especificación técnica del filtro."));
    EXPECT_TRUE(finding->descriptionEn.isEmpty());
    EXPECT_TRUE(finding->responseEn.isEmpty());
    EXPECT_EQ(f.get<Lot>(fixedId(12))->descriptionEn, QString());
    EXPECT_TRUE(f.setField(QStringLiteral("finding"), fixedId(61), QStringLiteral("description_en"),
        QStringLiteral("The clarification meeting changed the filter's specification.")));
    EXPECT_EQ(f.get<Finding>(fixedId(61))->description, finding->description) << "the Spanish text stays";
    const VerifyResult v = f.verify();
    for (const auto &problem : v.problems)
        ADD_FAILURE() << problem.message.toStdString();
}

TEST_F(Migration, upgradedFile_verifiesAndAcceptsNewRows)
{
    auto r = CaseFile::open(m_path);
    ASSERT_TRUE(r.file) << r.message.toStdString();
    CaseFile &f = *r.file;
    const VerifyResult v = f.verify();
    for (const auto &p : v.problems)
        ADD_FAILURE() << p.message.toStdString();
    EXPECT_TRUE(v.ok());
    Narrative n;
    n.procedureId = fixedId(3);
    n.language = QStringLiteral("es");
    n.summary = QStringLiteral("<p>Resumen</p>");
    EXPECT_TRUE(f.insert(n)) << f.lastError().toStdString();
    EXPECT_TRUE(f.setField(
        QStringLiteral("procedure"), fixedId(3), QStringLiteral("ocid"), QStringLiteral("ocds-test-1")));
    EXPECT_TRUE(f.verify().ok());
}

TEST_F(Migration, reopeningUpgradedFile_needsNoSecondUpgrade)
{
    {
        auto r = CaseFile::open(m_path);
        ASSERT_TRUE(r.file) << r.message.toStdString();
    }
    QFile::remove(m_path + QStringLiteral(".v1.bak"));
    auto r = CaseFile::open(m_path);
    ASSERT_TRUE(r.file);
    EXPECT_TRUE(r.file->backupPath().isEmpty());
    EXPECT_FALSE(QFile::exists(m_path + QStringLiteral(".v1.bak")));
}

TEST_F(Migration, openVersionOneReadOnly_readsAnUpgradedCopyAndLeavesFileUntouched)
{
    {
        auto r = CaseFile::open(m_path, /*readOnly*/ true);
        ASSERT_TRUE(r.file) << r.message.toStdString();
        EXPECT_TRUE(r.file->isReadOnly());
        EXPECT_EQ(r.file->schemaVersion(), CaseFile::SchemaVersion);
        EXPECT_TRUE(r.file->backupPath().isEmpty());
    }
    EXPECT_EQ(fileSha256(m_path), m_originalSha);
    EXPECT_FALSE(QFile::exists(m_path + QStringLiteral(".v1.bak")));
}

// An older file that SQLite finds intact but whose upgrade fails midway (here a table of its own
// named like one a later migration creates; fuzz_casefile found the same with a changed byte):
// the upgrade runs on a copy beside the file, so the refused file keeps every byte, and neither
// the copy nor a backup is left behind.
TEST(MigrationFailure, anUpgradeFailingMidway_leavesTheFileByteForByteUntouched)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("old.testigo"));
    ASSERT_TRUE(QFile::copy(QStringLiteral(TESTIGO_SOURCE_DIR "/tests/fixtures/casefile-v1.testigo"), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("clash"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("CREATE TABLE signer (note TEXT)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("clash"));
    const QByteArray before = fileSha256(path);

    auto r = CaseFile::open(path, /*readOnly*/ false);
    EXPECT_FALSE(r.file);
    EXPECT_TRUE(r.message.contains(QStringLiteral("could not be upgraded"))) << r.message.toStdString();
    EXPECT_EQ(fileSha256(path), before);
    EXPECT_EQ(rawUserVersion(path), 1);
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("old.testigo")});
}
