// SPDX-License-Identifier: GPL-3.0-or-later
// Full-text search: one FTS5 query per kind, each bounded by the kind's rowid range (migration
// 0010 numbers an index entry <table number> * 2^40 + the row's rowid).
#include "store/search.h"

#include "store/casefile_db.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <algorithm>

namespace Testigo {

// Reads through the file's own connection (a friend of CaseFile).
struct SearchAccess
{
    static QSqlQuery &prepared(const CaseFile &file, const QString &sql) { return file.m_db->prepared(sql); }
};

namespace {

constexpr qint64 kKindSpan = qint64(1) << 40;
constexpr int kMaxWords = 16;

struct RankedHit
{
    SearchHit hit;
    double score = 0; // bm25: lower is more relevant
};

QList<RankedHit> hitsOfKind(const CaseFile &file, const QString &match, int kindNumber, int perKind)
{
    QSqlQuery &q = SearchAccess::prepared(file,
        QStringLiteral(
            "SELECT kind, record_id, procedure_id, snippet(search_text, 3, '', '', '…', 12), "
            "bm25(search_text) FROM search_text WHERE search_text MATCH ? AND rowid BETWEEN ? AND ? "
            "ORDER BY rowid DESC LIMIT ?"));
    q.bindValue(0, match);
    q.bindValue(1, kindNumber * kKindSpan);
    q.bindValue(2, (kindNumber + 1) * kKindSpan - 1);
    q.bindValue(3, perKind);
    QList<RankedHit> out;
    if (!q.exec())
        return out;
    while (q.next()) {
        RankedHit r;
        r.hit.kind = q.value(0).toString();
        r.hit.recordId = q.value(1).toString();
        r.hit.procedureId = q.value(2).toString();
        r.hit.snippet = q.value(3).toString();
        r.score = q.value(4).toDouble();
        out.append(r);
    }
    q.finish();
    std::stable_sort(
        out.begin(), out.end(), [](const RankedHit &a, const RankedHit &b) { return a.score < b.score; });
    return out;
}

// The number and title (Spanish, else English) of the procedures the hits belong to.
void nameProcedures(const CaseFile &file, QList<SearchHit> &hits)
{
    QSqlQuery &q = SearchAccess::prepared(file,
        QStringLiteral(
            "SELECT number, CASE WHEN title <> '' THEN title ELSE title_en END FROM procedure WHERE id = ?"));
    QHash<QString, std::pair<QString, QString>> known;
    for (SearchHit &h : hits) {
        if (h.procedureId.isEmpty())
            continue;
        auto it = known.find(h.procedureId);
        if (it == known.end()) {
            std::pair<QString, QString> names;
            q.bindValue(0, h.procedureId);
            if (q.exec() && q.next())
                names = {q.value(0).toString(), q.value(1).toString()};
            q.finish();
            it = known.insert(h.procedureId, names);
        }
        h.procedureNumber = it->first;
        h.procedureTitle = it->second;
    }
}

} // namespace

const QStringList &searchKinds()
{
    static const QStringList kinds {QStringLiteral("procedure"), QStringLiteral("agency"),
        QStringLiteral("bidder"), QStringLiteral("finding"), QStringLiteral("narrative"),
        QStringLiteral("stage"), QStringLiteral("attachment")};
    return kinds;
}

QString searchMatchExpression(const QString &typed)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    QStringList phrases;
    for (const QString &word : typed.split(space, Qt::SkipEmptyParts)) {
        // A word with no letter or digit holds no token: FTS5 would match nothing with it.
        if (std::none_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetterOrNumber(); }))
            continue;
        QString quoted = word;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        phrases << QLatin1Char('"') + quoted + QStringLiteral("\"*");
        if (phrases.size() == kMaxWords)
            break;
    }
    return phrases.join(QLatin1Char(' '));
}

QList<SearchHit> search(const CaseFile &file, const QString &typed, int perKind)
{
    QList<SearchHit> hits;
    const QString match = searchMatchExpression(typed);
    if (match.isEmpty() || perKind <= 0)
        return hits;
    for (int k = 0; k < searchKinds().size(); ++k)
        for (const RankedHit &r : hitsOfKind(file, match, k + 1, perKind))
            hits.append(r.hit);
    nameProcedures(file, hits);
    return hits;
}

} // namespace Testigo
