// SPDX-License-Identifier: GPL-3.0-or-later
// The English versions a witness wrote beside her Spanish texts for one demo procedure
// (LO-016B00001-N8-2012), so that the demo holds a final testimony in both languages; the same
// sentence in another demo procedure gets its English too. Keyed by the Spanish text the demo
// writes: a Spanish sentence changed without its pair here stays without English, and the test of
// the English final testimony notices.
#include "demo/demo_internal.h"
#include "domain/events.h"

namespace Testigo::Demo {
namespace {

struct TextPair
{
    const char16_t *spanish;
    const char16_t *english;
};

// clang-format off
const TextPair kEnglish[] = {
        {u"Rehabilitación de la planta potabilizadora El Sauce (ficticia)",
         u"Rehabilitation of the El Sauce water treatment plant (fictitious)"},
        {u"Rehabilitación de filtros, sedimentadores y equipo de bombeo de 450 l/s.",
         u"Rehabilitation of filters, settling tanks and 450 l/s pumping equipment."},
        {u"Obra civil de filtros y sedimentadores",
         u"Civil works for filters and settling tanks"},
        {u"Equipo electromecánico de bombeo",
         u"Electromechanical pumping equipment"},
        {u"Área contratante, área requirente y testigo social",
         u"Contracting area, requesting area and social witness"},
        {u"Servidores públicos de la convocante, 7 licitantes, Órgano Interno de Control y testigo social",
         u"Officials of the contracting agency, 7 bidders, the Internal Control Body and the social witness"},
        {u"Área jurídica, proveedor adjudicado y testigo social",
         u"Legal department, the awarded supplier and the social witness"},
        {u"Administrador del contrato, proveedor y testigo social",
         u"Contract administrator, supplier and social witness"},
        {u"Testigo social",
         u"Social witness"},
        {u"Se revisaron las cotizaciones y el cálculo de la mediana de precios.",
         u"The quotations and the calculation of the median price were reviewed."},
        {u"Se recibieron comentarios de cinco interesados; la convocante respondió a cuatro.",
         u"Comments were received from five interested parties; the agency answered four."},
        {u"Convocatoria publicada en la plataforma electrónica; el testigo revisó los requisitos.",
         u"Call for tenders published on the electronic platform; the witness reviewed its requirements."},
        {u"No se celebró este acto en el procedimiento.",
         u"This act did not take place in the procedure."},
        {u"Recorrido por el sitio de los trabajos con los interesados inscritos.",
         u"Tour of the works site with the registered interested parties."},
        {u"Se recibieron y respondieron las preguntas de los licitantes.",
         u"The bidders' questions were received and answered."},
        {u"Se abrieron las proposiciones y se leyó el importe de cada una.",
         u"The bids were opened and the amount of each was read out."},
        {u"El testigo revisó los dictámenes técnico y económico.",
         u"The witness reviewed the technical and economic evaluation reports."},
        {u"Oferta subsecuente de descuentos con dos rondas.",
         u"Subsequent discount offers in two rounds."},
        {u"Fallo leído en junta pública y publicado en la plataforma el mismo día.",
         u"Award decision read at a public meeting and published on the platform the same day."},
        {u"Firma del contrato y entrega de garantías.",
         u"Contract signature and delivery of guarantees."},
        {u"Fecha límite para enviar preguntas por la plataforma, fijada en la convocatoria.",
         u"Deadline for sending questions through the platform, set in the call."},
        {u"Modificación a los anexos técnicos, publicada en la plataforma.",
         u"Change to the technical annexes, published on the platform."},
        {u"Se corrigió un error aritmético en el importe de una partida del fallo, con aviso al órgano interno de control.",
         u"An arithmetic error in the amount of one item of the award was corrected, with notice to the internal control body."},
        {u"Seguimiento de entregas y de los convenios modificatorios.",
         u"Follow-up of deliveries and of the amendment agreements."},
        {u"Informe final entregado a la Secretaría y publicado en la plataforma.",
         u"Final report delivered to the Secretariat and published on the platform."},
        {u"Segunda junta, convocada para responder preguntas pendientes de la primera.",
         u"Second meeting, called to answer questions left open by the first."},
        {u"El plazo de comentarios al proyecto de convocatoria fue de cuatro días hábiles, menor al recomendado.",
         u"The comment period for the draft call was four business days, shorter than recommended."},
        {u"Publicar los proyectos al menos cinco días hábiles y responder los comentarios por escrito.",
         u"Publish drafts for at least five business days and answer comments in writing."},
        {u"La convocante tomará la recomendación para futuros procedimientos.",
         u"The agency will take up the recommendation in future procedures."},
        {u"La convocatoria pide diez años de experiencia y un capital contable desproporcionado respecto del monto.",
         u"The call requires ten years of experience and a share capital out of proportion to the amount."},
        {u"Reducir la experiencia exigida a cinco años y el capital contable al 20 % del monto ofertado.",
         u"Reduce the experience required to five years and the share capital to 20 % of the amount bid."},
        {u"La convocante mantuvo el requisito de experiencia y redujo el de capital contable.",
         u"The agency kept the experience requirement and reduced the share capital requirement."},
        {u"Dos interesados recibieron durante la visita al sitio planos que no se entregaron a los demás.",
         u"During the site visit two interested parties received drawings that were not given to the others."},
        {u"Poner los planos a disposición de todos en la plataforma y asentarlo en acta.",
         u"Make the drawings available to everyone on the platform and record it in the minutes."},
        {u"Los planos se publicaron al día siguiente para todos los interesados.",
         u"The drawings were published the next day for all interested parties."},
        {u"Once preguntas recibieron respuestas evasivas del tipo «apegarse a la convocatoria».",
         u"Eleven questions received evasive answers of the kind “abide by the call”."},
        {u"Responder de fondo cada pregunta y publicar una segunda junta si es necesario.",
         u"Answer every question in substance and hold a second meeting if necessary."},
        {u"Se celebró una segunda junta con respuestas ampliadas.",
         u"A second meeting was held with fuller answers."},
        {u"La tabla de puntos asignó puntuación por un criterio que no aparece en la convocatoria.",
         u"The points table scored a criterion that does not appear in the call."},
        {u"Recalcular la evaluación sólo con los criterios publicados.",
         u"Recalculate the evaluation with the published criteria only."},
        {u"Se recalculó la puntuación; el orden de los licitantes no cambió.",
         u"The scores were recalculated; the ranking of the bidders did not change."},
        {u"No se invitó al testigo social a la oferta subsecuente de descuentos; se enteró por el acta.",
         u"The social witness was not invited to the subsequent discount offers and learned of them from the minutes."},
        {u"Invitar al testigo social y al Órgano Interno de Control a todo acto del procedimiento.",
         u"Invite the social witness and the Internal Control Body to every act of the procedure."},
        {u"La convocante ofreció una disculpa y compartió la bitácora de la subasta.",
         u"The agency apologised and shared the auction log."},
        {u"El contrato se firmó sin la garantía de cumplimiento y con un anexo técnico distinto del fallo.",
         u"The contract was signed without the performance guarantee and with a technical annex different from the award."},
        {u"Exigir la garantía y alinear el anexo técnico con la proposición adjudicada.",
         u"Require the guarantee and align the technical annex with the awarded bid."},
        {u"El proveedor entregó la garantía once días después de la firma.",
         u"The supplier delivered the guarantee eleven days after signature."},
        {u"Se registraron atrasos de 35 días en las entregas sin aplicar penas convencionales.",
         u"Delivery delays of 35 days were recorded without applying contractual penalties."},
        {u"Calcular y aplicar las penas convencionales previstas en el contrato.",
         u"Calculate and apply the contractual penalties the contract provides for."},
        {u"Se aplicaron penas convencionales por 1.8 % del monto.",
         u"Contractual penalties of 1.8 % of the amount were applied."},
        {u"Ninguna proposición resultó solvente: todas incumplieron requisitos técnicos de la convocatoria.",
         u"No bid was compliant: all failed technical requirements of the call."},
};
// clang-format on

template<class E>
bool addEnglish(CaseFile &file, const QHash<QString, QString> &english, QString E::*spanish,
    QString E::*target, const QString &column)
{
    for (const E &e : file.all<E>()) {
        const QString text = english.value(e.*spanish);
        if (!text.isEmpty() && (e.*target).isEmpty()
            && !file.setField(mappingOf<E>().table, e.id, column, text))
            return false;
    }
    return true;
}

} // namespace

bool writeEnglishVersions(CaseFile &file)
{
    QHash<QString, QString> english;
    for (const TextPair &p : kEnglish)
        english.insert(QString::fromUtf16(p.spanish), QString::fromUtf16(p.english));
    return addEnglish(file, english, &Procedure::title, &Procedure::titleEn, QStringLiteral("title_en"))
        && addEnglish(file, english, &Procedure::object, &Procedure::objectEn, QStringLiteral("object_en"))
        && addEnglish(file, english, &Lot::description, &Lot::descriptionEn, QStringLiteral("description_en"))
        && addEnglish(
            file, english, &Stage::attendance, &Stage::attendanceEn, QStringLiteral("attendance_en"))
        && addEnglish(file, english, &Stage::notes, &Stage::notesEn, QStringLiteral("notes_en"))
        && addEnglish(
            file, english, &Finding::description, &Finding::descriptionEn, QStringLiteral("description_en"))
        && addEnglish(file, english, &Finding::recommendation, &Finding::recommendationEn,
            QStringLiteral("recommendation_en"))
        && addEnglish(file, english, &Finding::response, &Finding::responseEn, QStringLiteral("response_en"))
        && addEnglish(
            file, english, &ProcedureEvent::reason, &ProcedureEvent::reasonEn, QStringLiteral("reason_en"));
}

} // namespace Testigo::Demo
