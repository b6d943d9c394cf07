// SPDX-License-Identifier: GPL-3.0-or-later
#include "ocds/importer.h"

#include "ocds/mapper.h"
#include "ocds/reader.h"

#include <QCryptographicHash>
#include <QDir>
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

} // namespace

struct Importer::Prepared
{
    QStringList paths;
    std::vector<Reader> readers;
};

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
    qint64 totalBytes = 0;
    for (const Reader &r : readers)
        totalBytes += r.bytes();
    const bool bulk = totalBytes > m_bulkBytes && file.beginBulkWrite();
    struct BulkScope
    {
        CaseFile &file;
        bool on;
        ~BulkScope()
        {
            if (on)
                file.endBulkWrite();
        }
    } bulkScope{file, bulk};
    CaseFile::Transaction tx(file);
    if (!tx.ok()) {
        *error = file.lastError();
        return false;
    }
    QHash<QString, QString> agencies;
    for (const Agency &a : file.all<Agency>())
        agencies.insert(a.name.toUpper(), a.id);
    const QString retrievedAt = CaseFile::nowUtc();
    qint64 before = 0, reported = -1; // progress: bytes of the files done, position in this one
    bool cancelled = false;
    for (size_t i = 0; i < readers.size(); ++i) {
        ImportReport report;
        report.path = paths[int(i)];
        report.shape = readers[i].shape();
        report.bytes = readers[i].bytes();
        Mapper mapper(file, report, agencies);
        const QString source = QFileInfo(report.path).fileName();
        bool storeFailed = false;
        auto skip = [&](const QString &why) {
            ++report.skipped;
            if (report.skips.size() < MaxListed)
                report.skips << why;
        };
        auto sink = [&](ProcessUnit &&u) -> bool {
            if (m_progress && readers[i].position() != reported) {
                reported = readers[i].position();
                if (!m_progress(before + reported, totalBytes)) {
                    cancelled = true;
                    return false;
                }
            }
            // Releases already kept for this ocid: an unchanged process is left alone entirely.
            const QList<QVariantMap> stored = file.supportRows(QStringLiteral("ocds_release"), QStringLiteral("ocid"), u.ocid);
            QSet<QString> known;
            for (const QVariantMap &row : stored)
                known.insert(row.value(QStringLiteral("sha256")).toString());
            bool fresh = false;
            for (const RawRelease &raw : u.raws) {
                const QString sha = sha256(raw.json);
                if (known.contains(sha))
                    continue;
                fresh = true;
                known.insert(sha);
                if (!file.insertSupportRow(QStringLiteral("ocds_release"),
                                             {{QStringLiteral("id"), CaseFile::newId()},
                                              {QStringLiteral("ocid"), u.ocid},
                                              {QStringLiteral("release_id"), raw.releaseId},
                                              {QStringLiteral("sha256"), sha},
                                              {QStringLiteral("retrieved_at"), retrievedAt},
                                              {QStringLiteral("source"), source},
                                              {QStringLiteral("json"), QString::fromStdString(raw.json)}})) {
                    storeFailed = true;
                    return false;
                }
            }
            const bool hasProcedure = !file.all<Procedure>(QStringLiteral("ocid"), u.ocid).isEmpty();
            if (!fresh && hasProcedure) {
                ++report.unchanged;
                return true;
            }
            // Older releases of the same process, kept from earlier imports, come first.
            JNode compiled = std::move(u.release);
            if (!stored.isEmpty()) {
                std::vector<JNode> all;
                for (const QVariantMap &row : stored)
                    if (auto n = parseJson(row.value(QStringLiteral("json")).toString().toStdString()))
                        all.push_back(std::move(*n));
                for (const RawRelease &raw : u.raws)
                    if (auto n = parseJson(raw.json))
                        all.push_back(std::move(*n));
                std::stable_sort(all.begin(), all.end(),
                                 [](const JNode &a, const JNode &b) { return a.str("date") < b.str("date"); });
                compiled = JNode::object();
                for (const JNode &n : all)
                    mergeInto(compiled, n);
            }
            bool created = false, changed = false;
            if (!mapper.apply(u.ocid, compiled, &created, &changed)) {
                storeFailed = true;
                return false;
            }
            if (created)
                ++report.imported;
            else if (changed)
                ++report.updated;
            else
                ++report.unchanged;
            return true;
        };
        QString problem;
        if (!readers[i].read(sink, skip, &problem) || storeFailed || cancelled) {
            *error = cancelled     ? tr("The import was cancelled; the case file was not changed.")
                     : storeFailed ? tr("The case file could not be written: %1").arg(file.lastError())
                                   : tr("“%1” %2").arg(QDir::toNativeSeparators(report.path), problem);
            return false; // the transaction rolls back
        }
        before += readers[i].bytes();
        reported = -1;
        reports->append(report);
    }
    if (!tx.commit()) {
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
