// SPDX-License-Identifier: GPL-3.0-or-later
// Import of the real Mexican OCDS files: every shape imports, facts come out, re-import is a no-op,
// bad files are refused with the case file untouched, hand edits are kept.
#include "impact/metrics.h"
#include "ocds/redflags.h"
#include "ocds_test_support.h"

#include <QFileInfo>
#include <algorithm>

using namespace Testigo;
using namespace Testigo::TestSupport;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<CaseFile> file;
    Fixture()
    {
        path = dir.filePath(QStringLiteral("c.testigo"));
        file = CaseFile::create(path).file;
    }
};

std::optional<Procedure> byOcid(const CaseFile &f, const QString &ocid)
{
    const auto list = f.all<Procedure>(QStringLiteral("ocid"), ocid);
    return list.isEmpty() ? std::nullopt : std::optional<Procedure>(list.first());
}

} // namespace

TEST(OcdsImport, everyRealFile_importsAndMatchesFacts)
{
    Fixture fx;
    ASSERT_TRUE(fx.file);
    QList<Ocds::ImportReport> reports;
    QString error;
    ASSERT_TRUE(importInto(*fx.file, ocdsDataFiles(), &reports, &error)) << error.toStdString();
    ASSERT_EQ(reports.size(), 6);
    const Ocds::FlagRules rules = Ocds::FlagRules::load();
    for (const QJsonValue &v : ocdsFacts()) {
        const QJsonObject fact = v.toObject();
        const QString ocid = fact.value(QStringLiteral("ocid")).toString();
        SCOPED_TRACE(ocid.toStdString());
        const auto p = byOcid(*fx.file, ocid);
        ASSERT_TRUE(p);
        // Bidders: the published number of tenderers.
        if (!fact.value(QStringLiteral("numberOfTenderers")).isNull()) {
            EXPECT_EQ(fx.file->all<Bidder>(QStringLiteral("procedure_id"), p->id).size(),
                      fact.value(QStringLiteral("numberOfTenderers")).toInt());
        }
        // Savings = tender value - contract value, null on a currency mismatch or without estimate.
        const ProcedureMetrics m = computeProcedureMetrics(*fx.file, *p);
        if (fact.value(QStringLiteral("savings")).isNull()) {
            EXPECT_FALSE(m.savings.has_value());
        } else {
            ASSERT_TRUE(m.savings.has_value());
            EXPECT_EQ(m.savings->cents(), qint64(fact.value(QStringLiteral("savings")).toDouble() * 100));
        }
        // Flags that follow from the facts.
        QStringList codes;
        for (const auto &f : Ocds::computeRedFlags(*fx.file, *p, rules))
            codes << f.code;
        const QString method = fact.value(QStringLiteral("procurementMethod")).toString();
        const bool competitive = method == QLatin1String("open") || method == QLatin1String("selective");
        EXPECT_EQ(codes.contains(QStringLiteral("single_bid")), competitive && fact.value(QStringLiteral("single_bid")).toBool());
        EXPECT_EQ(codes.contains(QStringLiteral("non_open")), method == QLatin1String("limited"));
        if (fact.value(QStringLiteral("contract_signed_before_award")).toBool()) {
            EXPECT_TRUE(codes.contains(QStringLiteral("incoherent_dates")));
        }
        // The open tender's minimum judges open tenders only (issue 13: a restricted invitation is not
        // judged by it; tests/ocds/flags_test.cpp covers the invitation's own period).
        const int tenderDays = fact.value(QStringLiteral("tender_period_days")).toInt(99);
        if (competitive && p->type == QLatin1String("open_tender") && tenderDays < 15) {
            EXPECT_TRUE(codes.contains(QStringLiteral("short_submission")));
        }
        if (fact.value(QStringLiteral("savings_percent")).toDouble(-1) == 0.0) {
            EXPECT_TRUE(codes.contains(QStringLiteral("near_estimate")));
        }
    }
    // The ocid without a prefix is imported, with a warning in its file's report.
    bool warned = false;
    for (const auto &r : reports)
        for (const QString &w : r.warnings)
            warned = warned || w.contains(QStringLiteral("prefix"));
    EXPECT_TRUE(warned);
}

