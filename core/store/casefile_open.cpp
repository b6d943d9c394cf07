// SPDX-License-Identifier: GPL-3.0-or-later
// Opening and creating a case file. Whatever may refuse a file runs on a read-only probe before
// anything is written: a refused file comes out byte for byte as it went in. A file about to be
// written gets SQLite's full integrity check (indexes against their tables too); one only read
// gets the quicker structural check, and `verify` runs the full one. An interrupted write (a hot
// rollback journal) is rolled back by SQLite; an intact file whose pages are still in its -wal
// opens as SQLite sees it; an older file opened only to read is read through an upgraded copy.
#include "store/casefile.h"
#include "store/casefile_db.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>

namespace Testigo {

namespace {

std::atomic<int> g_connectionCounter {0};

quint32 be32(const QByteArray &b, int at)
{
    return (quint32(quint8(b[at])) << 24) | (quint32(quint8(b[at + 1])) << 16)
        | (quint32(quint8(b[at + 2])) << 8) | quint32(quint8(b[at + 3]));
}

bool hasContent(const QString &path)
{
    const QFileInfo i(path);
    return i.exists() && i.size() > 0;
}

// A rollback journal SQLite would play back: it starts with the journal's magic number.
bool hasJournal(const QString &path)
{
    QFile f(path + QStringLiteral("-journal"));
    return f.open(QIODevice::ReadOnly) && f.read(8) == QByteArray::fromHex("d9d505f920a163d7");
}

bool isBusy(const QSqlError &e)
{
    const int code = e.nativeErrorCode().toInt() & 0xff;
    return code == 5 /* SQLITE_BUSY */ || code == 6 /* SQLITE_LOCKED */;
}

void removeWithCompanions(const QString &path)
{
    for (const char *suffix : {"", "-journal", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

// What the read-only probe found.
struct Probe
{
    bool readable = false; // opened, and its format version read
    bool intact = false;
    bool busy = false; // another program kept it locked past the timeout
    int version = 0;
};

Probe probeFile(const QString &path, const QString &connection, bool fullCheck)
{
    Probe p;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (db.open()) {
            QSqlQuery q(db);
            p.readable = q.exec(QStringLiteral("PRAGMA user_version")) && q.next();
            p.version = p.readable ? q.value(0).toInt() : 0;
            p.busy = !p.readable && isBusy(q.lastError());
            if (p.readable && p.version <= CaseFile::SchemaVersion) {
                // The full check reads every index against its table: a large cache halves its time.
                if (fullCheck)
                    q.exec(QStringLiteral("PRAGMA cache_size = -131072"));
                const bool ran = q.exec(fullCheck ? QStringLiteral("PRAGMA integrity_check")
                                                  : QStringLiteral("PRAGMA quick_check"))
                    && q.next();
                p.intact = ran && q.value(0).toString() == QStringLiteral("ok");
                p.busy = !ran && isBusy(q.lastError());
            }
            q.finish();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return p;
}

// SQLite plays back the journal of an interrupted write (a killed process, a power cut) as soon as
// a connection that may write reads the file. A copy of the file and its journal is kept beside it
// until that has succeeded.
bool rollBackInterrupted(const QString &path, const QString &connection)
{
    const QString keep = path + QStringLiteral(".interrupted");
    removeWithCompanions(keep);
    const bool kept = QFile::copy(path, keep)
        && QFile::copy(path + QStringLiteral("-journal"), keep + QStringLiteral("-journal"));
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && q.next();
            q.finish();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    ok = ok && !hasJournal(path);
    if (ok || !kept)
        removeWithCompanions(keep);
    return ok;
}

} // namespace

CaseFile::Result CaseFile::open(const QString &path, bool readOnly)
{
    return openImpl(path, readOnly, false, SchemaVersion);
}
CaseFile::Result CaseFile::create(const QString &path)
{
    return openImpl(path, false, true, SchemaVersion);
}
CaseFile::Result CaseFile::createAtVersion(const QString &path, int version)
{
    return openImpl(path, false, true, version);
}

// The header, read before SQLite touches the file.
OpenError CaseFile::checkHeader(const QString &path, QString *message)
{
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(path);
    // A pipe or a device would block the reads below (or never end): refused before opening it.
    if (!info.isFile()) {
        *message = tr("“%1” is not a case file: it is a folder, a pipe or a device, not a regular file.")
                       .arg(shown);
        return OpenError::NotACaseFile;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *message = tr("“%1” cannot be read: %2").arg(shown, f.errorString());
        return OpenError::NotFound;
    }
    const QByteArray header = f.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0"))) {
        *message = tr("“%1” is not a Testigo case file.").arg(shown);
        return OpenError::NotACaseFile;
    }
    if (be32(header, 68) != quint32(ApplicationId)) {
        *message = tr("“%1” is a database, but not a Testigo case file.").arg(shown);
        return OpenError::NotACaseFile;
    }
    const quint32 pageSize = (quint32(quint8(header[16])) << 8) | quint8(header[17]);
    const qint64 expected = qint64(pageSize == 1 ? 65536 : pageSize) * be32(header, 28);
    // Pages still in the write-ahead log (a checkpoint cut short), or a write interrupted in the
    // bulk-write mode (its rollback journal still beside the file: the header was written before
    // the pages it counts), make the file legitimately shorter than its header says: then the
    // probe below plays the journal back or SQLite's own check decides.
    if (info.size() < expected && !hasContent(path + QStringLiteral("-wal"))
        && !hasContent(path + QStringLiteral("-journal"))) {
        *message = tr("“%1” is damaged (the file is shorter than its contents say: it may be truncated). It "
                      "was not changed.")
                       .arg(shown);
        return OpenError::Corrupt;
    }
    return OpenError::None;
}

// The read-only probe (with the roll-back of an interrupted write when it finds one).
OpenError CaseFile::probe(const QString &path, const QString &connection, bool forWriting, bool writable,
    int *version, QString *message, QString *notice)
{
    const QString shown = QDir::toNativeSeparators(path);
    Probe p = probeFile(path, connection, forWriting);
    if (!p.intact && !p.busy && hasJournal(path)) {
        if (!writable) {
            *message
                = tr("“%1” was interrupted in the middle of a write, and only a program that may write to it "
                     "can roll "
                     "that back. Open it where you can write to it (keep the “-journal” file beside it).")
                      .arg(shown);
            return OpenError::CannotWrite;
        }
        if (rollBackInterrupted(path, connection)) {
            *notice
                = tr("“%1”: an operation was interrupted before it finished (the program was stopped or the "
                     "computer "
                     "lost power); it has been rolled back and the file is as it was before that operation.")
                      .arg(shown);
            p = probeFile(path, connection, forWriting);
        }
    }
    *version = p.version;
    if (p.busy) {
        *message = tr("“%1” is in use by another program that has kept it locked for more than 5 seconds. "
                      "Try again when "
                      "it has finished. The file was not changed.")
                       .arg(shown);
        return OpenError::Busy;
    }
    if (p.readable && p.version > SchemaVersion) {
        *message
            = tr("“%1” was written by a newer version of Testigo (format %2; this version reads up to %3). "
                 "Update Testigo to open it. The file was not changed.")
                  .arg(shown)
                  .arg(p.version)
                  .arg(SchemaVersion);
        return OpenError::NewerSchema;
    }
    if (!p.intact) {
        *message = tr(
            "“%1” is damaged and cannot be opened: SQLite reports the file as damaged. It was not changed.")
                       .arg(shown);
        return OpenError::Corrupt;
    }
    return OpenError::None;
}

CaseFile::Result CaseFile::openImpl(const QString &path, bool readOnly, bool create, int version)
{
    Result r;
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(path);
    auto refuse = [&](OpenError e, const QString &msg) {
        r.error = e;
        r.message = msg;
        r.file.reset();
        r.notice.clear();
        return std::move(r);
    };
    if (create && (info.exists() || info.isSymLink()))
        return refuse(
            OpenError::AlreadyExists, tr("“%1” already exists; Testigo will not overwrite it.").arg(shown));
    if (!create && !info.exists())
        return refuse(OpenError::NotFound, tr("“%1” does not exist.").arg(shown));

    std::unique_ptr<CaseFile> file(new CaseFile);
    file->m_path = path;
    file->m_author = qEnvironmentVariable("USER", QStringLiteral("testigo"));
    file->m_db = std::make_unique<Db>();
    file->m_db->connection = QStringLiteral("testigo-%1").arg(++g_connectionCounter);
    int onDiskVersion = 0;
    if (!create) {
        QString message;
        OpenError e = checkHeader(path, &message);
        const bool writable = info.isWritable() && QFileInfo(info.absolutePath()).isWritable();
        file->m_readOnly = readOnly || !writable;
        if (e == OpenError::None)
            e = probe(path, file->m_db->connection + QStringLiteral("-probe"), !file->m_readOnly, writable,
                &onDiskVersion, &message, &r.notice);
        if (e != OpenError::None)
            return refuse(e, message);
    }
    QString dbPath = path;
    if (!create && file->m_readOnly && onDiskVersion < SchemaVersion) {
        // Read through an upgraded copy: the file itself may be read-only, or the command only reads.
        dbPath = file->upgradedCopy(path);
        if (dbPath.isEmpty())
            return refuse(OpenError::CannotWrite,
                tr("“%1” uses an older format and could not be upgraded in a temporary "
                   "copy for reading: %2")
                    .arg(shown, file->m_lastError));
    }
    if (!create && !file->m_readOnly && onDiskVersion < SchemaVersion) {
        if (!file->upgradeBeside(path, shown, onDiskVersion))
            return refuse(OpenError::CannotWrite, file->m_lastError);
        onDiskVersion = SchemaVersion;
    }
    if (!file->connect(dbPath, file->m_readOnly && !file->m_scratch)) {
        if (create)
            removeWithCompanions(path);
        return refuse(OpenError::CannotWrite, tr("“%1” cannot be opened: %2").arg(shown, file->m_lastError));
    }
    if (create && !file->initialise(version)) {
        const QString why = file->m_lastError;
        file.reset();
        removeWithCompanions(path); // a half-created file (a full disk) must not block the next attempt
        return refuse(OpenError::CannotWrite, tr("“%1” could not be created: %2").arg(shown, why));
    }
    if (!create && onDiskVersion < SchemaVersion && !file->upgrade(shown, onDiskVersion, false))
        return refuse(OpenError::CannotWrite, file->m_lastError);
    r.file = std::move(file);
    return r;
}

bool CaseFile::connect(const QString &dbPath, bool readOnly)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_db->connection);
    db.setDatabaseName(dbPath);
    db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                                  : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return fail(translatedSqlError(db.lastError()));
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    if (!readOnly) {
        q.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        q.exec(QStringLiteral("PRAGMA synchronous = FULL"));
        // A large write (an OCDS import) would otherwise spill pages to the WAL and read them back.
        q.exec(QStringLiteral("PRAGMA cache_size = -32768"));
    }
    return true;
}

bool CaseFile::initialise(int version)
{
    QSqlQuery q(m_db->db());
    if (!q.exec(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId)))
        return fail(translatedSqlError(q.lastError()));
    if (!runMigrations(0, version))
        return false;
    return setMetaValue(QStringLiteral("file_id"), newId())
        && setMetaValue(QStringLiteral("created_at"), nowUtc());
}

QString CaseFile::upgradedCopy(const QString &path)
{
    m_scratch = std::make_unique<QTemporaryDir>();
    const QString copy = m_scratch->filePath(QStringLiteral("upgraded.testigo"));
    if (!m_scratch->isValid() || !QFile::copy(path, copy)) {
        fail(tr("no temporary copy could be written"));
        return QString();
    }
    if (hasContent(path + QStringLiteral("-wal"))
        && !QFile::copy(path + QStringLiteral("-wal"), copy + QStringLiteral("-wal"))) {
        fail(tr("no temporary copy could be written"));
        return QString();
    }
    return copy;
}

// Migrates an older file on a copy beside it and swaps the copy in only once it is complete, so
// that an upgrade failing midway (a damaged file, a full disk) leaves the file as it was. The old
// file is kept as a backup: nothing a user entered is lost.
bool CaseFile::upgradeBeside(const QString &path, const QString &shown, int fromVersion)
{
    const QString work = path + QStringLiteral(".upgrading");
    auto giveUp = [&](const QString &message) {
        m_db = std::make_unique<Db>(); // closes the copy's connection before it is removed
        m_db->connection = QStringLiteral("testigo-%1").arg(++g_connectionCounter);
        removeWithCompanions(work);
        return fail(message);
    };
    // Pages still in the file's -wal (a crash) go into the file first, as SQLite itself would on
    // opening it: the swap below must not leave the old -wal beside the new file.
    if (hasContent(path + QStringLiteral("-wal")) && !checkpoint(path))
        return fail(tr("“%1” needs an upgrade but its pending changes could not be saved first: %2")
                        .arg(shown, m_lastError));
    removeWithCompanions(work);
    if (!QFile::copy(path, work))
        return giveUp(tr("“%1” needs an upgrade but no copy could be written next to it.").arg(shown));
    if (!connect(work, false) || !upgrade(shown, fromVersion, true))
        return giveUp(m_lastError);
    {
        QSqlQuery q(m_db->db());
        if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"))
            || !q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")))
            return giveUp(tr("“%1” could not be upgraded: %2").arg(shown, translatedSqlError(q.lastError())));
    }
    m_db = std::make_unique<Db>();
    m_db->connection = QStringLiteral("testigo-%1").arg(++g_connectionCounter);
    m_backupPath = path + QStringLiteral(".v%1.bak").arg(fromVersion);
    QFile::remove(m_backupPath);
    if (!QFile::copy(path, m_backupPath))
        return giveUp(tr("“%1” needs an upgrade but no backup could be written next to it.").arg(shown));
    QFile::remove(path + QStringLiteral("-shm"));
    // rename(2) replaces the file in one step: a crash leaves either the old file or the new one.
    if (std::rename(QFile::encodeName(work).constData(), QFile::encodeName(path).constData()) != 0)
        return giveUp(
            tr("“%1” could not be upgraded: %2").arg(shown, QString::fromLocal8Bit(std::strerror(errno))));
    return true;
}

// Writes the pages a crash left in the -wal into the file itself (content unchanged).
bool CaseFile::checkpoint(const QString &path)
{
    const QString name = m_db->connection + QStringLiteral("-checkpoint");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) && q.next()
                && q.value(0).toInt() == 0;
            if (!ok)
                fail(q.lastError().isValid() ? translatedSqlError(q.lastError()) : tr("the file is in use"));
            q.finish();
            db.close();
        } else {
            fail(translatedSqlError(db.lastError()));
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// Migrates the connected file: a copy beside the user's file (signed, in the user's name) or a
// temporary copy read in place of an old file (not signed: nothing is written in the user's name).
bool CaseFile::upgrade(const QString &shown, int fromVersion, bool sign)
{
    QSqlQuery q(m_db->db());
    q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    q.finish(); // a statement left active would make the migration's COMMIT fail
    if (!runMigrations(fromVersion, SchemaVersion))
        return fail(tr("“%1” could not be upgraded: %2").arg(shown, m_lastError));
    // The upgrade is signed: the history found is vouched for as it was, and counted as unsigned.
    if (fromVersion < 5 && sign) {
        Transaction tx(*this);
        if (!tx.ok() || !tx.commit())
            return fail(tr("“%1” could not be upgraded: %2").arg(shown, m_lastError));
    }
    return true;
}

} // namespace Testigo
