// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Formatting for the screen in the UI's language (the default QLocale that LanguageManager sets).
// Documents use DocLanguage instead, which is independent of the UI.

#include "domain/dates.h"

#include <QDate>
#include <QModelIndex>
#include <QString>
#include <optional>

namespace Testigo::Ui {

// "$1,234,567.89 MXN" in Spanish (es-MX), "MXN 1,234,567.89" in English; exact, from centavos.
QString formatMoney(qint64 cents, const QString &currency);
// A plain editable amount in the locale's digits without currency: "1,234,567.89".
QString formatAmount(qint64 cents);
// The plain text a money line edit starts with: "1234567.89".
QString moneyEditText(qint64 cents);
// Parses what a user typed ("1,234.5", "1234", "$1,234.56 MXN") into centavos; nullopt if not a number.
std::optional<qint64> parseAmount(const QString &text);
// Dates: Testigo::formatDate (domain/dates.h), the one format of each language.
// 1234 basis points -> "12.34 %".
QString formatPercent(qint64 basisPoints);
// True when the UI speaks Spanish (decides es/en columns such as question texts).
bool uiIsSpanish();

// A valid index of a flat model, checked without Qt's checkIndex() warnings (model testers probe
// invalid indexes on purpose).
inline bool isValidCell(const QModelIndex &index)
{
    return index.isValid() && index.model() && index.row() < index.model()->rowCount()
        && index.column() < index.model()->columnCount();
}

// Text columns are NOT NULL: a null QString would be stored as NULL, so send "" instead.
inline QString nonNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

} // namespace Testigo::Ui
