// SPDX-License-Identifier: GPL-3.0-or-later
#include "rfc.h"

#include <QDate>
#include <QRegularExpression>

namespace Testigo {

QString normalizedRfc(const QString &rfc)
{
    QString s = rfc.toUpper();
    s.remove(QLatin1Char(' '));
    s.remove(QLatin1Char('-'));
    return s;
}

RfcKind classifyRfc(const QString &input)
{
    static const QRegularExpression re(
        QStringLiteral("^([A-ZÑ&]{3,4})(\\d{2})(\\d{2})(\\d{2})([A-Z0-9]{2}[0-9A])$"));
    const QString rfc = normalizedRfc(input);
    const auto m = re.match(rfc);
    if (!m.hasMatch())
        return RfcKind::Invalid;
    const int month = m.captured(3).toInt();
    const int day = m.captured(4).toInt();
    // The two-digit year is ambiguous by century; any valid calendar date in either century passes.
    const int yy = m.captured(2).toInt();
    if (!QDate::isValid(1900 + yy, month, day) && !QDate::isValid(2000 + yy, month, day))
        return RfcKind::Invalid;
    return m.captured(1).size() == 3 ? RfcKind::PersonaMoral : RfcKind::PersonaFisica;
}

} // namespace Testigo
