// SPDX-License-Identifier: GPL-3.0-or-later
// Dates, status and minutes of each stage, and the witness's checklist answers. The calendar is
// derived from the procedure's spec so the legal clocks are met, or broken where the spec says.
#include "demo/demo_internal.h"

#include <algorithm>

namespace Testigo::Demo {

namespace {
QString s(const char *utf8) { return QString::fromUtf8(utf8); }

int defaultPublicationDays(const ProcedureSpec &p)
{
    if (p.type == QLatin1String("restricted_invitation"))
        return 8;
    if (p.character == QLatin1String("international_treaties"))
        return 41;
    if (p.character == QLatin1String("international_open"))
        return 22;
    return 16;
}

QString actaPrefix(const QString &kind)
{
    static const QHash<QString, QString> h{
        {s("market_research"), s("IM")}, {s("draft_call"), s("PC")}, {s("call"), s("CONV")},
        {s("call_change"), s("MOD")},    {s("site_visit"), s("VS")}, {s("clarification"), s("JA")},
        {s("opening"), s("APP")},        {s("evaluation"), s("DICT")}, {s("reverse_auction"), s("OSD")},
        {s("award"), s("FALLO")},        {s("contract"), s("CTO")},   {s("execution"), s("SEG")},
        {s("report"), s("INF")}};
    return h.value(kind, s("ACTA"));
}

QString attendanceFor(const Context &c, const QString &kind)
{
    const int n = int(c.bidders.size() ? c.bidders.size() : c.spec.bidders);
    if (kind == QLatin1String("market_research") || kind == QLatin1String("draft_call") || kind == QLatin1String("call"))
        return s("Área contratante, área requirente y testigo social");
    if (kind == QLatin1String("execution"))
        return s("Administrador del contrato, proveedor y testigo social");
    if (kind == QLatin1String("report"))
        return s("Testigo social");
    if (kind == QLatin1String("contract"))
        return s("Área jurídica, proveedor adjudicado y testigo social");
    return s("Servidores públicos de la convocante, %1 licitantes, Órgano Interno de Control y testigo social")
        .arg(kind == QLatin1String("award") ? n : n - (c.index % 2));
}

QString notesFor(const QString &kind, const Context &c)
{
    static const QHash<QString, QString> h{
        {s("market_research"), s("Se revisaron las cotizaciones y el cálculo de la mediana de precios.")},
        {s("draft_call"), s("Se recibieron comentarios de cinco interesados; la convocante respondió a cuatro.")},
        {s("call"), s("Convocatoria publicada en la plataforma electrónica; el testigo revisó los requisitos.")},
        {s("call_change"), s("Se publicaron modificaciones a los anexos técnicos.")},
        {s("site_visit"), s("Recorrido por el sitio de los trabajos con los interesados inscritos.")},
        {s("clarification"), s("Se recibieron y respondieron las preguntas de los licitantes.")},
        {s("opening"), s("Se abrieron las proposiciones y se leyó el importe de cada una.")},
        {s("evaluation"), s("El testigo revisó los dictámenes técnico y económico.")},
        {s("reverse_auction"), s("Oferta subsecuente de descuentos con dos rondas.")},
        {s("award"), s("Fallo leído en junta pública y publicado en la plataforma el mismo día.")},
        {s("contract"), s("Firma del contrato y entrega de garantías.")},
        {s("execution"), s("Seguimiento de entregas y de los convenios modificatorios.")},
        {s("report"), s("Informe final entregado a la Secretaría y publicado en la plataforma.")}};
    QString note = h.value(kind);
    if (kind == QLatin1String("call") && c.spec.publicationDays > 0 && c.spec.publicationDays < 15
        && c.spec.type == QLatin1String("open_tender"))
        note += c.spec.reducedJustified ? s(" El plazo se redujo con justificación escrita del área requirente.")
                                        : s(" El plazo se redujo sin justificación documentada.");
    return note;
}

bool isDirect(const QString &type) { return type.startsWith(QLatin1String("direct_award")) || type == QLatin1String("catalogue_order"); }

} // namespace

const Stage *Context::stage(const QString &kind) const
{
    const Stage *found = nullptr;
    for (const Stage &st : stages)
        if (st.kind == kind)
            found = &st;
    return found;
}

QDate Context::date(const QString &kind) const
{
    const Stage *st = stage(kind);
    return !st ? QDate() : st->actualDate.isValid() ? st->actualDate : st->plannedDate;
}

bool Context::done(const QString &kind) const
{
    const Stage *st = stage(kind);
    return st && st->status == QLatin1String("done");
}

namespace {

// The stages of the procedure in order; a second clarification meeting where the spec has one.
bool loadStages(Context &c)
{
    c.stages = c.file.all<Stage>(QStringLiteral("procedure_id"), c.procedure.id);
    std::sort(c.stages.begin(), c.stages.end(), [](const Stage &a, const Stage &b) { return a.position < b.position; });
    if (c.spec.clarificationRounds <= 1)
        return true;
    for (int i = 0; i < c.stages.size(); ++i) {
        if (c.stages[i].kind != QLatin1String("clarification"))
            continue;
        Stage second = c.stages[i];
        second.id.clear();
        second.round = 2;
        if (!insertEntity(c.file, second))
            return false;
        c.stages.insert(i + 1, second);
        break;
    }
    return true;
}

// The calendar: actual dates per stage kind.
QHash<QString, QDate> stageCalendar(const Context &c)
{
    const ProcedureSpec &p = c.spec;
    QHash<QString, QDate> when;
    const QDate start = p.start;
    when[s("market_research")] = start;
    if (isDirect(p.type)) {
        when[s("award")] = start.addDays(p.awardDays);
    } else {
        const QDate call = start.addDays(p.type == QLatin1String("restricted_invitation") ? 21 : 30);
        const QDate opening = call.addDays(p.publicationDays > 0 ? p.publicationDays : defaultPublicationDays(p));
        when[s("draft_call")] = start.addDays(14);
        when[s("call")] = call;
        when[s("call_change")] = opening.addDays(-p.changeGap);
        when[s("site_visit")] = call.addDays(5);
        when[s("clarification")] = opening.addDays(-p.clarificationGap);
        when[s("opening")] = opening;
        when[s("evaluation")] = opening.addDays(5);
        when[s("reverse_auction")] = opening.addDays(8);
        when[s("award")] = opening.addDays(p.awardDays);
    }
    when[s("contract")] = when[s("award")].addDays(p.contractDays);
    when[s("execution")] = when[s("contract")].addDays(20);
    // The witness's final report: due 10 days after the participation ends (with the execution
    // follow-up); one procedure delivers it late.
    when[s("report")] = when[s("execution")].addDays(c.index == 3 ? 16 : 7);
    return when;
}

} // namespace

bool writeStages(Context &c)
{
    const ProcedureSpec &p = c.spec;
    if (!loadStages(c))
        return false;
    const QHash<QString, QDate> when = stageCalendar(c);

    const bool hasReverseAuction = p.evaluation == QLatin1String("points") && c.index % 2 == 0;
    const bool hasChange = p.changeGap != 9 || c.index % 2 == 1;
    for (int i = 0; i < c.stages.size(); ++i) {
        Stage &st = c.stages[i];
        QDate d = when.value(st.kind);
        if (st.kind == QLatin1String("clarification") && st.round == 1 && p.clarificationRounds > 1)
            d = d.addDays(-4);
        // Planned dates are the original programme: a late award was planned 14 days after the opening.
        st.plannedDate = d;
        if (st.kind == QLatin1String("award") && p.awardDays > 20 && !isDirect(p.type))
            st.plannedDate = when.value(s("opening")).addDays(14);

        const int done = p.stagesDone < 0 ? int(c.stages.size()) : p.stagesDone;
        bool optionalSkipped = (st.kind == QLatin1String("reverse_auction") && !hasReverseAuction)
                               || (st.kind == QLatin1String("call_change") && !hasChange)
                               || (st.kind == QLatin1String("draft_call") && p.start.year() < 2010);
        if (i < done) {
            st.status = optionalSkipped ? s("not_applicable") : s("done");
        } else if (i == done) {
            st.status = optionalSkipped ? s("not_applicable") : s("in_progress");
        } else {
            st.status = s("pending");
        }
        if (st.status == QLatin1String("done") || (st.status == QLatin1String("in_progress") && st.kind != QLatin1String("execution")))
            st.actualDate = d;
        if (st.status == QLatin1String("not_applicable")) {
            st.plannedDate = QDate();
            st.notes = s("No se celebró este acto en el procedimiento.");
        } else if (st.status != QLatin1String("pending")) {
            st.attendance = attendanceFor(c, st.kind);
            st.actaRef = s("%1-%2/%3").arg(actaPrefix(st.kind)).arg(st.round, 2, 10, QLatin1Char('0')).arg(d.year());
            st.notes = notesFor(st.kind, c);
            if (st.round > 1)
                st.notes = s("Segunda junta, convocada para responder preguntas pendientes de la primera.");
        }
        if (!c.file.update(st))
            return false;
    }
    return true;
}

bool writeChecklists(Context &c)
{
    for (const Stage &st : c.stages) {
        if (st.status == QLatin1String("pending"))
            continue;
        QList<ChecklistAnswer> answers = c.file.all<ChecklistAnswer>(QStringLiteral("stage_id"), st.id);
        if (answers.isEmpty() && st.round > 1) // the second round answers the first round's questions
            continue;
        const bool partly = st.status == QLatin1String("in_progress");
        const int findings = c.findingsPerStage.value(st.id);
        for (int i = 0; i < answers.size(); ++i) {
            ChecklistAnswer &a = answers[i];
            if (partly && i >= answers.size() / 2)
                break;
            if (st.status == QLatin1String("not_applicable")) {
                a.answer = s("na");
            } else if (i == 0 && findings > 0) {
                a.answer = s("no");
                a.note = s("Véanse las observaciones del testigo en esta etapa.");
            } else if ((i + c.index) % 6 == 5) {
                a.answer = s("na");
                a.note = s("No aplica a este procedimiento.");
            } else {
                a.answer = s("yes");
            }
            if (!c.file.update(a))
                return false;
        }
    }
    return true;
}

} // namespace Testigo::Demo
