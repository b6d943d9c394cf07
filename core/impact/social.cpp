// SPDX-License-Identifier: GPL-3.0-or-later
#include "impact/social.h"

#include "domain/money.h"
#include "store/casefile.h"

#include <QHash>
#include <algorithm>

namespace Testigo {

namespace {

void count(FollowUp &f, const QString &status)
{
    ++f.total;
    if (status == QLatin1String("attended"))
        ++f.attended;
    else if (status == QLatin1String("partial"))
        ++f.partial;
    else if (status == QLatin1String("not_attended"))
        ++f.notAttended;
    else
        ++f.pending;
    f.attendedPercentBp = roundedDivide(Int128(f.attended) * 10000, f.total);
}

std::optional<qint64> rate(int part, int whole)
{
    if (whole == 0)
        return std::nullopt;
    return roundedDivide(Int128(part) * 10000, whole);
}

} // namespace

SocialMetrics computeSocialMetrics(const SocialInput &in)
{
    SocialMetrics s;
    QHash<QString, const Procedure *> procedures;
    for (const auto &p : in.procedures)
        if (!p.deleted)
            procedures.insert(p.id, &p);
    QHash<QString, QString> stageKind;
    QHash<QString, QDate> callDate;
    for (const auto &st : in.stages) {
        stageKind.insert(st.id, st.kind);
        if (st.kind == QLatin1String("call") && (st.actualDate.isValid() || st.plannedDate.isValid()))
            callDate.insert(st.procedureId, st.actualDate.isValid() ? st.actualDate : st.plannedDate);
    }

    QList<int> days;
    for (const auto &f : in.findings) {
        const Procedure *p = procedures.value(f.procedureId);
        if (f.deleted || !p)
            continue;
        if (!f.recommendation.trimmed().isEmpty()) {
            count(s.recommendations, f.status);
            count(s.byAgency[p->agencyId], f.status);
            count(s.byStage[stageKind.value(f.stageId)], f.status);
        }
        if (f.raisedDate.isValid() && f.responseDate.isValid())
            days.append(int(f.raisedDate.daysTo(f.responseDate)));
        if (!f.escalation.isEmpty() && f.escalation != QLatin1String("none")) {
            ++s.escalations;
            ++s.escalationsByLevel[f.escalation];
        }
    }
    s.responded = int(days.size());
    if (!days.isEmpty()) {
        std::sort(days.begin(), days.end());
        qint64 sum = 0;
        for (int d : days)
            sum += d;
        s.meanResponseDaysX100 = roundedDivide(Int128(sum) * 100, days.size());
        s.medianResponseDays = days.at((days.size() - 1) / 2); // lower median: a whole day
        s.maxResponseDays = days.last();
    }

    QHash<QString, int> biddersPer;
    for (const auto &b : in.bidders) {
        if (b.deleted || !procedures.contains(b.procedureId))
            continue;
        ++s.bidders;
        s.biddersSigned += b.signedPact ? 1 : 0;
        s.disclosures += b.disclosedTies ? 1 : 0;
        s.conflictsDeclared += b.declaredConflict ? 1 : 0;
        ++biddersPer[b.procedureId];
    }
    s.bidderSignatureRateBp = rate(s.biddersSigned, s.bidders);
    s.disclosureRateBp = rate(s.disclosures, s.bidders);
    for (const auto &sig : in.signatories) {
        if (sig.deleted || sig.role != QLatin1String("official") || !procedures.contains(sig.procedureId))
            continue;
        ++s.officials;
        s.officialsSigned += sig.signedDate.isValid() ? 1 : 0;
    }
    s.officialSignatureRateBp = rate(s.officialsSigned, s.officials);

    QMap<int, SocialMetrics::YearPoint> years;
    for (const Procedure *p : std::as_const(procedures)) {
        QDate d = callDate.value(p->id);
        if (!d.isValid())
            d = QDate::fromString(p->createdAt.left(10), Qt::ISODate);
        auto &y = years[d.isValid() ? d.year() : 0];
        y.year = d.isValid() ? d.year() : 0;
        ++y.procedures;
        y.bidders += biddersPer.value(p->id);
    }
    for (auto y : years) {
        y.meanBiddersX100 = roundedDivide(Int128(y.bidders) * 100, y.procedures);
        s.biddersByYear.append(y);
    }
    return s;
}

SocialInput loadSocialInput(const CaseFile &file)
{
    SocialInput in;
    in.procedures = file.all<Procedure>();
    in.agencies = file.all<Agency>();
    in.stages = file.all<Stage>();
    in.findings = file.all<Finding>();
    in.bidders = file.all<Bidder>();
    in.signatories = file.all<Signatory>();
    return in;
}

} // namespace Testigo
