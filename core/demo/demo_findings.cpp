// SPDX-License-Identifier: GPL-3.0-or-later
// What a social witness typically observes at each stage (REFERENCE §8), written the way a
// testimony words it. Categories are the codes of resources/templates/categories.json; clauses
// are the pact template's codes (REFERENCE §4.3).
#include "demo/demodata.h"

#include <QHash>

namespace Testigo::Demo {

namespace {
QString s(const char *utf8) { return QString::fromUtf8(utf8); }

FindingSpec f(const char *category, const char *severity, const char *description, const char *recommendation,
              const char *response, std::initializer_list<const char *> clauses)
{
    FindingSpec out{s(category), s(severity), s(description), s(recommendation), s(response), {}};
    for (const char *c : clauses)
        out.clauses << s(c);
    return out;
}

// Data table: the findings of each stage.
QHash<QString, QList<FindingSpec>> build()
{
    QHash<QString, QList<FindingSpec>> h;
    h[s("market_research")] = {
        f("planning", "high",
          "La investigación de mercado identificó sólo tres proveedores probables y usó cotizaciones con más de seis meses de antigüedad.",
          "Actualizar la investigación de mercado con al menos cinco proveedores y fuentes públicas de precios.",
          "La convocante incorporó dos cotizaciones adicionales y la consulta a precios históricos de la plataforma.", {"A2", "A4"}),
        f("planning", "medium",
          "El precio de referencia de una partida supera en 14 % la mediana de los precios históricos pagados.",
          "Documentar el cálculo de la mediana y excluir cotizaciones atípicas.",
          "Se recalculó el precio de referencia excluyendo una cotización atípica.", {"A4"}),
    };
    h[s("draft_call")] = {
        f("restrictive_call", "medium",
          "El proyecto de convocatoria exigía una marca específica en la partida principal sin justificación técnica.",
          "Sustituir la marca por especificaciones funcionales y admitir equivalentes.",
          "Se eliminó la referencia a la marca y se agregaron especificaciones de desempeño.", {"A2", "B8"}),
        f("restrictive_call", "low",
          "El plazo de comentarios al proyecto de convocatoria fue de cuatro días hábiles, menor al recomendado.",
          "Publicar los proyectos al menos cinco días hábiles y responder los comentarios por escrito.",
          "La convocante tomará la recomendación para futuros procedimientos.", {"A4"}),
    };
    h[s("call")] = {
        f("restrictive_call", "high",
          "La convocatoria pide diez años de experiencia y un capital contable desproporcionado respecto del monto.",
          "Reducir la experiencia exigida a cinco años y el capital contable al 20 % del monto ofertado.",
          "La convocante mantuvo el requisito de experiencia y redujo el de capital contable.", {"A2", "B8"}),
        f("procedural", "medium",
          "El resumen de la convocatoria no se publicó en el Diario Oficial de la Federación el mismo día que en la plataforma.",
          "Publicar el resumen y dejar constancia en el expediente.",
          "El resumen se publicó dos días después; se agregó la constancia al expediente.", {"A4", "C16"}),
    };
    h[s("call_change")] = {
        f("clarification_changes", "high",
          "Se modificó la especificación técnica de la partida 2 a cinco días de la apertura, sin ampliar el plazo.",
          "Diferir la apertura para respetar los siete días naturales que exige la ley.",
          "La convocante consideró que la modificación no era sustantiva.", {"A2", "A5"}),
        f("clarification_changes", "medium",
          "Las modificaciones a la convocatoria se publicaron sin señalar los numerales que cambiaban.",
          "Publicar una versión comparada de los cambios.",
          "Se publicó un cuadro comparativo de las modificaciones.", {"A2"}),
    };
    h[s("site_visit")] = {
        f("unequal_treatment", "medium",
          "Dos interesados recibieron durante la visita al sitio planos que no se entregaron a los demás.",
          "Poner los planos a disposición de todos en la plataforma y asentarlo en acta.",
          "Los planos se publicaron al día siguiente para todos los interesados.", {"A2", "B7"}),
        f("procedural", "low",
          "El acta de la visita al sitio no registra la lista de asistencia completa.",
          "Anexar la lista de asistencia firmada al acta.",
          "Se anexó la lista de asistencia.", {"C16"}),
    };
    h[s("clarification")] = {
        f("clarification_changes", "high",
          "Las respuestas de la junta de aclaraciones cambiaron la cantidad mínima de la partida principal.",
          "Tratar el cambio como modificación a la convocatoria y reprogramar la apertura.",
          "La convocante sostuvo que sólo precisó la cantidad.", {"A2", "A5"}),
        f("clarification_changes", "medium",
          "Once preguntas recibieron respuestas evasivas del tipo «apegarse a la convocatoria».",
          "Responder de fondo cada pregunta y publicar una segunda junta si es necesario.",
          "Se celebró una segunda junta con respuestas ampliadas.", {"A2", "C16"}),
    };
    h[s("opening")] = {
        f("price_collusion", "high",
          "Dos proposiciones presentan precios unitarios idénticos en 37 de 40 conceptos y el mismo error de captura.",
          "Dar vista al Órgano Interno de Control y a la autoridad de competencia económica.",
          "La convocante turnó el caso al Órgano Interno de Control.", {"B8", "D17"}),
        f("procedural", "low",
          "El acta de apertura no registra el importe total de una de las proposiciones.",
          "Corregir el acta con el importe de cada proposición.",
          "Se emitió una fe de erratas del acta.", {"C16"}),
    };
    h[s("evaluation")] = {
        f("evaluation", "high",
          "Se desechó una proposición por no foliar dos hojas, defecto de forma que no afecta la solvencia.",
          "Reconsiderar el desechamiento conforme a la prohibición de descalificar por defectos de forma.",
          "La convocante mantuvo el desechamiento.", {"A2", "D19"}),
        f("evaluation", "medium",
          "La tabla de puntos asignó puntuación por un criterio que no aparece en la convocatoria.",
          "Recalcular la evaluación sólo con los criterios publicados.",
          "Se recalculó la puntuación; el orden de los licitantes no cambió.", {"A2"}),
    };
    h[s("reverse_auction")] = {
        f("procedural", "medium",
          "No se invitó al testigo social a la oferta subsecuente de descuentos; se enteró por el acta.",
          "Invitar al testigo social y al Órgano Interno de Control a todo acto del procedimiento.",
          "La convocante ofreció una disculpa y compartió la bitácora de la subasta.", {"A4", "C16"}),
        f("price_collusion", "low",
          "La subasta terminó en la primera ronda con un descuento de 0.3 %, señal de poca competencia.",
          "Revisar la estrategia de partidas para atraer más participantes.",
          "", {"B8"}),
    };
    h[s("award")] = {
        f("evaluation", "high",
          "El fallo no expresa las razones del desechamiento de tres proposiciones ni los puntos incumplidos.",
          "Motivar cada desechamiento en el fallo, como exige la ley.",
          "Se emitió una adenda al fallo con las razones de cada desechamiento.", {"A2", "A5"}),
        f("price_collusion", "medium",
          "El precio adjudicado en una partida supera en más de 10 % la mediana de la investigación de mercado.",
          "Declarar el precio no aceptable o justificar por escrito la adjudicación.",
          "La convocante justificó el precio por la variación del tipo de cambio.", {"A4", "D17"}),
    };
    h[s("contract")] = {
        f("contract_execution", "medium",
          "El contrato se firmó sin la garantía de cumplimiento y con un anexo técnico distinto del fallo.",
          "Exigir la garantía y alinear el anexo técnico con la proposición adjudicada.",
          "El proveedor entregó la garantía once días después de la firma.", {"B12", "D17"}),
        f("conflict_of_interest", "high",
          "Un socio del proveedor adjudicado es familiar en segundo grado de un servidor público del área requirente.",
          "Verificar el manifiesto de vínculos y dar vista al Órgano Interno de Control.",
          "El servidor público se excusó de intervenir; el caso está en investigación.", {"A3", "B10", "D18"}),
    };
    h[s("execution")] = {
        f("contract_execution", "high",
          "Los convenios modificatorios suman un incremento de 24 % del monto original, por encima del 20 % permitido.",
          "Justificar técnicamente los convenios y someterlos al Órgano Interno de Control.",
          "", {"B12", "D17"}),
        f("contract_execution", "medium",
          "Se registraron atrasos de 35 días en las entregas sin aplicar penas convencionales.",
          "Calcular y aplicar las penas convencionales previstas en el contrato.",
          "Se aplicaron penas convencionales por 1.8 % del monto.", {"B12", "D20"}),
    };
    h[s("report")] = {
        f("procedural", "medium",
          "La convocante no publicó el informe final del testigo en su sitio web ni lo integró al expediente.",
          "Publicar el informe en la plataforma y en el sitio web, e integrarlo al expediente.",
          "El informe se publicó en la plataforma; el sitio web se actualizará.", {"A4", "C15"}),
        f("escalation", "high",
          "Las observaciones no atendidas sobre el fallo se hicieron del conocimiento del Órgano Interno de Control.",
          "Dar seguimiento a la investigación y publicar su resultado.",
          "", {"A6", "D18"}),
    };
    return h;
}
} // namespace

const QList<FindingSpec> &findingsFor(const QString &stageKind)
{
    static const QHash<QString, QList<FindingSpec>> h = build();
    static const QList<FindingSpec> fallback = h.value(QStringLiteral("call"));
    const auto it = h.constFind(stageKind);
    return it == h.constEnd() ? fallback : *it;
}

} // namespace Testigo::Demo
