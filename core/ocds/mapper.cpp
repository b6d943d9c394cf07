// SPDX-License-Identifier: GPL-3.0-or-later
#include "ocds/mapper.h"

#include "domain/codes.h"
#include "domain/rfc.h"
#include "ocds/ocdsvalues.h"
#include "rules/instantiate.h"

#include <QLocale>
#include <algorithm>

namespace Testigo::Ocds {

namespace {

QVariantMap nonNull(const QVariantMap &row) { return nonNullStrings(row); }

// Texts longer than this are cut, with a warning naming the field: 100,000 bytes is a short book. A
// longer text is an error or an attack, and would be copied into its row, its audit entry and the
// audit entry of every later change.
constexpr size_t kMaxTextBytes = 100000;

bool hasLongText(const JNode &n)
{
    if (n.type == JNode::String)
        return n.text.size() > kMaxTextBytes;
    return std::any_of(n.items.begin(), n.items.end(), hasLongText);
}

void cutLongTexts(JNode &n, const std::string &path, std::vector<std::pair<std::string, size_t>> &cut)
{
    if (n.type == JNode::String && n.text.size() > kMaxTextBytes) {
        cut.emplace_back(path, n.text.size());
        size_t end = kMaxTextBytes;
        while (end > 0 && (static_cast<unsigned char>(n.text[end]) & 0xC0) == 0x80)
            --end; // never inside a UTF-8 character
        n.text.resize(end);
        n.text.shrink_to_fit();
    }
    for (size_t i = 0; i < n.items.size(); ++i) {
        const std::string child = n.isObject() ? (path.empty() ? n.keys[i] : path + '.' + n.keys[i])
                                               : path + '[' + std::to_string(i) + ']';
        cutLongTexts(n.items[i], child, cut);
    }
}

QString lastAuthor(const CaseFile &file, const QString &table, const QString &id, const QString &field)
{
    const QList<AuditEntry> entries = file.auditEntriesOfRow(table, id);
    for (auto it = entries.crbegin(); it != entries.crend(); ++it)
        if (it->field == field || it->field == QLatin1String("*"))
            return it->author;
    return QString();
}

} // namespace

void Mapper::warn(const QString &message)
{
    ++m_report.warningCount;
    if (m_report.warnings.size() < Importer::MaxListed)
        m_report.warnings << QStringLiteral("%1: %2").arg(m_ocid, message);
}

bool Mapper::applyRow(const QString &table, const QString &id, const QVariantMap &wanted, const QString &what)
{
    const auto current = m_file.row(table, id);
    if (!current)
        return false;
    QVariantMap changes;
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        if (canonicalValue(toStorage(it.value())) == canonicalValue(toStorage(current->value(it.key()))))
            continue;
        if (lastAuthor(m_file, table, id, it.key()) != Importer::author()) {
            if (m_report.conflicts.size() < Importer::MaxListed)
                m_report.conflicts << tr("%1: %2 “%3” was edited by hand and is kept (the data says “%4”)")
                                          .arg(m_ocid, what, it.key(), it.value().toString());
            continue;
        }
        changes.insert(it.key(), it.value());
    }
    if (changes.isEmpty())
        return true;
    m_changed = true;
    return m_file.updateRow(table, id, changes);
}

template<class E>
bool Mapper::upsert(E &existing, bool found, const E &wanted, const QString &what)
{
    const auto &m = mappingOf<E>();
    if (!found) {
        QVariantMap row = nonNull(m.toRow(wanted));
        m_changed = true;
        if (!m_file.insertRow(m.table, row))
            return false;
        existing = m.fromRow(row);
        return true;
    }
    const QVariantMap want = nonNull(m.toRow(wanted));
    const QVariantMap have = m.toRow(existing);
    QVariantMap diff;
    for (auto it = want.cbegin(); it != want.cend(); ++it)
        if (canonicalValue(toStorage(it.value())) != canonicalValue(toStorage(have.value(it.key()))))
            diff.insert(it.key(), it.value());
    return diff.isEmpty() || applyRow(m.table, existing.id, diff, what);
}

// The row types mapper_rows.cpp writes.
template bool Mapper::upsert<Lot>(Lot &, bool, const Lot &, const QString &);
template bool Mapper::upsert<Bidder>(Bidder &, bool, const Bidder &, const QString &);
template bool Mapper::upsert<Bid>(Bid &, bool, const Bid &, const QString &);
template bool Mapper::upsert<Award>(Award &, bool, const Award &, const QString &);
template bool Mapper::upsert<Contract>(Contract &, bool, const Contract &, const QString &);
template bool Mapper::upsert<Amendment>(Amendment &, bool, const Amendment &, const QString &);

Mapper::Org Mapper::resolve(const JNode &ref) const
{
    Org o;
    const QString id = ref.str("id");
    const JNode *party = id.isEmpty() ? nullptr : m_parties.value(id);
    o.name = ref.str("name");
    if (o.name.isEmpty() && party)
        o.name = party->str("name");
    const JNode *ident = ref.get("identifier");
    if ((!ident || ident->str("id").isEmpty()) && party)
        ident = party->get("identifier");
    if (o.name.isEmpty() && ident)
        o.name = ident->str("legalName");
    auto rfcOf = [](const JNode *i) -> QString {
        if (!i)
            return QString();
        const QString scheme = i->str("scheme");
        const QString value = normalizedRfc(i->str("id"));
        if (scheme == QLatin1String("MX-RFC") || (scheme.isEmpty() && isValidRfc(value)))
            return value;
        return QString();
    };
    o.rfc = rfcOf(ident);
    if (o.rfc.isEmpty() && party)
        for (const JNode &extra : party->list("additionalIdentifiers"))
            if (o.rfc.isEmpty())
                o.rfc = rfcOf(&extra);
    if (o.rfc.isEmpty() && isValidRfc(normalizedRfc(id)))
        o.rfc = normalizedRfc(id);
    o.key = !o.rfc.isEmpty() ? o.rfc : !o.name.isEmpty() ? o.name.toUpper() : id;
    return o;
}

