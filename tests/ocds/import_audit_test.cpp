// SPDX-License-Identifier: GPL-3.0-or-later
// An import is one audited operation: one entry names its sources and carries a digest of the rows
// it inserted; verify recomputes the digest from the rows, so a change made outside Testigo to an
// imported row is still caught, and the rows' history starts with what the import wrote.
#include "../store/helpers.h"
#include "merge/merger.h"
#include "ocds_test_support.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Testigo;
using namespace Testigo::TestSupport;

namespace {

struct Imported
{
    QTemporaryDir dir;
    QString path, source;
    std::unique_ptr<CaseFile> file;
    Imported()
    {
        path = dir.filePath(QStringLiteral("c.testigo"));
        file = CaseFile::create(path).file;
        source = ocdsDataFiles().first();
        QString error;
        if (!file || !importInto(*file, {source}, nullptr, &error))
            ADD_FAILURE() << "import failed: " << error.toStdString();
    }
    QList<AuditEntry> importEntries() const
    {
        QList<AuditEntry> out;
        for (const AuditEntry &e : file->auditEntries())
            if (e.table == QStringLiteral("import"))
                out << e;
        return out;
    }
    // Closes the file, runs SQL on it as the sqlite3 shell would, and opens it again.
    bool tamper(const QStringList &statements)
    {
        file.reset();
        const bool ok = rawExec(path, statements);
        file = CaseFile::open(path).file;
        return ok && file;
    }
    QString firstProcedureId() const { return file->all<Procedure>().value(0).id; }
};

bool mentions(const VerifyResult &r, const QString &text)
{
    for (const VerifyProblem &p : r.problems)
        if (p.message.contains(text))
            return true;
    return false;
}

} // namespace

TEST(ImportAudit, oneImportIsOneEntryNamingItsSourceAndRows)
{
    Imported fx;
    const QList<AuditEntry> imports = fx.importEntries();
    ASSERT_EQ(imports.size(), 1);
    const QJsonObject value = QJsonDocument::fromJson(imports.first().newValue.toUtf8()).object();
    const QJsonObject source = value.value(QStringLiteral("sources")).toArray().first().toObject();
    EXPECT_EQ(source.value(QStringLiteral("file")).toString(), QFileInfo(fx.source).fileName());
    EXPECT_EQ(source.value(QStringLiteral("sha256")).toString().toLatin1(), sha256Of(fx.source).toHex());
    const qint64 procedures = value.value(QStringLiteral("tables"))
                                  .toObject()
                                  .value(QStringLiteral("procedure"))
                                  .toObject()
                                  .value(QStringLiteral("rows"))
                                  .toInteger();
    EXPECT_EQ(procedures, fx.file->count(QStringLiteral("procedure")));
    // No row of its own in the log: the entries are the key's arrival and the import.
    for (const AuditEntry &e : fx.file->auditEntries())
        EXPECT_TRUE(e.table == QStringLiteral("import") || e.table == QStringLiteral("signer"))
            << e.table.toStdString();
    EXPECT_TRUE(fx.file->verify().ok());
}

TEST(ImportAudit, importedRowChangedOutsideTestigo_isCaught)
{
    Imported fx;
    const QString id = fx.firstProcedureId();
    ASSERT_FALSE(id.isEmpty());
    ASSERT_TRUE(
        fx.tamper({QStringLiteral("UPDATE procedure SET title = 'Changed' WHERE id = '%1'").arg(id)}));
    const VerifyResult r = fx.file->verify();
    EXPECT_FALSE(r.ok());
    EXPECT_TRUE(mentions(r, QStringLiteral("“procedure”"))) << r.problems.value(0).message.toStdString();
}

TEST(ImportAudit, importedRowRemovedOrAddedOutsideTestigo_isCaught)
{
    Imported removed;
    ASSERT_TRUE(
        removed.tamper({QStringLiteral("DELETE FROM lot WHERE rowid = (SELECT max(rowid) FROM lot)")}));
    EXPECT_FALSE(removed.file->verify().ok());

    Imported claimed; // a row slipped in with a claim that the import wrote it
    const QString id = claimed.firstProcedureId();
    ASSERT_TRUE(claimed.tamper({QStringLiteral("DELETE FROM import_row WHERE row_id = '%1'").arg(id),
        QStringLiteral("INSERT INTO import_row (batch, tbl, row_id) VALUES (7, 'procedure', '%1')")
            .arg(id)}));
    const VerifyResult r = claimed.file->verify();
    EXPECT_FALSE(r.ok());
    EXPECT_TRUE(mentions(r, QStringLiteral("import 7")));
}

TEST(ImportAudit, handEditAfterImport_verifiesAndHistoryStartsWithTheImport)
{
    Imported fx;
    const QString id = fx.firstProcedureId();
    const QString original = fx.file->get<Procedure>(id)->title;
    fx.file->setAuthor(QStringLiteral("witness"));
    ASSERT_TRUE(
        fx.file->setField(QStringLiteral("procedure"), id, QStringLiteral("title"), QStringLiteral("Mine")));
    EXPECT_TRUE(fx.file->verify().ok());
    const QList<AuditEntry> history = fx.file->auditEntriesOfRow(QStringLiteral("procedure"), id);
    ASSERT_EQ(history.size(), 2);
    EXPECT_EQ(history[0].field, QStringLiteral("*"));
    EXPECT_EQ(history[0].author, Ocds::Importer::author());
    EXPECT_TRUE(history[0].newValue.contains(canonicalValue(original)));
    EXPECT_EQ(history[1].field, QStringLiteral("title"));
    EXPECT_EQ(history[1].newValue, canonicalValue(QStringLiteral("Mine")));

    // The edit undone outside Testigo: the digest still holds but the edit's entry does not.
    ASSERT_TRUE(
        fx.tamper({QStringLiteral("UPDATE procedure SET title = '%1' WHERE id = '%2'")
                       .arg(QString(original).replace(QLatin1Char('\''), QStringLiteral("''")), id)}));
    EXPECT_FALSE(fx.file->verify().ok());
}

