// SPDX-License-Identifier: GPL-3.0-or-later
// Economic results, conclusions, signature and annexes; the shared formatting helpers.
#include "render/testimonysections.h"

#include <QTextDocumentFragment>

namespace Testigo::Render {

QString SectionContext::money(const std::optional<Money> &m) const
{
    // One unbreakable token: a narrow table cell never parts the amount from its currency.
    return m ? lang.money(*m).replace(QLatin1Char(' '), QChar::Nbsp) : QStringLiteral("—");
}

QString SectionContext::date(const QDate &value) const
{
    return value.isValid() ? lang.date(value) : QStringLiteral("—");
}

QString SectionContext::shortDate(const QDate &value) const
{
    return value.isValid() ? lang.shortDate(value) : QStringLiteral("—");
}

QString SectionContext::placeAndDate() const
{
    const QString place = d.procedure.place.trimmed();
    if (!d.dated().isValid()) // a draft: say what is missing rather than print a dash
    {
        const QString pending = t(QT_TRANSLATE_NOOP("Testimony", "delivery date not yet recorded"));
        return place.isEmpty() ? pending : QStringLiteral("%1 (%2)").arg(place, pending);
    }
    return place.isEmpty() ? date(d.dated()) : place + QStringLiteral(", ") + date(d.dated());
}

QString SectionContext::stageName(const Stage &s) const
{
    QString name = d.stageLabels.value(s.kind);
    if (name.isEmpty())
        name = code(Codes::stageKinds(), s.kind);
    if (s.round > 1 || s.kind == QStringLiteral("clarification"))
        name += QStringLiteral(" ") + t(QT_TRANSLATE_NOOP("Testimony", "(round %1)")).arg(number(s.round));
    return name;
}

QString SectionContext::stageName(const QString &stageId) const
{
    for (const Stage &s : d.stages)
        if (s.id == stageId)
            return stageName(s);
    return QStringLiteral("—");
}

QString SectionContext::originalMark() const
{
    return lang.isSpanish() ? t(QT_TRANSLATE_NOOP("Testimony", "(English original)"))
                            : t(QT_TRANSLATE_NOOP("Testimony", "(Spanish original)"));
}

QString SectionContext::recorded(const QString &es, const QString &en) const
{
    const QString &mine = lang.isSpanish() ? es : en;
    const QString &other = lang.isSpanish() ? en : es;
    if (!mine.trimmed().isEmpty())
        return mine;
    return other.trimmed().isEmpty() ? QString() : other.trimmed() + QLatin1Char(' ') + originalMark();
}

void writeDraftNotice(SectionContext &c)
{
    const QStringList missing = missingParts(c.d, c.lang);
    if (missing.isEmpty())
        return;
    constexpr int shown = 6; // the cover is one page
    c.b.spacer(6);
    c.b.paragraph(
        c.t(QT_TRANSLATE_NOOP("Testimony", "DRAFT. This document is final only when nothing is missing:")));
    for (const QString &m : missing.mid(0, shown))
        c.b.bullet(m);
    if (missing.size() > shown)
        c.b.paragraph(c.t(QT_TRANSLATE_NOOP("Testimony", "… and %1 more (see the list of missing parts)."))
                          .arg(missing.size() - shown),
            true);
}

std::optional<Money> SectionContext::totalBudget() const
{
    if (d.economics.budget)
        return d.economics.budget;
    if (d.lots.isEmpty())
        return std::nullopt;
    qint64 sum = 0;
    for (const Lot &l : d.lots)
        sum += l.budgetCents;
    return Money(sum, d.procedure.currency);
}

namespace {
// "12,345.00 MXN (3.21 %)": an amount with its share of a base, when both are known.
QString withShare(SectionContext &c, const std::optional<Money> &amount, const std::optional<Money> &base)
{
    QString s = c.money(amount);
    if (amount && base && base->cents() != 0)
        if (const auto bp = amount->percentOfBasisPoints(*base))
            s += QStringLiteral(" (%1)").arg(c.lang.percent(*bp));
    return s;
}

void writeLotTable(SectionContext &c, const EconomicResults &e)
{
    // Amounts carry their currency (the one money format of the language): the lot's number,
    // description and compliant proposals share the first column, and the cells are a size smaller.
    QList<QStringList> rows;
    for (const EconomicLot &l : e.lots)
        rows << QStringList {
            QStringLiteral("%1. %2\n").arg(c.number(l.number), c.recorded(l.description, l.descriptionEn))
                + c.t(QT_TRANSLATE_NOOP("Testimony", "%1 of %2 proposals compliant"))
                      .arg(c.number(l.validBids), c.number(l.bidders)),
            c.money(l.budget), c.money(l.reference), c.money(l.awarded), c.money(l.savings)};
    c.b.table(
        {c.t(QT_TRANSLATE_NOOP("Testimony", "Lot")), c.t(QT_TRANSLATE_NOOP("Testimony", "Budget")),
            c.t(QT_TRANSLATE_NOOP("Testimony", "Reference")), c.t(QT_TRANSLATE_NOOP("Testimony", "Awarded")),
            c.t(QT_TRANSLATE_NOOP("Testimony", "Savings"))},
        rows, {32, 17, 17, 17, 17}, {1, 2, 3, 4}, 7.5, {1, 2, 3, 4});
}
} // namespace

void writeEconomics(SectionContext &c, int chartType, const QSizeF &chartSize)
{
    const EconomicResults &e = c.d.economics;
    c.b.heading(1, c.numbered(QT_TRANSLATE_NOOP("Testimony", "Economic results")), true);
    QList<QPair<QString, QString>> kv;
    kv << qMakePair(c.t(QT_TRANSLATE_NOOP("Testimony", "Authorised budget")), c.money(c.totalBudget()));
    kv << qMakePair(
        c.t(QT_TRANSLATE_NOOP("Testimony", "Reference price (market research)")), c.money(e.reference));
    kv << qMakePair(c.t(QT_TRANSLATE_NOOP("Testimony", "Awarded amount")), c.money(e.awarded));
    kv << qMakePair(c.t(QT_TRANSLATE_NOOP("Testimony", "Savings against the reference price")),
        e.savings && e.savingsBasisPoints
            ? c.money(e.savings) + QStringLiteral(" (%1)").arg(c.lang.percent(*e.savingsBasisPoints))
            : c.money(e.savings));
    kv << qMakePair(c.t(QT_TRANSLATE_NOOP("Testimony", "Savings against the budget")),
        withShare(c, e.savingsVsBudget, e.budgetBase));
    // Bidders are counted once per procedure; compliant proposals once per lot they were made for.
    kv << qMakePair(c.t(QT_TRANSLATE_NOOP("Testimony", "Bidders")), c.number(e.bidders));
    kv << qMakePair(e.lots.size() > 1
            ? c.t(QT_TRANSLATE_NOOP("Testimony", "Compliant proposals, summed over the lots"))
            : c.t(QT_TRANSLATE_NOOP("Testimony", "Compliant proposals")),
        c.number(e.validBids));
    c.b.keyValues(kv, 40);
    if (!e.lots.isEmpty())
        writeLotTable(c, e);
    c.b.object(chartType, chartSize);
    for (const QString &note : e.notes)
        c.b.bullet(note);
}

void writeConclusions(SectionContext &c)
{
    narrativeSection(c, QT_TRANSLATE_NOOP("Testimony", "Conclusions"), c.d.narrative.conclusions,
        c.d.original.conclusions);
}

void writeSignature(SectionContext &c)
{
    const TestimonyData &d = c.d;
    c.b.heading(1, c.numbered(QT_TRANSLATE_NOOP("Testimony", "Signature")));
    using L = DocBuilder;
    QList<QPair<QString, DocBuilder::LineStyle>> lines;
    lines << qMakePair(c.placeAndDate(), L::Plain);
    if (!d.signedBy)
        lines << qMakePair(QStringLiteral("_______________________________________"), L::Gap);
    lines << qMakePair(d.witness ? d.witness->name : QStringLiteral("—"), L::Strong);
    lines << qMakePair(c.t(QT_TRANSLATE_NOOP("Testimony", "Social witness")), L::Plain);
    if (d.witness && !d.witness->registryNumber.isEmpty())
        lines << qMakePair(c.t(QT_TRANSLATE_NOOP("Testimony", "Registry number")) + QStringLiteral(": ")
                + d.witness->registryNumber,
            L::Plain);
    if (!d.signedBy) {
        lines << qMakePair(c.t(QT_TRANSLATE_NOOP("Testimony", "Unsigned")), L::Strong);
    } else {
        const SignatureLine &s = *d.signedBy;
        const QString holder
            = s.rfc.isEmpty() ? s.name : s.name + QStringLiteral(" (RFC ") + s.rfc + QLatin1Char(')');
        lines << qMakePair(c.t(QT_TRANSLATE_NOOP("Testimony",
                                   "Signed with the e.firma (advanced electronic signature) of %1, "
                                   "certificate no. %2. The signature is embedded in this PDF file."))
                               .arg(holder, s.certificateNumber),
            L::Muted);
    }
    lines << qMakePair(
        c.t(QT_TRANSLATE_NOOP("Testimony", "Record digest at printing: %1")).arg(d.auditHead), L::Muted);
    c.b.keepTogether(lines);
}

void writeAnnexes(SectionContext &c)
{
    const TestimonyData &d = c.d;
    c.b.heading(1, c.numbered(QT_TRANSLATE_NOOP("Testimony", "Annexes")), true);
    c.b.heading(2, c.t(QT_TRANSLATE_NOOP("Testimony", "Annex A. Documentary evidence")));
    if (d.attachments.isEmpty()) {
        c.b.paragraph(
            c.t(QT_TRANSLATE_NOOP("Testimony", "No evidence is attached to the record.")), true, true);
    } else {
        c.b.paragraph(c.t(QT_TRANSLATE_NOOP("Testimony",
                          "Each file is kept in the case record; its SHA-256 digest identifies it exactly.")),
            true);
        QList<QStringList> rows;
        int n = 0;
        for (const Attachment &a : d.attachments)
            rows << QStringList {
                c.number(++n), a.fileName, c.lang.locale().formattedDataSize(a.size), a.sha256};
        c.b.table({c.t(QT_TRANSLATE_NOOP("Testimony", "No.")), c.t(QT_TRANSLATE_NOOP("Testimony", "File")),
                      c.t(QT_TRANSLATE_NOOP("Testimony", "Size")), QStringLiteral("SHA-256")},
            rows, {5, 33, 12, 50}, {2});
    }
    c.b.heading(2, c.t(QT_TRANSLATE_NOOP("Testimony", "Annex B. Signatories of the Integrity Pact")));
    if (d.signatories.isEmpty()) {
        c.b.paragraph(c.t(QT_TRANSLATE_NOOP("Testimony", "No signatories are recorded.")), true, true);
        return;
    }
    QList<QStringList> rows;
    for (const Signatory &s : d.signatories)
        rows << QStringList {
            s.name, c.code(Codes::signatoryRoles(), s.role), s.position, c.shortDate(s.signedDate)};
    c.b.table({c.t(QT_TRANSLATE_NOOP("Testimony", "Name")), c.t(QT_TRANSLATE_NOOP("Testimony", "Role")),
                  c.t(QT_TRANSLATE_NOOP("Testimony", "Position")),
                  c.t(QT_TRANSLATE_NOOP("Testimony", "Date signed"))},
        rows, {34, 20, 32, 14});
}

} // namespace Testigo::Render
