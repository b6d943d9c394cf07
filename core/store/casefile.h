// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The case file: one SQLite file (.testigo) holding a witness's or an editor's record. It is the
// only place in Testigo that speaks SQL. Every write is audited (a SHA-256 chained log), bumps the
// row's revision (for merging) and runs inside a transaction. Opening never modifies a file it
// refuses: foreign, corrupt and newer files are probed read-only first.

#include "domain/editorial.h"
#include "store/mapping.h"
#include "store/signing.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>
#include <QVariantMap>
#include <functional>
#include <memory>
#include <optional>

class QSqlDatabase;
class QSqlError;
class QTemporaryDir;

namespace Testigo {

enum class OpenError { None, NotFound, NotACaseFile, Corrupt, NewerSchema, AlreadyExists, CannotWrite, Busy };

struct AuditEntry
{
    qint64 seq = 0;
    QString at, author, table, rowId, field, oldValue, newValue, rev, prevHash, hash;
    // The row's created_at, modified_at and author after the write (JSON); empty in entries written
    // before schema 5, which the hash then leaves out.
    QString stamp;
};

// SHA-256 of an entry's fields and its predecessor's hash: the link of the audit chain.
QString auditEntryHash(const AuditEntry &e);

struct VerifyProblem
{
    qint64 seq = 0; // the first audit entry concerned, 0 when the problem is a row without one
    QString table, rowId, field;
    QString message; // translated, one line
};

// Who signed a file's history: one public key and the audit entries its signatures cover.
struct SignerReport
{
    QString owner, fingerprint;
    qint64 entries = 0;
    bool trusted = false; // your own key, or vouched for (signed) by a trusted key
    bool yours = false; // the key in your profile
};

struct VerifyResult
{
    bool integrityOk = true; // SQLite's own integrity check
    QList<VerifyProblem> problems;
    QList<SignerReport> signers;
    qint64 unsignedEntries = 0; // written before signing (older files)
    bool ok() const { return integrityOk && problems.isEmpty(); }
};

struct RowChange
{
    enum Kind { Inserted, Updated };
    Kind kind = Updated;
    QString table, id, field; // field is empty for Inserted
};

class CaseFile final
{
    Q_DECLARE_TR_FUNCTIONS(CaseFile)

public:
    static constexpr int SchemaVersion = 11;
    static constexpr int ApplicationId = 0x54535447; // "TSTG"

    struct Result
    {
        std::unique_ptr<CaseFile> file;
        OpenError error = OpenError::None;
        QString message; // translated, for the user
        // Set when the file opened after something was repaired (an interrupted write rolled back).
        QString notice;
    };

    // Opens an existing case file, migrating an older schema after backing the file up.
    static Result open(const QString &path, bool readOnly = false);
    // Creates a new, empty case file; refuses to overwrite anything.
    static Result create(const QString &path);
    // Creates a file at an older schema version: only for building migration fixtures in tests.
    static Result createAtVersion(const QString &path, int version);

    ~CaseFile();
    CaseFile(const CaseFile &) = delete;
    CaseFile &operator=(const CaseFile &) = delete;

    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    int schemaVersion() const;
    QString fileId() const { return metaValue(QStringLiteral("file_id")); }
    QString author() const { return m_author; }
    void setAuthor(const QString &author) { m_author = author; }
    QString lastError() const { return m_lastError; }
    // A backup written before a migration, empty when none was needed.
    QString backupPath() const { return m_backupPath; }

    // --- Reads ------------------------------------------------------------------------------
    // Rows of an entity table, optionally filtered by one column, ordered by creation.
    QList<QVariantMap> rows(const QString &table, const QString &column = QString(),
        const QVariant &value = QVariant(), bool includeDeleted = false) const;
    std::optional<QVariantMap> row(const QString &table, const QString &id) const;
    // Number of live rows in an entity table (or blobs with "blob").
    qint64 count(const QString &table) const;

    template<class E>
    QList<E> all(const QString &column = QString(), const QVariant &value = QVariant(),
        bool includeDeleted = false) const
    {
        QList<E> out;
        const auto &m = mappingOf<E>();
        for (const auto &r : rows(m.table, column, value, includeDeleted))
            out.append(m.fromRow(r));
        return out;
    }
    template<class E> std::optional<E> get(const QString &id) const
    {
        const auto r = row(mappingOf<E>().table, id);
        if (!r)
            return std::nullopt;
        return mappingOf<E>().fromRow(*r);
    }

