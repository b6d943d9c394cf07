// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer harness: arbitrary bytes as each of the JSON data files a user may replace in the data
// folder (a regime's legal clocks, the holidays, the red-flag thresholds, the impact thresholds,
// the stage/clause/category/glossary templates), then used the way Testigo uses them: clocks
// evaluated on a procedure, business days counted, red flags' thresholds and prices compared.
// Promises checked: no crash or sanitizer report, and a refused file says why.
#include "domain/entities.h"
#include "fuzz_support.h"
#include "impact/metrics.h"
#include "ocds/redflags.h"
#include "rules/calendar.h"
#include "rules/clockrules.h"
#include "rules/templates.h"

using namespace Testigo;

namespace {

Procedure sampleProcedure()
{
    Procedure p;
    p.regime = QStringLiteral("LAASSP-2025");
    p.type = QStringLiteral("open_tender");
    p.character = QStringLiteral("national");
    p.objectKind = QStringLiteral("goods");
    p.reducedPeriodJustified = true;
    return p;
}

void useClocks(const QString &path)
{
    RegimeRules rules;
    QString error;
    if (!ClockRules::loadFile(path, rules, &error)) {
        if (error.isEmpty())
            Fuzz::broken("a refused rules file says why");
        return;
    }
    const Procedure p = sampleProcedure();
    for (const ClockRule &rule : rules.clocks)
        if (rule.appliesTo(p))
            rule.limitFor(p);
}

void useCalendar(const QString &path)
{
    BusinessCalendar calendar;
    QString error;
    if (!calendar.loadFile(path, &error)) {
        if (error.isEmpty())
            Fuzz::broken("a refused holidays file says why");
        return;
    }
    const QDate start(2025, 12, 20);
    calendar.businessDaysBetween(start, calendar.addBusinessDays(start, 40));
    calendar.holidayName(QDate(2026, 1, 1), QStringLiteral("en"));
}

void useTemplates(const QString &path)
{
    Templates templates = Templates::standard();
    templates.loadStages(path);
    templates.loadClauses(path);
    templates.loadCategories(path);
    templates.loadGlossary(path);
    if (!templates.isValid() && templates.errorString().isEmpty())
        Fuzz::broken("a refused template says why");
    for (const StageTemplate &stage : templates.stagesFor(
             QStringLiteral("LAASSP-2025"), QStringLiteral("open_tender"), QStringLiteral("goods")))
        templates.checklist(stage.checklist);
}

void useThresholds(const QByteArray &json)
{
    const Ocds::FlagRules flags = Ocds::FlagRules::fromJson(json);
    flags.forRegime(QStringLiteral("LAASSP-2025"));
    flags.directAwardCap(2025, QStringLiteral("LAASSP-2025"), QStringLiteral("goods_services"));
    const ImpactThresholds impact = ImpactThresholds::fromJson(json, ImpactThresholds());
    for (const qint64 bid : {qint64(0), qint64(110000), qint64(9000000000000000000LL)})
        isUnacceptablePrice(bid, 0, 100000, impact.unacceptableOverReferenceBp);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Fuzz::init(argc, argv);
    Templates::standard(); // loaded once, outside the measured inputs
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json = Fuzz::bytes(data, size);
    const QString path = Fuzz::scratch(QStringLiteral("data.json"));
    Fuzz::writeFile(path, json);
    useClocks(path);
    useCalendar(path);
    useTemplates(path);
    useThresholds(json);
    return 0;
}