TEST(OcdsImport, importingTwice_writesNothing)
{
    Fixture fx;
    ASSERT_TRUE(importInto(*fx.file, ocdsDataFiles()));
    const QString head = fx.file->auditHead();
    const qint64 entries = fx.file->auditLength();
    const qint64 raws = fx.file->supportRows(QStringLiteral("ocds_release")).size();
    QList<Ocds::ImportReport> reports;
    ASSERT_TRUE(importInto(*fx.file, ocdsDataFiles(), &reports));
    EXPECT_EQ(fx.file->auditHead(), head);
    EXPECT_EQ(fx.file->auditLength(), entries);
    EXPECT_EQ(fx.file->supportRows(QStringLiteral("ocds_release")).size(), raws);
    for (const auto &r : reports) {
        EXPECT_EQ(r.imported, 0);
        EXPECT_EQ(r.updated, 0);
        EXPECT_EQ(r.unchanged, 1);
    }
}

TEST(OcdsImport, truncatedOrNonOcdsFile_isRefusedAndCaseFileUntouched)
{
    Fixture fx;
    ASSERT_TRUE(importInto(*fx.file, {ocdsDataFiles().first()}));
    fx.file.reset(); // closed: the bytes on disk are final
    const QByteArray before = sha256Of(fx.path);
    QFile src(ocdsDataFiles().first());
    ASSERT_TRUE(src.open(QIODevice::ReadOnly));
    const QString truncated = fx.dir.filePath(QStringLiteral("trunc.json"));
    ASSERT_TRUE(writeText(truncated, src.read(3000)));
    const QString notOcds = fx.dir.filePath(QStringLiteral("other.json"));
    ASSERT_TRUE(writeText(notOcds, R"({"type": "FeatureCollection", "features": []})"));
    const QString garbage = fx.dir.filePath(QStringLiteral("garbage.json"));
    ASSERT_TRUE(writeText(garbage, R"({"releases": [{"ocid": "ocds-x-1", "id": 1,}]})"));
    for (const QString &bad : {truncated, notOcds, garbage}) {
        Ocds::Importer importer;
        QString error;
        EXPECT_FALSE(importer.prepare({bad}, &error)) << bad.toStdString();
        EXPECT_FALSE(error.isEmpty());
    }
    EXPECT_EQ(sha256Of(fx.path), before); // refused before the case file is even opened
    // A good file next to a bad one: nothing of either is imported.
    auto file = CaseFile::open(fx.path).file;
    ASSERT_TRUE(file);
    const QString head = file->auditHead();
    EXPECT_FALSE(importInto(*file, {ocdsDataFiles().at(1), truncated}));
    EXPECT_EQ(file->auditHead(), head);
    EXPECT_EQ(file->count(QStringLiteral("procedure")), 1);
}

TEST(OcdsImport, progressReportsEveryFileAndCancellingChangesNothing)
{
    Fixture fx;
    const QStringList files = ocdsDataFiles().mid(0, 3);
    qint64 total = 0;
    for (const QString &f : files)
        total += QFileInfo(f).size();
    {
        Ocds::Importer importer;
        QList<qint64> seen;
        importer.setProgress([&](qint64 done, qint64 all) {
            seen << done;
            EXPECT_EQ(all, total);
            return true;
        });
        QList<Ocds::ImportReport> reports;
        QString error;
        ASSERT_TRUE(importer.importFiles(*fx.file, files, &reports, &error)) << error.toStdString();
        ASSERT_FALSE(seen.isEmpty());
        EXPECT_TRUE(std::is_sorted(seen.begin(), seen.end()));
        EXPECT_LE(seen.last(), total);
        EXPECT_GT(seen.last(), total - QFileInfo(files.last()).size()); // the last file was reached
    }
    const QString head = fx.file->auditHead();
    const qint64 procedures = fx.file->count(QStringLiteral("procedure"));
    const qint64 releases = fx.file->supportRows(QStringLiteral("ocds_release")).size();
    Ocds::Importer importer;
    importer.setProgress([](qint64, qint64) { return false; }); // the witness presses Cancel
    QList<Ocds::ImportReport> reports;
    QString error;
    EXPECT_FALSE(importer.importFiles(*fx.file, {ocdsDataFiles().at(4)}, &reports, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("cancelled"))) << error.toStdString();
    EXPECT_EQ(fx.file->auditHead(), head);
    EXPECT_EQ(fx.file->count(QStringLiteral("procedure")), procedures);
    EXPECT_EQ(fx.file->supportRows(QStringLiteral("ocds_release")).size(), releases);
    EXPECT_TRUE(fx.file->verify().ok());
}

