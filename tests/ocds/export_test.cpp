// SPDX-License-Identifier: GPL-3.0-or-later
// Export: the package validates against the OCDS 1.1 schema and imports back with the same
// procedures, bids and awards.
#include "demo/demo.h"
#include "ocds/exporter.h"
#include "ocds_test_support.h"

#include <QProcess>
#include <QStandardPaths>

using namespace Testigo;
using namespace Testigo::TestSupport;

namespace {

const char *const kTestigoExtension = TESTIGO_SOURCE_DIR "/resources/ocds/testigo-extension.json";

// Validates with python3-jsonschema (the schema files ship in tests/data/ocds/schema), with Testigo's own
// extension patched in unless told otherwise.
QString validate(const QString &packagePath, bool withTestigoExtension = true)
{
    QStringList args{QStringLiteral(TESTIGO_SOURCE_DIR "/tests/ocds/validate_package.py"),
                     QStringLiteral(TESTIGO_SOURCE_DIR "/tests/data/ocds/schema"), packagePath};
    if (withTestigoExtension)
        args << QLatin1String(kTestigoExtension);
    QProcess p;
    p.start(QStringLiteral("python3"), args);
    if (!p.waitForFinished(60000))
        return QStringLiteral("validator did not run");
    const QString out = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    return p.exitCode() == 0 ? QString() : out.isEmpty() ? QStringLiteral("invalid") : out;
}

// What must survive the round trip: per procedure number, its bids and awards (bidder RFC/name,
// lot number, amount, rejection; award date).
QStringList signature(const CaseFile &file)
{
    QStringList out;
    for (const Procedure &p : file.all<Procedure>()) {
        QHash<QString, QString> who;
        for (const Bidder &b : file.all<Bidder>(QStringLiteral("procedure_id"), p.id))
            who.insert(b.id, b.rfc.isEmpty() ? b.name : b.rfc);
        out << QStringLiteral("P %1 %2 %3 %4").arg(p.number, p.title, p.type, p.currency);
        for (const Lot &l : file.all<Lot>(QStringLiteral("procedure_id"), p.id)) {
            out << QStringLiteral("  L %1 %2 %3").arg(l.number).arg(l.referenceCents).arg(l.description);
            QStringList rows;
            for (const Bid &b : file.all<Bid>(QStringLiteral("lot_id"), l.id))
                rows << QStringLiteral("    B %1 %2 %3").arg(who.value(b.bidderId)).arg(b.amountCents).arg(b.rejected);
            for (const Award &a : file.all<Award>(QStringLiteral("lot_id"), l.id))
                rows << QStringLiteral("    A %1 %2 %3 %4").arg(who.value(a.bidderId)).arg(a.amountCents).arg(a.date.toString(Qt::ISODate)).arg(a.voidLot);
            rows.sort();
            out << rows;
        }
        QStringList contracts;
        for (const Contract &c : file.all<Contract>(QStringLiteral("procedure_id"), p.id))
            contracts << QStringLiteral("  C %1 %2 %3 %4").arg(c.number).arg(c.amountCents).arg(c.currency, who.value(c.bidderId));
        contracts.sort();
        out << contracts;
    }
    return out;
}

void roundTrip(CaseFile &source, const QTemporaryDir &dir, const QString &name)
{
    const QString out = dir.filePath(name + QStringLiteral(".json"));
    ASSERT_TRUE(writeText(out, Ocds::exportReleasePackage(source, source.all<Procedure>())));
    const QString problems = validate(out);
    EXPECT_TRUE(problems.isEmpty()) << problems.toStdString();
    auto copy = CaseFile::create(dir.filePath(name + QStringLiteral("-back.testigo"))).file;
    ASSERT_TRUE(copy);
    QString error;
    ASSERT_TRUE(importInto(*copy, {out}, nullptr, &error)) << error.toStdString();
    const QStringList before = signature(source), after = signature(*copy);
    EXPECT_EQ(before.join(QLatin1Char('\n')).toStdString(), after.join(QLatin1Char('\n')).toStdString());
}

} // namespace

