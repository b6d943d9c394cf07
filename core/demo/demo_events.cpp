// SPDX-License-Identifier: GPL-3.0-or-later
// The procedures' events in the demo (schema 7): every void lot's declaration with its reason, a
// lot cancelled in a procedure under way, an inconformidad against a fallo, and the rounds of the
// diálogo competitivo.
#include "demo/demo_internal.h"
#include "domain/events.h"

namespace Testigo::Demo {

namespace {
QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

bool writeVoidDeclarations(Context &c)
{
    for (const Lot &lot : c.lots)
        for (const Award &a : c.file.all<Award>(QStringLiteral("lot_id"), lot.id)) {
            if (!a.voidLot)
                continue;
            ProcedureEvent e;
            e.procedureId = c.procedure.id;
            e.lotId = lot.id;
            e.kind = s("void");
            e.extent = s("total");
            e.reason = s("Ninguna proposición resultó solvente: todas incumplieron requisitos técnicos de la "
                         "convocatoria.");
            e.date = a.date;
            if (!put(c.file, e))
                return false;
        }
    return true;
}

bool writeCancellation(Context &c)
{
    ProcedureEvent e;
    e.procedureId = c.procedure.id;
    e.lotId = c.lots.value(2).id; // the third lot
    e.kind = s("cancellation");
    e.extent = s("total");
    e.reason
        = s("El área requirente dejó de necesitar el medicamento: se incorporó a un acuerdo marco vigente.");
    e.date = c.date(s("opening")).addDays(2); // after the opening, before the fallo
    return put(c.file, e);
}

bool writeProtest(Context &c)
{
    Protest p;
    p.procedureId = c.procedure.id;
    p.bidderId = c.bidders.value(1).id;
    p.filedDate = c.date(s("award")).addDays(4);
    p.authority = s("Órgano Interno de Control de la convocante");
    p.outcome = s("unfounded");
    p.suspended = false;
    p.resolutionDate = p.filedDate.addDays(35);
    p.notes = s("El licitante impugnó la evaluación por puntos de su propuesta técnica; la autoridad "
                "confirmó el fallo.");
    return put(c.file, p);
}

bool writeDialogueRounds(Context &c)
{
    const QDate call = c.date(s("call"));
    const char *const notes[]
        = {"Presentación de soluciones y preguntas de la convocante sobre interoperabilidad.",
            "Ajuste de alcances: migración de datos y niveles de servicio de la mesa de ayuda."};
    for (int i = 0; i < 2; ++i) {
        DialogueRound r;
        r.procedureId = c.procedure.id;
        r.round = i + 1;
        r.date = call.addDays(12 + 14 * i);
        QStringList names;
        for (const Bidder &b : c.bidders)
            names << b.name;
        r.participants = names.join(s("; "));
        r.notes = s(notes[i]);
        if (!put(c.file, r))
            return false;
    }
    return true;
}
} // namespace

bool writeProcedureEvents(Context &c)
{
    if (!writeVoidDeclarations(c))
        return false;
    const QString number = c.procedure.number;
    if (number == QLatin1String("LA-50-GYN-012M7B001-T-18-2025") && !writeCancellation(c))
        return false;
    if (number == QLatin1String("LA-921022998-E3-2019") && !writeProtest(c))
        return false;
    if (c.procedure.type == QLatin1String("competitive_dialogue") && !writeDialogueRounds(c))
        return false;
    return true;
}

} // namespace Testigo::Demo
