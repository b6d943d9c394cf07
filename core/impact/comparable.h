// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Comparable money: nominal amounts converted to one currency (Banxico FIX of the award date) and
// optionally to real terms of a target month (INPC). Every result carries the steps it took, and a
// missing rate or index is an error with a message, never a silent 0 or 1.

#include "domain/money.h"
#include "impact/series.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>
#include <optional>

namespace Testigo {

struct ComparableOptions
{
    QString currency = QStringLiteral("MXN"); // MXN | USD
    QDate realTarget;                         // first day of the target month; invalid = nominal
    const InpcSeries *inpc = &InpcSeries::standard();
    const FixSeries *fix = &FixSeries::standard();
};

struct Comparable
{
    std::optional<Money> amount; // nullopt when a step failed: see error
    QStringList steps;           // translated, e.g. "USD→MXN at the FIX of 2024-03-14 (17.0700)"
    QString error;               // translated, empty when amount is set
};

// nominal (in its own currency) dated `date` (the award date) → options.currency, real if asked.
Comparable makeComparable(const Money &nominal, const QDate &date, const ComparableOptions &options);
// One-line statement of the convention, for headers and JSON.
QString conventionText(const ComparableOptions &options);

// Pure helpers (exact): nominal × target / source with the index values scaled × 10000.
Money deflate(const Money &nominal, qint64 sourceIndex, qint64 targetIndex);
// USD → MXN and back at a rate scaled × 10000 (pesos per dollar).
Money usdToMxn(const Money &usd, qint64 rateScaled);
Money mxnToUsd(const Money &mxn, qint64 rateScaled);

} // namespace Testigo
