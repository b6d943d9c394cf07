// SPDX-License-Identifier: GPL-3.0-or-later
// Full-text search: one FTS5 query per kind, each on the kind's own index (migration 0010), so a
// prefix's matching terms are gathered once per kind rather than once for every kind's range.
#include "store/search.h"

#include "store/casefile_db.h"

#include <QCoreApplication>
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

constexpr int kMaxWords = 16;

struct RankedHit
{
    SearchHit hit;
    double score = 0; // bm25: lower is more relevant
};

// Case and accents folded away, as the index's tokenizer folds them.
QString folded(const QString &text)
{
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_D))
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c.toCaseFolded());
    return out;
}

QStringList tokensOf(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    return folded(text).split(separators, Qt::SkipEmptyParts);
}

// A narrative is rich text (QTextEdit's HTML): the index holds its markup too, so "font" or
// "margin" would find every narrative edited in the window. Its hits are checked against the
// words a reader sees, and their snippet is cut from those words.
QString plainTextOf(const QString &html)
{
    static const QRegularExpression head(
        QStringLiteral("<head>.*</head>"), QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    QString s = html;
    s.remove(head).replace(tag, QStringLiteral(" "));
    s.replace(QStringLiteral("&lt;"), QStringLiteral("<"))
        .replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    s.replace(QStringLiteral("&quot;"), QStringLiteral("\""))
        .replace(QStringLiteral("&#39;"), QStringLiteral("'"));
    s.replace(QStringLiteral("&nbsp;"), QStringLiteral(" "))
        .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return s.simplified();
}

// The words of `plain` around the first one a typed word finds; empty when a typed word finds none.
QString readableSnippet(const QString &plain, const QString &typed)
{
    const QStringList words = plain.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QList<QStringList> tokens;
    for (const QString &w : words)
        tokens.append(tokensOf(w));
    qsizetype first = -1;
    for (const QString &typedWord : typed.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QStringList wanted = tokensOf(typedWord);
        if (wanted.isEmpty())
            continue;
        qsizetype at = -1;
        for (qsizetype i = 0; i < tokens.size() && at < 0; ++i)
            for (const QString &t : tokens.at(i))
                if (wanted.size() == 1 && wanted.first().size() > 1 ? t.startsWith(wanted.first())
                                                                    : wanted.contains(t))
                    at = i;
        if (at < 0)
            return {};
        first = first < 0 ? at : qMin(first, at);
    }
    const qsizetype from = qMax<qsizetype>(0, first - 4), to = qMin<qsizetype>(words.size(), from + 12);
    return (from > 0 ? QStringLiteral("…") : QString()) + words.mid(from, to - from).join(QLatin1Char(' '))
        + (to < words.size() ? QStringLiteral("…") : QString());
}

QList<RankedHit> hitsOfKind(const CaseFile &file, const QString &typed, const QString &kind, int perKind)
{
    // The most recently written matches, ranked among themselves: ranking every match would
    // score each one (hundreds of milliseconds for a word in every title of 250,000 procedures).
    const bool richText = kind == QStringLiteral("narrative");
    QSqlQuery &q = SearchAccess::prepared(file,
        QStringLiteral(
            "SELECT record_id, procedure_id, snippet(search_%1, 2, '', '', '…', 12), "
            "bm25(search_%1), %2 FROM search_%1 WHERE search_%1 MATCH ? ORDER BY rowid DESC LIMIT ?")
            .arg(kind, richText ? QStringLiteral("body") : QStringLiteral("''")));
    q.bindValue(0, searchMatchExpression(typed));
    q.bindValue(1, richText ? perKind * 10 : perKind);
    QList<RankedHit> out;
    if (!q.exec())
        return out;
    while (q.next() && out.size() < perKind) {
        RankedHit r;
        r.hit.kind = kind;
        r.hit.recordId = q.value(0).toString();
        r.hit.procedureId = q.value(1).toString();
        r.hit.snippet
            = richText ? readableSnippet(plainTextOf(q.value(4).toString()), typed) : q.value(2).toString();
        r.score = q.value(3).toDouble();
        if (!richText || !r.hit.snippet.isEmpty())
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

QString searchKindLabel(const QString &kind)
{
    static const char *const labels[] = {QT_TRANSLATE_NOOP("Search", "Procedures"),
        QT_TRANSLATE_NOOP("Search", "Agencies"), QT_TRANSLATE_NOOP("Search", "Bidders"),
        QT_TRANSLATE_NOOP("Search", "Findings"), QT_TRANSLATE_NOOP("Search", "Narratives"),
        QT_TRANSLATE_NOOP("Search", "Stage notes"), QT_TRANSLATE_NOOP("Search", "Evidence")};
    const qsizetype i = searchKinds().indexOf(kind);
    return i < 0 ? kind : QCoreApplication::translate("Search", labels[i]);
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
        // A word of one character is matched whole: as a prefix it would gather most of the index.
        phrases << QLatin1Char('"') + quoted
                + (word.size() > 1 ? QStringLiteral("\"*") : QStringLiteral("\""));
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
    for (const QString &kind : searchKinds())
        for (const RankedHit &r : hitsOfKind(file, typed, kind, perKind))
            hits.append(r.hit);
    nameProcedures(file, hits);
    return hits;
}

} // namespace Testigo