TEST(ImportAudit, importedFileMergesIntoAnotherAndBothVerify)
{
    Imported fx;
    QTemporaryDir dir;
    auto target = CaseFile::create(dir.filePath(QStringLiteral("editor.testigo"))).file;
    ASSERT_TRUE(target);
    QString error;
    const auto summary = Testigo::Merge::mergeFrom(*target, *fx.file, &error);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    EXPECT_GT(summary.inserted, fx.file->count(QStringLiteral("procedure"))); // its lots, bidders... too
    EXPECT_EQ(target->count(QStringLiteral("procedure")), fx.file->count(QStringLiteral("procedure")));
    EXPECT_TRUE(target->verify().ok());
    EXPECT_TRUE(fx.file->verify().ok());
    // Merging again brings nothing.
    EXPECT_TRUE(Merge::bringsNothing(*target, *fx.file));
}

TEST(ImportAudit, cancelledImport_leavesNoBatchBehind)
{
    QTemporaryDir dir;
    auto file = CaseFile::create(dir.filePath(QStringLiteral("c.testigo"))).file;
    ASSERT_TRUE(file);
    Ocds::Importer importer;
    importer.setProgress([](qint64, qint64) { return false; });
    QList<Ocds::ImportReport> reports;
    QString error;
    EXPECT_FALSE(importer.importFiles(*file, {ocdsDataFiles().first()}, &reports, &error));
    EXPECT_FALSE(file->inImportBatch());
    EXPECT_EQ(file->count(QStringLiteral("procedure")), 0);
    // The next import is a batch of its own and verifies.
    ASSERT_TRUE(importInto(*file, {ocdsDataFiles().first()}));
    EXPECT_TRUE(file->verify().ok());
}

namespace {
qint64 rawNumber(const QString &path, const QString &sql)
{
    qint64 n = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("count"));
        db.setDatabaseName(path);
        QSqlQuery q(db);
        if (db.open() && q.exec(sql) && q.next())
            n = q.value(0).toLongLong();
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("count"));
    return n;
}
} // namespace

TEST(ReleaseStorage, rawReleasesAreKeptCompressedAndReadBackAsPublished)
{
    Imported fx;
    const QList<QVariantMap> kept = fx.file->supportRows(QStringLiteral("ocds_release"));
    ASSERT_FALSE(kept.isEmpty());
    for (const QVariantMap &r : kept) // the text read back is the text hashed at the import
        EXPECT_EQ(QCryptographicHash::hash(
                      r.value(QStringLiteral("json")).toString().toUtf8(), QCryptographicHash::Sha256)
                      .toHex(),
            r.value(QStringLiteral("sha256")).toString().toLatin1());
    fx.file.reset();
    EXPECT_EQ(
        rawNumber(fx.path, QStringLiteral("SELECT count(*) FROM ocds_release WHERE typeof(json) <> 'blob'")),
        0);
    const qint64 stored = rawNumber(fx.path, QStringLiteral("SELECT sum(length(json)) FROM ocds_release"));
    EXPECT_LT(stored, QFileInfo(fx.source).size() / 2)
        << "zstd keeps the releases in well under half their size";

    ASSERT_TRUE(fx.tamper({QStringLiteral("UPDATE ocds_release SET json = x'28b52ffd00' WHERE rowid = 1")}));
    const VerifyResult r = fx.file->verify();
    EXPECT_FALSE(r.ok());
    bool named = false;
    for (const VerifyProblem &p : r.problems)
        named = named || p.table == QStringLiteral("ocds_release");
    EXPECT_TRUE(named);
    for (const QVariantMap &row :
        fx.file->supportRows(QStringLiteral("ocds_release"))) // no crash on a damaged frame
        EXPECT_TRUE(row.contains(QStringLiteral("json")));
}

TEST(ReleaseStorage, releasesKeptBeforeSchemaElevenAreCompressedByTheUpgrade)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v10.testigo"));
    ASSERT_TRUE(CaseFile::createAtVersion(path, 10).file);
    const QString json
        = QStringLiteral(R"({"ocid":"ocds-x-1","id":"1","tender":{"title":"Adquisición de vehículos"}})");
    const QString sha
        = QString::fromLatin1(QCryptographicHash::hash(json.toUtf8(), QCryptographicHash::Sha256).toHex());
    ASSERT_TRUE(rawExec(path,
        {QStringLiteral("INSERT INTO ocds_release (id, ocid, release_id, sha256, retrieved_at, source, json) "
                        "VALUES ('r1', 'ocds-x-1', '1', '%1', '2026-01-01', 'x.json', '%2')")
                .arg(sha, json)}));
    auto opened = CaseFile::open(path);
    ASSERT_TRUE(opened.file) << opened.message.toStdString();
    EXPECT_EQ(opened.file->schemaVersion(), CaseFile::SchemaVersion);
    const QList<QVariantMap> kept = opened.file->supportRows(QStringLiteral("ocds_release"));
    ASSERT_EQ(kept.size(), 1);
    EXPECT_EQ(kept.first().value(QStringLiteral("json")).toString(), json);
    opened.file.reset();
    EXPECT_EQ(
        rawNumber(path, QStringLiteral("SELECT count(*) FROM ocds_release WHERE typeof(json) = 'blob'")), 1);
}
