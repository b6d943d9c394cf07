// SPDX-License-Identifier: GPL-3.0-or-later
// The procedures' events in the demo (schema 7): every void lot's declaration with its reason, a
// lot cancelled in a procedure under way, an inconformidad against a fallo, and the rounds of the
// diálogo competitivo; and the dated acts of schema 9 the legal clocks measure (the deadline for
// questions, each change to the call with its publication, one correction of a fallo).
#include "demo/demo_internal.h"
#include "domain/events.h"
#include "rules/calendar.h"

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
            if (!insertEntity(c.file, e))
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
    return insertEntity(c.file, e);
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
    return insertEntity(c.file, p);
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
        if (!insertEntity(c.file, r))
            return false;
    }
    return true;
}
ProcedureEvent clockAct(const Context &c, const char *kind, const QDate &date, const char *reason)
{
    ProcedureEvent e;
    e.procedureId = c.procedure.id;
    e.kind = s(kind);
    e.date = date;
    e.reason = s(reason);
    return e;
}

// The deadline for questions two days before the first junta held, and each change to the call
// published the next business day.
bool writeClockActs(Context &c)
{
    QDate firstJunta;
    for (const Stage &st : c.stages)
        if (st.kind == QLatin1String("clarification") && st.status == QLatin1String("done")
            && (!firstJunta.isValid() || st.actualDate < firstJunta))
            firstJunta = st.actualDate;
    if (firstJunta.isValid()) {
        ProcedureEvent e = clockAct(c, "questions_deadline", firstJunta.addDays(-2),
            "Fecha límite para enviar preguntas por la plataforma, fijada en la convocatoria.");
        if (!insertEntity(c.file, e))
            return false;
    }
    const Stage *change = c.stage(s("call_change"));
    if (change && change->status == QLatin1String("done") && change->actualDate.isValid()) {
        ProcedureEvent e = clockAct(c, "call_change", change->actualDate,
            "Modificación a los anexos técnicos, publicada en la plataforma.");
        e.publishedDate = BusinessCalendar::standard().addBusinessDays(change->actualDate, 1);
        if (!insertEntity(c.file, e))
            return false;
    }
    return true;
}

// A clerical error in a fallo, corrected three business days later.
bool writeAwardCorrection(Context &c)
{
    if (!c.done(s("award")))
        return true;
    ProcedureEvent e
        = clockAct(c, "award_correction", BusinessCalendar::standard().addBusinessDays(c.date(s("award")), 3),
            "Se corrigió un error aritmético en el importe de una partida del fallo, con aviso al órgano "
            "interno de control.");
    return insertEntity(c.file, e);
}
} // namespace

bool writeProcedureEvents(Context &c)
{
    if (!writeVoidDeclarations(c) || !writeClockActs(c))
        return false;
    const QString number = c.procedure.number;
    if (number == QLatin1String("LA-50-GYN-012M7B001-T-18-2025") && !writeCancellation(c))
        return false;
    if (number == QLatin1String("LA-921022998-E3-2019") && !writeProtest(c))
        return false;
    if (number == QLatin1String("LA-011L00002-N21-2014") && !writeAwardCorrection(c))
        return false;
    if (c.procedure.type == QLatin1String("competitive_dialogue") && !writeDialogueRounds(c))
        return false;
    return true;
}

} // namespace Testigo::Demo