TEST(OcdsExport, demo_validatesAgainstSchemaAndImportsBack)
{
    if (QStandardPaths::findExecutable(QStringLiteral("python3")).isEmpty())
        FAIL() << "python3 not found: scripts/deps.sh installs python3 and python3-jsonschema";
    QTemporaryDir dir;
    auto file = CaseFile::create(dir.filePath(QStringLiteral("demo.testigo"))).file;
    ASSERT_TRUE(file);
    ASSERT_TRUE(writeDemo(*file)) << file->lastError().toStdString();
    ASSERT_GT(file->count(QStringLiteral("procedure")), 0);
    roundTrip(*file, dir, QStringLiteral("demo"));
}

TEST(OcdsExport, importedRealFiles_validateAndImportBack)
{
    QTemporaryDir dir;
    auto file = CaseFile::create(dir.filePath(QStringLiteral("real.testigo"))).file;
    ASSERT_TRUE(file);
    ASSERT_TRUE(importInto(*file, ocdsDataFiles()));
    roundTrip(*file, dir, QStringLiteral("real"));
}

TEST(OcdsExport, brokenPackage_isRejectedByTheValidator)
{
    // The validation really validates: a release without its required fields fails.
    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("bad.json"));
    ASSERT_TRUE(writeText(bad, R"({"uri":"urn:x","version":"1.1","publishedDate":"2024-01-01T00:00:00Z","publisher":{"name":"x"},"releases":[{"ocid":"ocds-x-1","tag":["compiled"]}]})"));
    EXPECT_FALSE(validate(bad).isEmpty());
}

TEST(OcdsExport, testigoExtension_isAnOcdsExtensionWhosePatchTheValidationApplies)
{
    // Metadata per the OCDS extension template, and the patch it names next to it.
    QFile meta(QString::fromUtf8(kTestigoExtension));
    ASSERT_TRUE(meta.open(QIODevice::ReadOnly));
    const QJsonObject ext = QJsonDocument::fromJson(meta.readAll()).object();
    EXPECT_FALSE(ext.value(QStringLiteral("name")).toObject().value(QStringLiteral("en")).toString().isEmpty());
    EXPECT_FALSE(ext.value(QStringLiteral("description")).toObject().value(QStringLiteral("en")).toString().isEmpty());
    EXPECT_TRUE(ext.value(QStringLiteral("compatibility")).toArray().contains(QStringLiteral("1.1")));
    ASSERT_EQ(ext.value(QStringLiteral("schemas")).toArray(), QJsonArray{QStringLiteral("release-schema.json")});
    QFile patch(QStringLiteral(TESTIGO_SOURCE_DIR "/resources/ocds/release-schema.json"));
    ASSERT_TRUE(patch.open(QIODevice::ReadOnly));
    const QJsonObject defs = QJsonDocument::fromJson(patch.readAll()).object().value(QStringLiteral("definitions")).toObject();
    EXPECT_TRUE(defs.value(QStringLiteral("Tender")).toObject().value(QStringLiteral("properties")).toObject().contains(QStringLiteral("socialWitnessAudits")));
    if (QStandardPaths::findExecutable(QStringLiteral("python3")).isEmpty())
        FAIL() << "python3 not found: scripts/deps.sh installs python3 and python3-jsonschema";
    // An empty socialWitnessAudits passes the core schema and TM's checks; only the patch refuses it.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty-audits.json"));
    ASSERT_TRUE(writeText(path, R"({"uri":"urn:x","version":"1.1","publishedDate":"2024-01-01T00:00:00Z","publisher":{"name":"x"},
      "releases":[{"ocid":"ocds-x-1","id":"1","date":"2024-01-01T00:00:00Z","tag":["compiled"],"initiationType":"tender",
      "tender":{"id":"T1","hasSocialWitness":true,"socialWitnessAudits":[]}}]})"));
    EXPECT_TRUE(validate(path, false).isEmpty()) << validate(path, false).toStdString();
    EXPECT_TRUE(validate(path).contains(QStringLiteral("socialWitnessAudits"))) << validate(path).toStdString();
}
