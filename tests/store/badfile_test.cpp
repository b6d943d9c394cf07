// SPDX-License-Identifier: GPL-3.0-or-later
// Files Testigo must refuse (newer, foreign, damaged) and files it may only read: the user gets a
// clear message and the file comes out byte-for-byte as it went in.
#include "helpers.h"
#include "store/casefile.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <unistd.h>

using namespace Testigo;
using namespace Testigo::TestSupport;

namespace {

class BadFile : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }

    // A closed case file with a few rows, big enough to span many pages.
    QString goodFile(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        auto r = CaseFile::create(path);
        EXPECT_TRUE(r.file) << r.message.toStdString();
        if (!r.file)
            return path;
        CaseFile::Transaction tx(*r.file);
        for (int i = 0; i < 50; ++i) {
            Agency a;
            a.name = QStringLiteral("Agencia ficticia %1 — nombre largo para llenar páginas").arg(i);
            a.buyingUnit = QString(200, QLatin1Char('x'));
            r.file->insert(a);
        }
        tx.commit();
        return path;
    }

    // Opening must fail with the expected error and a message, leaving the bytes untouched.
    void expectRefused(const QString &path, OpenError expected)
    {
        const QByteArray before = fileSha256(path);
        ASSERT_FALSE(before.isEmpty());
        auto r = CaseFile::open(path);
        EXPECT_FALSE(r.file);
        EXPECT_EQ(int(r.error), int(expected));
        EXPECT_FALSE(r.message.trimmed().isEmpty());
        EXPECT_TRUE(r.message.contains(QFileInfo(path).fileName())) << r.message.toStdString();
        EXPECT_EQ(fileSha256(path), before) << "a refused file was modified";
        EXPECT_FALSE(QFile::exists(path + QStringLiteral("-wal")));
        // Read-only opening refuses it too.
        auto ro = CaseFile::open(path, true);
        EXPECT_FALSE(ro.file);
        EXPECT_EQ(fileSha256(path), before);
    }

    static void writeBytes(const QString &path, const QByteArray &bytes)
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(BadFile, openNewerSchema_refusesAndLeavesFileUntouched)
{
    const QString path = goodFile(QStringLiteral("newer.testigo"));
    ASSERT_TRUE(rawExec(path, {QStringLiteral("PRAGMA user_version = 9999")}));
    expectRefused(path, OpenError::NewerSchema);
    auto r = CaseFile::open(path);
    EXPECT_TRUE(r.message.contains(QStringLiteral("9999"))) << "the message names the file's format";
}

TEST_F(BadFile, openRandomBytes_refusedAsNotACaseFile)
{
    const QString path = m_dir.filePath(QStringLiteral("noise.testigo"));
    QByteArray noise(100000, Qt::Uninitialized);
    QRandomGenerator gen(42);
    for (char &c : noise)
        c = char(gen.bounded(256));
    writeBytes(path, noise);
    expectRefused(path, OpenError::NotACaseFile);
}

TEST_F(BadFile, openEmptyFile_refusedAsNotACaseFile)
{
    const QString path = m_dir.filePath(QStringLiteral("empty.testigo"));
    writeBytes(path, QByteArray());
    const QByteArray before = fileSha256(path);
    auto r = CaseFile::open(path);
    EXPECT_FALSE(r.file);
    EXPECT_EQ(int(r.error), int(OpenError::NotACaseFile));
    EXPECT_EQ(QFileInfo(path).size(), 0);
    EXPECT_EQ(fileSha256(path), before);
}

TEST_F(BadFile, openTruncatedCopy_refusedAsCorrupt)
{
    const QString good = goodFile(QStringLiteral("good.testigo"));
    QFile in(good);
    ASSERT_TRUE(in.open(QIODevice::ReadOnly));
    const QByteArray all = in.readAll();
    ASSERT_GT(all.size(), 8192);
    const QString path = m_dir.filePath(QStringLiteral("truncated.testigo"));
    writeBytes(path, all.left(8192));
    expectRefused(path, OpenError::Corrupt);
}