    // --- Writes (audited; each in its own transaction unless one is open) ---------------------
    // Inserts a row; fills id (if empty) and the bookkeeping columns. Returns false on error.
    bool insertRow(const QString &table, QVariantMap &values);
    bool setField(const QString &table, const QString &id, const QString &column, const QVariant &value);
    // Writes only the columns whose value differs, under one revision.
    bool updateRow(const QString &table, const QString &id, const QVariantMap &values);
    bool setDeleted(const QString &table, const QString &id, bool deleted);

    template<class E> bool insert(E &e)
    {
        QVariantMap row = mappingOf<E>().toRow(e);
        if (!e.id.isEmpty())
            row.insert(QStringLiteral("id"), e.id);
        if (!insertRow(mappingOf<E>().table, row))
            return false;
        e = mappingOf<E>().fromRow(row);
        return true;
    }
    template<class E> bool update(const E &e)
    {
        return updateRow(mappingOf<E>().table, e.id, mappingOf<E>().toRow(e));
    }

    // Stores bytes once per SHA-256; returns the hex digest.
    std::optional<QString> putBlob(const QByteArray &data);
    QByteArray blob(const QString &sha256) const;
    bool hasBlob(const QString &sha256) const;

    // A transaction of millions of rows (an OCDS portfolio import) is written with a rollback journal
    // and a larger page cache instead of the write-ahead log, whose page lookups slow down as it
    // grows to gigabytes. Still one transaction, still undone whole by a crash. Call outside any
    // transaction; endBulkWrite() returns to the log. Both are no-ops on a read-only file.
    bool beginBulkWrite();
    void endBulkWrite();

    // --- One audited operation for many rows (importbatch.cpp) ----------------------------------
    // Between beginImportBatch() and endImportBatch(), inside one open transaction, insertRow()
    // writes a row without an audit entry of its own (its image joins a digest instead) and without
    // reading it back; updates stay audited field by field. endImportBatch() writes the one entry
    // that names the sources and carries each table's row count and digest, which verify()
    // recomputes from the rows. A rollback of the transaction ends the batch.
    struct ImportSource
    {
        QString name, sha256;
        qint64 bytes = 0;
    };
    bool beginImportBatch();
    bool endImportBatch(const QList<ImportSource> &sources);
    bool inImportBatch() const;

    // Transactions nest (savepoints inside); the outermost commit makes everything durable.
    bool begin();
    bool commit();
    void rollback();
    class Transaction
    {
    public:
        explicit Transaction(CaseFile &f)
            : m_file(f)
            , m_open(f.begin())
        { }
        ~Transaction()
        {
            if (m_open)
                m_file.rollback();
        }
        bool ok() const { return m_open; }
        bool commit()
        {
            const bool r = m_open && m_file.commit();
            m_open = false;
            return r;
        }

    private:
        CaseFile &m_file;
        bool m_open;
    };

    // --- Audit --------------------------------------------------------------------------------
    QString auditHead() const;
    qint64 auditLength() const;
    QList<AuditEntry> auditEntries(qint64 afterSeq = 0) const;
    VerifyResult verify() const;
    // SQLite's integrity_check alone (a merge checks its target with it before writing).
    bool integrityOk() const;

    // --- Signatures (signature_store.cpp) -------------------------------------------------------
    // Records a public key (as a signer row) if the file lacks it; with trusted, marks it trusted.
    // The mark is an audited write, signed by whoever makes it.
    bool addSigner(const QByteArray &publicKey, const QString &owner, bool trusted);
    // Marks a key already in the file as trusted; fingerprintPrefix: at least 8 hex digits.
    bool trustSigner(const QString &fingerprintPrefix);

    // --- Support tables (not entities; still only reached through the store) -------------------
    QString metaValue(const QString &key) const;
    bool setMetaValue(const QString &key, const QString &value);
    // Rows of a support table (meta, revision, ocds_release, ...), optionally filtered.
    QList<QVariantMap> supportRows(
        const QString &table, const QString &column = QString(), const QVariant &value = QVariant()) const;
    bool insertSupportRow(const QString &table, const QVariantMap &values);
    // The parent revision of a revision, empty at the row's creation.
    QString parentRevision(const QString &rev) const;

