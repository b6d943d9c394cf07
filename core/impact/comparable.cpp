// SPDX-License-Identifier: GPL-3.0-or-later
#include "impact/comparable.h"

namespace Testigo {

namespace {

const QString Mxn = QStringLiteral("MXN");
const QString Usd = QStringLiteral("USD");

QString monthText(const QDate &d)
{
    return d.toString(QStringLiteral("yyyy-MM"));
}

QString rateText(const FixRate &r)
{
    const QString value = scaledToString(r.scaled, 4);
    if (r.monthlyAverage)
        return QCoreApplication::translate("Impact", "the monthly average FIX of %1 (%2)")
            .arg(monthText(r.date), value);
    if (r.previousDay)
        return QCoreApplication::translate("Impact", "the FIX of %1, the nearest previous business day (%2)")
            .arg(r.date.toString(Qt::ISODate), value);
    return QCoreApplication::translate("Impact", "the FIX of %1 (%2)")
        .arg(r.date.toString(Qt::ISODate), value);
}

} // namespace

Money deflate(const Money &nominal, qint64 sourceIndex, qint64 targetIndex)
{
    return nominal.scaled(targetIndex, sourceIndex);
}

Money usdToMxn(const Money &usd, qint64 rateScaled)
{
    return Money(usd.scaled(rateScaled, SeriesScale).cents(), Mxn);
}

Money mxnToUsd(const Money &mxn, qint64 rateScaled)
{
    return Money(mxn.scaled(SeriesScale, rateScaled).cents(), Usd);
}

Comparable makeComparable(const Money &nominal, const QDate &date, const ComparableOptions &o)
{
    Comparable c;
    const bool real = o.realTarget.isValid();
    if (o.currency != Mxn && o.currency != Usd) {
        c.error = QCoreApplication::translate("Impact", "Unsupported target currency %1.").arg(o.currency);
        return c;
    }
    if (!real && nominal.currency() == o.currency) {
        c.amount = nominal;
        return c;
    }
    if (nominal.currency() != Mxn && nominal.currency() != Usd) {
        c.error = QCoreApplication::translate("Impact", "No exchange rate series for %1.")
                      .arg(nominal.currency());
        return c;
    }
    if (!date.isValid()) {
        c.error = QCoreApplication::translate("Impact", "No award date: the amount cannot be converted.");
        return c;
    }
    Money mxn = nominal;
    if (nominal.currency() == Usd) {
        const auto r = o.fix->rateFor(date);
        if (!r) {
            c.error = QCoreApplication::translate("Impact", "No Banxico FIX for %1 or the days before it.")
                          .arg(date.toString(Qt::ISODate));
            return c;
        }
        mxn = usdToMxn(nominal, r->scaled);
        c.steps << QCoreApplication::translate("Impact", "USD→MXN at %1").arg(rateText(*r));
    }
    QDate rateDate = date;
    if (real) {
        const auto src = o.inpc->value(date.year(), date.month());
        const auto tgt = o.inpc->value(o.realTarget.year(), o.realTarget.month());
        if (!src) {
            c.error = QCoreApplication::translate("Impact", "The INPC for %1 is missing: no real amount.")
                          .arg(monthText(date));
            return c;
        }
        if (!tgt) {
            c.error = QCoreApplication::translate("Impact", "The INPC for %1 is missing: no real amount.")
                          .arg(monthText(o.realTarget));
            return c;
        }
        mxn = deflate(mxn, *src, *tgt);
        c.steps << QCoreApplication::translate("Impact", "pesos of %1 = pesos of %2 × INPC %3 / %4")
                       .arg(monthText(o.realTarget), monthText(date), scaledToString(*tgt, 3),
                           scaledToString(*src, 3));
        rateDate = QDate(o.realTarget.year(), o.realTarget.month(), o.realTarget.daysInMonth());
    }
    if (o.currency == Usd) {
        const auto r = o.fix->rateFor(rateDate);
        if (!r) {
            c.error = QCoreApplication::translate("Impact", "No Banxico FIX for %1 or the days before it.")
                          .arg(rateDate.toString(Qt::ISODate));
            return c;
        }
        c.amount = mxnToUsd(mxn, r->scaled);
        c.steps << QCoreApplication::translate("Impact", "MXN→USD at %1").arg(rateText(*r));
    } else {
        c.amount = mxn;
    }
    return c;
}

QString conventionText(const ComparableOptions &o)
{
    QString s = QCoreApplication::translate("Impact",
        "Amounts in %1; other currencies converted at the Banxico FIX of the award date "
        "(nearest previous business day, or the month's average when no daily rate is stored).")
                    .arg(o.currency);
    if (o.realTarget.isValid())
        s += QLatin1Char(' ')
            + QCoreApplication::translate(
                "Impact", "Real terms: pesos of %1, nominal × INPC(%1) / INPC(month of the award); %2.")
                  .arg(monthText(o.realTarget), InpcSeries::baseDescription());
    return s;
}

} // namespace Testigo
