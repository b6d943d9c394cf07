// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Maps one compiled OCDS release onto a procedure and its rows, writing only what differs.

#include "ocds/importer.h"
#include "ocds/jnode.h"

#include <QHash>

namespace Testigo::Ocds {

class Mapper
{
    Q_DECLARE_TR_FUNCTIONS(OcdsImporter)

public:
    Mapper(CaseFile &file, ImportReport &report, QHash<QString, QString> &agencyByName)
        : m_file(file), m_report(report), m_agencies(agencyByName) {}

    // Creates or updates the procedure of release.ocid. Returns false on a store error.
    // *changed tells whether anything was written.
    bool apply(const QString &ocid, const JNode &release, bool *created, bool *changed);

private:
    struct Org
    {
        QString key, name, rfc;
    };
    Org resolve(const JNode &ref) const;
    void warn(const QString &message);
    // The release itself, or (when a text in it is too long) a copy in storage with such texts cut.
    const JNode &withLongTextsCut(const JNode &release, JNode &storage);
    // Writes the differing columns of a row, except those last edited by someone else (reported).
    bool applyRow(const QString &table, const QString &id, const QVariantMap &wanted, const QString &what);
    template<class E>
    bool upsert(E &existing, bool found, const E &wanted, const QString &what);
    QString ensureAgency(const JNode &r);
    bool mapStages(const QString &procedureId, const JNode &r);
    bool mapParticipants(const QString &procedureId, const JNode &r, const QString &currency);
    // The participants' steps (mapper_rows.cpp), sharing what each learns in a Participants.
    struct Participants;
    bool mapLots(Participants &s, const JNode &r);
    QString ensureBidder(Participants &s, const JNode &ref);
    void mapBidders(Participants &s, const JNode &r);
    bool mapBids(Participants &s, const JNode &r);
    bool mapAwards(Participants &s, const JNode &r);
    bool mapContracts(Participants &s, const JNode &r);
    bool mapAmendments(const QString &contractId, const JNode &contract);

    CaseFile &m_file;
    ImportReport &m_report;
    QHash<QString, QString> &m_agencies;
    QString m_ocid;
    QHash<QString, const JNode *> m_parties;
    bool m_changed = false;
};

} // namespace Testigo::Ocds
