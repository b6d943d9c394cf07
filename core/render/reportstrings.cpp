// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/reportstrings.h"

#include <QHash>

namespace Testigo::Render {

namespace {
const QHash<QString, QString> &spanish()
{
    static const QHash<QString, QString> h = [] {
        static const char *const pairs[][2] = {
            {"Analytical Review Report", "Informe de Revisión Analítica"},
            {"Social witnesses in public procurement under Integrity Pacts",
             "Testigos sociales en las contrataciones públicas con Pactos de Integridad"},
            {"Contents", "Contenido"},
            {"Appendix. Monitored procedures", "Anexo. Procedimientos monitoreados"},
            {"Methodology of the figures and tables", "Metodología de figuras y cuadros"},
            {"Figure %1. %2", "Figura %1. %2"},
            {"Table %1. %2", "Cuadro %1. %2"},
            {"Number", "Número"},
            {"Agency", "Dependencia"},
            {"Year", "Año"},
            {"Type", "Tipo"},
            {"Amount", "Monto"},
            {"Savings", "Ahorro"},
            {"Findings", "Hallazgos"},
            {"Testimony", "Testimonio"},
            {"Issued", "Emitido"},
            {"Pending", "Pendiente"},
            {"Notes", "Notas"},
            {"Page %1 of %2", "Página %1 de %2"},
            {"Record %1", "Registro %1"},
            {"Printed on %1 from record %2.", "Impreso el %1 a partir del registro %2."},
            {"%1 procedures · %2 findings", "%1 procedimientos · %2 hallazgos"},
            {"Author: %1", "Autoría: %1"},
            {"Reviewer: %1", "Revisión: %1"},
            {"Savings by year", "Ahorro por año"},
            {"Findings by category", "Hallazgos por categoría"},
            {"Findings by stage", "Hallazgos por etapa"},
            {"Findings by severity", "Hallazgos por gravedad"},
            {"Findings by pact clause and stage", "Hallazgos por cláusula del pacto y etapa"},
            {"Monitored procedures", "Procedimientos monitoreados"},
            {"Amounts in MXN", "Importes en MXN"},
            {"Savings", "Ahorro"},
            {"No data recorded yet.", "Aún no hay datos registrados."},
            {"Source: %1", "Fuente: %1"},
            {"Savings are the reference price (median of the market research) minus the awarded amount, "
             "added per lot over the procedures awarded in each year; nominal pesos, foreign currencies at "
             "the FIX rate of the award date. Procedures without a reference price or award are left out.",
             "El ahorro es el precio de referencia (mediana de la investigación de mercado) menos el monto "
             "adjudicado, sumado por partida en los procedimientos adjudicados cada año; pesos nominales, "
             "monedas extranjeras al tipo de cambio FIX de la fecha de fallo. Se omiten los procedimientos "
             "sin precio de referencia o sin fallo."},
            {"Count of the findings recorded by the social witnesses, by category of the catalogue "
             "(deleted findings excluded).",
             "Número de hallazgos registrados por los testigos sociales, por categoría del catálogo "
             "(sin los hallazgos eliminados)."},
            {"Count of the findings by the procedure stage in which they were raised; findings without a "
             "stage are shown as “No stage”.",
             "Número de hallazgos por la etapa del procedimiento en que se formularon; los hallazgos sin "
             "etapa aparecen como «Sin etapa»."},
            {"Count of the findings by severity as assessed by the witness.",
             "Número de hallazgos por gravedad, según la valoración del testigo."},
            {"Each cell counts the findings that cite the Integrity Pact clause (row) and were raised in "
             "the stage (column); darker cells hold more findings.",
             "Cada celda cuenta los hallazgos que citan la cláusula del Pacto de Integridad (fila) y se "
             "formularon en la etapa (columna); las celdas más oscuras tienen más hallazgos."},
            {"One row per monitored procedure: awarded amount and savings against the reference price as "
             "recorded in the case files; “—” when not known.",
             "Una fila por procedimiento monitoreado: monto adjudicado y ahorro frente al precio de "
             "referencia según los expedientes; «—» cuando no se conoce."},
            {"No stage", "Sin etapa"},
            {"Yes", "Sí"},
            {"No", "No"},
            {"Total", "Total"},
            {"Figures and tables are computed from the merged case files when the report is assembled.",
             "Las figuras y cuadros se calculan a partir de los expedientes integrados al armar el informe."},
        };
        QHash<QString, QString> out;
        for (const auto &p : pairs)
            out.insert(QString::fromUtf8(p[0]), QString::fromUtf8(p[1]));
        return out;
    }();
    return h;
}
} // namespace

QString reportText(const DocLanguage &lang, const char *source)
{
    const QString translated = lang.translate("Report", source);
    const QString english = QString::fromUtf8(source);
    if (!lang.isSpanish() || translated != english)
        return translated;
    return spanish().value(english, english);
}

} // namespace Testigo::Render
