// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer harness: arbitrary bytes as the INPC and FIX series (the CSV files a user may drop in
// the data folder to correct or extend the shipped ones), then used the way the impact figures use
// them: look-ups, and money made comparable (USD↔MXN at the FIX, deflated by the INPC) over the
// whole range a series covers. Promises checked: no crash or sanitizer report (an overflow in the
// exact arithmetic is one), and a file refused says why.
#include "fuzz_support.h"
#include "impact/comparable.h"
#include "impact/series.h"

using namespace Testigo;

namespace {

void useInpc(const InpcSeries &inpc, const FixSeries &fix)
{
    if (inpc.isEmpty())
        return;
    const QDate first = inpc.firstMonth(), last = inpc.lastMonth();
    ComparableOptions options;
    options.inpc = &inpc;
    options.fix = &fix;
    options.realTarget = last;
    for (const QDate &date : {first, last, first.addMonths(1)}) {
        if (const auto v = inpc.value(date.year(), date.month()))
            scaledToString(*v, 3);
        for (const qint64 cents :
            {qint64(1), qint64(123456789), qint64(-5000000000LL), qint64(999999999999999LL)})
            makeComparable(Money(cents, QStringLiteral("MXN")), date, options);
    }
    conventionText(options);
}

void useFix(const FixSeries &fix, const InpcSeries &inpc)
{
    ComparableOptions options;
    options.inpc = &inpc;
    options.fix = &fix;
    for (const QString &currency : {QStringLiteral("MXN"), QStringLiteral("USD")}) {
        options.currency = currency;
        for (const QDate &date :
            {QDate(2018, 7, 16), QDate(2024, 3, 14), QDate(1994, 12, 22), QDate(2031, 1, 1)}) {
            if (const auto rate = fix.rateFor(date))
                scaledToString(rate->scaled, 4);
            makeComparable(
                Money(987654321,
                    currency == QLatin1String("USD") ? QStringLiteral("MXN") : QStringLiteral("USD")),
                date, options);
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Fuzz::init(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray csv = Fuzz::bytes(data, size);
    parseScaledDecimal(QString::fromUtf8(csv.left(64)));
    InpcSeries inpc;
    FixSeries fix;
    QString inpcError, fixError;
    if (!inpc.loadCsv(csv, &inpcError) && inpcError.isEmpty())
        Fuzz::broken("a refused INPC file says why");
    if (!fix.loadCsv(csv, &fixError) && fixError.isEmpty())
        Fuzz::broken("a refused FIX file says why");
    useInpc(inpc, fix.isEmpty() ? FixSeries::standard() : fix);
    useFix(fix, inpc.isEmpty() ? InpcSeries::standard() : inpc);
    return 0;
}
