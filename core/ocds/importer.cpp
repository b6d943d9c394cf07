// SPDX-License-Identifier: GPL-3.0-or-later
#include "ocds/importer.h"

#include "ocds/mapper.h"
#include "ocds/parseahead.h"
#include "ocds/reader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <algorithm>

namespace Testigo::Ocds {

namespace {

QString sha256(const std::string &s)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(QByteArrayView(s.data(), qsizetype(s.size())), QCryptographicHash::Sha256).toHex());
}

// Restores the case file's author when the import ends, however it ends.
struct AuthorScope
{
    CaseFile &file;
    QString saved;
    AuthorScope(CaseFile &f, const QString &author) : file(f), saved(f.author()) { f.setAuthor(author); }
    ~AuthorScope() { file.setAuthor(saved); }
};

// Ends a bulk write (a rollback journal instead of the WAL) when the import ends, if one began.
struct BulkScope
{
    CaseFile &file;
    bool on;
    ~BulkScope()
    {
        if (on)
            file.endBulkWrite();
    }
};

// What every file of one import shares.
struct ImportRun
{
    ImportRun(CaseFile &f, const std::function<bool(qint64, qint64)> &p)
        : file(f)
        , progress(p)
    { }
    CaseFile &file;
    const std::function<bool(qint64, qint64)> &progress;
    qint64 totalBytes = 0;
    qint64 before = 0; // bytes of the files already imported
    QHash<QString, QString> agencies; // upper-cased name -> agency id
    QString retrievedAt = CaseFile::nowUtc();
};

// Why a file's import stopped.
enum class Stop { None, Cancelled, StoreFailed, ReadFailed };

// Keeps the releases of a process that the file lacks (by SHA-256) in ocds_release; *fresh
// tells whether there was any. False on a store error.
bool keepNewReleases(ImportRun &run, const ProcessUnit &u, const QList<QVariantMap> &stored,
    const QString &source, bool *fresh)
{
    QSet<QString> known;
    for (const QVariantMap &row : stored)
        known.insert(row.value(QStringLiteral("sha256")).toString());
    for (const RawRelease &raw : u.raws) {
        const QString sha = sha256(raw.json);
        if (known.contains(sha))
            continue;
        *fresh = true;
        known.insert(sha);
        if (!run.file.insertSupportRow(QStringLiteral("ocds_release"),
                {{QStringLiteral("id"), CaseFile::newId()}, {QStringLiteral("ocid"), u.ocid},
                    {QStringLiteral("release_id"), raw.releaseId}, {QStringLiteral("sha256"), sha},
                    {QStringLiteral("retrieved_at"), run.retrievedAt}, {QStringLiteral("source"), source},
                    {QStringLiteral("json"), QString::fromStdString(raw.json)}}))
            return false;
    }
    return true;
}

// The process compiled from all its releases: older ones, kept from earlier imports, come first.
JNode compiledRelease(ProcessUnit &u, const QList<QVariantMap> &stored)
{
    if (stored.isEmpty())
        return std::move(u.release);
    std::vector<JNode> all;
    for (const QVariantMap &row : stored)
        if (auto n = parseJson(row.value(QStringLiteral("json")).toString().toStdString()))
            all.push_back(std::move(*n));
    for (const RawRelease &raw : u.raws)
        if (auto n = parseJson(raw.json))
            all.push_back(std::move(*n));
    std::stable_sort(
        all.begin(), all.end(), [](const JNode &a, const JNode &b) { return a.str("date") < b.str("date"); });
    JNode compiled = JNode::object();
    for (const JNode &n : all)
        mergeInto(compiled, n);
    return compiled;
}

// One process: its new releases kept, then mapped onto its procedure unless nothing is new.
// False on a store error.
bool importUnit(ImportRun &run, Mapper &mapper, ImportReport &report, ProcessUnit &&u, const QString &source)
{
    // Releases already kept for this ocid: an unchanged process is left alone entirely.
    const QList<QVariantMap> stored
        = run.file.supportRows(QStringLiteral("ocds_release"), QStringLiteral("ocid"), u.ocid);
    bool fresh = false;
    if (!keepNewReleases(run, u, stored, source, &fresh))
        return false;
    const bool hasProcedure = !run.file.all<Procedure>(QStringLiteral("ocid"), u.ocid).isEmpty();
    if (!fresh && hasProcedure) {
        ++report.unchanged;
        return true;
    }
    const JNode compiled = compiledRelease(u, stored);
    bool created = false, changed = false;
    if (!mapper.apply(u.ocid, compiled, &created, &changed))
        return false;
    if (created)
        ++report.imported;
    else if (changed)
        ++report.updated;
    else
        ++report.unchanged;
    return true;
}

