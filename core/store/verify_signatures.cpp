// SPDX-License-Identifier: GPL-3.0-or-later
// Verification of what the audit chain alone does not prove: the signatures over it (who wrote
// each batch, and that none was appended, rewritten or cut without a private key), the tables the
// chain does not cover (through the state each signature commits to), the raw OCDS releases, and
// the schema itself against what the migrations create.
#include "store/casefile.h"
#include "store/casefile_db.h"
#include "store/signer.h"

#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace Testigo {

namespace {

struct SignatureRow
{
    QString originFile; // empty for this file's own
    qint64 n = 0, firstSeq = 0, lastSeq = 0;
    QString headHash, state, keyId, signedAt, prevSignature, signature;
    qint64 entries() const { return lastSeq >= firstSeq ? lastSeq - firstSeq + 1 : 0; }
};

QList<SignatureRow> signatureRows(QSqlDatabase db, bool imported)
{
    QList<SignatureRow> out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const QString sql = imported
        ? QStringLiteral("SELECT origin_file, n, first_seq, last_seq, head_hash, state, key_id, signed_at, "
                         "prev_signature, signature FROM imported_signature ORDER BY rowid")
        : QStringLiteral("SELECT '', n, first_seq, last_seq, head_hash, state, key_id, signed_at, "
                         "prev_signature, signature FROM audit_signature ORDER BY n");
    if (q.exec(sql))
        while (q.next())
            out.append({q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                q.value(3).toLongLong(), q.value(4).toString(), q.value(5).toString(), q.value(6).toString(),
                q.value(7).toString(), q.value(8).toString(), q.value(9).toString()});
    return out;
}

// type + name -> sql of every schema object (statistics tables aside).
QHash<QString, QString> schemaObjects(QSqlDatabase db)
{
    QHash<QString, QString> out;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral(
            "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_stat%'")))
        while (q.next())
            out.insert(q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString(),
                q.value(2).toString() + QChar(0x1f) + q.value(3).toString());
    return out;
}

QString singleValue(QSqlDatabase db, const QString &sql, const QVariant &bind)
{
    QSqlQuery q(db);
    q.prepare(sql);
    q.addBindValue(bind);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

} // namespace

bool CaseFile::integrityOk() const
{
    QSqlQuery q(m_db->db());
    return q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next()
        && q.value(0).toString() == QStringLiteral("ok");
}

