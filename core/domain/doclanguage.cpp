// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/doclanguage.h"

#include "domain/dates.h"
#include "domain/money.h"

#include <QDate>

namespace Testigo {

DocLanguage::DocLanguage(const QString &code)
    : m_code(code == QStringLiteral("en") ? QStringLiteral("en") : QStringLiteral("es"))
    , m_locale(m_code == QStringLiteral("en") ? QLocale(QLocale::English, QLocale::UnitedStates)
                                              : QLocale(QLocale::Spanish, QLocale::Mexico))
    , m_translator(std::make_unique<QTranslator>())
{
    // Both languages load their .qm: the English one carries the English plural forms ("%n").
    (void)m_translator->load(QStringLiteral(":/i18n/testigo_%1.qm").arg(m_code));
}

DocLanguage::~DocLanguage() = default;

QString DocLanguage::translate(const char *context, const char *source, int n) const
{
    const QString t = m_translator->translate(context, source, nullptr, n);
    QString out = t.isEmpty() ? QString::fromUtf8(source) : t;
    if (n >= 0)
        out.replace(QStringLiteral("%n"), m_locale.toString(n));
    return out;
}

QString DocLanguage::money(const Money &m) const
{
    const qint64 a = m.cents() < 0 ? -m.cents() : m.cents();
    const QString units = m_locale.toString(a / 100);
    const QString number = QStringLiteral("%1%2%3%4")
                               .arg(m.cents() < 0 ? QStringLiteral("-") : QString())
                               .arg(units)
                               .arg(m_locale.decimalPoint())
                               .arg(a % 100, 2, 10, QLatin1Char('0'));
    return isSpanish() ? QStringLiteral("$%1 %2").arg(number, m.currency())
                       : QStringLiteral("%1 %2").arg(m.currency(), number);
}

QString DocLanguage::date(const QDate &d) const
{
    if (!d.isValid())
        return QString();
    return isSpanish() ? m_locale.toString(d, QStringLiteral("d 'de' MMMM 'de' yyyy"))
                       : m_locale.toString(d, QStringLiteral("d MMMM yyyy"));
}

QString DocLanguage::shortDate(const QDate &d) const
{
    return formatDate(d, m_locale); // the one short format of each language, as on screen
}

QString DocLanguage::percent(qint64 bp) const
{
    const qint64 a = bp < 0 ? -bp : bp;
    return QStringLiteral("%1%2%3%4 %")
        .arg(bp < 0 ? QStringLiteral("-") : QString())
        .arg(m_locale.toString(a / 100))
        .arg(m_locale.decimalPoint())
        .arg(a % 100, 2, 10, QLatin1Char('0'));
}

} // namespace Testigo
