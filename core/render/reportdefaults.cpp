// SPDX-License-Identifier: GPL-3.0-or-later
// The default editorial plan: the three chapters the Analytical Review Report is built around,
// with starting text and live figures, so a file without a plan still assembles a real report.
#include "render/reportdata.h"
#include "render/reportfigures.h"

namespace Testigo::Render {

namespace {
QString p(const char *text) { return QStringLiteral("<p>%1</p>").arg(QString::fromUtf8(text)); }
QString h(const char *text) { return QStringLiteral("<h2>%1</h2>").arg(QString::fromUtf8(text)); }
QString fig(const char *key, const char *caption) { return placeholderHtml(QLatin1String(key), QString::fromUtf8(caption)); }
} // namespace

QList<Chapter> defaultChapters()
{
    Chapter economic;
    economic.position = 1;
    economic.titleEs = QStringLiteral("Impacto económico");
    economic.titleEn = QStringLiteral("Economic impact");
    economic.bodyEs = p("Este capítulo resume los resultados económicos de los procedimientos monitoreados por los testigos "
                        "sociales: el monto adjudicado frente al presupuesto autorizado y al precio de referencia de la "
                        "investigación de mercado, y el ahorro que resulta de la competencia entre licitantes.")
                      + h("Ahorro frente al precio de referencia")
                      + p("La figura siguiente suma el ahorro de cada año en pesos nominales.")
                      + fig("savings_by_year", "Ahorro por año de fallo")
                      + p("El cuadro detalla cada procedimiento con su monto y su ahorro.")
                      + fig("procedures_table", "Procedimientos monitoreados y su ahorro");
    economic.bodyEn = p("This chapter summarises the economic results of the procedures the social witnesses monitored: "
                        "the awarded amount against the authorised budget and the reference price of the market research, "
                        "and the savings that competition among bidders produced.")
                      + h("Savings against the reference price")
                      + p("The following figure adds up each year's savings in nominal pesos.")
                      + fig("savings_by_year", "Savings by award year")
                      + p("The table details every procedure with its amount and savings.")
                      + fig("procedures_table", "Monitored procedures and their savings");

    Chapter social;
    social.position = 2;
    social.titleEs = QStringLiteral("Resultados sociales");
    social.titleEn = QStringLiteral("Social results");
    social.bodyEs = p("Los testigos sociales formulan hallazgos cuando observan riesgos o incumplimientos durante el "
                      "procedimiento. Su distribución por categoría, etapa y cláusula del Pacto de Integridad muestra dónde "
                      "se concentran los riesgos.")
                    + fig("findings_by_category", "Hallazgos por categoría")
                    + fig("findings_by_stage", "Hallazgos por etapa del procedimiento")
                    + fig("clause_stage_heatmap", "Cláusulas del pacto citadas por etapa");
    social.bodyEn = p("Social witnesses raise findings when they observe risks or breaches during a procedure. Their "
                      "distribution by category, stage and Integrity Pact clause shows where the risks concentrate.")
                    + fig("findings_by_category", "Findings by category")
                    + fig("findings_by_stage", "Findings by procedure stage")
                    + fig("clause_stage_heatmap", "Pact clauses cited by stage");

    Chapter collective;
    collective.position = 3;
    collective.titleEs = QStringLiteral("Un nuevo marco de Acción Colectiva");
    collective.titleEn = QStringLiteral("A new framework for Collective Action");
    collective.bodyEs = p("Los Pactos de Integridad comprometen a la convocante, a los licitantes y al testigo social con "
                          "reglas comunes de conducta. Este capítulo propone cómo convertir esos compromisos en un marco "
                          "de Acción Colectiva entre todos los participantes de las contrataciones públicas.")
                        + h("Compromisos de las partes")
                        + p("<ul><li>Convocantes: publicar a tiempo y responder a cada hallazgo.</li>"
                            "<li>Licitantes: declarar vínculos y conflictos de interés.</li>"
                            "<li>Testigos sociales: documentar con evidencia y dar seguimiento.</li></ul>")
                        + fig("findings_by_severity", "Hallazgos por gravedad");
    collective.bodyEn = p("Integrity Pacts bind the contracting agency, the bidders and the social witness to common rules "
                          "of conduct. This chapter proposes how to turn those commitments into a framework for Collective "
                          "Action among everyone taking part in public procurement.")
                        + h("Commitments of the parties")
                        + p("<ul><li>Agencies: publish on time and answer every finding.</li>"
                            "<li>Bidders: disclose ties and conflicts of interest.</li>"
                            "<li>Social witnesses: document with evidence and follow up.</li></ul>")
                        + fig("findings_by_severity", "Findings by severity");
    return {economic, social, collective};
}

} // namespace Testigo::Render
