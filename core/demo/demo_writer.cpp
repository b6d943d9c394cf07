// SPDX-License-Identifier: GPL-3.0-or-later
// writeDemo: the witness, the agencies and every procedure with its stages (from the templates),
// engagement, pact signatories, bids, findings, evidence and narratives, in one transaction.
#include "demo/demo.h"
#include "demo/demo_internal.h"
#include "rules/instantiate.h"

#include <QCryptographicHash>

namespace Testigo {

namespace Demo {

namespace {
QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

const QStringList &officials()
{
    static const QStringList l {s("Lic. Ramón Gutiérrez Olvera"), s("Mtra. Patricia Salinas Ibáñez"),
        s("Ing. Héctor Domínguez Lara"), s("C.P. Guadalupe Treviño Castañeda"),
        s("Lic. Fernando Ávila Montes"), s("Dra. Lucía Ortega Bermúdez")};
    return l;
}
const QStringList &representatives()
{
    static const QStringList l {s("Jorge Armando Reyes Peña"), s("Claudia Ivonne Mejía Soto"),
        s("Raúl Esquivel Durán"), s("Mónica Fuentes Aranda"), s("Tomás Villaseñor Cruz"),
        s("Adriana Lozano Quiroga"), s("Iván Zamudio Herrera"), s("Beatriz Olmos Garza")};
    return l;
}

// The witness's findings: at most stages reached, with responses, follow-up and a few escalations.
bool attach(Context &c, const EvidenceSpec &ev, const QString &stageId, const QString &findingId)
{
    const QString sha = storeBlob(c.file, ev.bytes);
    if (sha.isEmpty())
        return false;
    Attachment a;
    a.procedureId = c.procedure.id;
    a.stageId = stageId;
    a.findingId = findingId;
    a.fileName = ev.fileName;
    a.size = ev.bytes.size();
    a.mediaType = ev.mediaType;
    a.sha256 = sha;
    return insertEntity(c.file, a);
}
} // namespace

QString storeBlob(CaseFile &file, const QByteArray &bytes)
{
    const auto sha = file.putBlob(bytes);
    return sha ? *sha : QString();
}

bool writeFindings(Context &c)
{
    int counter = 0;
    for (const Stage &st : c.stages) {
        if (st.status != QLatin1String("done") && st.status != QLatin1String("in_progress"))
            continue;
        if ((st.position + c.index) % 3 == 1 || st.round > 1)
            continue;
        const QList<FindingSpec> &options = findingsFor(st.kind);
        const FindingSpec &spec = options[(c.index + st.position) % options.size()];
        Finding f;
        f.procedureId = c.procedure.id;
        f.stageId = st.id;
        f.number = ++c.findingCount;
        f.category = spec.category;
        f.severity = spec.severity;
        f.description = spec.description;
        f.recommendation = spec.recommendation;
        f.raisedDate = st.actualDate.addDays(1);
        const bool open = st.status == QLatin1String("in_progress")
            || (!c.finished() && f.raisedDate.year() >= 2025 && counter % 2);
        if (open || spec.response.isEmpty()) {
            f.status = open ? s("pending") : s("not_attended");
        } else {
            f.response = spec.response;
            f.responseDate = f.raisedDate.addDays(5 + counter % 4);
            static const char *cycle[] = {"attended", "partial", "attended", "not_attended"};
            f.status = s(cycle[(counter + c.index) % 4]);
        }
        if (f.severity == QLatin1String("high") && spec.clauses.contains(QStringLiteral("D17")) && !open) {
            f.escalation = s("oic");
            f.escalationDate = f.raisedDate.addDays(12);
        } else if (spec.clauses.contains(QStringLiteral("D18"))) {
            f.escalation = s("oic");
            f.escalationDate = f.raisedDate.addDays(3);
        }
        if (!insertEntity(c.file, f))
            return false;
        ++counter;
        c.findingsPerStage[st.id] += 1;
        for (const QString &code : spec.clauses) {
            FindingClause fc;
            fc.findingId = f.id;
            fc.clauseId = c.clauseIds.value(code);
            if (!fc.clauseId.isEmpty() && !insertEntity(c.file, fc))
                return false;
        }
        if (counter % 2 == 1 && !attach(c, evidence((*c.evidenceCounter)++, c.procedure.number), st.id, f.id))
            return false;
    }
    // The pact guidelines: the same file for every procedure, stored once.
    const Stage *call = c.stage(s("call")) ? c.stage(s("call")) : c.stage(s("market_research"));
    return attach(c, pactGuidelines(), call ? call->id : QString(), QString());
}

namespace {

// The procedure itself, its stages, checklists and clauses from the templates.
bool writeProcedureRecord(Context &c)
{
    const ProcedureSpec &spec = c.spec;
    Procedure &p = c.procedure;
    p.number = spec.number;
    p.title = spec.title;
    p.object = spec.object;
    p.agencyId = c.agency.id;
    p.regime = spec.regime;
    p.type = spec.type;
    p.character = spec.character;
    p.evaluation = spec.evaluation;
    p.objectKind = spec.objectKind;
    p.currency = spec.currency;
    p.place = spec.place;
    p.reducedPeriodJustified = spec.reducedJustified;
    p.fictitious = true;
    if (!insertEntity(c.file, p) || !instantiateTemplates(c.file, p))
        return false;
    for (const Clause &cl : c.file.all<Clause>(QStringLiteral("procedure_id"), p.id))
        c.clauseIds.insert(cl.code, cl.id);
    return true;
}

// The witness's appointment: the letter of the authority that designated them.
bool writeEngagement(Context &c)
{
    const ProcedureSpec &spec = c.spec;
    Engagement e;
    e.procedureId = c.procedure.id;
    e.witnessId = c.witnessId;
    e.authority = spec.authority;
    const QString office = spec.authority == QLatin1String("SABG") ? s("SABG/UCGP")
        : spec.authority == QLatin1String("SFP")                   ? s("SFP/UNCP/309")
                                                                   : s("PI-VOL");
    e.letterNumber
        = s("%1/%2/%3").arg(office).arg(100 + c.index * 37, 4, 10, QLatin1Char('0')).arg(spec.start.year());
    e.letterDate = spec.start.addDays(-18);
    return insertEntity(c.file, e);
}

// Integrity Pact signatories: two officials, every bidder that signed, and the witness.
bool writeSignatories(Context &c)
{
    const QDate signedOn = c.date(s("call")).isValid() ? c.date(s("call")) : c.spec.start.addDays(3);
    for (int i = 0; i < 2; ++i) {
        Signatory sg;
        sg.procedureId = c.procedure.id;
        sg.name = officials()[(c.index + i * 3) % officials().size()] + s(" (ficticio)");
        sg.role = s("official");
        sg.position = i == 0 ? s("Titular de la unidad compradora") : s("Titular del área requirente");
        sg.signedDate = signedOn.addDays(-2);
        if (!insertEntity(c.file, sg))
            return false;
    }
    for (int i = 0; i < c.bidders.size(); ++i) {
        if (!c.bidders[i].signedPact)
            continue;
        Signatory sg;
        sg.procedureId = c.procedure.id;
        sg.name = representatives()[(c.index + i) % representatives().size()] + s(" (ficticio)");
        sg.role = s("bidder");
        sg.position = s("Representante legal");
        sg.bidderId = c.bidders[i].id;
        sg.signedDate = signedOn.addDays(1 + i % 3);
        if (!insertEntity(c.file, sg))
            return false;
    }
    Signatory ws;
    ws.procedureId = c.procedure.id;
    ws.name = c.witnessName;
    ws.role = s("witness");
    ws.position = s("Testigo social");
    ws.signedDate = signedOn.addDays(-2);
    return insertEntity(c.file, ws);
}

// A finished procedure: the participation ended with the follow-up of the execution (the pact
// covers it), and the witness wrote the testimony's narratives.
bool closeParticipation(Context &c)
{
    const QDate end = c.date(s("execution")).isValid() ? c.date(s("execution"))
        : c.date(s("contract")).isValid()              ? c.date(s("contract"))
                                                       : c.date(s("award"));
    if (!c.file.setField(
            QStringLiteral("procedure"), c.procedure.id, QStringLiteral("participation_end"), end))
        return false;
    c.procedure.participationEnd = end;
    return writeNarratives(c);
}

bool writeProcedure(CaseFile &file, const ProcedureSpec &spec, int index,
    const QHash<QString, Agency> &agencyByKey, const Witness &witness, int &evidenceCounter)
{
    Context c {file, spec, index, witness.id, witness.name, agencyByKey.value(spec.agencyKey), {}, {}, {}, {},
        {}, {}, 0, &evidenceCounter};
    if (!writeProcedureRecord(c) || !writeEngagement(c) || !writeStages(c) || !writeBids(c)
        || !writeProcedureEvents(c) || !writeSignatories(c) || !writeFindings(c) || !writeChecklists(c))
        return false;
    return !c.finished() || closeParticipation(c);
}

} // namespace
} // namespace Demo

bool writeDemo(CaseFile &file)
{
    using namespace Demo;
    CaseFile::Transaction tx(file);
    if (!tx.ok())
        return false;

    Witness w;
    w.name = QString::fromUtf8("Observatorio Ciudadano de Contrataciones Públicas, A.C. (ficticio)");
    w.kind = QStringLiteral("organisation");
    w.registryNumber = QStringLiteral("PTS-2003-017");
    w.rfc = QStringLiteral("OCC0209105K7");
    w.email = QStringLiteral("testigo@observatorio-ficticio.example");
    if (!insertEntity(file, w))
        return false;

    QHash<QString, Agency> agencyByKey;
    for (const AgencySpec &spec : agencies()) {
        Agency a;
        a.name = spec.name;
        a.acronym = spec.acronym;
        a.kind = spec.kind;
        a.buyingUnit = spec.buyingUnit;
        a.sector = spec.sector;
        a.fictitious = true;
        if (!insertEntity(file, a))
            return false;
        agencyByKey.insert(spec.key, a);
    }

    int evidenceCounter = 0;
    const QList<ProcedureSpec> &list = procedures();
    for (int i = 0; i < list.size(); ++i)
        if (!writeProcedure(file, list[i], i, agencyByKey, w, evidenceCounter))
            return false;
    if (!writeEnglishVersions(file))
        return false;
    file.setMetaValue(QStringLiteral("demo"), QStringLiteral("1"));
    return tx.commit();
}

} // namespace Testigo
