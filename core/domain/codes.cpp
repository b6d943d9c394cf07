// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/codes.h"
#include "domain/doclanguage.h"

#include <QCoreApplication>

namespace Testigo::Codes {

const CodeList &regimes()
{
    static const CodeList l{
        {"LAASSP-2000", QT_TRANSLATE_NOOP("Codes", "LAASSP 2000 (before 17 April 2025)")},
        {"LAASSP-2025", QT_TRANSLATE_NOOP("Codes", "LAASSP 2025")},
        {"LOPSRM", QT_TRANSLATE_NOOP("Codes", "LOPSRM (public works)")},
        {"STATE", QT_TRANSLATE_NOOP("Codes", "State law")},
        {"VOLUNTARY", QT_TRANSLATE_NOOP("Codes", "Voluntary Integrity Pact")}};
    return l;
}

const CodeList &procedureTypes()
{
    static const CodeList l{
        {"open_tender", QT_TRANSLATE_NOOP("Codes", "Open public tender")},
        {"restricted_invitation", QT_TRANSLATE_NOOP("Codes", "Invitation to at least three suppliers")},
        {"direct_award", QT_TRANSLATE_NOOP("Codes", "Direct award")},
        {"competitive_dialogue", QT_TRANSLATE_NOOP("Codes", "Competitive dialogue")},
        {"direct_award_negotiation", QT_TRANSLATE_NOOP("Codes", "Direct award with negotiation")},
        {"framework_agreement", QT_TRANSLATE_NOOP("Codes", "Framework agreement contract")},
        {"catalogue_order", QT_TRANSLATE_NOOP("Codes", "Catalogue order")}};
    return l;
}

const CodeList &characters()
{
    static const CodeList l{
        {"national", QT_TRANSLATE_NOOP("Codes", "National")},
        {"international_treaties", QT_TRANSLATE_NOOP("Codes", "International under trade treaties")},
        {"international_open", QT_TRANSLATE_NOOP("Codes", "Open international")}};
    return l;
}

const CodeList &evaluations()
{
    static const CodeList l{
        {"binary", QT_TRANSLATE_NOOP("Codes", "Pass/fail (binary)")},
        {"points", QT_TRANSLATE_NOOP("Codes", "Points and percentages")},
        {"cost_benefit", QT_TRANSLATE_NOOP("Codes", "Cost-benefit")}};
    return l;
}

const CodeList &objectKinds()
{
    static const CodeList l{
        {"goods", QT_TRANSLATE_NOOP("Codes", "Goods")},
        {"services", QT_TRANSLATE_NOOP("Codes", "Services")},
        {"works", QT_TRANSLATE_NOOP("Codes", "Public works")}};
    return l;
}

const CodeList &stageKinds()
{
    static const CodeList l{
        {"market_research", QT_TRANSLATE_NOOP("Codes", "Planning and market research")},
        {"draft_call", QT_TRANSLATE_NOOP("Codes", "Draft call for tenders")},
        {"call", QT_TRANSLATE_NOOP("Codes", "Call for tenders")},
        {"call_change", QT_TRANSLATE_NOOP("Codes", "Changes to the call")},
        {"site_visit", QT_TRANSLATE_NOOP("Codes", "Site visit")},
        {"clarification", QT_TRANSLATE_NOOP("Codes", "Clarification meeting")},
        {"opening", QT_TRANSLATE_NOOP("Codes", "Bid submission and opening")},
        {"evaluation", QT_TRANSLATE_NOOP("Codes", "Evaluation")},
        {"reverse_auction", QT_TRANSLATE_NOOP("Codes", "Subsequent discount offers")},
        {"award", QT_TRANSLATE_NOOP("Codes", "Award decision")},
        {"contract", QT_TRANSLATE_NOOP("Codes", "Contract signature")},
        {"execution", QT_TRANSLATE_NOOP("Codes", "Execution and follow-up")},
        {"report", QT_TRANSLATE_NOOP("Codes", "Final report delivery")}};
    return l;
}

const CodeList &stageStatuses()
{
    static const CodeList l{
        {"pending", QT_TRANSLATE_NOOP("Codes", "Pending")},
        {"in_progress", QT_TRANSLATE_NOOP("Codes", "In progress")},
        {"done", QT_TRANSLATE_NOOP("Codes", "Done")},
        {"not_applicable", QT_TRANSLATE_NOOP("Codes", "Not applicable")}};
    return l;
}

const CodeList &severities()
{
    static const CodeList l{
        {"low", QT_TRANSLATE_NOOP("Codes", "Low")},
        {"medium", QT_TRANSLATE_NOOP("Codes", "Medium")},
        {"high", QT_TRANSLATE_NOOP("Codes", "High")},
        {"critical", QT_TRANSLATE_NOOP("Codes", "Critical")}};
    return l;
}

const CodeList &findingStatuses()
{
    static const CodeList l{
        {"pending", QT_TRANSLATE_NOOP("Codes", "Pending")},
        {"attended", QT_TRANSLATE_NOOP("Codes", "Addressed")},
        {"partial", QT_TRANSLATE_NOOP("Codes", "Partly addressed")},
        {"not_attended", QT_TRANSLATE_NOOP("Codes", "Not addressed")}};
    return l;
}

const CodeList &escalations()
{
    static const CodeList l{
        {"none", QT_TRANSLATE_NOOP("Codes", "Not escalated")},
        {"oic", QT_TRANSLATE_NOOP("Codes", "Internal Control Body (OIC)")},
        {"secretaria", QT_TRANSLATE_NOOP("Codes", "The Secretaría (SFP/SABG)")},
        {"comision_vigilancia", QT_TRANSLATE_NOOP("Codes", "Oversight Committee of the Chamber of Deputies")}};
    return l;
}

const CodeList &answers()
{
    static const CodeList l{
        {"", QT_TRANSLATE_NOOP("Codes", "Unanswered")},
        {"yes", QT_TRANSLATE_NOOP("Codes", "Yes")},
        {"no", QT_TRANSLATE_NOOP("Codes", "No")},
        {"na", QT_TRANSLATE_NOOP("Codes", "N/A")}};
    return l;
}

const CodeList &authorities()
{
    static const CodeList l{
        {"SFP", QT_TRANSLATE_NOOP("Codes", "Secretaría de la Función Pública (SFP)")},
        {"SABG", QT_TRANSLATE_NOOP("Codes", "Secretaría Anticorrupción y Buen Gobierno (SABG)")},
        {"OWN_REGIME", QT_TRANSLATE_NOOP("Codes", "The entity's own regime")},
        {"VOLUNTARY_PACT", QT_TRANSLATE_NOOP("Codes", "Voluntary Integrity Pact")}};
    return l;
}

const CodeList &witnessKinds()
{
    static const CodeList l{
        {"person", QT_TRANSLATE_NOOP("Codes", "Person")},
        {"organisation", QT_TRANSLATE_NOOP("Codes", "Organisation")}};
    return l;
}

const CodeList &agencyKinds()
{
    static const CodeList l{
        {"dependencia", QT_TRANSLATE_NOOP("Codes", "Ministry (dependencia)")},
        {"entidad", QT_TRANSLATE_NOOP("Codes", "Parastatal entity")},
        {"state", QT_TRANSLATE_NOOP("Codes", "State government")},
        {"municipal", QT_TRANSLATE_NOOP("Codes", "Municipal government")}};
    return l;
}

const CodeList &sectors()
{
    static const CodeList l{
        {"energy", QT_TRANSLATE_NOOP("Codes", "Energy")},
        {"health", QT_TRANSLATE_NOOP("Codes", "Health")},
        {"transport", QT_TRANSLATE_NOOP("Codes", "Transport and infrastructure")},
        {"water", QT_TRANSLATE_NOOP("Codes", "Water")},
        {"finance", QT_TRANSLATE_NOOP("Codes", "Financial services and insurance")},
        {"education", QT_TRANSLATE_NOOP("Codes", "Education")},
        {"security", QT_TRANSLATE_NOOP("Codes", "Security")},
        {"telecom", QT_TRANSLATE_NOOP("Codes", "Telecommunications")},
        {"government", QT_TRANSLATE_NOOP("Codes", "Government services")},
        {"other", QT_TRANSLATE_NOOP("Codes", "Other")}};
    return l;
}

const CodeList &currencies()
{
    static const CodeList l{
        {"MXN", QT_TRANSLATE_NOOP("Codes", "Mexican peso (MXN)")},
        {"USD", QT_TRANSLATE_NOOP("Codes", "US dollar (USD)")}};
    return l;
}

const CodeList &bidResults()
{
    static const CodeList l{
        {"pending", QT_TRANSLATE_NOOP("Codes", "Pending")},
        {"pass", QT_TRANSLATE_NOOP("Codes", "Compliant")},
        {"fail", QT_TRANSLATE_NOOP("Codes", "Non-compliant")}};
    return l;
}

const CodeList &signatoryRoles()
{
    static const CodeList l{
        {"official", QT_TRANSLATE_NOOP("Codes", "Agency official")},
        {"bidder", QT_TRANSLATE_NOOP("Codes", "Bidder")},
        {"witness", QT_TRANSLATE_NOOP("Codes", "Social witness")}};
    return l;
}

const CodeList &clauseParties()
{
    static const CodeList l{
        {"authority", QT_TRANSLATE_NOOP("Codes", "Contracting authority")},
        {"bidder", QT_TRANSLATE_NOOP("Codes", "Bidders")},
        {"monitor", QT_TRANSLATE_NOOP("Codes", "Social witness")},
        {"sanctions", QT_TRANSLATE_NOOP("Codes", "Sanctions and remedies")}};
    return l;
}

namespace {
const CodeItem *find(const CodeList &list, const QString &code)
{
    for (const auto &i : list)
        if (QLatin1String(i.code) == code)
            return &i;
    return nullptr;
}
} // namespace

QString label(const CodeList &list, const QString &code)
{
    const CodeItem *i = find(list, code);
    return i ? QCoreApplication::translate("Codes", i->label) : code;
}

QString label(const CodeList &list, const QString &code, const DocLanguage &lang)
{
    const CodeItem *i = find(list, code);
    return i ? lang.translate("Codes", i->label) : code;
}

int rank(const CodeList &list, const QString &code)
{
    for (int n = 0; n < list.size(); ++n)
        if (QLatin1String(list[n].code) == code)
            return n;
    return -1;
}

} // namespace Testigo::Codes
