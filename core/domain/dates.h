// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The one way Testigo writes a date for people, in every view, editor, CLI text and document:
// Spanish (es-MX) "04/12/2026", English "4 Dec 2026" (day first, month in letters: never
// ambiguous, always four-digit years). Storage and machine formats stay ISO 8601.

#include <QDate>
#include <QLocale>
#include <QString>
#include <optional>

namespace Testigo {

// Empty for an invalid date.
QString formatDate(const QDate &date, const QLocale &locale = QLocale());
// What a person types, in the locale's language: "01/10/2026", "1/10/26", "01102026",
// "2026-10-01", "1 Oct 2026", "1 octubre 2026" (always day before month, as in Mexico).
// nullopt when it is not a date; an empty text is nullopt too (the caller decides what it means).
std::optional<QDate> parseDate(const QString &text, const QLocale &locale = QLocale());
// A hint for an empty date field: "dd/mm/aaaa" / "e.g. 4 Dec 2026" (translated, context "Dates").
QString dateHint(const QLocale &locale = QLocale());

} // namespace Testigo
