// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Social results and Collective Action: recommendations and their follow-up, the agencies'
// response time, escalations, Integrity Pact signature among bidders and officials, disclosures,
// declared conflicts and bidders per procedure over time. Pure over plain structs.

#include "domain/entities.h"

#include <QList>
#include <QMap>
#include <QString>
#include <optional>

namespace Testigo {

class CaseFile;

struct FollowUp
{
    int total = 0, attended = 0, partial = 0, notAttended = 0, pending = 0;
    std::optional<qint64> attendedPercentBp; // attended ÷ total
};

struct SocialInput
{
    QList<Procedure> procedures;
    QList<Agency> agencies;
    QList<Stage> stages;
    QList<Finding> findings;
    QList<Bidder> bidders;
    QList<Signatory> signatories;
};

struct SocialMetrics
{
    FollowUp recommendations;              // findings carrying a recommendation
    QMap<QString, FollowUp> byAgency;      // agency id → follow-up
    QMap<QString, FollowUp> byStage;       // stage kind → follow-up
    int responded = 0;                     // findings with raised and response dates
    std::optional<qint64> meanResponseDaysX100; // mean days raised → response, × 100
    std::optional<int> medianResponseDays, maxResponseDays;
    int escalations = 0;
    QMap<QString, int> escalationsByLevel; // oic | secretaria | comision_vigilancia
    int bidders = 0, biddersSigned = 0, disclosures = 0, conflictsDeclared = 0;
    std::optional<qint64> bidderSignatureRateBp, disclosureRateBp;
    int officials = 0, officialsSigned = 0; // Signatory rows with role "official"; signed = dated
    std::optional<qint64> officialSignatureRateBp;
    struct YearPoint { int year = 0; int procedures = 0; int bidders = 0; qint64 meanBiddersX100 = 0; };
    QList<YearPoint> biddersByYear; // year of the call stage (else of creation)
};

SocialMetrics computeSocialMetrics(const SocialInput &input);
SocialInput loadSocialInput(const CaseFile &file);

} // namespace Testigo