// Imports every process of one file, counting into its report. The file is parsed on a thread of
// its own, ahead of the writing done here.
Stop importFile(ImportRun &run, Reader &reader, ImportReport &report, QString *problem)
{
    Mapper mapper(run.file, report, run.agencies);
    const QString source = QFileInfo(report.path).fileName();
    qint64 reported = -1; // progress: the position in this file last reported
    ParseAhead ahead(reader);
    ParseAhead::Item item;
    while (ahead.next(&item)) {
        if (item.isSkip) {
            ++report.skipped;
            if (report.skips.size() < Importer::MaxListed)
                report.skips << item.skipped;
            continue;
        }
        if (run.progress && item.position != reported) {
            reported = item.position;
            if (!run.progress(run.before + reported, run.totalBytes))
                return Stop::Cancelled;
        }
        if (!importUnit(run, mapper, report, std::move(item.unit), source))
            return Stop::StoreFailed;
    }
    if (!ahead.readOk()) {
        *problem = ahead.error();
        return Stop::ReadFailed;
    }
    return Stop::None;
}

} // namespace

struct Importer::Prepared
{
    QStringList paths;
    std::vector<Reader> readers;
    QList<CaseFile::ImportSource> sources; // named in the import's audit entry
};

namespace {

// A source file's SHA-256, read in 1 MiB pieces; empty when it cannot be read.
QString fileSha256(const QString &path)
{
    QFile f(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!f.open(QIODevice::ReadOnly) || !hash.addData(&f))
        return QString();
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace

Importer::Importer() = default;
Importer::~Importer() = default;

bool Importer::importFiles(CaseFile &file, const QStringList &paths, QList<ImportReport> *reports, QString *error)
{
    return prepare(paths, error) && run(file, reports, error);
}

bool Importer::prepare(const QStringList &paths, QString *error)
{
    m_prepared = std::make_unique<Prepared>();
    m_prepared->paths = paths;
    std::vector<Reader> &readers = m_prepared->readers;
    for (const QString &path : paths) {
        Reader reader(path);
        QString problem;
        if (!reader.validate(&problem)) {
            *error = tr("“%1” %2. Nothing was imported; the case file was not changed.")
                         .arg(QDir::toNativeSeparators(path), problem);
            return false;
        }
        m_prepared->sources.append({QFileInfo(path).fileName(), fileSha256(path), reader.bytes()});
        readers.push_back(std::move(reader));
    }
    return true;
}

bool Importer::run(CaseFile &file, QList<ImportReport> *reports, QString *error)
{
    if (!m_prepared) {
        *error = tr("Nothing was prepared for import.");
        return false;
    }
    const QStringList &paths = m_prepared->paths;
    std::vector<Reader> &readers = m_prepared->readers;
    if (file.isReadOnly()) {
        *error = tr("The case file is open read-only.");
        return false;
    }

    // 2. Import, all files in one transaction (written with a rollback journal when it is large).
    AuthorScope as(file, author());
    ImportRun run(file, m_progress);
    for (const Reader &r : readers)
        run.totalBytes += r.bytes();
    const BulkScope bulkScope {file, run.totalBytes > m_bulkBytes && file.beginBulkWrite()};
    CaseFile::Transaction tx(file);
    // One audited operation: the rows it inserts are vouched for by one entry and its digests.
    if (!tx.ok() || !file.beginImportBatch()) {
        *error = file.lastError();
        return false;
    }
    for (const Agency &a : file.all<Agency>())
        run.agencies.insert(a.name.toUpper(), a.id);
    for (size_t i = 0; i < readers.size(); ++i) {
        ImportReport report;
        report.path = paths[int(i)];
        report.shape = readers[i].shape();
        report.bytes = readers[i].bytes();
        QString problem;
        if (const Stop stop = importFile(run, readers[i], report, &problem); stop != Stop::None) {
            *error = stop == Stop::Cancelled ? tr("The import was cancelled; the case file was not changed.")
                : stop == Stop::StoreFailed
                ? tr("The case file could not be written: %1").arg(file.lastError())
                : tr("“%1” %2").arg(QDir::toNativeSeparators(report.path), problem);
            return false; // the transaction rolls back
        }
        run.before += readers[i].bytes();
        reports->append(report);
    }
    if (!file.endImportBatch(m_prepared->sources) || !tx.commit()) {
        *error = tr("The case file could not be written: %1").arg(file.lastError());
        return false;
    }
    return true;
}

QStringList Importer::describe(const ImportReport &r)
{
    QStringList out;
    out << tr("%1 (%2, %3 bytes): %4 imported, %5 updated, %6 unchanged, %7 skipped, %8 data-quality warnings")
               .arg(QDir::toNativeSeparators(r.path), r.shape)
               .arg(r.bytes)
               .arg(r.imported)
               .arg(r.updated)
               .arg(r.unchanged)
               .arg(r.skipped)
               .arg(r.warningCount);
    for (const QString &s : r.skips)
        out << tr("  skipped: %1").arg(s);
    for (const QString &w : r.warnings)
        out << tr("  warning: %1").arg(w);
    if (r.warningCount > r.warnings.size())
        out << tr("  … and %1 more warnings").arg(r.warningCount - r.warnings.size());
    for (const QString &c : r.conflicts)
        out << tr("  kept your edit: %1").arg(c);
    return out;
}

} // namespace Testigo::Ocds
