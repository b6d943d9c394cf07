// SPDX-License-Identifier: GPL-3.0-or-later
// create, info, list and verify: the commands that only need the store.
#include "cli/cli.h"
#include "cli/queries.h"
#include "store/casefile.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Testigo::Cli {

std::unique_ptr<CaseFile> openOrReport(const QString &path, Io io, bool readOnly)
{
    auto r = CaseFile::open(path, readOnly);
    if (!r.file)
        error(io, r.message);
    else if (!r.notice.isEmpty()) // something was repaired on the way (an interrupted write rolled back)
        io.err << r.notice << '\n';
    return std::move(r.file);
}

int cmdCreate(const Args &a, Io io)
{
    if (a.positional.size() != 1)
        return usageError(io, QCoreApplication::translate("Cli", "create needs one FILE."));
    auto r = CaseFile::create(a.positional.first());
    if (!r.file)
        return error(io, r.message);
    io.out << QCoreApplication::translate("Cli", "Created %1").arg(a.positional.first()) << '\n';
    return Ok;
}

int cmdInfo(const Args &a, Io io)
{
    if (a.positional.size() != 1)
        return usageError(io, QCoreApplication::translate("Cli", "info needs one FILE."));
    auto file = openOrReport(a.positional.first(), io, true);
    if (!file)
        return Error;
    const int schema = file->schemaVersion();
    const qint64 procedures = file->count(QStringLiteral("procedure"));
    const qint64 findings = file->count(QStringLiteral("finding"));
    const qint64 attachments = file->count(QStringLiteral("attachment"));
    const QString head = file->auditHead();
    if (a.has(QStringLiteral("json"))) {
        QJsonObject o {{QStringLiteral("schema"), schema}, {QStringLiteral("procedures"), procedures},
            {QStringLiteral("findings"), findings}, {QStringLiteral("attachments"), attachments},
            {QStringLiteral("audit_head"), head}, {QStringLiteral("audit_entries"), file->auditLength()},
            {QStringLiteral("file_id"), file->fileId()}, {QStringLiteral("read_only"), file->isReadOnly()}};
        io.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        return Ok;
    }
    io.out << QCoreApplication::translate("Cli", "Schema version: %1").arg(schema) << '\n'
           << QCoreApplication::translate("Cli", "Procedures: %1").arg(procedures) << '\n'
           << QCoreApplication::translate("Cli", "Findings: %1").arg(findings) << '\n'
           << QCoreApplication::translate("Cli", "Attachments: %1").arg(attachments) << '\n'
           << QCoreApplication::translate("Cli", "Audit head: %1").arg(head) << '\n';
    return Ok;
}

int cmdList(const Args &a, Io io)
{
    if (a.positional.size() != 1)
        return usageError(io, QCoreApplication::translate("Cli", "list needs one FILE."));
    auto file = openOrReport(a.positional.first(), io, true);
    if (!file)
        return Error;
    // Streamed: each procedure is written as it is read, whatever the size of the portfolio.
    const bool json = a.has(QStringLiteral("json"));
    bool first = true;
    if (json)
        io.out << '[';
    const bool ok = forEachProcedureSummary(*file, [&](const ProcedureSummary &p) {
        if (json) {
            io.out << (first ? "\n  " : ",\n  ")
                   << QString::fromUtf8(QJsonDocument(summaryToJson(p)).toJson(QJsonDocument::Compact));
        } else {
            io.out << p.number << '\t' << p.year << '\t' << p.agency << '\t' << p.regime << '\t' << p.type << '\t'
                   << p.stage << '\t' << p.title << '\n';
        }
        first = false;
        return true;
    });
    if (json)
        io.out << (first ? "]\n" : "\n]\n");
    if (!ok) {
        io.err << QCoreApplication::translate("Cli", "The procedures could not be read: the file may be damaged.") << '\n';
        return Error;
    }
    return Ok;
}

int cmdVerify(const Args &a, Io io)
{
    if (a.positional.size() != 1)
        return usageError(io, QCoreApplication::translate("Cli", "verify needs one FILE."));
    auto file = openOrReport(a.positional.first(), io, true);
    if (!file)
        return Error;
    const VerifyResult v = file->verify();
    if (!v.ok()) {
        const VerifyProblem &first = v.problems.first();
        io.err << QCoreApplication::translate("Cli", "Verification failed: %1").arg(first.message) << '\n';
        for (qsizetype i = 1; i < qMin<qsizetype>(v.problems.size(), 10); ++i)
            io.err << "  " << v.problems[i].message << '\n';
        // Counted apart: lupdate 6.4 loops forever on "int(a - 10)" inside translate().
        const int more = int(v.problems.size()) - 10;
        if (more > 0)
            io.err << QCoreApplication::translate("Cli", "%n more problem(s) found.", nullptr, more) << '\n';
        return VerifyFailed;
    }
    if (a.has(QStringLiteral("testimony")))
        return verifyTestimony(*file, a.value(QStringLiteral("testimony")), io);
    io.out << QCoreApplication::translate(
        "Cli", "The case file is intact: %n audit entries verified.", nullptr, int(file->auditLength()))
           << '\n';
    printSigners(v, io);
    return Ok;
}

} // namespace Testigo::Cli