QString Mapper::ensureAgency(const JNode &r)
{
    QString name = r.str("buyer.name");
    if (name.isEmpty())
        name = resolve(r.get("buyer") ? *r.get("buyer") : JNode()).name;
    if (name.isEmpty())
        for (const auto *p : std::as_const(m_parties))
            for (const JNode &role : p->list("roles"))
                if (name.isEmpty() && role.text == "buyer")
                    name = p->str("name");
    if (name.isEmpty())
        name = r.str("tender.procuringEntity.name");
    if (name.isEmpty())
        for (const auto *p : std::as_const(m_parties))
            for (const JNode &role : p->list("roles"))
                if (name.isEmpty() && role.text == "procuringEntity")
                    name = p->str("name");
    if (name.isEmpty()) {
        warn(tr("no buyer or procuring entity is named"));
        return QString();
    }
    const QString key = name.toUpper();
    if (m_agencies.contains(key))
        return m_agencies.value(key);
    Agency a;
    a.name = name;
    if (!insertEntity(m_file, a))
        return QString();
    m_changed = true;
    m_agencies.insert(key, a.id);
    return a.id;
}

const JNode &Mapper::withLongTextsCut(const JNode &release, JNode &storage)
{
    if (!hasLongText(release))
        return release;
    storage = release;
    std::vector<std::pair<std::string, size_t>> cut;
    cutLongTexts(storage, std::string(), cut);
    for (const auto &[path, bytes] : cut)
        warn(tr("%1 is %2 bytes long; only its first %3 bytes were imported")
                 .arg(QString::fromStdString(path), QLocale().toString(qint64(bytes)),
                     QLocale().toString(qint64(kMaxTextBytes))));
    return storage;
}

bool Mapper::apply(const QString &ocid, const JNode &release, bool *created, bool *changed)
{
    m_ocid = ocid;
    m_changed = false;
    JNode cutCopy;
    const JNode &r = withLongTextsCut(release, cutCopy);
    m_parties.clear();
    for (const JNode &p : r.list("parties"))
        if (!p.str("id").isEmpty())
            m_parties.insert(p.str("id"), &p);
    for (const QString &w : qualityWarnings(r))
        warn(w);

    const QList<Procedure> existing = m_file.all<Procedure>(QStringLiteral("ocid"), ocid);
    *created = existing.isEmpty();
    Procedure p = existing.isEmpty() ? Procedure() : existing.first();
    Procedure want = p;
    want.ocid = ocid;
    want.number = r.str("tender.id");
    if (want.number.isEmpty())
        want.number = ocid;
    if (want.number != p.number) {
        // Another procedure may already use that number: fall back to the ocid, which is unique.
        for (const Procedure &other : m_file.all<Procedure>(QStringLiteral("number"), want.number))
            if (other.id != p.id)
                want.number = ocid;
    }
    want.title = tenderTitle(r);
    want.object = r.str("tender.description");
    want.agencyId = ensureAgency(r);
    if (const QString type = procedureType(r); !type.isEmpty())
        want.type = type;
    if (const QString character = procedureCharacter(r); !character.isEmpty())
        want.character = character;
    if (const QString kind = objectKind(r); !kind.isEmpty())
        want.objectKind = kind;
    want.currency = procedureCurrency(r);
    if (*created) {
        QDate start = ocdsDate(r.str("tender.tenderPeriod.startDate"));
        if (!start.isValid())
            start = ocdsDate(r.str("date"));
        want.regime = proposeRegime(want.objectKind, start);
    }
    if (!upsert(p, !*created, want, tr("procedure")))
        return false;
    // The pact's clauses and the stage checklists are added when the witness opens the procedure
    // (instantiateTemplates): a bulk import of a whole portfolio stays small and fast.
    if (!mapStages(p.id, r) || !mapParticipants(p.id, r, want.currency))
        return false;
    if (!m_report.procedureIds.contains(p.id))
        m_report.procedureIds << p.id;
    *changed = m_changed || *created;
    return true;
}

bool Mapper::mapStages(const QString &procedureId, const JNode &r)
{
    const QList<Stage> stages = m_file.all<Stage>(QStringLiteral("procedure_id"), procedureId);
    const QHash<QString, QDate> dates = stageDates(r);
    const QHash<QString, QString> notes = documentNotes(r);
    QStringList kinds = dates.keys() + notes.keys();
    kinds.removeDuplicates();
    std::sort(kinds.begin(), kinds.end(), [](const QString &a, const QString &b) {
        return Codes::rank(Codes::stageKinds(), a) < Codes::rank(Codes::stageKinds(), b);
    });
    const QDate today = QDate::currentDate();
    for (const QString &kind : kinds) {
        Stage s;
        bool found = false;
        for (const Stage &st : stages)
            if (!found && st.kind == kind && st.round == 1) {
                s = st;
                found = true;
            }
        Stage want = s;
        want.procedureId = procedureId;
        want.kind = kind;
        if (!found)
            want.position = Codes::rank(Codes::stageKinds(), kind);
        if (const QDate d = dates.value(kind); d.isValid()) {
            if (d <= today) {
                want.actualDate = d;
                want.status = QStringLiteral("done");
            } else {
                want.plannedDate = d;
            }
        }
        if (notes.contains(kind))
            want.notes = notes.value(kind);
        if (!upsert(s, found, want, tr("stage %1").arg(kind)))
            return false;
    }
    return true;
}

} // namespace Testigo::Ocds
