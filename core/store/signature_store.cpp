// SPDX-License-Identifier: GPL-3.0-or-later
// Signed history: the outermost commit of every transaction signs its batch of audit entries with
// the writer's Ed25519 key, together with a digest of what the chain does not cover (the meta
// table and the append-only support tables). Keys travel as signer rows; trust is a signed edit.
#include "store/casefile.h"
#include "store/casefile_db.h"
#include "store/signer.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>

#include <optional>

namespace Testigo {

template<> const Mapping<Signer> &mappingOf<Signer>()
{
    static const Mapping<Signer> m {QStringLiteral("signer"), QString(),
        {bind("public_key", &Signer::publicKey), bind("owner", &Signer::owner),
            bind("trusted", &Signer::trusted)}};
    return m;
}

namespace {

// The append-only tables a signature commits to, and the columns that make a row. Evidence bytes
// and raw releases are named by their SHA-256, which verify() recomputes.
struct Chained
{
    QString table, columns;
};
const QList<Chained> &chainedTables()
{
    static const QList<Chained> list {
        {QStringLiteral("revision"), QStringLiteral("rev, tbl, row_id, parent_rev")},
        {QStringLiteral("merge_parent"), QStringLiteral("rev, parent_rev")},
        {QStringLiteral("imported_audit"),
            QStringLiteral("origin_file, seq, at, author, tbl, row_id, field, old_value, "
                           "new_value, rev, prev_hash, hash, stamp, imported_at")},
        {QStringLiteral("imported_signature"),
            QStringLiteral("signature, origin_file, n, first_seq, last_seq, head_hash, "
                           "state, key_id, signed_at, prev_signature")},
        {QStringLiteral("ocds_release"),
            QStringLiteral("id, ocid, release_id, sha256, retrieved_at, source")},
        {QStringLiteral("blob"), QStringLiteral("sha256, size, created_at")}};
    return list;
}

QString rowText(const QSqlQuery &q, int from, int count)
{
    QStringList parts;
    for (int i = from; i < from + count; ++i) {
        QVariant v = q.value(i);
        if (v.typeId() == QMetaType::Int)
            v = v.toLongLong();
        parts << canonicalValue(v);
    }
    return parts.join(QChar(0x1f));
}

// "table=rowid:hex" parts of a state digest.
QHash<QString, QString> stateParts(const QString &state)
{
    QHash<QString, QString> out;
    for (const QString &part : state.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const int eq = part.indexOf(QLatin1Char('='));
        if (eq > 0)
            out.insert(part.left(eq), part.mid(eq + 1));
    }
    return out;
}

QString ownerNameFor(const QString &author)
{
    // The importer writes as "ocds-import" on behalf of the person running it.
    if (author.isEmpty() || author.startsWith(QStringLiteral("ocds-")) || author == QStringLiteral("demo"))
        return qEnvironmentVariable("USER", QStringLiteral("testigo"));
    return author;
}

} // namespace

QByteArray signatureMessage(const QString &fileId, qint64 n, qint64 firstSeq, qint64 lastSeq,
    const QString &headHash, const QString &state, const QString &keyId, const QString &signedAt,
    const QString &prevSignature)
{
    return QStringList {QStringLiteral("testigo-signature-1"), fileId, QString::number(n),
        QString::number(firstSeq), QString::number(lastSeq), headHash, state, keyId, signedAt, prevSignature}
        .join(QChar(0x1f))
        .toUtf8();
}

QString CaseFile::stateDigest(const QString &previous) const
{
    const QHash<QString, QString> before = stateParts(previous);
    QStringList parts;
    QSqlQuery q(m_db->db());
    q.setForwardOnly(true);
    QCryptographicHash meta(QCryptographicHash::Sha256);
    if (q.exec(QStringLiteral("SELECT key, value FROM meta ORDER BY key")))
        while (q.next())
            meta.addData(rowText(q, 0, 2).toUtf8() + '\x1e');
    parts << QStringLiteral("meta=") + QString::fromLatin1(meta.result().toHex());
    // Each table's rows chained in rowid order, continued from where the last signature stopped.
    for (const Chained &c : chainedTables()) {
        const QString prev = before.value(c.table);
        qint64 lastRowid = prev.section(QLatin1Char(':'), 0, 0).toLongLong();
        QByteArray chain = QByteArray::fromHex(prev.section(QLatin1Char(':'), 1, 1).toLatin1());
        const int columns = int(c.columns.count(QLatin1Char(',')) + 1);
        if (q.exec(QStringLiteral("SELECT rowid, %1 FROM %2 WHERE rowid > %3 ORDER BY rowid")
                       .arg(c.columns, c.table)
                       .arg(lastRowid)))
            while (q.next()) {
                lastRowid = q.value(0).toLongLong();
                chain = QCryptographicHash::hash(
                    chain + rowText(q, 1, columns).toUtf8(), QCryptographicHash::Sha256);
            }
        parts
            << QStringLiteral("%1=%2:%3").arg(c.table).arg(lastRowid).arg(QString::fromLatin1(chain.toHex()));
    }
    return parts.join(QLatin1Char(';'));
}

bool CaseFile::signTransaction()
{
    if (m_signing || !m_db->isSigned())
        return true; // files older than schema 5 (test fixtures) are written unsigned
    QSqlQuery q(m_db->db());
    qint64 n = 0, lastSeq = 0;
    QString lastHead, lastState, prevSignature;
    if (q.exec(QStringLiteral(
            "SELECT n, last_seq, head_hash, state, signature FROM audit_signature ORDER BY n DESC LIMIT 1"))
        && q.next()) {
        n = q.value(0).toLongLong();
        lastSeq = q.value(1).toLongLong();
        lastHead = q.value(2).toString();
        lastState = q.value(3).toString();
        prevSignature = q.value(4).toString();
    }
    q.finish();
    auto head = [this]() {
        QSqlQuery h(m_db->db());
        if (h.exec(QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")) && h.next())
            return std::make_pair(h.value(0).toLongLong(), h.value(1).toString());
        return std::make_pair(qint64(0), QString(64, QLatin1Char('0')));
    };
    auto [seq, hash] = head();
    if (n > 0 && seq == lastSeq && hash == lastHead && stateDigest(lastState) == lastState)
        return true; // the transaction left nothing to sign
    if (!m_key) {
        QString why;
        m_key = SigningKey::loadOrCreate(ownerNameFor(m_author), &why);
        if (!m_key)
            return fail(why);
    }
    const QString keyId = m_key->fingerprint();
    if (!row(QStringLiteral("signer"), keyId)) {
        // The key joins the file in the first transaction it signs (and signs its own arrival).
        m_signing = true;
        const bool added = addSigner(m_key->publicKey(), m_key->owner(), false);
        m_signing = false;
        if (!added)
            return false;
        std::tie(seq, hash) = head();
    }
    const qint64 first = n > 0 ? lastSeq + 1 : m_txStartSeq + 1;
    const QString state = stateDigest(lastState);
    const QString signedAt = nowUtc();
    const QByteArray message
        = signatureMessage(fileId(), n + 1, first, seq, hash, state, keyId, signedAt, prevSignature);
    QSqlQuery &ins
        = m_db->prepared(QStringLiteral("INSERT INTO audit_signature (n, first_seq, last_seq, head_hash, "
                                        "state, key_id, signed_at, prev_signature, signature) "
                                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    int i = 0;
    for (const QVariant &v : QVariantList {n + 1, first, seq, hash, state, keyId, signedAt, prevSignature,
             QString::fromLatin1(m_key->sign(message).toBase64())})
        ins.bindValue(i++,
            v.typeId() == QMetaType::QString && v.toString().isNull() ? QVariant(QStringLiteral("")) : v);
    return ins.exec() || fail(ins.lastError().text());
}

bool CaseFile::addSigner(const QByteArray &publicKey, const QString &owner, bool trusted)
{
    const QString id = SigningKey::fingerprintOf(publicKey);
    if (row(QStringLiteral("signer"), id))
        return !trusted || setField(QStringLiteral("signer"), id, QStringLiteral("trusted"), qint64(1));
    Signer s;
    s.id = id;
    s.publicKey = QString::fromLatin1(publicKey.toBase64());
    s.owner = owner;
    s.trusted = trusted;
    return insert(s);
}

bool CaseFile::trustSigner(const QString &fingerprintPrefix)
{
    const QString prefix = fingerprintPrefix.toLower().remove(QLatin1Char(' '));
    QStringList matches;
    for (const Signer &s : all<Signer>())
        if (prefix.size() >= 8 && s.id.startsWith(prefix))
            matches << s.id;
    if (matches.size() != 1)
        return fail(matches.isEmpty()
                ? tr("No key of this file has the fingerprint “%1”.").arg(fingerprintPrefix)
                : tr("Several keys match “%1”; give more of the fingerprint.").arg(fingerprintPrefix));
    return setField(QStringLiteral("signer"), matches.first(), QStringLiteral("trusted"), qint64(1));
}



} // namespace Testigo
