// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/testimony_events.h"

#include "domain/eventcodes.h"
#include "render/testimonysections.h"

namespace Testigo::Render {

namespace {
// The section's words come from the document's own catalogue (its language, not the interface's).
QString text(const SectionContext &c, const char *source)
{
    return c.lang.translate("Testimony", source);
}

QString codeText(const SectionContext &c, const CodeList &list, const QString &code)
{
    return Codes::label(list, code, c.lang);
}

QString orText(const QString &value, const QString &fallback)
{
    return value.trimmed().isEmpty() ? fallback : value.trimmed();
}

void writeClosures(SectionContext &c)
{
    const TestimonyData &d = c.d;
    c.b.heading(2, text(c, QT_TRANSLATE_NOOP("Testimony", "Cancellations and void declarations")));
    for (const ProcedureEvent &e : d.events.closures) {
        const QString kind = codeText(c, Codes::eventKinds(), e.kind);
        const QString extent = codeText(c, Codes::eventExtents(), e.extent).toLower();
        const QString reason = orText(
            c.recorded(e.reason, e.reasonEn), text(c, QT_TRANSLATE_NOOP("Testimony", "no reason recorded")));
        int lot = 0;
        for (const Lot &l : d.lots)
            if (l.id == e.lotId)
                lot = l.number;
        if (e.lotId.isEmpty())
            c.b.bullet(text(c, QT_TRANSLATE_NOOP("Testimony", "%1 (%2) of the whole procedure on %3: %4"))
                           .arg(kind, extent, c.date(e.date), reason));
        else
            c.b.bullet(text(c, QT_TRANSLATE_NOOP("Testimony", "%1 (%2) of lot %3 on %4: %5"))
                           .arg(kind, extent, c.number(lot), c.date(e.date), reason));
    }
}

void writeProtests(SectionContext &c)
{
    const TestimonyData &d = c.d;
    c.b.heading(2, text(c, QT_TRANSLATE_NOOP("Testimony", "Inconformidades (bid protests)")));
    for (const Protest &p : d.events.protests) {
        QString who = text(c, QT_TRANSLATE_NOOP("Testimony", "an unnamed bidder"));
        for (const Bidder &b : d.bidders)
            if (b.id == p.bidderId)
                who = b.name;
        QString line = text(c, QT_TRANSLATE_NOOP("Testimony", "Filed by %1 on %2 before %3. Outcome: %4."))
                           .arg(who, c.date(p.filedDate),
                               orText(p.authority,
                                   text(c, QT_TRANSLATE_NOOP("Testimony", "an authority not recorded"))),
                               codeText(c, Codes::protestOutcomes(), p.outcome).toLower());
        if (p.resolutionDate.isValid())
            line += QLatin1Char(' ')
                + text(c, QT_TRANSLATE_NOOP("Testimony", "Resolved on %1.")).arg(c.date(p.resolutionDate));
        line += QLatin1Char(' ')
            + (p.suspended ? text(
                   c, QT_TRANSLATE_NOOP("Testimony", "The procedure was suspended while it was pending."))
                           : text(c, QT_TRANSLATE_NOOP("Testimony", "The procedure was not suspended.")));
        c.b.bullet(line);
        if (const QString notes = c.recorded(p.notes, p.notesEn); !notes.isEmpty())
            c.b.paragraph(notes.trimmed());
    }
}

void writeRounds(SectionContext &c)
{
    const ProcedureFacts &e = c.d.events;
    c.b.heading(2, text(c, QT_TRANSLATE_NOOP("Testimony", "Rounds of the competitive dialogue")));
    if (!e.dialogueRuleKnown)
        c.b.paragraph(text(c,
            QT_TRANSLATE_NOOP("Testimony",
                "The version of the law that governs this procedure provides for no competitive dialogue.")));
    else if (!e.dialogueBodyAllowed)
        c.b.paragraph(text(c,
            QT_TRANSLATE_NOOP("Testimony",
                "Only the bodies the law names (%1, %2) may run a competitive dialogue; the "
                "contracting agency is not one of them."))
                          .arg(e.dialogueBodies.join(QStringLiteral(", ")),
                              e.dialogueArticle
                                  + (e.dialogueVerified ? QString()
                                                        : QLatin1Char(' ')
                                              + text(c, QT_TRANSLATE_NOOP("Testimony", "(unverified)")))));
    if (e.rounds.isEmpty())
        c.b.paragraph(
            text(c, QT_TRANSLATE_NOOP("Testimony", "No round of the dialogue is recorded.")), true, true);
    for (const DialogueRound &r : e.rounds) {
        c.b.bullet(text(c, QT_TRANSLATE_NOOP("Testimony", "Round %1 (%2). Participants: %3."))
                       .arg(c.number(r.round), c.date(r.date), orText(r.participants, QStringLiteral("—"))));
        if (const QString notes = c.recorded(r.notes, r.notesEn); !notes.isEmpty())
            c.b.paragraph(notes.trimmed());
    }
}
} // namespace

void writeEvents(SectionContext &c)
{
    const ProcedureFacts &e = c.d.events;
    if (e.isEmpty())
        return;
    c.b.heading(1,
        QString::number(++c.section) + QStringLiteral(". ")
            + text(c, QT_TRANSLATE_NOOP("Testimony", "Events of the procedure")));
    if (!e.closures.isEmpty())
        writeClosures(c);
    if (!e.protests.isEmpty())
        writeProtests(c);
    if (e.dialogue)
        writeRounds(c);
}

} // namespace Testigo::Render
