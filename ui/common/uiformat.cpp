// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/uiformat.h"

#include "domain/money.h"

#include <QLocale>
#include <QRegularExpression>

namespace Testigo::Ui {

bool uiIsSpanish()
{
    return QLocale().language() == QLocale::Spanish;
}

QString formatAmount(qint64 cents)
{
    const QLocale loc;
    const qint64 a = cents < 0 ? -cents : cents;
    return QStringLiteral("%1%2%3%4")
        .arg(cents < 0 ? QStringLiteral("-") : QString(), loc.toString(a / 100), loc.decimalPoint())
        .arg(a % 100, 2, 10, QLatin1Char('0'));
}

QString formatMoney(qint64 cents, const QString &currency)
{
    const QString number = formatAmount(cents);
    return uiIsSpanish() ? QStringLiteral("$%1 %2").arg(number, currency)
                         : QStringLiteral("%1 %2").arg(currency, number);
}

QString moneyEditText(qint64 cents)
{
    return Money(cents, QStringLiteral("MXN")).toDecimalString();
}

std::optional<qint64> parseAmount(const QString &text)
{
    QString t = text;
    t.remove(QRegularExpression(QStringLiteral("[A-Za-z$\\s]")));
    if (t.isEmpty())
        return std::nullopt;
    // Both UI locales (es-MX, en-US) group with ',' and use '.' for decimals, like Money::parse.
    const auto m = Money::parse(t, QStringLiteral("MXN"));
    if (!m)
        return std::nullopt;
    return m->cents();
}

QString formatPercent(qint64 bp)
{
    const qint64 a = bp < 0 ? -bp : bp;
    return QStringLiteral("%1%2%3%4 %")
        .arg(bp < 0 ? QStringLiteral("-") : QString(), QLocale().toString(a / 100), QLocale().decimalPoint())
        .arg(a % 100, 2, 10, QLatin1Char('0'));
}

} // namespace Testigo::Ui
