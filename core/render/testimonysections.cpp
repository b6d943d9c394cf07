// SPDX-License-Identifier: GPL-3.0-or-later
// Cover, narrative sections, chronological account, observations and recommendations.
#include "render/testimonysections.h"

#include <QTextDocumentFragment>

namespace Testigo::Render {

namespace {
bool blank(const QString &html)
{
    return html.trimmed().isEmpty()
        || QTextDocumentFragment::fromHtml(html).toPlainText().trimmed().isEmpty();
}

} // namespace

void narrativeSection(SectionContext &c, const char *title, const QString &html, const QString &original)
{
    if (blank(html) && blank(original))
        return; // a draft: the missing-parts list on its cover names it
    c.b.heading(1, c.numbered(title));
    if (!blank(html)) {
        c.b.html(html);
        return;
    }
    c.b.paragraph(c.originalMark(), true, true);
    c.b.html(original);
}

namespace {

QString orDash(const QString &s)
{
    return s.trimmed().isEmpty() ? QStringLiteral("—") : s;
}

// The delivery to the Secretaría (the "report" stage's actual date) and the publication on the
// Plataforma, when recorded.
void addPublication(SectionContext &c, QList<QPair<QString, QString>> &kv)
{
    for (const Stage &s : c.d.stages)
        if (s.kind == QStringLiteral("report") && s.actualDate.isValid())
            kv << qMakePair(
                c.t(QT_TRANSLATE_NOOP("Testimony", "Delivered to the Secretaría")), c.date(s.actualDate));
    const Procedure &p = c.d.procedure;
    QStringList published;
    if (p.publicationDate.isValid())
        published << c.date(p.publicationDate);
    if (!p.publicationUrl.trimmed().isEmpty())
        published << p.publicationUrl.trimmed();
    if (!published.isEmpty())
        kv << qMakePair(c.t(QT_TRANSLATE_NOOP("Testimony", "Published on the Plataforma (ComprasMX)")),
            published.join(QLatin1Char('\n')));
}
} // namespace

QString documentTitle(const TestimonyData &d, const DocLanguage &lang)
{
    if (d.interim())
        return docText(lang, QT_TRANSLATE_NOOP("Testimony", "Interim report of the social witness"));
    return d.procedure.regime == QStringLiteral("LAASSP-2025")
        ? docText(lang, QT_TRANSLATE_NOOP("Testimony", "Final report of the social witness"))
        : docText(lang, QT_TRANSLATE_NOOP("Testimony", "Testimony of the social witness"));
}

void writeCover(SectionContext &c)
{
    const TestimonyData &d = c.d;
    if (d.agency)
        c.b.paragraph(d.agency->name.toUpper(), true);
    c.b.spacer(8);
    QTextCharFormat title;
    title.setFontPointSize(22);
    title.setFontWeight(QFont::Bold);
    title.setForeground(DocStyle::accent());
    c.b.paragraph(QString());
    c.b.cursor().insertText(documentTitle(d, c.lang), title);
    c.b.spacer(3);
    QTextCharFormat sub;
    sub.setFontPointSize(14);
    sub.setFontWeight(QFont::DemiBold);
    QTextBlockFormat left;
    left.setAlignment(Qt::AlignLeft);
    c.b.paragraph(QString());
    c.b.cursor().setBlockFormat(left);
    c.b.cursor().insertText(c.recorded(d.procedure.title, d.procedure.titleEn), sub);
    c.b.spacer(8);

    QList<QPair<QString, QString>> kv;
    QString witness = d.witness ? d.witness->name : QString();
    if (d.witness && !d.witness->rfc.isEmpty())
        witness += QStringLiteral(" (RFC %1)").arg(d.witness->rfc);
    kv << qMakePair(c.t(QT_TRANSLATE_NOOP("Testimony", "Social witness")), orDash(witness));
    kv << qMakePair(c.t(QT_TRANSLATE_NOOP("Testimony", "Registry number")),
        orDash(d.witness ? d.witness->registryNumber : QString()));
    if (d.engagement) {
        QString letter = d.engagement->letterNumber;
        if (d.engagement->letterDate.isValid())
            letter += QStringLiteral(", ")
                + c.t(QT_TRANSLATE_NOOP("Testimony", "dated %1")).arg(c.date(d.engagement->letterDate));
        kv << qMakePair(c.t(QT_TRANSLATE_NOOP("Testimony", "Designation letter")), orDash(letter));
        kv << qMakePair(c.t(QT_TRANSLATE_NOOP("Testimony", "Designated by")),
            c.code(Codes::authorities(), d.engagement->authority));
    } else {
        kv << qMakePair(c.t(QT_TRANSLATE_NOOP("Testimony", "Designation letter")), QStringLiteral("—"));
    }
    QString agency = d.agency ? d.agency->name : QString();
    if (d.agency && !d.agency->acronym.isEmpty())
        agency += QStringLiteral(" (%1)").arg(d.agency->acronym);
    if (d.agency && !d.agency->buyingUnit.isEmpty())
        agency += QStringLiteral("\n") + d.agency->buyingUnit;
    kv << qMakePair(c.t(QT_TRANSLATE_NOOP("Testimony", "Contracting agency")), orDash(agency));
    kv << qMakePair(c.t(QT_TRANSLATE_NOOP("Testimony", "Procedure number")), orDash(d.procedure.number));
    kv << qMakePair(
        c.t(QT_TRANSLATE_NOOP("Testimony", "Legal regime")), c.code(Codes::regimes(), d.procedure.regime));
    QString type = c.code(Codes::procedureTypes(), d.procedure.type);
    if (!d.procedure.character.isEmpty())
        type += QStringLiteral(", ") + c.code(Codes::characters(), d.procedure.character).toLower();
    kv << qMakePair(c.t(QT_TRANSLATE_NOOP("Testimony", "Procedure type")), type);
    kv << qMakePair(c.t(QT_TRANSLATE_NOOP("Testimony", "Object")),
        orDash(c.recorded(d.procedure.object, d.procedure.objectEn)));
    kv << qMakePair(c.t(QT_TRANSLATE_NOOP("Testimony", "Authorised budget")), c.money(c.totalBudget()));
    kv << qMakePair(c.t(QT_TRANSLATE_NOOP("Testimony", "Place and date")), c.placeAndDate());
    if (d.interim())
        kv << qMakePair(c.t(QT_TRANSLATE_NOOP("Testimony", "Reports up to")), c.date(d.interimUpTo));
    addPublication(c, kv);
    c.b.keyValues(kv, 30);
    writeDraftNotice(c);
    c.b.spacer(10);
    c.b.paragraph(c.t(QT_TRANSLATE_NOOP("Testimony",
                          "Generated by Testigo from the case record. Record digest (audit chain head "
                          "at printing): %1"))
                      .arg(d.auditHead),
        true);
}

namespace {
// The article under which the witness takes part, by regime (REFERENCE §1: LAASSP 2025 art. 38,
// formerly art. 26 Ter; LOPSRM art. 27 Bis).
const char *legalBasisSource(const QString &regime)
{
    if (regime == QStringLiteral("LAASSP-2025"))
        return QT_TRANSLATE_NOOP("Testimony",
            "The social witness takes part under article 38 of the Law on Acquisitions, Leases and "
            "Services of the Public Sector (LAASSP, in force since 17 April 2025).");
    if (regime == QStringLiteral("LAASSP-2000"))
        return QT_TRANSLATE_NOOP("Testimony",
            "The social witness takes part under article 26 Ter of the Law on Acquisitions, Leases and "
            "Services of the Public Sector (LAASSP) in force before 17 April 2025.");
    if (regime == QStringLiteral("LOPSRM"))
        return QT_TRANSLATE_NOOP("Testimony",
            "The social witness takes part under article 27 Bis of the Law on Public Works and Related "
            "Services (LOPSRM).");
    if (regime == QStringLiteral("VOLUNTARY"))
        return QT_TRANSLATE_NOOP("Testimony",
            "The social witness takes part under an Integrity Pact that the agency and the bidders "
            "signed voluntarily.");
    return QT_TRANSLATE_NOOP("Testimony", "The social witness takes part under the applicable state law.");
}

// What the engagement covered: the stages with an actual date, first to last, and the delivery.
QString scopeText(SectionContext &c)
{
    QDate first, last;
    int stages = 0;
    QDate delivered;
    for (const Stage &s : c.d.stages) {
        if (!s.actualDate.isValid() || s.status == QStringLiteral("not_applicable"))
            continue;
        if (s.kind == QStringLiteral("report"))
            delivered = s.actualDate;
        ++stages;
        first = !first.isValid() || s.actualDate < first ? s.actualDate : first;
        last = s.actualDate > last ? s.actualDate : last;
    }
    if (stages == 0)
        return c.t(QT_TRANSLATE_NOOP("Testimony", "No stage of the procedure has an actual date yet."));
    QString s = c.tn(QT_TRANSLATE_N_NOOP(
                         "Testimony", "The witness accompanied %n stage(s) of the procedure, from %1 to %2."),
                     stages)
                    .arg(c.date(first), c.date(c.d.interim() ? std::min(last, c.d.interimUpTo) : last));
    if (delivered.isValid())
        s += QLatin1Char(' ')
            + c.t(QT_TRANSLATE_NOOP("Testimony", "The report was delivered to the Secretaría on %1."))
                  .arg(c.date(delivered));
    return s;
}
} // namespace

void writeBackground(SectionContext &c)
{
    // The legal basis and the scope are the record's; the witness's own background follows.
    c.b.heading(1, c.numbered(QT_TRANSLATE_NOOP("Testimony", "Background")));
    QString basis = c.t(legalBasisSource(c.d.procedure.regime));
    if (!c.d.signatories.isEmpty() && c.d.procedure.regime != QStringLiteral("VOLUNTARY"))
        basis += QLatin1Char(' ')
            + c.tn(QT_TRANSLATE_N_NOOP("Testimony",
                       "An Integrity Pact was signed in this procedure (%n signatory(ies), Annex B)."),
                int(c.d.signatories.size()));
    c.b.labelled(c.t(QT_TRANSLATE_NOOP("Testimony", "Legal basis")), basis);
    c.b.labelled(c.t(QT_TRANSLATE_NOOP("Testimony", "Scope")), scopeText(c));
    if (!blank(c.d.narrative.background)) {
        c.b.html(c.d.narrative.background);
    } else if (!blank(c.d.original.background)) {
        c.b.paragraph(c.originalMark(), true, true);
        c.b.html(c.d.original.background);
    }
}

void writeSummary(SectionContext &c)
{
    narrativeSection(
        c, QT_TRANSLATE_NOOP("Testimony", "Executive summary"), c.d.narrative.summary, c.d.original.summary);
}

namespace {

// A stage's dates, status, attendance and minutes, then the facts the witness recorded.
void writeStageFacts(SectionContext &c, const Stage &s)
{
    QList<QPair<QString, QString>> kv;
    kv << qMakePair(c.t(QT_TRANSLATE_NOOP("Testimony", "Planned date")), c.date(s.plannedDate));
    kv << qMakePair(c.t(QT_TRANSLATE_NOOP("Testimony", "Actual date")), c.date(s.actualDate));
    kv << qMakePair(c.t(QT_TRANSLATE_NOOP("Testimony", "Status")), c.code(Codes::stageStatuses(), s.status));
    kv << qMakePair(
        c.t(QT_TRANSLATE_NOOP("Testimony", "Attendance")), orDash(c.recorded(s.attendance, s.attendanceEn)));
    kv << qMakePair(c.t(QT_TRANSLATE_NOOP("Testimony", "Minutes (acta)")), orDash(s.actaRef));
    c.b.keyValues(kv, 25);
    c.b.heading(3, c.t(QT_TRANSLATE_NOOP("Testimony", "Facts")));
    const QString facts = c.recorded(s.notes, s.notesEn);
    if (facts.trimmed().isEmpty())
        c.b.paragraph(c.t(QT_TRANSLATE_NOOP("Testimony", "No facts recorded.")), true, true);
    else
        for (const QString &para : facts.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            c.b.paragraph(para);
}

// The observations raised at a stage, each with the agency's response.
void writeStageObservations(SectionContext &c, const Stage &s)
{
    QList<const Finding *> raised;
    for (const Finding &f : c.d.findings)
        if (f.stageId == s.id)
            raised << &f;
    c.b.heading(3, c.t(QT_TRANSLATE_NOOP("Testimony", "Observations raised at this stage")));
    if (raised.isEmpty())
        c.b.paragraph(c.t(QT_TRANSLATE_NOOP("Testimony", "None.")), true, true);
    for (const Finding *f : raised) {
        c.b.bullet(c.t(QT_TRANSLATE_NOOP("Testimony", "Observation %1 (%2): %3"))
                       .arg(c.number(f->number), c.code(Codes::severities(), f->severity).toLower(),
                           c.recorded(f->description, f->descriptionEn)));
        QString response = c.recorded(f->response, f->responseEn);
        if (response.isEmpty())
            response = c.t(QT_TRANSLATE_NOOP("Testimony", "No response recorded."));
        if (f->responseDate.isValid())
            response = QStringLiteral("(%1) ").arg(c.shortDate(f->responseDate)) + response;
        c.b.labelled(
            QStringLiteral("    ") + c.t(QT_TRANSLATE_NOOP("Testimony", "Agency's response")), response);
    }
}

// The legal clocks of a stage not placed at an earlier round of it.
void writeStageClocks(SectionContext &c, const Stage &s, QSet<QString> &placedClocks)
{
    QList<const ClockLine *> clocks;
    for (const ClockLine &k : c.d.clocks)
        if (k.stageKind == s.kind && !placedClocks.contains(k.code)) {
            clocks << &k;
            placedClocks.insert(k.code);
        }
    if (clocks.isEmpty())
        return;
    c.b.heading(3, c.t(QT_TRANSLATE_NOOP("Testimony", "Legal clocks")));
    for (const ClockLine *k : clocks)
        c.b.bullet(QStringLiteral("%1 (%2): %3%4")
                       .arg(k->name, k->article, k->status,
                           k->detail.isEmpty() ? QString() : QStringLiteral(". ") + k->detail));
}

} // namespace

void writeChronology(SectionContext &c)
{
    const TestimonyData &d = c.d;
    c.b.heading(1, c.numbered(QT_TRANSLATE_NOOP("Testimony", "Chronological account")), true);
    if (d.stages.isEmpty())
        c.b.paragraph(
            c.t(QT_TRANSLATE_NOOP("Testimony", "No stages are recorded for this procedure.")), true, true);
    int n = 0;
    QSet<QString> placedClocks;
    for (const Stage &s : d.stages) {
        ++n;
        c.b.heading(2, QStringLiteral("%1.%2 %3").arg(c.section).arg(n).arg(c.stageName(s)));
        if (s.status == QStringLiteral("not_applicable")) {
            c.b.paragraph(
                c.t(QT_TRANSLATE_NOOP("Testimony", "Not applicable to this procedure.")), true, true);
            if (const QString facts = c.recorded(s.notes, s.notesEn); !facts.trimmed().isEmpty())
                c.b.paragraph(facts);
            continue;
        }
        writeStageFacts(c, s);
        writeStageObservations(c, s);
        writeStageClocks(c, s, placedClocks);
    }
    // Clocks whose stage is not recorded: a section of their own.
    QList<const ClockLine *> rest;
    for (const ClockLine &k : d.clocks)
        if (!placedClocks.contains(k.code))
            rest << &k;
    if (!rest.isEmpty()) {
        c.b.heading(2,
            QStringLiteral("%1.%2 ").arg(c.section).arg(n + 1)
                + c.t(QT_TRANSLATE_NOOP("Testimony", "Legal clocks")));
        writeClockTables(c, rest);
    } else if (d.clocks.isEmpty() && !d.clocksNote.isEmpty()) {
        c.b.heading(2,
            QStringLiteral("%1.%2 ").arg(c.section).arg(n + 1)
                + c.t(QT_TRANSLATE_NOOP("Testimony", "Legal clocks")));
        c.b.paragraph(d.clocksNote);
    }
}

void writeObservations(SectionContext &c)
{
    const TestimonyData &d = c.d;
    c.b.heading(1, c.numbered(QT_TRANSLATE_NOOP("Testimony", "Observations")), true);
    if (d.findings.isEmpty()) {
        c.b.paragraph(
            c.t(QT_TRANSLATE_NOOP("Testimony", "The witness raised no observations in this procedure.")));
        return;
    }
    c.b.paragraph(c.tn(QT_TRANSLATE_N_NOOP("Testimony",
                           "The witness raised %n observation(s), numbered below in the order they were "
                           "recorded."),
        int(d.findings.size())));
    QList<QStringList> rows;
    const QString recLabel = c.t(QT_TRANSLATE_NOOP("Testimony", "Recommendation"));
    for (const Finding &f : d.findings) {
        QString text = c.recorded(f.description, f.descriptionEn);
        if (const QString rec = c.recorded(f.recommendation, f.recommendationEn); !rec.isEmpty())
            text += QStringLiteral("\n%1: %2").arg(recLabel, rec);
        rows << QStringList {c.number(f.number), c.stageName(f.stageId), text,
            d.clauseCodes.value(f.id).join(QStringLiteral(", ")),
            d.categoryLabels.value(f.category, f.category), c.code(Codes::severities(), f.severity),
            c.code(Codes::findingStatuses(), f.status)};
    }
    c.b.table(
        {c.t(QT_TRANSLATE_NOOP("Testimony", "No.")), c.t(QT_TRANSLATE_NOOP("Testimony", "Stage")),
            c.t(QT_TRANSLATE_NOOP("Testimony", "Observation and recommendation")),
            c.t(QT_TRANSLATE_NOOP("Testimony", "Clauses")), c.t(QT_TRANSLATE_NOOP("Testimony", "Category")),
            c.t(QT_TRANSLATE_NOOP("Testimony", "Severity")), c.t(QT_TRANSLATE_NOOP("Testimony", "Status"))},
        rows, {5, 13, 40, 9, 14, 9, 10});
}

void writeRecommendations(SectionContext &c)
{
    const TestimonyData &d = c.d;
    c.b.heading(1, c.numbered(QT_TRANSLATE_NOOP("Testimony", "Recommendations and follow-up")));
    QList<QStringList> rows;
    QMap<QString, int> byStatus;
    for (const Finding &f : d.findings) {
        const QString recommendation = c.recorded(f.recommendation, f.recommendationEn);
        if (recommendation.isEmpty())
            continue;
        byStatus[f.status] += 1;
        const QString response = orDash(c.recorded(f.response, f.responseEn));
        QString followUp = c.code(Codes::findingStatuses(), f.status);
        if (f.escalation != QStringLiteral("none") && !f.escalation.isEmpty()) {
            followUp += QStringLiteral("\n")
                + c.t(QT_TRANSLATE_NOOP("Testimony", "Referred to: %1"))
                      .arg(c.code(Codes::escalations(), f.escalation));
            if (f.escalationDate.isValid())
                followUp += QStringLiteral(" (%1)").arg(c.shortDate(f.escalationDate));
        }
        rows << QStringList {
            c.number(f.number), recommendation, response, c.shortDate(f.responseDate), followUp};
    }
    if (rows.isEmpty()) {
        c.b.paragraph(c.t(QT_TRANSLATE_NOOP("Testimony", "No recommendations were made.")));
        return;
    }
    QStringList parts;
    for (const auto &item : Codes::findingStatuses())
        if (byStatus.value(QLatin1String(item.code)) > 0)
            parts << QStringLiteral("%1: %2").arg(c.code(Codes::findingStatuses(), QLatin1String(item.code)),
                c.number(byStatus.value(QLatin1String(item.code))));
    c.b.paragraph(c.tn(QT_TRANSLATE_N_NOOP(
                           "Testimony", "Follow-up of the %n recommendation(s) made to the agency (%1)."),
                       int(rows.size()))
                      .arg(parts.join(QStringLiteral("; "))));
    c.b.table(
        {c.t(QT_TRANSLATE_NOOP("Testimony", "No.")), c.t(QT_TRANSLATE_NOOP("Testimony", "Recommendation")),
            c.t(QT_TRANSLATE_NOOP("Testimony", "Agency's response")),
            c.t(QT_TRANSLATE_NOOP("Testimony", "Response date")),
            c.t(QT_TRANSLATE_NOOP("Testimony", "Follow-up"))},
        rows, {5, 31, 31, 12, 21});
}

} // namespace Testigo::Render