TEST(OcdsImport, bulkMode_importsTheSameAndTheFileGoesBackToItsLog)
{
    Fixture normal, bulk;
    const QStringList files = ocdsDataFiles();
    ASSERT_TRUE(importInto(*normal.file, files));
    Ocds::Importer importer;
    importer.setBulkThreshold(0); // every import is "large"
    QList<Ocds::ImportReport> reports;
    QString error;
    ASSERT_TRUE(importer.importFiles(*bulk.file, files, &reports, &error)) << error.toStdString();
    for (const QString &table : {QStringLiteral("procedure"), QStringLiteral("bidder"), QStringLiteral("bid"),
                                 QStringLiteral("award"), QStringLiteral("contract"), QStringLiteral("stage")})
        EXPECT_EQ(bulk.file->count(table), normal.file->count(table)) << table.toStdString();
    EXPECT_EQ(bulk.file->auditLength(), normal.file->auditLength());
    EXPECT_TRUE(bulk.file->verify().ok());
    // Back to the write-ahead log: the next write goes to the -wal file.
    QVariantMap v{{QStringLiteral("title"), QStringLiteral("A mano")}};
    ASSERT_TRUE(bulk.file->insertRow(QStringLiteral("procedure"), v));
    EXPECT_TRUE(QFileInfo::exists(bulk.path + QStringLiteral("-wal")));

    // A bulk import cancelled at its third file is undone whole, the first two files included.
    Fixture fresh;
    const QString head = fresh.file->auditHead();
    Ocds::Importer cancelled;
    cancelled.setBulkThreshold(0);
    int calls = 0;
    cancelled.setProgress([&calls](qint64, qint64) { return ++calls < 3; });
    EXPECT_FALSE(cancelled.importFiles(*fresh.file, files, &reports, &error));
    EXPECT_EQ(calls, 3);
    EXPECT_EQ(fresh.file->auditHead(), head);
    EXPECT_EQ(fresh.file->count(QStringLiteral("procedure")), 0);
    EXPECT_TRUE(fresh.file->verify().ok());
}

TEST(OcdsImport, textsWhoseAccentsThePublisherLost_areReported)
{
    Fixture fx;
    QList<Ocds::ImportReport> reports;
    ASSERT_TRUE(importInto(*fx.file, {ocdsDataDir() + QStringLiteral("/gacm-record-10.json"),
                                      ocdsDataDir() + QStringLiteral("/OCDS-87SD3T-SEFIN-DRM-LPN-007-2015.json")},
                           &reports));
    ASSERT_EQ(reports.size(), 2);
    auto lost = [](const Ocds::ImportReport &r) {
        return std::count_if(r.warnings.cbegin(), r.warnings.cend(),
                             [](const QString &w) { return w.contains(QStringLiteral("lost accented letters")); });
    };
    EXPECT_EQ(lost(reports[0]), 1); // "Cl?usula", "evaluaci?n" in the airport's document titles
    EXPECT_TRUE(reports[0].warnings.join(QLatin1Char('\n')).contains(QStringLiteral("?")));
    EXPECT_EQ(lost(reports[1]), 0); // Mexico City's file is clean, and its URLs' "?" are not lost letters
}

