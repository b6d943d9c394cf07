// SPDX-License-Identifier: GPL-3.0-or-later
#include "testimonyfixture.h"

namespace Testigo::TestSupport {

namespace {
void must(const CaseFile &file, bool ok)
{
    if (!ok)
        qFatal("fixture write failed: %s", qPrintable(file.lastError()));
}

// Inserts a row with every unset text column as "" (the schema's text columns are NOT NULL),
// except references, which stay NULL.
template<class E> void put(CaseFile &file, E &e)
{
    const auto &m = mappingOf<E>();
    QVariantMap row = m.toRow(e);
    for (auto it = row.begin(); it != row.end(); ++it)
        if (it->typeId() == QMetaType::QString && it->toString().isNull()
            && !it.key().endsWith(QLatin1String("_id")))
            *it = QStringLiteral("");
    if (!e.id.isEmpty())
        row.insert(QStringLiteral("id"), e.id);
    if (!file.insertRow(m.table, row))
        qFatal("fixture write failed (%s): %s", qPrintable(m.table), qPrintable(file.lastError()));
    e = m.fromRow(row);
}
} // namespace

QString addTestimonyProcedure(CaseFile &file, const FixtureOptions &o)
{
    CaseFile::Transaction tx(file);
    Agency agency;
    agency.name = QStringLiteral("Instituto de Salud para el Bienestar del Sureste");
    agency.acronym = QStringLiteral("ISBS");
    agency.buyingUnit = QStringLiteral("Coordinación de Adquisiciones");
    agency.sector = QStringLiteral("health");
    agency.fictitious = true;
    put(file, agency);
    Witness witness;
    witness.name = QStringLiteral("Observatorio Ciudadano de Compras, A.C.");
    witness.registryNumber = o.complete ? QStringLiteral("TS-2019-041") : QString();
    witness.rfc = QStringLiteral("OCC190101AB1");
    put(file, witness);
    Procedure p;
    p.number = kFixtureNumber;
    p.title = kFixtureTitle;
    p.object
        = QStringLiteral("Suministro de medicamentos oncológicos y de soporte para hospitales de la región.");
    p.agencyId = agency.id;
    p.regime = QStringLiteral("LAASSP-2000");
    p.type = QStringLiteral("open_tender");
    p.character = QStringLiteral("national");
    p.evaluation = QStringLiteral("binary");
    p.objectKind = QStringLiteral("goods");
    p.place = o.complete ? QStringLiteral("Mérida, Yucatán") : QString();
    p.fictitious = true;
    put(file, p);
    Engagement e;
    e.procedureId = p.id;
    e.witnessId = witness.id;
    e.letterNumber = o.complete ? QStringLiteral("SFP/UCCPP/0451/2024") : QString();
    e.letterDate = QDate(2024, 2, 12);
    put(file, e);

    QList<Lot> lots;
    for (int n = 1; n <= 3; ++n) {
        Lot l;
        l.procedureId = p.id;
        l.number = n;
        l.description = QStringLiteral("Partida %1: oncológicos grupo %1").arg(n);
        l.budgetCents = qint64(n) * 1'250'000'00;
        l.referenceCents = qint64(n) * 1'180'000'00;
        put(file, l);
        lots << l;
    }
    Bidder a, b;
    a.procedureId = b.procedureId = p.id;
    a.name = QStringLiteral("Farmacéutica del Golfo, S.A. de C.V.");
    b.name = QStringLiteral("Distribuidora Médica Peninsular, S.A. de C.V.");
    a.signedPact = b.signedPact = o.complete; // one fact with the Pact's signatories
    put(file, a);
    put(file, b);
    for (const Lot &l : lots) {
        Bid x, y;
        x.bidderId = a.id;
        y.bidderId = b.id;
        x.lotId = y.lotId = l.id;
        x.amountCents = l.referenceCents - 40'000'00;
        y.amountCents = l.referenceCents + 10'000'00;
        x.technicalResult = y.technicalResult = x.economicResult = y.economicResult = QStringLiteral("pass");
        put(file, x);
        put(file, y);
        Award w;
        w.lotId = l.id;
        w.bidderId = a.id;
        w.amountCents = x.amountCents;
        w.date = QDate(2024, 4, 22);
        put(file, w);
    }

    const QStringList kinds {QStringLiteral("call"), QStringLiteral("clarification"),
        QStringLiteral("opening"), QStringLiteral("evaluation"), QStringLiteral("award"),
        QStringLiteral("contract"), QStringLiteral("report")};
    QList<Stage> stages;
    for (int i = 0; i < kinds.size(); ++i) {
        Stage s;
        s.procedureId = p.id;
        s.kind = kinds[i];
        s.position = i;
        s.plannedDate = QDate(2024, 3, 1).addDays(i * 10);
        s.actualDate = (o.complete || i < 3) ? s.plannedDate : QDate();
        s.status = s.actualDate.isValid() ? QStringLiteral("done") : QStringLiteral("pending");
        s.attendance = QStringLiteral("Convocante, OIC, testigo social y 2 licitantes");
        s.actaRef = QStringLiteral("Acta %1/2024").arg(i + 1);
        s.notes = QStringLiteral("El acto inició a las 10:00 horas en la sala de juntas de la convocante.\n"
                                 "Se dio lectura al orden del día y se levantó el acta correspondiente.");
        put(file, s);
        stages << s;
    }
    Clause clause;
    clause.procedureId = p.id;
    clause.code = QStringLiteral("A3");
    clause.party = QStringLiteral("authority");
    clause.textEs = QStringLiteral("La convocante publicará las actas el mismo día.");
    clause.textEn = QStringLiteral("The agency publishes the minutes the same day.");
    put(file, clause);
    const QStringList severities {
        QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high"), QStringLiteral("critical")};
    for (int n = 1; n <= o.findings; ++n) {
        Finding f;
        f.procedureId = p.id;
        f.stageId = stages[(n - 1) % stages.size()].id;
        f.number = n;
        f.category = QStringLiteral("transparency");
        f.severity = severities[(n - 1) % severities.size()];
        f.description
            = QStringLiteral("El acta %1 no se publicó en la Plataforma el mismo día del acto.").arg(n);
        f.recommendation = QStringLiteral("Publicar las actas en la Plataforma el día del acto.");
        if (o.complete || n % 2 == 0) {
            f.response
                = QStringLiteral("La convocante publicó el acta al día siguiente y ajustó su procedimiento.");
            f.responseDate = QDate(2024, 3, 20);
            f.status = QStringLiteral("attended");
        }
        f.raisedDate = QDate(2024, 3, 10);
        put(file, f);
        if (n == 1) {
            FindingClause fc;
            fc.findingId = f.id;
            fc.clauseId = clause.id;
            put(file, fc);
        }
    }
    // Evidence needs its bytes in the blob table; CaseFile::putBlob fails at HEAD (audit_log.rev
    // NOT NULL), in which case the fixture goes without evidence.
    const QByteArray evidence("%PDF-1.4 acta de apertura (fixture)");
    if (const auto sha = file.putBlob(evidence)) {
        Attachment at;
        at.procedureId = p.id;
        at.fileName = QStringLiteral("acta_apertura.pdf");
        at.size = evidence.size();
        at.mediaType = QStringLiteral("application/pdf");
        at.sha256 = *sha;
        put(file, at);
    }
    if (o.complete) {
        for (const auto &[name, role] :
            {std::pair {QStringLiteral("Lic. María Fernanda Ávila Núñez"), QStringLiteral("official")},
                std::pair {a.name, QStringLiteral("bidder")},
                std::pair {witness.name, QStringLiteral("witness")}}) {
            Signatory s;
            s.procedureId = p.id;
            s.name = name;
            s.role = role;
            s.position = role == QStringLiteral("official")
                ? QStringLiteral("Titular de la Unidad de Administración")
                : QStringLiteral("Representante legal");
            s.signedDate = QDate(2024, 2, 20);
            put(file, s);
        }
        for (const QString &lang : {QStringLiteral("es"), QStringLiteral("en")}) {
            Narrative n;
            n.procedureId = p.id;
            n.language = lang;
            const bool es = lang == QStringLiteral("es");
            n.background = es
                ? QStringLiteral("<p>El testigo social participó por designación de la Secretaría, "
                                 "con base en el <b>artículo 26 Ter</b> de la LAASSP.</p>")
                : QStringLiteral("<p>The social witness took part by designation of the Secretaría, "
                                 "under <b>article 26 Ter</b> of the LAASSP.</p>");
            n.summary = es
                ? QStringLiteral("<p>El procedimiento se desarrolló conforme a la ley, con observaciones "
                                 "menores de transparencia que la convocante atendió.</p>")
                : QStringLiteral("<p>The procedure followed the law, with minor transparency "
                                 "observations that the agency attended.</p>");
            n.conclusions = es
                ? QStringLiteral("<p>Las etapas se apegaron al artículo 134 constitucional.</p>")
                : QStringLiteral("<p>Every stage complied with article 134 of the Constitution.</p>");
            put(file, n);
        }
    }
    must(file, tx.commit());
    return p.id;
}

} // namespace Testigo::TestSupport
