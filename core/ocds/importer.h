// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// OCDS import: every file is read and validated completely first; then all of them are imported in
// one transaction. Each OCDS process (ocid) becomes or updates one procedure. Re-importing the same
// data writes nothing; a field the witness changed by hand is reported, never overwritten.

#include "store/casefile.h"

#include <QCoreApplication>
#include <QStringList>
#include <functional>
#include <memory>

namespace Testigo::Ocds {

struct ImportReport
{
    QString path;
    QString shape;  // release package, record package, record, release, JSON Lines
    qint64 bytes = 0;
    int imported = 0;  // new procedures
    int updated = 0;   // procedures whose data changed
    int unchanged = 0; // processes already imported as they are
    int skipped = 0;
    int warningCount = 0;
    QStringList skips;     // why, one line each (capped)
    QStringList warnings;  // data-quality problems (capped)
    QStringList conflicts; // hand-edited fields the data would have changed
    QStringList procedureIds;
};

class Importer
{
    Q_DECLARE_TR_FUNCTIONS(OcdsImporter)

public:
    // The audit author of everything the importer writes: what tells its writes from the witness's.
    static QString author() { return QStringLiteral("ocds-import"); }
    static constexpr int MaxListed = 50;
    // Imports larger than this (64 MB by default) are written in the store's bulk mode
    // (CaseFile::beginBulkWrite).
    void setBulkThreshold(qint64 bytes) { m_bulkBytes = bytes; }

    Importer();
    ~Importer();

    // Reads every file through (no case file needed yet: a refused file leaves it untouched). False
    // when a file is unreadable, malformed, truncated or not OCDS; *error says which and why.
    bool prepare(const QStringList &paths, QString *error);
    // Imports the prepared files into the case file, all in one transaction. False (and nothing
    // written) when the store fails.
    bool run(CaseFile &file, QList<ImportReport> *reports, QString *error);
    // prepare() then run().
    bool importFiles(CaseFile &file, const QStringList &paths, QList<ImportReport> *reports, QString *error);

    // Called as the import goes: bytes read so far and in all, over every prepared file. Returning
    // false cancels the import: the transaction rolls back and run() fails with a message.
    void setProgress(std::function<bool(qint64 done, qint64 total)> progress) { m_progress = std::move(progress); }

    // The report as printable lines (translated).
    static QStringList describe(const ImportReport &r);

private:
    struct Prepared;
    std::unique_ptr<Prepared> m_prepared;
    std::function<bool(qint64, qint64)> m_progress;
    qint64 m_bulkBytes = 64 * 1024 * 1024;
};

} // namespace Testigo::Ocds
