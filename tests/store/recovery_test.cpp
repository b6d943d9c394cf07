// SPDX-License-Identifier: GPL-3.0-or-later
// Files left by a crash open as SQLite sees them (a checkpoint cut short, an interrupted write
// rolled back); a file SQLite's full check finds damaged is never written; an older file reads.
#include "helpers.h"
#include "store/casefile.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace Testigo;
using namespace Testigo::TestSupport;

namespace {

quint32 be32(const QByteArray &b, qint64 at)
{
    return (quint32(quint8(b[at])) << 24) | (quint32(quint8(b[at + 1])) << 16)
        | (quint32(quint8(b[at + 2])) << 8) | quint32(quint8(b[at + 3]));
}

bool addAgencies(CaseFile &file, int count, int size)
{
    CaseFile::Transaction tx(file);
    for (int i = 0; i < count; ++i) {
        Agency a;
        a.name = QStringLiteral("Agencia %1").arg(i);
        a.buyingUnit = QString(size, QLatin1Char('x'));
        if (!file.insert(a))
            return false;
    }
    return tx.commit();
}

// A closed case file (one file, no -wal) with 50 agencies.
QString closedFile(const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    auto r = CaseFile::create(path);
    EXPECT_TRUE(r.file && addAgencies(*r.file, 50, 200));
    return path;
}

// What a checkpoint cut short leaves: page 1 (with the new page count) already copied from the
// -wal into the main file, the other new pages still only in the -wal.
bool copyWalPageOneIntoFile(const QString &path)
{
    QFile wal(path + QStringLiteral("-wal"));
    if (!wal.open(QIODevice::ReadOnly))
        return false;
    const QByteArray w = wal.readAll();
    if (w.size() < 32)
        return false;
    const qint64 pageSize = be32(w, 8);
    QByteArray page1;
    for (qint64 at = 32; at + 24 + pageSize <= w.size(); at += 24 + pageSize)
        if (be32(w, at) == 1)
            page1 = w.mid(at + 24, pageSize);
    QFile f(path);
    return !page1.isEmpty() && f.open(QIODevice::ReadWrite) && f.write(page1) == page1.size();
}

qint64 declaredSize(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray h = f.read(100);
    return qint64((quint8(h[16]) << 8) | quint8(h[17])) * be32(h, 28);
}

} // namespace

TEST(Recovery, checkpointCutShort_fileWithPagesInItsWalOpensWhole)
{
    QTemporaryDir dir, crash;
    const QString path = closedFile(dir, QStringLiteral("c.testigo"));
    const QString copy = crash.filePath(QStringLiteral("c.testigo"));
    {
        auto r = CaseFile::open(path);
        ASSERT_TRUE(r.file) << r.message.toStdString();
        ASSERT_TRUE(addAgencies(*r.file, 200, 2000)); // the file grows; the new pages are in the -wal
        // The process dies here: the files as they are on disk.
        ASSERT_TRUE(QFile::copy(path, copy));
        ASSERT_TRUE(QFile::copy(path + QStringLiteral("-wal"), copy + QStringLiteral("-wal")));
    }
    ASSERT_TRUE(copyWalPageOneIntoFile(copy));
    ASSERT_GT(declaredSize(copy), QFileInfo(copy).size()) << "the test did not build the state it means to";

    for (const bool readOnly : {true, false}) {
        auto r = CaseFile::open(copy, readOnly);
        ASSERT_TRUE(r.file) << r.message.toStdString();
        EXPECT_EQ(r.file->count(QStringLiteral("agency")), 250);
        EXPECT_TRUE(r.file->verify().ok());
    }
}

