// SPDX-License-Identifier: GPL-3.0-or-later
// The testimony's list of missing parts: what keeps it a draft, and where each part is filled.
#include "render/doctext.h"
#include "render/testimonydata.h"

#include <QTextDocumentFragment>
#include <algorithm>

namespace Testigo::Render {

namespace {
bool blankHtml(const QString &html)
{
    return html.trimmed().isEmpty()
        || QTextDocumentFragment::fromHtml(html).toPlainText().trimmed().isEmpty();
}

QString fieldKey(const QString &table, const QString &rowId, const QString &column)
{
    return table + QLatin1Char(':') + rowId + QLatin1Char(':') + column;
}

// One recorded free text in its two versions: `column` holds the Spanish one, `column_en` the English.
struct TextPair
{
    QString es, en, table, rowId, column;
};

class MissingList
{
public:
    MissingList(const TestimonyData &d, const DocLanguage &lang)
        : d(d)
        , lang(lang)
        , spanish(d.language != QStringLiteral("en"))
        , language(docText(lang,
              spanish ? QT_TRANSLATE_NOOP("Testimony", "Spanish")
                      : QT_TRANSLATE_NOOP("Testimony", "English")))
    { }

    void need(const char *source, const QString &field, const QString &arg = QString())
    {
        const QString s = docText(lang, source);
        out.append({arg.isNull() ? s : s.arg(arg), field});
    }

    // One line for a kind of recorded text: how many are written only in the other language.
    void untranslated(const char *kind, const QList<TextPair> &texts)
    {
        int count = 0;
        QString first;
        for (const TextPair &t : texts) {
            const QString &mine = spanish ? t.es : t.en;
            const QString &other = spanish ? t.en : t.es;
            if (!mine.trimmed().isEmpty() || other.trimmed().isEmpty())
                continue;
            if (count++ == 0)
                first = fieldKey(t.table, t.rowId, spanish ? t.column : t.column + QStringLiteral("_en"));
        }
        if (count == 0)
            return;
        out.append(
            {docText(lang,
                 QT_TRANSLATE_NOOP("Testimony", "%1 not yet written in %2 (the original is printed): %3."))
                    .arg(docText(lang, kind), language, lang.locale().toString(count)),
                first});
    }

    void narrative(const QString &mine, const QString &other, const char *missing, const char *untranslated,
        const char *column)
    {
        if (blankHtml(mine))
            need(blankHtml(other) ? missing : untranslated,
                fieldKey(QStringLiteral("narrative"), d.language, QLatin1String(column)), language);
    }

