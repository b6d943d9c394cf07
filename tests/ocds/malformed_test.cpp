// SPDX-License-Identifier: GPL-3.0-or-later
// Malformed and extreme OCDS input: a broken value is refused as not well-formed (never an abort),
// a valid but huge number is well-formed, and an amount that cannot be money is named in a warning.
#include "ocds_test_support.h"

using namespace Testigo;
using namespace Testigo::TestSupport;

namespace {

// A release package whose tender amount is `amount`, written as is.
QByteArray packageWithAmount(const QByteArray &amount)
{
    return R"({"uri":"x","releases":[{"ocid":"ocds-test-1","id":"r1","date":"2020-01-02T00:00:00Z","tag":["tender"],)"
           R"("tender":{"id":"T-1","title":"Prueba","value":{"amount":)"
        + amount + R"(,"currency":"MXN"}}}]})";
}

// A bare release (the value lies in the top-level envelope, not in a split array element).
QByteArray bareReleaseWithAmount(const QByteArray &amount)
{
    return R"({"ocid":"ocds-test-2","id":"r1","date":"2020-01-02T00:00:00Z","tender":{"id":"T-2","value":{"amount":)"
        + amount + R"(}}})";
}

const QByteArrayList kBrokenValues {"nan", "n", "nul", "nul1", "nulll", "tru", "fals", "NaN", "-", "1.", "01",
    "1e", "+1", "Infinity", "-Infinity", "1x"};

} // namespace

TEST(OcdsMalformed, brokenLiteralWhereAValueBelongs_isRefusedAsNotWellFormed)
{
    QTemporaryDir dir;
    int n = 0;
    for (const QByteArray &bad : kBrokenValues) {
        for (const QByteArray &text : {packageWithAmount(bad), bareReleaseWithAmount(bad)}) {
            const QString path = dir.filePath(QStringLiteral("bad%1.json").arg(++n));
            ASSERT_TRUE(writeText(path, text));
            Ocds::Importer importer;
            QString error;
            EXPECT_FALSE(importer.prepare({path}, &error)) << text.toStdString();
            EXPECT_TRUE(error.contains(QStringLiteral("well-formed")))
                << bad.toStdString() << ": " << error.toStdString();
        }
    }
}

TEST(OcdsMalformed, hugeButValidNumber_isWellFormedAndItsAmountIsNamedInAWarning)
{
    for (const QByteArray &huge :
        QByteArrayList {"1e400", "1e308", "-1e20", "123456789012345678901234567890"}) {
        QTemporaryDir dir;
        const QString json = dir.filePath(QStringLiteral("huge.json"));
        ASSERT_TRUE(writeText(json, packageWithAmount(huge)));
        auto file = CaseFile::create(dir.filePath(QStringLiteral("c.testigo"))).file;
        ASSERT_TRUE(file);
        QList<Ocds::ImportReport> reports;
        QString error;
        ASSERT_TRUE(importInto(*file, {json}, &reports, &error))
            << huge.toStdString() << ": " << error.toStdString();
        ASSERT_EQ(reports.size(), 1);
        EXPECT_EQ(reports.first().imported, 1);
        const QString all = reports.first().warnings.join(QLatin1Char('\n'));
        EXPECT_TRUE(
            all.contains(QStringLiteral("tender.value.amount")) && all.contains(QString::fromLatin1(huge)))
            << huge.toStdString() << ": " << all.toStdString();
        EXPECT_TRUE(file->verify().ok());
    }
}

TEST(OcdsMalformed, outOfRangeAwardAmount_isNamedByItsPath)
{
    QTemporaryDir dir;
    const QString json = dir.filePath(QStringLiteral("award.json"));
    ASSERT_TRUE(writeText(json,
        R"({"releases":[{"ocid":"ocds-test-3","id":"r1","date":"2020-01-02T00:00:00Z",)"
        R"("tender":{"id":"T-3","value":{"amount":1000,"currency":"MXN"}},)"
        R"("awards":[{"id":"a1","value":{"amount":1000},"suppliers":[{"name":"Uno"}]},)"
        R"({"id":"a2","value":{"amount":-1e20},"suppliers":[{"name":"Dos"}]}]}]})"));
    auto file = CaseFile::create(dir.filePath(QStringLiteral("c.testigo"))).file;
    ASSERT_TRUE(file);
    QList<Ocds::ImportReport> reports;
    QString error;
    ASSERT_TRUE(importInto(*file, {json}, &reports, &error)) << error.toStdString();
    const QString all = reports.first().warnings.join(QLatin1Char('\n'));
    EXPECT_TRUE(all.contains(QStringLiteral("awards[1].value.amount"))) << all.toStdString();
    EXPECT_FALSE(all.contains(QStringLiteral("awards[0]"))) << all.toStdString();
}

TEST(OcdsMalformed, hugeText_isCutWithAWarningNamingTheFieldAndDoesNotBloatTheFile)
{
    QTemporaryDir dir;
    const QByteArray longText(5 * 1024 * 1024, 'a');
    const QString json = dir.filePath(QStringLiteral("long.json"));
    ASSERT_TRUE(writeText(json,
        R"({"releases":[{"ocid":"ocds-test-4","id":"r1","date":"2020-01-02T00:00:00Z",)"
        R"("tender":{"id":"T-4","title":"Corto","description":")"
            + longText + R"(","value":{"amount":1000,"currency":"MXN"}}}]})"));
    const QString path = dir.filePath(QStringLiteral("c.testigo"));
    auto file = CaseFile::create(path).file;
    ASSERT_TRUE(file);
    const qint64 sizeBefore = QFileInfo(path).size();
    QList<Ocds::ImportReport> reports;
    QString error;
    ASSERT_TRUE(importInto(*file, {json}, &reports, &error)) << error.toStdString();
    const QString all = reports.first().warnings.join(QLatin1Char('\n'));
    EXPECT_TRUE(all.contains(QStringLiteral("tender.description"))) << all.left(500).toStdString();
    const auto procedures = file->all<Procedure>();
    ASSERT_EQ(procedures.size(), 1);
    EXPECT_EQ(procedures.first().title, QStringLiteral("Corto"));
    EXPECT_LE(procedures.first().object.size(), 100000);
    EXPECT_TRUE(procedures.first().object.startsWith(QStringLiteral("aaaa")));
    EXPECT_TRUE(file->verify().ok());
    file.reset(); // closed: one file again
    // The published release is kept as it was (once); the record does not copy the text again.
    EXPECT_LT(QFileInfo(path).size() - sizeBefore, qint64(longText.size()) * 3 / 2);
}