TEST(Recovery, hotJournalOfAnInterruptedWrite_isRolledBackWithAMessage)
{
    QTemporaryDir dir, crash;
    const QString path = closedFile(dir, QStringLiteral("c.testigo"));
    const QByteArray original = fileSha256(path);
    const QString copy = crash.filePath(QStringLiteral("c.testigo"));
    const QString copyRo = crash.filePath(QStringLiteral("ro.testigo"));
    {
        // A write in rollback-journal mode (as a bulk import is) that spills pages into the file.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("writer"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA cache_size = 4")));
        ASSERT_TRUE(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
        ASSERT_TRUE(q.exec(QStringLiteral("UPDATE agency SET name = name || ' (cambiada)'")));
        ASSERT_TRUE(q.exec(QStringLiteral("CREATE TABLE junk(x)")));
        ASSERT_TRUE(q.exec(
            QStringLiteral("WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 300) "
                           "INSERT INTO junk SELECT randomblob(3000) FROM c")));
        // Killed here: the file half-written, its journal beside it.
        for (const QString &to : {copy, copyRo}) {
            ASSERT_TRUE(QFile::copy(path, to));
            ASSERT_TRUE(QFile::copy(path + QStringLiteral("-journal"), to + QStringLiteral("-journal")));
        }
        q.exec(QStringLiteral("ROLLBACK"));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("writer"));
    ASSERT_NE(fileSha256(copy), original) << "the interrupted write did not reach the file";

    for (const auto &[file, readOnly] : {std::pair {copy, false}, std::pair {copyRo, true}}) {
        auto r = CaseFile::open(file, readOnly);
        ASSERT_TRUE(r.file) << r.message.toStdString();
        EXPECT_TRUE(r.notice.contains(QStringLiteral("rolled back"))) << r.notice.toStdString();
        EXPECT_TRUE(r.notice.contains(QFileInfo(file).fileName()));
        EXPECT_EQ(r.file->count(QStringLiteral("agency")), 50);
        for (const Agency &a : r.file->all<Agency>())
            EXPECT_FALSE(a.name.contains(QStringLiteral("cambiada")));
        EXPECT_TRUE(r.file->verify().ok());
        r.file.reset();
        EXPECT_FALSE(QFile::exists(file + QStringLiteral("-journal")));
        EXPECT_FALSE(QFile::exists(file + QStringLiteral(".interrupted")));
        EXPECT_TRUE(CaseFile::open(file).notice.isEmpty()) << "a second opening has nothing to roll back";
    }
}

TEST(Recovery, fileOnlyTheFullIntegrityCheckFindsDamaged_isNeverWritten)
{
    QTemporaryDir dir;
    const QString path = closedFile(dir, QStringLiteral("c.testigo"));
    // The index's definition no longer matches its entries: quick_check passes, integrity_check fails.
    ASSERT_TRUE(rawExec(path,
        {QStringLiteral("PRAGMA writable_schema = ON"),
            QStringLiteral(
                "UPDATE sqlite_master SET sql = 'CREATE INDEX audit_row ON audit_log(row_id, tbl)' "
                "WHERE name = 'audit_row'")}));
    const QByteArray before = fileSha256(path);
    auto ro = CaseFile::open(path, true);
    ASSERT_TRUE(ro.file) << "read-only opening may read it";
    const VerifyResult v = ro.file->verify();
    ASSERT_FALSE(v.ok());
    ro.file.reset();

    auto r = CaseFile::open(path);
    EXPECT_FALSE(r.file);
    EXPECT_EQ(int(r.error), int(OpenError::Corrupt));
    EXPECT_TRUE(r.message.contains(v.problems.first().message)) << r.message.toStdString();
    EXPECT_TRUE(r.message.contains(QStringLiteral("c.testigo")));
    EXPECT_EQ(fileSha256(path), before);
    EXPECT_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

TEST(Recovery, olderFileOpenedToRead_readsWithoutChangingIt)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.testigo"));
    ASSERT_TRUE(QFile::copy(QStringLiteral(TESTIGO_SOURCE_DIR "/tests/fixtures/casefile-v1.testigo"), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray before = fileSha256(path);
    auto r = CaseFile::open(path, true);
    ASSERT_TRUE(r.file) << r.message.toStdString();
    EXPECT_TRUE(r.file->isReadOnly());
    EXPECT_EQ(r.file->schemaVersion(), CaseFile::SchemaVersion);
    EXPECT_GT(r.file->count(QStringLiteral("procedure")), 0);
    EXPECT_TRUE(r.file->verify().ok());
    QVariantMap row {{QStringLiteral("name"), QStringLiteral("x")}};
    EXPECT_FALSE(r.file->insertRow(QStringLiteral("agency"), row)) << "opened to read, it takes no write";
    r.file.reset();
    EXPECT_EQ(fileSha256(path), before);
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files).size(), 1) << "no backup or companion file was left";
}

TEST(Recovery, sqliteErrors_reachTheUserInPlainWords)
{
    QTemporaryDir dir;
    auto r = CaseFile::create(dir.filePath(QStringLiteral("c.testigo")));
    ASSERT_TRUE(r.file);
    QVariantMap lot {
        {QStringLiteral("procedure_id"), QStringLiteral("no-such-procedure")}, {QStringLiteral("number"), 1}};
    EXPECT_FALSE(r.file->insertRow(QStringLiteral("lot"), lot));
    EXPECT_FALSE(r.file->lastError().contains(QStringLiteral("FOREIGN KEY")))
        << r.file->lastError().toStdString();
    EXPECT_TRUE(r.file->lastError().contains(QStringLiteral("refers to another record")))
        << r.file->lastError().toStdString();
    EXPECT_EQ(r.file->count(QStringLiteral("lot")), 0);
}
