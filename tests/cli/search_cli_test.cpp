// SPDX-License-Identifier: GPL-3.0-or-later
// testigo-cli search on the demo case file: hits grouped by kind in text, the JSON keys it
// promises, accents and case ignored, what is typed never FTS syntax, and the file left untouched.
#include "cli/cli.h"
#include "support/cli_inprocess.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace Testigo;
using namespace Testigo::TestSupport;

namespace {

class CliSearch : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = new QTemporaryDir;
        s_demo = s_dir->filePath(QStringLiteral("demo.testigo"));
        s_demoRun = cli({QStringLiteral("demo"), s_demo});
    }
    static void TearDownTestSuite()
    {
        delete s_dir;
        s_dir = nullptr;
    }
    void SetUp() override { ASSERT_EQ(s_demoRun.code, 0) << s_demoRun.err.toStdString(); }

    static inline QTemporaryDir *s_dir = nullptr;
    static inline QString s_demo;
    static inline CliRun s_demoRun;
};

} // namespace

TEST_F(CliSearch, text_groupsHitsUnderTheirKind_withTheProcedureNumber)
{
    const QByteArray before = sha(s_demo);
    const CliRun r = cli({QStringLiteral("search"), s_demo, QStringLiteral("HEMODIALISIS")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_GE(lines.size(), 2);
    EXPECT_TRUE(lines.first().startsWith(QStringLiteral("Procedures ("))) << r.out.toStdString();
    EXPECT_TRUE(lines.at(1).startsWith(QStringLiteral("  LA-012M7B005-E44-2023\t"))) << r.out.toStdString();
    EXPECT_TRUE(lines.at(1).contains(QStringLiteral("hemodiálisis")))
        << "the snippet keeps the text as written";
    EXPECT_EQ(sha(s_demo), before) << "search only reads";
}

TEST_F(CliSearch, json_listsKindRecordAndProcedure)
{
    const CliRun r = cli({QStringLiteral("search"), s_demo, QStringLiteral("medicamentos"),
        QStringLiteral("oncologicos"), QStringLiteral("--json")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonArray hits = QJsonDocument::fromJson(r.out.toUtf8()).array();
    ASSERT_FALSE(hits.isEmpty()) << r.out.toStdString();
    const QJsonObject first = hits.first().toObject();
    for (const char *key :
        {"kind", "record_id", "procedure_id", "procedure_number", "procedure_title", "snippet"})
        EXPECT_TRUE(first.contains(QLatin1String(key))) << key;
    EXPECT_EQ(first.value(QStringLiteral("kind")).toString(), QStringLiteral("procedure"));
    EXPECT_EQ(first.value(QStringLiteral("procedure_number")).toString(),
        QStringLiteral("LA-50-GYN-012M7B001-T-18-2025"));
}

TEST_F(CliSearch, syntaxTypedIsText_andNothingFoundIsNoError)
{
    for (const QString &typed : {QStringLiteral("\"(NEAR"), QStringLiteral("patrullas)"),
             QStringLiteral("a*b\"c"), QStringLiteral("zzzzqx")}) {
        const CliRun r = cli({QStringLiteral("search"), s_demo, typed});
        EXPECT_EQ(r.code, 0) << typed.toStdString() << ": " << r.err.toStdString();
        EXPECT_TRUE(r.err.isEmpty()) << r.err.toStdString();
    }
    EXPECT_TRUE(cli({QStringLiteral("search"), s_demo, QStringLiteral("patrullas)")})
                    .out.contains(QStringLiteral("LA-921022998-E3-2019")));
    EXPECT_TRUE(cli({QStringLiteral("search"), s_demo, QStringLiteral("zzzzqx")})
                    .out.startsWith(QStringLiteral("Nothing found for “zzzzqx”.")));
    const CliRun json
        = cli({QStringLiteral("search"), s_demo, QStringLiteral("zzzzqx"), QStringLiteral("--json")});
    EXPECT_EQ(json.out.trimmed(), QStringLiteral("[\n]"));
}

TEST_F(CliSearch, usage_andAMissingFile)
{
    EXPECT_EQ(cli({QStringLiteral("search"), s_demo}).code, 2);
    EXPECT_EQ(cli({QStringLiteral("search"), s_demo, QStringLiteral("\" ( )")}).code, 2);
    EXPECT_EQ(cli({QStringLiteral("search"), s_demo, QStringLiteral("x"), QStringLiteral("--limit"),
                      QStringLiteral("0")})
                  .code,
        2);
    const CliRun missing
        = cli({QStringLiteral("search"), s_demo + QStringLiteral(".nope"), QStringLiteral("x")});
    EXPECT_EQ(missing.code, 1);
    EXPECT_EQ(missing.err.count(QLatin1Char('\n')), 1) << "one line on stderr";
}

TEST_F(CliSearch, limit_capsTheHitsOfEachKind)
{
    const CliRun r = cli({QStringLiteral("search"), s_demo, QStringLiteral("de"), QStringLiteral("--json"),
        QStringLiteral("--limit"), QStringLiteral("1")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    QStringList kinds;
    for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).array())
        kinds << v.toObject().value(QStringLiteral("kind")).toString();
    ASSERT_GE(kinds.size(), 2);
    EXPECT_EQ(kinds.size(), QSet<QString>(kinds.cbegin(), kinds.cend()).size());
}

// The OCDS importer writes through the same triggers: an imported procedure is found at once.
TEST(CliSearchImport, anImportedProcedure_isFoundByItsOcidTitleAndAgency)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("imported.testigo"));
    ASSERT_EQ(cli({QStringLiteral("create"), path}).code, 0);
    const CliRun imported = cli({QStringLiteral("import"), path,
        QStringLiteral(TESTIGO_SOURCE_DIR "/tests/data/ocds/OCDS-87SD3T-SEFIN-DRM-LPN-001-2016.json")});
    ASSERT_EQ(imported.code, 0) << imported.err.toStdString();
    const CliRun r = cli({QStringLiteral("search"), path, QStringLiteral("sefin-drm-lpn-001"),
        QStringLiteral("limpieza"), QStringLiteral("--json")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonArray hits = QJsonDocument::fromJson(r.out.toUtf8()).array();
    ASSERT_EQ(hits.size(), 1) << r.out.toStdString();
    EXPECT_EQ(hits.first().toObject().value(QStringLiteral("procedure_title")).toString(),
        QStringLiteral("SERVICIO DE LIMPIEZA"));
    EXPECT_EQ(
        hits.first().toObject().value(QStringLiteral("snippet")).toString().count(QStringLiteral("LPN-001")),
        1)
        << "the ocid that is also the number is indexed once";
    const CliRun agency = cli({QStringLiteral("search"), path, QStringLiteral("Secretaria de finanzas")});
    EXPECT_TRUE(agency.out.contains(QStringLiteral("SECRETARÍA DE FINANZAS"))) << agency.out.toStdString();
}
