// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Small display helpers shared by the record panels (findings, pact, bidders): money in the UI's
// locale, severity colours and stage labels. Pure functions, no state.

#include "domain/entities.h"

#include <QColor>
#include <QLocale>
#include <QModelIndex>
#include <QString>

namespace Testigo::Ui {

// "$1,234,567.89 MXN" when the UI is Spanish, "MXN 1,234,567.89" otherwise; exact (no double).
QString formatMoney(qint64 cents, const QString &currency, const QLocale &locale = QLocale());
// The plain text a money line edit starts with: "1234567.89".
QString moneyEditText(qint64 cents);
// Background colour of a severity code (low .. critical); invalid for an empty code.
QColor severityColor(const QString &severity);
// "Clarification meeting (round 2)", translated.
QString stageLabel(const Stage &stage);
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

// The worse of two severity codes (by Codes::severities() order); empty counts as none.
QString worseSeverity(const QString &a, const QString &b);

} // namespace Testigo::Ui
