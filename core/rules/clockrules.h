// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The legal clocks of a regime, read from resources/rules/<version>.json (replaceable without a
// rebuild). A regime code names a family (LAASSP, LOPSRM) whose versions have validity periods
// (resources/rules/regimes.json); the version valid on the procedure's date governs it, and every
// clock and red flag reads its figures from that one version. A rule whose article or figures the
// reference cannot confirm for that version is marked unverified, and says so wherever it is shown. Each rule
// measures the days between two points of a procedure:
//   "stage:<kind>"   the first stage of that kind (its actual date, else its planned date)
//   "last:<kind>"    the latest dated stage of that kind (the last clarification meeting...)
//   "procedure:participationEnd"   the end of the witness's participation
//   "report"         the delivery of the witness's final report (the "report" stage's date)
//   "event:<kind>"   the date of each procedure event of that kind (schema 9: questions_deadline,
//                    call_change, award_correction); "event:<kind>:published" its publication
//   "amendment:agreed", "amendment:signed"   each convenio's agreement and signature (schema 9)
// A rule with an "event:" or "amendment:" end measures one period per such row (the other end, a
// stage, is shared) and reports the worst; with no such row recorded it does not apply.
// A "minimum" rule needs at least `days` between them, a "maximum" rule at most `days`
// (+ `extensionDays`, reported as a warning).

#include "rules/datafile.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QStringList>
#include <optional>

namespace Testigo {

struct Procedure;

struct ClockRule
{
    enum class Check { Minimum, Maximum };
    QString code;
    Check check = Check::Minimum;
    QString from, to;
    int days = 0;
    QHash<QString, int> daysByCharacter; // procedure.character -> days, overrides `days`
    int reducedDays = -1; // with procedure.reducedPeriodJustified; -1 = no reduction
    int extensionDays = 0;
    int warningDays = 0; // a pending maximum clock warns this many days before its deadline
    bool businessDays = false;
    bool optionalStart = false; // no start date means "does not apply" (e.g. no change to the call)
    QStringList types, objectKinds, characters; // empty = any
    QString article;
    bool verified = true; // false: article and figures not confirmed for this version of the law
    QString source; // where the rule comes from (REFERENCE section)
    Bilingual name, explanation;

    bool appliesTo(const Procedure &p) const;
    // The limit for this procedure (character, justified reduction).
    int limitFor(const Procedure &p) const;
};

// A ceiling the law sets on a contract's modifications, as a share of its amount (LAASSP art. 74:
// 20 % for goods and services), for the object kinds it covers.
struct AmendmentCeiling
{
    int basisPoints = 0; // 2000 = 20 %
    QString article;
    bool verified = true;
    QStringList objectKinds; // empty = any
};

// Who may run a diálogo competitivo: only the bodies the law names (LAASSP 2025 art. 35: Hacienda,
// with the authorisation of the Comité de Contrataciones Estratégicas). A version without this
// rule has no such procedure.
struct DialogueRule
{
    QStringList bodies; // agency acronyms (SHCP)
    QString article;
    bool verified = true;
    // Whether an agency of that acronym and name is one of the named bodies.
    bool allows(const QString &acronym, const QString &name) const;
};

struct RegimeRules
{
    QString regime; // the version's rules file (LAASSP-2009, LOPSRM-2025, STATE...)
    Bilingual name;
    bool advisory = false; // numbers borrowed from another regime, for reference only
    QString inheritedFrom;
    QString inheritedFamily; // a family whose version by date lends its clocks (voluntary pacts)
    QStringList omitted; // codes of the inherited clocks left out (statutory witness articles)
    QDate validFrom, validUntil; // from inclusive, until exclusive; invalid = open
    QList<ClockRule> clocks;
    std::optional<AmendmentCeiling> amendmentCeiling; // none when the reference gives no ceiling
    std::optional<DialogueRule> dialogue; // none when the version has no diálogo competitivo
    // The rule of that code, nullptr when the version has none.
    const ClockRule *rule(const QString &code) const;
};

class ClockRules final
{
    Q_DECLARE_TR_FUNCTIONS(ClockRules)

public:
    // Parses one rules file; false with *error when unusable.
    static bool loadFile(const QString &path, RegimeRules &out, QString *error = nullptr);
    // The rules of one rules file (replacement file, else resource), following "inherits" once;
    // cached per process. An unknown name has no clocks.
    static RegimeRules forRegime(const QString &regime);
    // The rules governing a procedure of that regime code whose version date is `date`: the family
    // version valid on that date; with no date, the version the code implies. A code outside every
    // family is a rules file of its own (STATE, VOLUNTARY).
    static RegimeRules forRegimeOn(const QString &regime, const QDate &date);
    // The rules file chosen for that code and date (see forRegimeOn).
    static QString versionFor(const QString &regime, const QDate &date);
};

} // namespace Testigo