    // --- What merges brought (merge_store.cpp; merging itself writes through MergeWriter) ----
    QList<AuditEntry> auditEntriesOfRow(const QString &table, const QString &rowId) const;
    // Other files' audit trails kept here as written (origin = their file_id).
    struct ImportedAudit
    {
        QString originFile;
        AuditEntry entry;
    };
    QList<ImportedAudit> importedAudit() const;
    QSet<QString> knownAuditHashes() const; // own and imported entries
    // Imported entries whose hash does not recompute or whose predecessor is unknown.
    QList<VerifyProblem> verifyImportedAudit() const;
    qint64 openConflictCount() const;

    // --- The editorial plan (editorial_store.cpp) -----------------------------------------------
    // Inserts a chapter of the editorial plan (unset texts stored as "", not NULL).
    bool insertChapter(Chapter &chapter);

    void setChangeListener(std::function<void(const RowChange &)> listener)
    {
        m_listener = std::move(listener);
    }

    static QString newId();
    static QString nowUtc();

private:
    friend class MergeWriter; // writes rows under other files' revisions (merge only)
    friend struct SearchAccess; // store/search.cpp: reads the full-text index
    // The connection, for the store's read modules (summaries, aggregates): casefile_db.h.
    friend QSqlDatabase storeConnection(const CaseFile &file);
    CaseFile() = default;
    static Result openImpl(const QString &path, bool readOnly, bool create, int version);
    static OpenError checkHeader(const QString &path, QString *message);
    static OpenError probe(const QString &path, const QString &connection, bool forWriting, bool writable,
        int *version, QString *message, QString *notice);
    bool connect(const QString &dbPath, bool readOnly);
    // SQLite's error as a user reads it: a full disk, a lock held too long, a failed write.
    static QString translatedSqlError(const QSqlError &error);
    bool initialise(int version);
    QString upgradedCopy(const QString &path);
    bool upgradeBeside(const QString &path, const QString &shown, int fromVersion);
    bool checkpoint(const QString &path);
    bool upgrade(const QString &shown, int fromVersion, bool sign);
    bool runMigrations(int fromVersion, int toVersion);
    bool refuseIfReadOnly();
    bool appendAudit(const QString &table, const QString &rowId, const QString &field,
        const QString &oldValue, const QString &newValue, const QString &rev,
        const QString &stamp = QString());
    // Signs the transaction about to be committed (its entries and the state they leave).
    bool signTransaction();
    // Digest of what the chain does not cover; incremental from a previous signature's state.
    QString stateDigest(const QString &previous) const;
    void verifySignatures(VerifyResult &result) const;
    void verifySchema(VerifyResult &result) const;
    void verifyReleases(VerifyResult &result) const;
    bool recordRevision(
        const QString &table, const QString &rowId, const QString &rev, const QString &parent);
    // The INSERT of a new row with its bookkeeping columns; `stored` receives the bound values.
    bool insertStatement(const QString &table, const QVariantMap &values, const QString &id,
        const QString &now, const QString &rev, QVariantMap *stored);
    bool insertBatchRow(const QString &table, QVariantMap &values);
    // The "*" entry a row inserted by an import batch would have had: its image at the import.
    std::optional<AuditEntry> importedRowEntry(
        const QString &table, const QString &rowId, const QList<AuditEntry> &later) const;
    void verifyImportBatches(const QList<AuditEntry> &importEntries, VerifyResult &result) const;
    bool fail(const QString &message);

    struct Db;
    std::unique_ptr<QTemporaryDir>
        m_scratch; // an older file opened to read: its upgraded copy (outlives m_db)
    std::unique_ptr<Db> m_db;
    QString m_path;
    QString m_author;
    QString m_lastError;
    QString m_backupPath;
    bool m_readOnly = false;
    int m_txDepth = 0;
    qint64 m_txStartSeq = 0;
    bool m_signing = false; // the audit head when the outermost transaction began
    std::optional<SigningKey> m_key; // loaded at the first signed write
    std::function<void(const RowChange &)> m_listener;
};

// The bookkeeping columns of a row as an entry's stamp records them.
QString stampOf(const QVariantMap &row);

// Canonical text of a storage value, as hashed and logged: null, an integer, or a JSON string.
QString canonicalValue(const QVariant &storageValue);

} // namespace Testigo
