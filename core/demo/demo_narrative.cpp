// SPDX-License-Identifier: GPL-3.0-or-later
// The testimony's narrative for finished procedures, in Spanish and English, as simple HTML built
// from the procedure's own figures so the text and the record agree.
#include "demo/demo_internal.h"
#include "domain/money.h"

namespace Testigo::Demo {

namespace {
QString s(const char *utf8) { return QString::fromUtf8(utf8); }

// "12,345,678.00 MXN" without locale dependence, so the stored text is the same everywhere.
QString amount(qint64 cents, const QString &currency)
{
    QString digits = Money(cents < 0 ? -cents : cents, currency).toDecimalString();
    const qsizetype dot = digits.indexOf(QLatin1Char('.'));
    for (qsizetype i = dot - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char(','));
    return (cents < 0 ? s("-") : QString()) + digits + QLatin1Char(' ') + currency;
}

QString esc(const QString &t) { return t.toHtmlEscaped(); }
} // namespace

bool writeNarratives(Context &c)
{
    const Procedure &p = c.procedure;
    qint64 reference = 0, awarded = 0;
    int voidLots = 0;
    for (const Lot &l : c.lots) {
        const QList<Award> awards = c.file.all<Award>(QStringLiteral("lot_id"), l.id);
        for (const Award &a : awards) {
            if (a.voidLot) {
                ++voidLots;
                continue;
            }
            awarded += a.amountCents;
            reference += l.referenceCents;
        }
    }
    int attended = 0, total = 0;
    for (const Finding &f : c.file.all<Finding>(QStringLiteral("procedure_id"), p.id)) {
        ++total;
        attended += f.status == QLatin1String("attended") ? 1 : 0;
    }
    const QString diff = amount(reference - awarded, p.currency);
    const int year = c.spec.start.year();

    Narrative es;
    es.procedureId = p.id;
    es.language = s("es");
    es.background = s("<p>La %1 convocó el procedimiento <b>%2</b>, «%3», en %4. %5 participó como testigo social "
                      "por designación con el oficio %6.</p><p><i>Caso ficticio de demostración.</i></p>")
                        .arg(esc(c.agency.name), esc(p.number), esc(p.title)).arg(year)
                        .arg(esc(c.witnessName), esc(c.file.all<Engagement>(QStringLiteral("procedure_id"), p.id).value(0).letterNumber));
    es.summary = s("<p>Participaron %1 licitantes en %2 partidas. El monto adjudicado fue de %3, frente a un precio de "
                   "referencia de %4 para las mismas partidas (diferencia: %5).%6</p><p>El testigo emitió %7 observaciones; "
                   "la convocante atendió %8.</p>")
                     .arg(c.bidders.size()).arg(c.lots.size())
                     .arg(amount(awarded, p.currency), amount(reference, p.currency), diff,
                          voidLots ? s(" %1 partida(s) se declararon desiertas.").arg(voidLots) : QString())
                     .arg(total).arg(attended);
    es.conclusions = s("<p>El procedimiento se apegó en lo general a la normativa, con las salvedades señaladas en las "
                       "observaciones. Se recomienda dar seguimiento a las observaciones no atendidas.</p>");

    Narrative en;
    en.procedureId = p.id;
    en.language = s("en");
    en.background = s("<p>%1 called procedure <b>%2</b>, “%3”, in %4. %5 took part as social witness, designated by "
                      "letter %6.</p><p><i>Fictitious demonstration case.</i></p>")
                        .arg(esc(c.agency.name), esc(p.number), esc(p.title)).arg(year)
                        .arg(esc(c.witnessName), esc(c.file.all<Engagement>(QStringLiteral("procedure_id"), p.id).value(0).letterNumber));
    en.summary = s("<p>%1 bidders took part in %2 lots. The awarded amount was %3 against a reference price of %4 for "
                   "the same lots (difference: %5).%6</p><p>The witness raised %7 findings; the agency attended %8.</p>")
                     .arg(c.bidders.size()).arg(c.lots.size())
                     .arg(amount(awarded, p.currency), amount(reference, p.currency), diff,
                          voidLots ? s(" %1 lot(s) were declared void.").arg(voidLots) : QString())
                     .arg(total).arg(attended);
    en.conclusions = s("<p>The procedure broadly complied with the rules, with the exceptions set out in the findings. "
                       "The findings not addressed should be followed up.</p>");
    return insertEntity(c.file, es) && insertEntity(c.file, en);
}

} // namespace Testigo::Demo
