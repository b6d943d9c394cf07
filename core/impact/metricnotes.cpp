// SPDX-License-Identifier: GPL-3.0-or-later
#include "impact/metricnotes.h"

#include "domain/doclanguage.h"

#include <QCoreApplication>
#include <functional>

namespace Testigo {

namespace {

using Translate = std::function<QString(const char *source, int n)>;

// The English source of each kind (context "Impact"), translated by whoever shows it.
const char *source(MetricNote::Kind kind)
{
    using K = MetricNote::Kind;
    switch (kind) {
    case K::NoBudget: return QT_TRANSLATE_NOOP("Impact", "Lot %1: no authorised budget recorded.");
    case K::NoReference: return QT_TRANSLATE_NOOP("Impact", "Lot %1: no reference price (market-research median) recorded.");
    case K::NoSolventBids: return QT_TRANSLATE_NOOP("Impact", "Lot %1: no solvent bids.");
    case K::SingleSolventBid: return QT_TRANSLATE_NOOP("Impact", "Lot %1: a single solvent bid, no winner–runner-up gap.");
    case K::PendingEvaluations:
        return QT_TRANSLATE_N_NOOP("Impact", "Lot %1: %n bid(s) still being evaluated, counted neither as solvent nor as rejected.");
    case K::LotVoid: return QT_TRANSLATE_NOOP("Impact", "Lot %1 was declared void (desierta): no savings.");
    case K::LotNotAwarded: return QT_TRANSLATE_NOOP("Impact", "Lot %1: no award recorded.");
    case K::NoLots: return QT_TRANSLATE_NOOP("Impact", "The procedure has no lots: no reference price or budget.");
    case K::ForeignContract: return QT_TRANSLATE_NOOP("Impact", "Contract %1 is in %2, the procedure in %3: savings not computed.");
    case K::ContractUnmatched:
        return QT_TRANSLATE_NOOP("Impact", "Contract %1 matches no awarded lot (no winner recorded): left out of the savings.");
    case K::ProcedureVoid: return QT_TRANSLATE_NOOP("Impact", "Procedure declared void (desierta): savings cannot be computed.");
    case K::NoAwardOrContract: return QT_TRANSLATE_NOOP("Impact", "No award or contract recorded: savings cannot be computed.");
    case K::ReferenceIncomplete:
        return QT_TRANSLATE_NOOP("Impact", "Savings against the reference need a reference price on every awarded lot.");
    case K::BudgetIncomplete:
        return QT_TRANSLATE_NOOP("Impact", "Savings against the budget need a budget on every awarded lot.");
    case K::VoidLotsExcluded: return QT_TRANSLATE_N_NOOP("Impact", "%n void lot(s) left out of the savings and their base.");
    case K::NotAwardedLotsExcluded:
        return QT_TRANSLATE_NOOP("Impact", "Not yet awarded, left out of the savings and their base: lot(s) %1.");
    case K::PlannedDates: return QT_TRANSLATE_NOOP("Impact", "Some stage dates are planned, not actual.");
    case K::NoPublicationOrOpening:
        return QT_TRANSLATE_NOOP("Impact", "Days from publication to opening: a call or opening date is missing.");
    case K::NoOpeningOrAward: return QT_TRANSLATE_NOOP("Impact", "Days from opening to award: an opening or award date is missing.");
    }
    return "";
}

QString render(const MetricNote &note, const Translate &translate, const QLocale &locale)
{
    using K = MetricNote::Kind;
    const char *src = source(note.kind);
    switch (note.kind) {
    case K::PendingEvaluations: return translate(src, note.count).arg(note.lotNumber);
    case K::VoidLotsExcluded: return translate(src, note.count);
    case K::ForeignContract: return translate(src, -1).arg(note.contract, note.currency, note.procedureCurrency);
    case K::ContractUnmatched: return translate(src, -1).arg(note.contract);
    case K::NotAwardedLotsExcluded: {
        QStringList numbers;
        for (int n : note.lots)
            numbers << locale.toString(n);
        return translate(src, -1).arg(numbers.join(QStringLiteral(", ")));
    }
    case K::NoBudget:
    case K::NoReference:
    case K::NoSolventBids:
    case K::SingleSolventBid:
    case K::LotVoid:
    case K::LotNotAwarded: return translate(src, -1).arg(note.lotNumber);
    default: return translate(src, -1);
    }
}

} // namespace

QString metricNoteText(const MetricNote &note, const DocLanguage &lang)
{
    return render(note, [&lang](const char *s, int n) { return lang.translate("Impact", s, n); }, lang.locale());
}

QString metricNoteText(const MetricNote &note)
{
    return render(note, [](const char *s, int n) { return QCoreApplication::translate("Impact", s, nullptr, n); },
                  QLocale());
}

QStringList metricNoteTexts(const QList<MetricNote> &notes, const DocLanguage &lang)
{
    QStringList out;
    for (const MetricNote &n : notes)
        if (const QString t = metricNoteText(n, lang); !out.contains(t))
            out << t;
    return out;
}

QStringList metricNoteTexts(const QList<MetricNote> &notes)
{
    QStringList out;
    for (const MetricNote &n : notes)
        if (const QString t = metricNoteText(n); !out.contains(t))
            out << t;
    return out;
}

} // namespace Testigo
