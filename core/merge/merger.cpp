// SPDX-License-Identifier: GPL-3.0-or-later
#include "merge/merger.h"
#include "store/mergewriter.h"
#include "store/rowimage.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQueue>
#include <optional>

namespace Testigo::Merge {

namespace {

using Parents = QHash<QString, QStringList>;
using State = QHash<QString, QString>; // column -> canonical value

const QString kDeleted = QStringLiteral("deleted");

bool isForeignKey(const QString &column)
{
    return column.endsWith(QStringLiteral("_id"));
}

QString canon(const QString &column, const QVariant &v)
{
    QVariant s = toStorage(v);
    if (isForeignKey(column) && s.typeId() == QMetaType::QString && s.toString().isEmpty())
        s = QVariant();
    return canonicalValue(s);
}

QSet<QString> ancestors(const QString &rev, const Parents &parents)
{
    QSet<QString> seen {rev};
    QQueue<QString> queue;
    queue.enqueue(rev);
    while (!queue.isEmpty())
        for (const QString &p : parents.value(queue.dequeue()))
            if (!seen.contains(p)) {
                seen.insert(p);
                queue.enqueue(p);
            }
    return seen;
}

// The nearest revision of `b`'s history that is also in `a`'s.
QString commonAncestor(const QString &a, const QString &b, const Parents &parents)
{
    const QSet<QString> mine = ancestors(a, parents);
    QSet<QString> seen {b};
    QQueue<QString> queue;
    queue.enqueue(b);
    while (!queue.isEmpty()) {
        const QString r = queue.dequeue();
        if (mine.contains(r))
            return r;
        for (const QString &p : parents.value(r))
            if (!seen.contains(p)) {
                seen.insert(p);
                queue.enqueue(p);
            }
    }
    return QString();
}

// The row as it was at `rev`, replayed from a file's audit log; nullopt when the log never saw it.
std::optional<State> stateAt(
    const CaseFile &file, const QString &table, const QString &id, const QString &rev)
{
    State state;
    std::optional<State> snapshot;
    for (const AuditEntry &e : file.auditEntriesOfRow(table, id)) {
        if (e.field == QStringLiteral("*")) {
            state = rowImageFields(e.newValue);
        } else {
            state.insert(e.field, e.newValue);
        }
        if (e.rev == rev)
            snapshot = state;
    }
    return snapshot;
}

struct Merger
{
    CaseFile &target;
    const CaseFile &source;
    MergeWriter writer;
    SourceSummary summary;
    Parents parents;
    QString mergeId;
    QList<MergeConflict> conflicts;