TEST(OcdsImport, jsonLinesAndRecordPackageWithoutCompiledRelease_mergeReleasesInDateOrder)
{
    Fixture fx;
    // Two releases of one process, the later one (by date) first in the file, plus another process.
    const QByteArray lines =
        R"({"ocid":"ocds-abc123-1","id":"2","date":"2024-03-01T00:00:00Z","tag":["award"],"awards":[{"id":"a1","status":"active","date":"2024-03-01T00:00:00Z","value":{"amount":900.5,"currency":"MXN"},"suppliers":[{"id":"AAA010101AAA","name":"Uno SA"}]}]})"
        "\n"
        R"({"ocid":"ocds-abc123-1","id":"1","date":"2024-01-10T00:00:00Z","tag":["tender"],"tender":{"id":"LA-1","title":"Sillas","procurementMethod":"open","value":{"amount":1000,"currency":"MXN"},"tenderPeriod":{"startDate":"2024-01-10T00:00:00Z","endDate":"2024-01-30T00:00:00Z"}}})"
        "\n\n"
        R"({"ocid":"ocds-abc123-2","id":"1","date":"2024-01-01T00:00:00Z","tag":["tender"],"tender":{"id":"LA-2","title":"Mesas"}})"
        "\n";
    const QString jsonl = fx.dir.filePath(QStringLiteral("r.jsonl"));
    ASSERT_TRUE(writeText(jsonl, lines));
    QList<Ocds::ImportReport> reports;
    QString error;
    ASSERT_TRUE(importInto(*fx.file, {jsonl}, &reports, &error)) << error.toStdString();
    EXPECT_EQ(reports.first().imported, 2);
    const auto p = byOcid(*fx.file, QStringLiteral("ocds-abc123-1"));
    ASSERT_TRUE(p);
    EXPECT_EQ(p->number, QStringLiteral("LA-1"));
    EXPECT_EQ(p->title, QStringLiteral("Sillas"));
    const ProcedureMetrics m = computeProcedureMetrics(*fx.file, *p);
    ASSERT_TRUE(m.savings.has_value());
    EXPECT_EQ(m.savings->cents(), 9950); // 1000.00 - 900.50

    const QByteArray package = R"({"uri":"x","version":"1.1","records":[{"ocid":"ocds-abc123-3","releases":[
        {"ocid":"ocds-abc123-3","id":"b","date":"2024-02-01T00:00:00Z","tag":["tenderUpdate"],"tender":{"title":"Later title"}},
        {"ocid":"ocds-abc123-3","id":"a","date":"2024-01-01T00:00:00Z","tag":["tender"],"tender":{"id":"T-3","title":"First title","value":{"amount":"1,234.5","currency":"MXN"}}},
        {"url":"http://example.com/linked.json","date":"2024-03-01T00:00:00Z","tag":["award"]}]}]})";
    const QString records = fx.dir.filePath(QStringLiteral("records.json"));
    ASSERT_TRUE(writeText(records, package));
    ASSERT_TRUE(importInto(*fx.file, {records}, &reports, &error)) << error.toStdString();
    const auto q = byOcid(*fx.file, QStringLiteral("ocds-abc123-3"));
    ASSERT_TRUE(q);
    EXPECT_EQ(q->number, QStringLiteral("T-3"));
    EXPECT_EQ(q->title, QStringLiteral("Later title"));
    const auto lots = fx.file->all<Lot>(QStringLiteral("procedure_id"), q->id);
    ASSERT_EQ(lots.size(), 1);
    EXPECT_EQ(lots.first().referenceCents, 123450);
}

TEST(OcdsImport, fieldEditedByHand_isReportedNotReplaced)
{
    Fixture fx;
    const QString v1 = fx.dir.filePath(QStringLiteral("v1.json"));
    const QString v2 = fx.dir.filePath(QStringLiteral("v2.json"));
    ASSERT_TRUE(writeText(v1, R"({"ocid":"ocds-abc123-9","id":"1","date":"2024-01-01T00:00:00Z","tag":["tender"],"tender":{"id":"X-9","title":"Original","description":"Obj"}})"));
    ASSERT_TRUE(writeText(v2, R"({"ocid":"ocds-abc123-9","id":"2","date":"2024-02-01T00:00:00Z","tag":["tenderUpdate"],"tender":{"id":"X-9","title":"Republished","description":"New object"}})"));
    ASSERT_TRUE(importInto(*fx.file, {v1}));
    auto p = byOcid(*fx.file, QStringLiteral("ocds-abc123-9"));
    ASSERT_TRUE(p);
    fx.file->setAuthor(QStringLiteral("witness"));
    ASSERT_TRUE(fx.file->setField(QStringLiteral("procedure"), p->id, QStringLiteral("title"), QStringLiteral("My title")));
    QList<Ocds::ImportReport> reports;
    ASSERT_TRUE(importInto(*fx.file, {v2}, &reports));
    p = byOcid(*fx.file, QStringLiteral("ocds-abc123-9"));
    EXPECT_EQ(p->title, QStringLiteral("My title"));    // the witness's edit stays
    EXPECT_EQ(p->object, QStringLiteral("New object")); // what nobody touched follows the data
    ASSERT_EQ(reports.first().conflicts.size(), 1);
    EXPECT_TRUE(reports.first().conflicts.first().contains(QStringLiteral("Republished")));
    EXPECT_EQ(fx.file->author(), QStringLiteral("witness"));
}