    const TestimonyData &d;
    const DocLanguage &lang;
    const bool spanish;
    const QString language; // the document's, in its own words
    QList<MissingPart> out;
};

void recordParts(MissingList &m)
{
    const TestimonyData &d = m.d;
    const QString procedure = QStringLiteral("procedure");
    if (!d.witness)
        m.need(QT_TRANSLATE_NOOP("Testimony", "No social witness is recorded for this procedure."),
            fieldKey(QStringLiteral("engagement"), d.engagement ? d.engagement->id : QString(),
                QStringLiteral("witness_id")));
    else if (d.witness->registryNumber.trimmed().isEmpty())
        m.need(QT_TRANSLATE_NOOP("Testimony", "The witness's registry number is missing."),
            fieldKey(QStringLiteral("witness"), d.witness->id, QStringLiteral("registry_number")));
    if (!d.engagement || d.engagement->letterNumber.trimmed().isEmpty())
        m.need(QT_TRANSLATE_NOOP("Testimony", "The designation letter is not recorded."),
            fieldKey(QStringLiteral("engagement"), d.engagement ? d.engagement->id : QString(),
                QStringLiteral("letter_number")));
    if (d.procedure.place.trimmed().isEmpty())
        m.need(QT_TRANSLATE_NOOP("Testimony", "The place of the testimony is not recorded."),
            fieldKey(procedure, d.procedure.id, QStringLiteral("place")));
    m.narrative(d.narrative.background, d.original.background,
        QT_TRANSLATE_NOOP("Testimony", "No background written in %1."),
        QT_TRANSLATE_NOOP("Testimony", "The background is not yet written in %1 (the original is printed)."),
        "background");
    m.narrative(d.narrative.summary, d.original.summary,
        QT_TRANSLATE_NOOP("Testimony", "No executive summary written in %1."),
        QT_TRANSLATE_NOOP(
            "Testimony", "The executive summary is not yet written in %1 (the original is printed)."),
        "summary");
    m.narrative(d.narrative.conclusions, d.original.conclusions,
        QT_TRANSLATE_NOOP("Testimony", "No conclusions written in %1."),
        QT_TRANSLATE_NOOP(
            "Testimony", "The conclusions are not yet written in %1 (the original is printed)."),
        "conclusions");
}

void stageParts(MissingList &m)
{
    const TestimonyData &d = m.d;
    for (const Stage &s : d.stages) {
        if (s.status == QStringLiteral("not_applicable") || s.actualDate.isValid())
            continue;
        if (d.interim() && (!s.plannedDate.isValid() || s.plannedDate > d.interimUpTo))
            continue; // not yet due at the interim report's cut-off
        QString name = docCode(Codes::stageKinds(), s.kind, m.lang);
        if (s.round > 1)
            name += QStringLiteral(" (%1)").arg(s.round);
        m.need(QT_TRANSLATE_NOOP("Testimony", "Stage “%1” has no actual date."),
            fieldKey(QStringLiteral("stage"), s.id, QStringLiteral("actual_date")), name);
    }
    const auto report = std::find_if(d.stages.cbegin(), d.stages.cend(),
        [](const Stage &s) { return s.kind == QStringLiteral("report"); });
    if (!d.dated().isValid() && report == d.stages.cend())
        m.need(QT_TRANSLATE_NOOP("Testimony",
                   "The document has no date: record the actual date of the final report's delivery."),
            fieldKey(QStringLiteral("stage"), QString(), QStringLiteral("actual_date")));
    QStringList unanswered;
    QString firstUnanswered;
    for (const Finding &f : d.findings)
        if (f.response.trimmed().isEmpty() && f.responseEn.trimmed().isEmpty()) {
            unanswered << m.lang.locale().toString(f.number);
            if (firstUnanswered.isEmpty())
                firstUnanswered = f.id;
        }
    if (!unanswered.isEmpty()) {
        const int shown = 12;
        QString list = QStringList(unanswered.mid(0, shown)).join(QStringLiteral(", "));
        if (unanswered.size() > shown)
            list += QStringLiteral(", …");
        m.need(QT_TRANSLATE_NOOP("Testimony", "Observations without the agency's response: %1."),
            fieldKey(QStringLiteral("finding"), firstUnanswered, QStringLiteral("response")), list);
    }
    if (d.signatories.isEmpty())
        m.need(QT_TRANSLATE_NOOP("Testimony", "No signatories of the Integrity Pact are recorded."),
            fieldKey(QStringLiteral("signatory"), QString(), QString()));
}

// Recorded texts that the document prints in the other language, one line per kind.
void translationParts(MissingList &m)
{
    const TestimonyData &d = m.d;
    const QString procedure = QStringLiteral("procedure"), stage = QStringLiteral("stage"),
                  finding = QStringLiteral("finding");
    m.untranslated(QT_TRANSLATE_NOOP("Testimony", "The procedure's title and object"),
        {{d.procedure.title, d.procedure.titleEn, procedure, d.procedure.id, QStringLiteral("title")},
            {d.procedure.object, d.procedure.objectEn, procedure, d.procedure.id, QStringLiteral("object")}});
    QList<TextPair> lots, attendance, facts, observations, recommendations, responses, events;
    for (const Lot &l : d.lots)
        lots.append(
            {l.description, l.descriptionEn, QStringLiteral("lot"), l.id, QStringLiteral("description")});
    for (const Stage &s : d.stages) {
        attendance.append({s.attendance, s.attendanceEn, stage, s.id, QStringLiteral("attendance")});
        facts.append({s.notes, s.notesEn, stage, s.id, QStringLiteral("notes")});
    }
    for (const Finding &f : d.findings) {
        observations.append({f.description, f.descriptionEn, finding, f.id, QStringLiteral("description")});
        recommendations.append(
            {f.recommendation, f.recommendationEn, finding, f.id, QStringLiteral("recommendation")});
        responses.append({f.response, f.responseEn, finding, f.id, QStringLiteral("response")});
    }
    const QString notes = QStringLiteral("notes");
    for (const ProcedureEvent &e : d.events.closures)
        events.append(
            {e.reason, e.reasonEn, QStringLiteral("procedure_event"), e.id, QStringLiteral("reason")});
    for (const Protest &p : d.events.protests)
        events.append({p.notes, p.notesEn, QStringLiteral("protest"), p.id, notes});
    for (const DialogueRound &r : d.events.rounds)
        events.append({r.notes, r.notesEn, QStringLiteral("dialogue_round"), r.id, notes});
    m.untranslated(QT_TRANSLATE_NOOP("Testimony", "Descriptions of lots"), lots);
    m.untranslated(QT_TRANSLATE_NOOP("Testimony", "Attendance at stages"), attendance);
    m.untranslated(QT_TRANSLATE_NOOP("Testimony", "Facts of stages"), facts);
    m.untranslated(QT_TRANSLATE_NOOP("Testimony", "Observations"), observations);
    m.untranslated(QT_TRANSLATE_NOOP("Testimony", "Recommendations"), recommendations);
    m.untranslated(QT_TRANSLATE_NOOP("Testimony", "Agency's responses"), responses);
    m.untranslated(QT_TRANSLATE_NOOP("Testimony", "Texts of the procedure's events"), events);
}
} // namespace

QList<MissingPart> missingPartList(const TestimonyData &d, const DocLanguage &lang)
{
    MissingList m(d, lang);
    recordParts(m);
    stageParts(m);
    translationParts(m);
    return m.out;
}

QStringList missingParts(const TestimonyData &d, const DocLanguage &lang)
{
    QStringList out;
    for (const MissingPart &p : missingPartList(d, lang))
        out << p.text;
    return out;
}

QStringList missingParts(const CaseFile &file, const QString &procedureId, const DocLanguage &lang)
{
    return missingParts(loadTestimony(file, procedureId, lang.code(), QDate::currentDate()), lang);
}

} // namespace Testigo::Render