    bool mergeRow(const QString &table, const QVariantMap &theirs);
    bool mergeBothChanged(const QString &table, const QVariantMap &ours, const QVariantMap &theirs);
};

bool Merger::mergeRow(const QString &table, const QVariantMap &theirs)
{
    const QString id = theirs.value(QStringLiteral("id")).toString();
    const auto ours = target.row(table, id);
    if (!ours) {
        ++summary.inserted;
        return writer.importRow(table, theirs);
    }
    const QString t = ours->value(QStringLiteral("rev")).toString();
    const QString s = theirs.value(QStringLiteral("rev")).toString();
    if (t == s || ancestors(t, parents).contains(s))
        return true; // the target already has the source's version
    if (ancestors(s, parents).contains(t)) {
        ++summary.taken;
        return writer.adoptRow(table, theirs);
    }
    return mergeBothChanged(table, *ours, theirs);
}

bool Merger::mergeBothChanged(const QString &table, const QVariantMap &ours, const QVariantMap &theirs)
{
    const QString id = ours.value(QStringLiteral("id")).toString();
    const QString t = ours.value(QStringLiteral("rev")).toString();
    const QString s = theirs.value(QStringLiteral("rev")).toString();
    const QString baseRev = commonAncestor(t, s, parents);
    std::optional<State> base;
    if (!baseRev.isEmpty()) {
        base = stateAt(target, table, id, baseRev);
        if (!base)
            base = stateAt(source, table, id, baseRev);
    }
    QStringList cols = dataColumns(table);
    cols << kDeleted;
    QStringList oursChanged, theirsChanged, conflicting;
    QVariantMap values;
    for (const QString &c : cols) {
        const QString o = canon(c, ours.value(c));
        const QString th = canon(c, theirs.value(c));
        const QString b = base ? base->value(c, QStringLiteral("null")) : QString();
        if (base && o != b)
            oursChanged << c;
        if (base && th != b)
            theirsChanged << c;
        if (o == th)
            continue;
        if (base && b == o)
            values.insert(c, theirs.value(c)); // only the source changed it
        else if (base && b == th)
            continue; // only the target changed it
        else
            conflicting << c;
    }
    // A deletion on one side against an edit on the other is for the editor to decide.
    const bool oursDeleted = oursChanged.contains(kDeleted) && !theirsChanged.contains(kDeleted);
    const bool theirsDeleted = theirsChanged.contains(kDeleted) && !oursChanged.contains(kDeleted);
    if ((theirsDeleted && oursChanged.size() > 0) || (oursDeleted && theirsChanged.size() > 0)) {
        values.remove(kDeleted);
        if (!conflicting.contains(kDeleted))
            conflicting << kDeleted;
    }
    for (const QString &c : conflicting) {
        MergeConflict m;
        m.table = table;
        m.rowRef = id;
        m.field = c;
        m.baseValue = base ? base->value(c, QStringLiteral("null")) : QStringLiteral("null");
        m.oursValue = canon(c, ours.value(c));
        m.theirsValue = canon(c, theirs.value(c));
        m.theirsRev = s;
        m.sourceFile = source.fileId();
        m.sourcePath = source.path();
        m.mergeRef = mergeId;
        conflicts.append(m);
    }
    summary.conflicts += int(conflicting.size());
    if (conflicting.isEmpty())
        ++summary.merged;
    return writer.writeMergedRow(table, id, values, s);
}

Parents mergedParents(const CaseFile &target, const CaseFile &source)
{
    Parents parents = MergeWriter::revisionParents(target);
    const Parents theirs = MergeWriter::revisionParents(source);
    for (auto it = theirs.cbegin(); it != theirs.cend(); ++it) {
        QStringList &list = parents[it.key()];
        for (const QString &p : it.value())
            if (!list.contains(p))
                list << p;
    }
    return parents;
}

// Refuses a source with open conflicts or (unless accepted) one that fails verification.
QString sourceRefusal(const CaseFile &source, Options &options, bool *refused)
{
    if (const qint64 open = source.openConflictCount(); open > 0)
        return QCoreApplication::translate("Merge",
            "“%1” has %n open conflict(s); decide them in that file before merging it into another.", nullptr,
            int(open))
            .arg(source.path());
    if (options.sourceVerified)
        return QString();
    const VerifyResult v = source.verify();
    if (v.ok())
        return QString();
    options.unverifiedReason = v.problems.value(0).message;
    if (options.acceptUnverified)
        return QString();
    *refused = true;
    return QCoreApplication::translate("Merge", "“%1” failed verification (%2); nothing was merged.")
        .arg(source.path(), options.unverifiedReason);
}

QList<CaseFile::ImportedAudit> newTrail(const CaseFile &target, const CaseFile &source)
{
    const QSet<QString> known = target.knownAuditHashes();
    QList<CaseFile::ImportedAudit> trail;
    for (const AuditEntry &e : source.auditEntries(0))
        if (!known.contains(e.hash))
            trail.append({source.fileId(), e});
    for (const CaseFile::ImportedAudit &i : source.importedAudit())
        if (!known.contains(i.entry.hash))
            trail.append(i);
    return trail;
}

} // namespace

bool bringsNothing(const CaseFile &target, const CaseFile &source)
{
    for (const QString &sha : MergeWriter::blobHashes(source))
        if (!target.hasBlob(sha))
            return false;
    QSet<QString> releases;
    for (const QVariantMap &r : target.supportRows(QStringLiteral("ocds_release")))
        releases.insert(r.value(QStringLiteral("ocid")).toString() + QLatin1Char(' ')
            + r.value(QStringLiteral("sha256")).toString());
    for (const QVariantMap &r : source.supportRows(QStringLiteral("ocds_release")))
        if (!releases.contains(r.value(QStringLiteral("ocid")).toString() + QLatin1Char(' ')
                + r.value(QStringLiteral("sha256")).toString()))
            return false;
    if (!newTrail(target, source).isEmpty())
        return false;
    const Parents parents = mergedParents(target, source);
    for (const QString &table : entityTables())
        for (const QVariantMap &theirs : source.rows(table, QString(), QVariant(), true)) {
            const auto ours = target.row(table, theirs.value(QStringLiteral("id")).toString());
            const QString s = theirs.value(QStringLiteral("rev")).toString();
            if (!ours || !ancestors(ours->value(QStringLiteral("rev")).toString(), parents).contains(s))
                return false;
        }
    return true;
}

SourceSummary mergeFrom(CaseFile &target, const CaseFile &source, QString *error, const Options &given)
{
    Merger m {target, source, MergeWriter(target), {}, {}, CaseFile::newId(), {}};
    m.summary.sourcePath = source.path();
    m.summary.sourceFile = source.fileId();
    auto failed = [&](const QString &why) {
        if (error)
            *error = why.isEmpty() ? QCoreApplication::translate("Merge", "The merge failed.") : why;
        return m.summary;
    };
    Options options = given;
    if (const QString refusal = sourceRefusal(source, options, &m.summary.refused); !refusal.isEmpty())
        return failed(refusal);
    const bool keepTrail = options.unverifiedReason.isEmpty();
    CaseFile::Transaction tx(target);
    if (!tx.ok())
        return failed(target.lastError());

    // Evidence first, so imported attachments find their bytes; identical files are stored once.
    for (const QString &sha : MergeWriter::blobHashes(source)) {
        if (target.hasBlob(sha))
            continue;
        if (!target.putBlob(source.blob(sha)))
            return failed(target.lastError());
        ++m.summary.blobs;
    }

    m.parents = mergedParents(target, source);
    if (!m.writer.importRevisions(source))
        return failed(target.lastError());

    for (const QString &table : entityTables())
        for (const QVariantMap &row : source.rows(table, QString(), QVariant(), true))
            if (!m.mergeRow(table, row))
                return failed(target.lastError());

    // The raw OCDS releases, so red flags read the same data in the target.
    m.summary.releases = m.writer.importReleases(source);
    if (m.summary.releases < 0)
        return failed(target.lastError());

    // The source's audit trail (its own and what it imported) and its signatures, as written.
    const QList<CaseFile::ImportedAudit> trail
        = keepTrail ? newTrail(target, source) : QList<CaseFile::ImportedAudit>();
    m.summary.auditEntries = int(trail.size());
    if (!trail.isEmpty() && !m.writer.importAudit(trail))
        return failed(target.lastError());
    m.summary.signatures = keepTrail ? m.writer.importSignatures(source) : 0;
    if (m.summary.signatures < 0)
        return failed(target.lastError());

    if (!m.summary.changed()) {
        return m.summary; // nothing new: the transaction rolls back and the target stays as it was
    }
    for (MergeConflict &c : m.conflicts)
        if (!target.insert(c))
            return failed(target.lastError());
    MergeRecord record;
    record.id = m.mergeId;
    record.sourceFile = source.fileId();
    record.sourcePath = source.path();
    record.sourceAuditHead = source.auditHead();
    record.inserted = m.summary.inserted;
    record.updated = m.summary.taken + m.summary.merged;
    record.conflicts = m.summary.conflicts;
    record.blobs = m.summary.blobs;
    record.auditEntries = m.summary.auditEntries;
    record.unverified = options.unverifiedReason;
    if (!target.insert(record) || !tx.commit())
        return failed(target.lastError());
    return m.summary;
}

Result mergeAll(CaseFile &target, const QList<const CaseFile *> &sources, const Options &options)
{
    Result r;
    for (const CaseFile *s : sources) {
        QString error;
        r.sources.append(mergeFrom(target, *s, &error, options));
        if (!error.isEmpty()) {
            r.ok = false;
            r.error = error;
            break;
        }
    }
    r.openConflicts = target.openConflictCount();
    return r;
}

bool resolveConflict(CaseFile &target, const QString &conflictId, Side side, QString *error)
{
    auto c = target.get<MergeConflict>(conflictId);
    if (!c) {
        if (error)
            *error = QCoreApplication::translate("Merge", "No such conflict.");
        return false;
    }
    CaseFile::Transaction tx(target);
    bool ok = tx.ok();
    if (ok && side == Side::Theirs && target.row(c->table, c->rowRef))
        ok = target.setField(c->table, c->rowRef, c->field, valueFromCanonical(c->theirsValue));
    if (ok)
        ok = target.setField(QStringLiteral("merge_conflict"), c->id, QStringLiteral("status"),
            side == Side::Theirs ? QStringLiteral("theirs") : QStringLiteral("ours"));
    ok = ok && tx.commit();
    if (!ok && error)
        *error = target.lastError();
    return ok;
}

QList<MergeConflict> openConflicts(const CaseFile &target)
{
    return target.all<MergeConflict>(QStringLiteral("status"), QStringLiteral("open"));
}

QVariant valueFromCanonical(const QString &canonical)
{
    if (canonical.isEmpty() || canonical == QStringLiteral("null"))
        return QVariant();
    if (canonical.startsWith(QLatin1Char('"'))) {
        // A JSON string: let the JSON parser undo the escapes.
        const QJsonDocument d
            = QJsonDocument::fromJson(QByteArray("[") + canonical.toUtf8() + QByteArray("]"));
        return d.array().at(0).toString();
    }
    return canonical.toLongLong();
}

QString displayValue(const QString &canonical)
{
    const QVariant v = valueFromCanonical(canonical);
    return v.isNull() ? QString() : v.toString();
}

} // namespace Testigo::Merge
