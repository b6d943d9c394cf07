// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The language a document (testimony, report, export) is written in, chosen independently of the
// UI's. It carries its own translator and locale, so rendering never touches the application's.

#include <QLocale>
#include <QString>
#include <QTranslator>
#include <memory>

namespace Testigo {

class Money;

class DocLanguage final
{
public:
    explicit DocLanguage(const QString &code); // "es" or "en"
    ~DocLanguage();

    QString code() const { return m_code; }
    bool isSpanish() const { return m_code == QStringLiteral("es"); }
    const QLocale &locale() const { return m_locale; }

    // Translates a source string marked with QT_TRANSLATE_NOOP(context, ...) (or
    // QT_TRANSLATE_N_NOOP for "%n" plurals) through this document's own translator, loaded from
    // the compiled catalogue of its language: never the application's, so the interface language
    // cannot leak into a document.
    QString translate(const char *context, const char *source, int n = -1) const;
    // "$1,234,567.89 MXN" in es-MX; "MXN 1,234,567.89" in en.
    QString money(const Money &m) const;
    QString date(const QDate &d) const; // long form: "5 de marzo de 2024" / "5 March 2024"
    QString shortDate(const QDate &d) const; // formatDate: "05/03/2024" / "5 Mar 2024"
    QString percent(qint64 basisPoints) const; // 1234 -> "12.34 %"

private:
    QString m_code;
    QLocale m_locale;
    std::unique_ptr<QTranslator> m_translator;
};

} // namespace Testigo
