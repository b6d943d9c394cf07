// SPDX-License-Identifier: GPL-3.0-or-later
// testigo-cli search FILE QUERY [--json] [--limit N]: the window's search box on the command line.
#include "cli/cli.h"
#include "cli/queries.h"
#include "store/search.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Testigo::Cli {

namespace {

QJsonObject hitToJson(const SearchHit &h)
{
    return {{QStringLiteral("kind"), h.kind}, {QStringLiteral("record_id"), h.recordId},
        {QStringLiteral("procedure_id"), h.procedureId},
        {QStringLiteral("procedure_number"), h.procedureNumber},
        {QStringLiteral("procedure_title"), h.procedureTitle}, {QStringLiteral("snippet"), h.snippet}};
}

// Hits under a heading per kind: the procedure's number, then the text around the words found.
void printHits(const QList<SearchHit> &hits, Io io)
{
    QString kind;
    for (const SearchHit &h : hits) {
        if (h.kind != kind) {
            kind = h.kind;
            int n = 0;
            for (const SearchHit &o : hits)
                n += o.kind == kind ? 1 : 0;
            io.out << QCoreApplication::translate("Cli", "%1 (%2)").arg(searchKindLabel(kind)).arg(n) << '\n';
        }
        QString snippet = h.snippet;
        snippet.replace(QLatin1Char('\n'), QLatin1Char(' '));
        io.out << "  ";
        if (!h.procedureNumber.isEmpty())
            io.out << h.procedureNumber << '\t';
        io.out << snippet << '\n';
    }
}

} // namespace

int cmdSearch(const Args &a, Io io)
{
    if (a.positional.size() < 2)
        return usageError(
            io, QCoreApplication::translate("Cli", "search needs a FILE and what to look for."));
    bool ok = true;
    const int limit = a.value(QStringLiteral("limit"), QStringLiteral("20")).toInt(&ok);
    if (!ok || limit < 1)
        return usageError(
            io, QCoreApplication::translate("Cli", "--limit takes a number of hits of each kind."));
    const QString query = a.positional.mid(1).join(QLatin1Char(' '));
    if (searchMatchExpression(query).isEmpty())
        return usageError(
            io, QCoreApplication::translate("Cli", "“%1” holds no word to look for.").arg(query));
    auto file = openOrReport(a.positional.first(), io, true);
    if (!file)
        return Error;
    const QList<SearchHit> hits = search(*file, query, limit);
    if (a.has(QStringLiteral("json"))) {
        QJsonArray arr;
        for (const SearchHit &h : hits)
            arr.append(hitToJson(h));
        io.out << QString::fromUtf8(QJsonDocument(arr).toJson(QJsonDocument::Indented));
        return Ok;
    }
    if (hits.isEmpty())
        io.out << QCoreApplication::translate("Cli", "Nothing found for “%1”.").arg(query) << '\n';
    printHits(hits, io);
    return Ok;
}

} // namespace Testigo::Cli
