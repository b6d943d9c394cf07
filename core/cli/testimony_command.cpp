// SPDX-License-Identifier: GPL-3.0-or-later
// testimony: print a procedure's testimony as PDF; verify --testimony: does a PDF match the record?
#include "cli/cli.h"
#include "cli/queries.h"
#include "cli/signing.h"
#include "domain/doclanguage.h"
#include "render/testimonydata.h"
#include "render/testimonyrenderer.h"
#include "store/casefile.h"

#include <QCoreApplication>
#include <QFile>

namespace Testigo::Cli {

int cmdTestimony(const Args &a, Io io)
{
    if (a.positional.size() != 1 || !a.has(QStringLiteral("process")) || !a.has(QStringLiteral("o")))
        return usageError(
            io, QCoreApplication::translate("Cli", "testimony needs FILE, --process NUMBER and -o OUT.pdf."));
    const QString lang = a.value(QStringLiteral("lang"), QStringLiteral("es"));
    if (lang != QStringLiteral("es") && lang != QStringLiteral("en"))
        return usageError(io, QCoreApplication::translate("Cli", "--lang must be es or en."));
    QString problem;
    if (!checkOutputPath(a.value(QStringLiteral("o")), &problem))
        return error(io, problem);
    auto file = openOrReport(a.positional.first(), io, true);
    if (!file)
        return Error;
    const auto procedure = findProcedure(*file, a.value(QStringLiteral("process")), io);
    if (!procedure)
        return Error;
    std::optional<PdfSign::SigningKey> key;
    if (wantsSignature(a) && !(key = loadSigningKey(a, io)))
        return Error;
    Render::TestimonyData data = Render::loadTestimony(*file, procedure->id, lang, QDate::currentDate());
    // --date: the delivery date the witness sets; --interim: an interim report up to that date.
    for (const auto &[option, date] : {std::pair {QStringLiteral("date"), &data.documentDate},
             std::pair {QStringLiteral("interim"), &data.interimUpTo}}) {
        if (!a.has(option))
            continue;
        *date = QDate::fromString(a.value(option), Qt::ISODate);
        if (!date->isValid())
            return usageError(
                io, QCoreApplication::translate("Cli", "--%1 needs a date YYYY-MM-DD.").arg(option));
    }
    // Missing parts do not stop printing: a draft testimony is useful too.
    for (const QString &missing : Render::missingParts(data, DocLanguage(lang)))
        io.err << QCoreApplication::translate("Cli", "Warning: %1").arg(missing) << '\n';
    QString message;
    int pages = 0;
    const QString out = a.value(QStringLiteral("o"));
    const bool written = key ? Render::writeSignedTestimonyPdf(data, out, *key, &message, &pages)
                             : Render::writeTestimonyPdf(data, out, &message, &pages);
    if (!written)
        return error(io, message);
    io.out << QCoreApplication::translate("Cli", "Wrote %1 (%n page(s)).", nullptr, pages).arg(out) << '\n';
    return Ok;
}

namespace {

int verifyAgainstRecord(const CaseFile &file, const Render::TestimonyStamp &stamp, Io io)
{
    const QString head = file.auditHead();
    if (stamp.auditHead == head) {
        io.out << QCoreApplication::translate("Cli", "The testimony matches the current record (digest %1).")
                      .arg(head.left(12))
               << '\n';
        return Ok;
    }
    qint64 seq = -1;
    for (const AuditEntry &e : file.auditEntries())
        if (e.hash == stamp.auditHead)
            seq = e.seq;
    if (seq < 0) {
        io.err << QCoreApplication::translate(
            "Cli", "The testimony's record digest %1 is unknown to this case file.")
                      .arg(stamp.auditHead.left(12))
               << '\n';
        return VerifyFailed;
    }
    const QList<AuditEntry> after = file.auditEntries(seq);
    io.err << QCoreApplication::translate("Cli",
        "The record changed after the testimony was printed: %n change(s).", nullptr, int(after.size()))
           << '\n';
    for (const AuditEntry &e : after)
        io.err << e.at << '\t' << e.author << '\t' << e.table << '\t'
               << (e.field.isEmpty() ? QStringLiteral("-") : e.field) << '\n';
    return VerifyFailed;
}

} // namespace

int verifyTestimony(const CaseFile &file, const QString &pdfPath, Io io)
{
    QFile pdf(pdfPath);
    if (!pdf.open(QIODevice::ReadOnly))
        return error(io, QCoreApplication::translate("Cli", "Cannot read %1.").arg(pdfPath));
    const QByteArray bytes = pdf.readAll();
    const auto stamp = Render::readTestimonyStamp(bytes);
    if (!stamp)
        return error(io,
            QCoreApplication::translate(
                "Cli", "%1 is not a testimony printed by Testigo (no record digest found).")
                .arg(pdfPath));
    const int signatures = reportSignatures(bytes, io);
    const int record = verifyAgainstRecord(file, *stamp, io);
    return record != Ok ? record : signatures;
}

} // namespace Testigo::Cli