TEST_F(BadFile, openDamagedPages_refusedAsCorrupt)
{
    const QString good = goodFile(QStringLiteral("good.testigo"));
    QFile in(good);
    ASSERT_TRUE(in.open(QIODevice::ReadOnly));
    QByteArray all = in.readAll();
    // Scribble over every page after the first, keeping the header and the file length.
    for (qsizetype i = 4096; i < all.size(); i += 97)
        all[i] = char(0xA5 ^ all[i]);
    const QString path = m_dir.filePath(QStringLiteral("damaged.testigo"));
    writeBytes(path, all);
    expectRefused(path, OpenError::Corrupt);
}

TEST_F(BadFile, openOtherSqliteDatabase_refusedAsNotACaseFile)
{
    const QString path = m_dir.filePath(QStringLiteral("other.sqlite"));
    ASSERT_TRUE(rawExec(path, {QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)"),
                               QStringLiteral("INSERT INTO notes (text) VALUES ('hola')")}));
    expectRefused(path, OpenError::NotACaseFile);
}

TEST_F(BadFile, openMissingFile_saysItDoesNotExist)
{
    const QString path = m_dir.filePath(QStringLiteral("missing.testigo"));
    auto r = CaseFile::open(path);
    EXPECT_FALSE(r.file);
    EXPECT_EQ(int(r.error), int(OpenError::NotFound));
    EXPECT_FALSE(r.message.isEmpty());
    EXPECT_FALSE(QFile::exists(path)) << "opening must not create a file";
}

TEST_F(BadFile, createOverExistingFile_refusesAndKeepsIt)
{
    const QString path = m_dir.filePath(QStringLiteral("mine.txt"));
    writeBytes(path, QByteArray("notes I care about"));
    const QByteArray before = fileSha256(path);
    auto r = CaseFile::create(path);
    EXPECT_FALSE(r.file);
    EXPECT_EQ(int(r.error), int(OpenError::AlreadyExists));
    EXPECT_FALSE(r.message.isEmpty());
    EXPECT_EQ(fileSha256(path), before);
}

TEST_F(BadFile, openReadOnly_readsButRefusesEveryWrite)
{
    const QString path = goodFile(QStringLiteral("ro.testigo"));
    const QByteArray before = fileSha256(path);
    {
        auto r = CaseFile::open(path, /*readOnly*/ true);
        ASSERT_TRUE(r.file) << r.message.toStdString();
        CaseFile &f = *r.file;
        EXPECT_TRUE(f.isReadOnly());
        EXPECT_EQ(f.count(QStringLiteral("agency")), 50);

        Agency a;
        a.name = QStringLiteral("Nueva");
        EXPECT_FALSE(f.insert(a));
        EXPECT_FALSE(f.lastError().isEmpty());
        const Agency first = f.all<Agency>().value(0);
        EXPECT_FALSE(f.setField(QStringLiteral("agency"), first.id, QStringLiteral("name"), QStringLiteral("Otra")));
        EXPECT_FALSE(f.setDeleted(QStringLiteral("agency"), first.id, true));
        EXPECT_FALSE(f.putBlob(QByteArray("evidencia")).has_value());
        EXPECT_FALSE(f.setMetaValue(QStringLiteral("k"), QStringLiteral("v")));
        EXPECT_EQ(f.all<Agency>().value(0).name, first.name) << "a refused edit must not show up";
        EXPECT_EQ(f.count(QStringLiteral("agency")), 50);
        EXPECT_TRUE(f.verify().ok());
    }
    EXPECT_EQ(fileSha256(path), before);
}

TEST_F(BadFile, openChmodReadOnlyFile_opensReadOnly)
{
    if (geteuid() == 0)
        GTEST_SKIP() << "root ignores file permissions; covered by openReadOnly_readsButRefusesEveryWrite";
    const QString path = goodFile(QStringLiteral("chmod.testigo"));
    ASSERT_TRUE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    const QByteArray before = fileSha256(path);
    {
        auto r = CaseFile::open(path);
        ASSERT_TRUE(r.file) << r.message.toStdString();
        EXPECT_TRUE(r.file->isReadOnly());
        Agency a;
        a.name = QStringLiteral("Nueva");
        EXPECT_FALSE(r.file->insert(a));
        EXPECT_FALSE(r.file->lastError().isEmpty());
    }
    EXPECT_EQ(fileSha256(path), before);
}
