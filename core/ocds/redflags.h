// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Red flags of one procedure as leads for the witness (OCDS.md §4), computed on its OCDS release:
// the compiled published release when the procedure was imported, else the export of what the
// case file holds. Legal periods come from the clock rules of the version of the law in force
// (rules/clockrules.h), so a flag and a clock never disagree; other thresholds are data per regime
// (resources/rules/redflags.json). The witness
// confirms (it becomes a finding) or dismisses each one with a reason; decisions are audited.

#include "domain/entities.h"
#include "ocds/jnode.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>

namespace Testigo {
class BusinessCalendar;
class CaseFile;
} // namespace Testigo

namespace Testigo::Ocds {

struct RegimeThresholds
{
    int nearEstimateBp = 100;
    int overrunToleranceBp = 0;
    int amendmentIncreaseBp = 0;
    int narrowGapBp = 100;
    // Flag 15: at least this many working days from tenderPeriod.endDate to the award date; the
    // latest lawful award comes from the clock rules (opening_to_award), as do the submission minimums.
    int minDecisionWorkingDays = 1;
};

// Flag 4: the most a direct award may total in one year under one regime for one object kind
// (the PEF annex amounts, entered as data; none ship: see redflags.json).
struct DirectAwardCap
{
    int year = 0;
    QString regime; // "" = any regime without a cap of its own
    QString objectKind; // goods_services | works
    qint64 cents = 0;
    QString currency = QStringLiteral("MXN");
    QString source; // where the amount comes from (DOF, PEF year and annex)
};

struct FlagRules
{
    RegimeThresholds fallback;
    QHash<QString, RegimeThresholds> byRegime;
    QList<DirectAwardCap> directAwardCaps;
    // Prefixes of procurementMethodDetails (source data, in Spanish) that name a direct award or a
    // restricted invitation: "methodDetails" of redflags.json.
    QStringList directDetails, invitationDetails;
    const RegimeThresholds &forRegime(const QString &regime) const;
    // The cap for that year, regime and kind (goods_services | works); nullptr when none is known.
    const DirectAwardCap *directAwardCap(int year, const QString &regime, const QString &objectKind) const;
    // rules/redflags.json: the user's replacement (DataFile::locate) or the shipped one.
    static FlagRules load();
    static FlagRules fromJson(const QByteArray &json);
};

struct RedFlag
{
    QString code; // single_bid, short_submission, ...
    int number = 0; // OCDS.md §4 numbering
    QString detail; // translated, with the figures that fired it
    QString decision; // "" | confirmed | dismissed
    QString reason;
    QString findingId;
};

// Every flag code in OCDS.md order.
const QStringList &flagCodes();
QString flagTitle(const QString &code); // translated
// calendar: the working days to count with (the standard calendar when null); the case file's
// decree days count here as they do in the clocks.
QList<RedFlag> computeRedFlags(const JNode &release, const Procedure &procedure, const FlagRules &rules,
    const BusinessCalendar *calendar = nullptr);
// With the witness's decisions attached, counting with the file's decree days.
QList<RedFlag> computeRedFlags(const CaseFile &file, const Procedure &procedure, const FlagRules &rules);
QJsonObject flagToJson(const RedFlag &flag);

// The release flags are computed on: compiled from the stored published releases, else exported.
JNode procedureRelease(const CaseFile &file, const Procedure &procedure);

// Records the witness's decision. Confirming creates a finding (category "ocds_red_flag" unless
// given) linked to the decision and returns its id in *findingId. One transaction, audited.
bool decideFlag(CaseFile &file, const Procedure &procedure, const RedFlag &flag, const QString &decision,
    const QString &reason, QString *findingId = nullptr);

} // namespace Testigo::Ocds