void CaseFile::verifySchema(VerifyResult &result) const
{
    const int version = schemaVersion();
    const QString connection = m_db->connection + QStringLiteral("-schema");
    QHash<QString, QString> expected;
    {
        QSqlDatabase reference = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        reference.setDatabaseName(QStringLiteral(":memory:"));
        if (reference.open()) {
            QSqlQuery q(reference);
            for (int v = 1; v <= version; ++v)
                for (const QString &statement : migrationStatements(v).value_or(QStringList()))
                    q.exec(statement);
            q.finish();
            expected = schemaObjects(reference);
            reference.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    const QHash<QString, QString> actual = schemaObjects(m_db->db());
    for (auto it = actual.cbegin(); it != actual.cend(); ++it) {
        if (!expected.contains(it.key()))
            result.problems.append({0, QString(), it.key(), QString(),
                tr("The file's structure was changed outside Testigo: %1 is not Testigo's.").arg(it.key())});
        else if (expected.value(it.key()) != it.value())
            result.problems.append({0, QString(), it.key(), QString(),
                tr("The file's structure was changed outside Testigo: %1 was altered.").arg(it.key())});
    }
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        if (!actual.contains(it.key()))
            result.problems.append({0, QString(), it.key(), QString(),
                tr("The file's structure was changed outside Testigo: %1 is missing.").arg(it.key())});
}

void CaseFile::verifyReleases(VerifyResult &result) const
{
    QSqlQuery q(m_db->db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, ocid, sha256, json FROM ocds_release")))
        return;
    while (q.next()) {
        const std::optional<QString> json = unpackReleaseJson(q.value(3));
        if (!json
            || QString::fromLatin1(QCryptographicHash::hash(json->toUtf8(), QCryptographicHash::Sha256).toHex())
                != q.value(2).toString())
            result.problems.append(
                {0, QStringLiteral("ocds_release"), q.value(0).toString(), QStringLiteral("json"),
                    tr("The OCDS release kept for %1 no longer matches its SHA-256.")
                        .arg(q.value(1).toString())});
    }
}

namespace {

// What verifying the signatures needs at each step: the keys, the rows, the counts per key.
struct SignatureCheck
{
    VerifyResult &result;
    QHash<QString, Signer> keys;
    QHash<QString, qint64> counts; // key -> entries signed
    QList<SignatureRow> own, imported;

    void problem(qint64 seq, const QString &message)
    {
        result.problems.append({seq, QStringLiteral("audit_signature"), QString(), QString(), message});
    }
    // A signature made by a key the file holds, over the text it signs; counts its entries.
    bool valid(const SignatureRow &s, const QString &fileId)
    {
        const auto key = keys.constFind(s.keyId);
        const QByteArray message = signatureMessage(
            fileId, s.n, s.firstSeq, s.lastSeq, s.headHash, s.state, s.keyId, s.signedAt, s.prevSignature);
        if (key == keys.constEnd()
            || !SigningKey::verify(QByteArray::fromBase64(key->publicKey.toLatin1()), message,
                QByteArray::fromBase64(s.signature.toLatin1())))
            return false;
        counts[s.keyId] += s.entries();
        return true;
    }
};

// This file's own signatures: contiguous, linked, each over the head its last entry has; the last
// one over the whole log and the current state.
bool verifyOwnSignatures(
    const CaseFile &file, QSqlDatabase db, SignatureCheck &check, const QString &stateNow)
{
    const QList<SignatureRow> &own = check.own;
    const QString id = file.fileId();
    for (int i = 0; i < own.size(); ++i) {
        const SignatureRow &s = own[i];
        const SignatureRow *prev = i > 0 ? &own[i - 1] : nullptr;
        const QString head = s.lastSeq == 0
            ? QString(64, QLatin1Char('0'))
            : singleValue(db, QStringLiteral("SELECT hash FROM audit_log WHERE seq = ?"), s.lastSeq);
        const bool linked = s.n == i + 1 && s.prevSignature == (prev ? prev->signature : QString())
            && (!prev || (s.firstSeq == prev->lastSeq + 1 && s.lastSeq >= prev->lastSeq));
        if (head.isEmpty()) {
            check.problem(s.lastSeq,
                CaseFile::tr("The audit log was cut: entry %1, which signature %2 covers, is gone.")
                    .arg(s.lastSeq)
                    .arg(s.n));
            return false;
        }
        if (!linked || head != s.headHash || !check.valid(s, id)) {
            check.problem(s.firstSeq,
                CaseFile::tr(
                    "Signature %1 (entries %2 to %3) does not match the log: the history was rewritten or "
                    "forged.")
                    .arg(s.n)
                    .arg(s.firstSeq)
                    .arg(s.lastSeq));
            return false;
        }
    }
    const qint64 length = file.auditLength();
    if (own.isEmpty()) {
        if (!singleValue(
                db, QStringLiteral("SELECT 1 FROM audit_log WHERE stamp <> ? LIMIT 1"), QStringLiteral(""))
                 .isEmpty())
            check.problem(0, CaseFile::tr("The file's signatures were removed."));
        check.result.unsignedEntries = length;
        return true;
    }
    const SignatureRow &last = own.last();
    const qint64 maxSeq
        = singleValue(db, QStringLiteral("SELECT max(seq) FROM audit_log WHERE seq >= ?"), 0).toLongLong();
    if (maxSeq > last.lastSeq)
        check.problem(last.lastSeq + 1,
            CaseFile::tr("Audit entries %1 to %2 are not signed: they were added outside Testigo.")
                .arg(last.lastSeq + 1)
                .arg(maxSeq));
    else if (maxSeq < last.lastSeq)
        check.problem(maxSeq + 1,
            CaseFile::tr("The audit log was cut: the entries after %1 that signature %2 covers are gone.")
                .arg(maxSeq)
                .arg(last.n));
    const QString &now = stateNow;
    if (now != last.state) {
        QStringList changed;
        const QStringList a = now.split(QLatin1Char(';')), b = last.state.split(QLatin1Char(';'));
        for (int i = 0; i < a.size(); ++i)
            if (a[i] != b.value(i))
                changed << a[i].section(QLatin1Char('='), 0, 0);
        check.problem(0,
            CaseFile::tr("Table(s) %1 were changed outside Testigo after the last signature.")
                .arg(changed.join(QStringLiteral(", "))));
    }
    check.result.unsignedEntries = own.first().firstSeq - 1;
    return true;
}

// Signatures that came with merged history: valid, and over entries this file holds.
void verifyImportedSignatures(QSqlDatabase db, SignatureCheck &check)
{
    QSet<QString> known;
    for (const QList<SignatureRow> *list : {&check.own, &check.imported})
        for (const SignatureRow &s : *list)
            known.insert(s.signature);
    qint64 signedEntries = 0;
    for (const SignatureRow &s : check.imported) {
        const bool headKnown = s.entries() == 0
            || !singleValue(db, QStringLiteral("SELECT 1 FROM imported_audit WHERE hash = ?"), s.headHash)
                    .isEmpty()
            || !singleValue(db, QStringLiteral("SELECT 1 FROM audit_log WHERE hash = ?"), s.headHash)
                    .isEmpty();
        if (!headKnown || (!s.prevSignature.isEmpty() && !known.contains(s.prevSignature))
            || !check.valid(s, s.originFile))
            check.problem(0,
                CaseFile::tr("A signature of the history merged from %1 does not verify.").arg(s.originFile));
        signedEntries += s.entries();
    }
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT count(*) FROM imported_audit")) && q.next())
        check.result.unsignedEntries += qMax(qint64(0), q.value(0).toLongLong() - signedEntries);
}

// Trust: your own key, then every key a trusted key vouched for (the signed edit that set it).
void reportSigners(const CaseFile &file, SignatureCheck &check)
{
    const auto mine = SigningKey::loadExisting();
    QSet<QString> trusted;
    if (mine)
        trusted.insert(mine->fingerprint());
    auto signerOf = [&check](qint64 seq) {
        for (const SignatureRow &s : check.own)
            if (seq >= s.firstSeq && seq <= s.lastSeq)
                return s.keyId;
        return QString();
    };
    for (bool grew = true; grew;) {
        grew = false;
        for (const Signer &s : std::as_const(check.keys)) {
            if (!s.trusted || trusted.contains(s.id))
                continue;
            qint64 seq = 0;
            for (const AuditEntry &e : file.auditEntriesOfRow(QStringLiteral("signer"), s.id))
                if (e.field == QStringLiteral("trusted") || e.field == QStringLiteral("*"))
                    seq = e.seq;
            if (trusted.contains(signerOf(seq))) {
                trusted.insert(s.id);
                grew = true;
            }
        }
    }
    for (const Signer &s : std::as_const(check.keys))
        check.result.signers.append({s.owner, s.id, check.counts.value(s.id), trusted.contains(s.id),
            mine && mine->fingerprint() == s.id});
    std::sort(check.result.signers.begin(), check.result.signers.end(),
        [](const SignerReport &a, const SignerReport &b) { return a.entries > b.entries; });
}

} // namespace

void CaseFile::verifySignatures(VerifyResult &result) const
{
    if (!m_db->isSigned()) {
        result.unsignedEntries = auditLength(); // an older file, opened without upgrading
        return;
    }
    SignatureCheck check {result, {}, {}, signatureRows(m_db->db(), false), signatureRows(m_db->db(), true)};
    for (const Signer &s : all<Signer>(QString(), QVariant(), true)) {
        check.keys.insert(s.id, s);
        if (SigningKey::fingerprintOf(QByteArray::fromBase64(s.publicKey.toLatin1())) != s.id)
            check.problem(0, tr("The public key of “%1” does not match its fingerprint.").arg(s.owner));
    }
    if (!verifyOwnSignatures(*this, m_db->db(), check, stateDigest(QString())))
        return;
    verifyImportedSignatures(m_db->db(), check);
    reportSigners(*this, check);
}

} // namespace Testigo
