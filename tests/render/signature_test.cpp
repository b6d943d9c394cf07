// SPDX-License-Identifier: GPL-3.0-or-later
// A testimony signed with an e.firma (a test certificate made here with the openssl command): pdfsig
// finds a valid PAdES signature, an edited copy is reported altered, and the CLI and the signature
// block say who signed.
#include "cli/cli.h"
#include "pdfsign/pdfsigner.h"
#include "render/testimonydata.h"
#include "render/testimonyrenderer.h"
#include "testimonyfixture.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace Testigo;
using namespace Testigo::PdfSign;
using namespace Testigo::TestSupport;

namespace {

const QString kSigner = QStringLiteral("Asociación Testigo de Prueba");
const QString kRfc = QStringLiteral("ATP010101AB1");
const QByteArray kPassword = "contraseña de prueba";

QString run(const QString &program, const QStringList &args, int *rc = nullptr)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    p.waitForFinished(60000);
    if (rc)
        *rc = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return QString::fromUtf8(p.readAll());
}

int runCli(const QStringList &args, QString *out, QString *err)
{
    QString o, e;
    QTextStream os(&o), es(&e);
    const int rc = Cli::run(args, {os, es});
    os.flush();
    es.flush();
    *out = o;
    *err = e;
    return rc;
}

// A self-made certificate shaped like the SAT's: .cer (DER), .key (encrypted PKCS#8 DER), and .p12.
struct TestIdentity
{
    QTemporaryDir dir;
    QString cer = dir.filePath(QStringLiteral("firma.cer")), key = dir.filePath(QStringLiteral("firma.key")),
            p12 = dir.filePath(QStringLiteral("firma.p12")),
            passwordFile = dir.filePath(QStringLiteral("password.txt"));
    QString pdf(const QString &name) const { return dir.filePath(name); }

    bool make()
    {
        const QString pem = dir.filePath(QStringLiteral("key.pem")),
                      crt = dir.filePath(QStringLiteral("cert.pem"));
        const QString pass = QStringLiteral("pass:") + QString::fromUtf8(kPassword);
        int rc = 0, all = 0;
        run(QStringLiteral("openssl"),
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), pem,
                QStringLiteral("-out"), crt, QStringLiteral("-days"), QStringLiteral("2"),
                QStringLiteral("-utf8"), QStringLiteral("-subj"),
                QStringLiteral("/CN=%1/x500UniqueIdentifier=%2 \\/ XAXX010101000").arg(kSigner, kRfc)},
            &rc);
        all |= rc;
        run(QStringLiteral("openssl"),
            {QStringLiteral("x509"), QStringLiteral("-in"), crt, QStringLiteral("-outform"),
                QStringLiteral("DER"), QStringLiteral("-out"), cer},
            &rc);
        all |= rc;
        run(QStringLiteral("openssl"),
            {QStringLiteral("pkcs8"), QStringLiteral("-topk8"), QStringLiteral("-in"), pem,
                QStringLiteral("-outform"), QStringLiteral("DER"), QStringLiteral("-v2"),
                QStringLiteral("des3"), QStringLiteral("-passout"), pass, QStringLiteral("-out"), key},
            &rc);
        all |= rc;
        run(QStringLiteral("openssl"),
            {QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-in"), crt,
                QStringLiteral("-inkey"), pem, QStringLiteral("-passout"), pass, QStringLiteral("-out"), p12},
            &rc);
        all |= rc;
        QFile f(passwordFile);
        return all == 0 && f.open(QIODevice::WriteOnly) && f.write(kPassword + "\n") > 0;
    }
};

// A complete testimony printed from the fixture; returns the case file path.
QString printTestimony(const TestIdentity &id, const QString &pdfPath)
{
    const QString caseFile = id.pdf(QStringLiteral("case.testigo"));
    auto file = CaseFile::create(caseFile).file;
    const QString procedureId = addTestimonyProcedure(*file);
    Render::writeTestimonyPdf(
        Render::loadTestimony(*file, procedureId, QStringLiteral("es"), QDate(2024, 6, 3)), pdfPath);
    return caseFile;
}

QString pdfsig(const QString &pdf)
{
    return run(QStringLiteral("pdfsig"), {pdf});
}

bool haveTools()
{
    return !QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty()
        && !QStandardPaths::findExecutable(QStringLiteral("pdfsig")).isEmpty();
}

} // namespace

TEST(PdfSignature, satCerAndKey_signATestimonyThatPdfsigReportsValid)
{
    if (!haveTools())
        FAIL() << "openssl/pdfsig not found: scripts/deps.sh installs openssl and poppler-utils";
    TestIdentity id;
    ASSERT_TRUE(id.make());
    const QString plain = id.pdf(QStringLiteral("plain.pdf")),
                  signedPdf = id.pdf(QStringLiteral("signed.pdf"));
    printTestimony(id, plain);
    EXPECT_TRUE(pdfsig(plain).contains(QStringLiteral("does not contain any signatures")));

    QString error;
    const auto key = PdfSign::SigningKey::fromSatFiles(id.cer, id.key, kPassword, &error);
    ASSERT_TRUE(key) << error.toStdString();
    EXPECT_EQ(key->certificate().name, kSigner);
    EXPECT_EQ(key->certificate().rfc, kRfc);
    ASSERT_TRUE(signPdfFile(plain, signedPdf, *key, {}, &error)) << error.toStdString();

    const QString report = pdfsig(signedPdf);
    EXPECT_TRUE(report.contains(QStringLiteral("Signature is Valid"))) << report.toStdString();
    EXPECT_TRUE(report.contains(kSigner)) << report.toStdString();
    EXPECT_TRUE(report.contains(QStringLiteral("ETSI.CAdES.detached"))) << report.toStdString();
    EXPECT_TRUE(report.contains(QStringLiteral("Total document signed"))) << report.toStdString();

    // The signed file begins with the printed one, byte for byte (an incremental update).
    QFile a(plain), b(signedPdf);
    ASSERT_TRUE(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    const QByteArray before = a.readAll(), after = b.readAll();
    EXPECT_TRUE(after.startsWith(before));
    const auto checks = checkSignatures(after);
    ASSERT_EQ(checks.size(), 1);
    EXPECT_TRUE(checks.first().intact);
    EXPECT_TRUE(checks.first().wholeFile);
    EXPECT_EQ(checks.first().signer.name, kSigner);
}

TEST(PdfSignature, editedSignedPdf_isReportedAlteredByPdfsigAndByVerify)
{
    if (!haveTools())
        FAIL() << "openssl/pdfsig not found: scripts/deps.sh installs openssl and poppler-utils";
    TestIdentity id;
    ASSERT_TRUE(id.make());
    const QString plain = id.pdf(QStringLiteral("plain.pdf")),
                  signedPdf = id.pdf(QStringLiteral("signed.pdf"));
    printTestimony(id, plain);
    QString error;
    const auto key = PdfSign::SigningKey::fromPkcs12(id.p12, kPassword, &error);
    ASSERT_TRUE(key) << error.toStdString();
    ASSERT_TRUE(signPdfFile(plain, signedPdf, *key, {}, &error)) << error.toStdString();
    EXPECT_TRUE(pdfsig(signedPdf).contains(QStringLiteral("Signature is Valid")));

    // Change one character of the document's title in the signed bytes.
    QFile f(signedPdf);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    QByteArray bytes = f.readAll();
    f.close();
    const qsizetype at = bytes.indexOf("testigo-record:");
    ASSERT_GT(at, 0);
    bytes[at] = 'T';
    const QString edited = id.pdf(QStringLiteral("edited.pdf"));
    QFile e(edited);
    ASSERT_TRUE(e.open(QIODevice::WriteOnly) && e.write(bytes) == bytes.size());
    e.close();

    const QString report = pdfsig(edited);
    EXPECT_FALSE(report.contains(QStringLiteral("Signature is Valid"))) << report.toStdString();
    EXPECT_TRUE(report.contains(QStringLiteral("Digest Mismatch"))) << report.toStdString();
    const auto checks = checkSignatures(bytes);
    ASSERT_EQ(checks.size(), 1);
    EXPECT_FALSE(checks.first().intact);
    EXPECT_FALSE(checks.first().problem.isEmpty());
}

TEST(PdfSignature, wrongPasswordOrForeignKey_isRefusedAndWritesNothing)
{
    if (!haveTools())
        FAIL() << "openssl/pdfsig not found: scripts/deps.sh installs openssl and poppler-utils";
    TestIdentity id;
    ASSERT_TRUE(id.make());
    QString error;
    EXPECT_FALSE(PdfSign::SigningKey::fromSatFiles(id.cer, id.key, "equivocada", &error));
    EXPECT_TRUE(error.contains(QStringLiteral("password"))) << error.toStdString();
    EXPECT_FALSE(PdfSign::SigningKey::fromPkcs12(id.p12, "equivocada", &error));

    TestIdentity other;
    ASSERT_TRUE(other.make());
    EXPECT_FALSE(PdfSign::SigningKey::fromSatFiles(id.cer, other.key, kPassword, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("does not belong"))) << error.toStdString();

    const QString plain = id.pdf(QStringLiteral("plain.pdf")), out = id.pdf(QStringLiteral("out.pdf"));
    printTestimony(id, plain);
    QString o, err;
    EXPECT_EQ(
        runCli({QStringLiteral("sign"), plain, QStringLiteral("--cert"), id.cer, QStringLiteral("--key"),
                   other.key, QStringLiteral("--password-file"), id.passwordFile, QStringLiteral("-o"), out},
            &o, &err),
        Cli::Error);
    EXPECT_FALSE(QFile::exists(out));
}

TEST(PdfSignature, cliSignsATestimonyAndVerifyNamesTheSignerAndTheBlockSaysSigned)
{
    if (!haveTools())
        FAIL() << "openssl/pdfsig not found: scripts/deps.sh installs openssl and poppler-utils";
    TestIdentity id;
    ASSERT_TRUE(id.make());
    const QString plain = id.pdf(QStringLiteral("plain.pdf")),
                  viaSign = id.pdf(QStringLiteral("via-sign.pdf"));
    const QString caseFile = printTestimony(id, plain);
    QString out, err;
    ASSERT_EQ(
        runCli({QStringLiteral("sign"), plain, QStringLiteral("--cert"), id.cer, QStringLiteral("--key"),
                   id.key, QStringLiteral("--password-file"), id.passwordFile, QStringLiteral("-o"), viaSign},
            &out, &err),
        Cli::Ok)
        << err.toStdString();
    EXPECT_TRUE(pdfsig(viaSign).contains(QStringLiteral("Signature is Valid")));

    // Printed and signed in one step: the block names the certificate's holder instead of "Unsigned".
    const QString number = kFixtureNumber;
    const QString signedTestimony = id.pdf(QStringLiteral("testimonio-firmado.pdf"));
    ASSERT_EQ(
        runCli({QStringLiteral("testimony"), caseFile, QStringLiteral("--process"), number,
                   QStringLiteral("--lang"), QStringLiteral("es"), QStringLiteral("--p12"), id.p12,
                   QStringLiteral("--password-file"), id.passwordFile, QStringLiteral("-o"), signedTestimony},
            &out, &err),
        Cli::Ok)
        << err.toStdString();
    EXPECT_TRUE(pdfsig(signedTestimony).contains(QStringLiteral("Signature is Valid")));
    const QString signedText = run(QStringLiteral("pdftotext"),
        {QStringLiteral("-enc"), QStringLiteral("UTF-8"), signedTestimony, QStringLiteral("-")})
                                   .normalized(QString::NormalizationForm_KC)
                                   .simplified();
    EXPECT_TRUE(signedText.contains(kRfc)) << signedText.toStdString();
    EXPECT_FALSE(signedText.contains(QStringLiteral("Sin firmar")));
    const QString plainText = run(QStringLiteral("pdftotext"),
        {QStringLiteral("-enc"), QStringLiteral("UTF-8"), plain, QStringLiteral("-")})
                                  .normalized(QString::NormalizationForm_KC); // pdftotext returns ligatures
    EXPECT_TRUE(plainText.contains(QStringLiteral("Sin firmar")));
    EXPECT_FALSE(plainText.contains(QStringLiteral("firma electrónica avanzada")));

    ASSERT_EQ(runCli({QStringLiteral("verify"), caseFile, QStringLiteral("--testimony"), signedTestimony},
                  &out, &err),
        Cli::Ok)
        << err.toStdString();
    EXPECT_TRUE(out.contains(kSigner)) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("valid"))) << out.toStdString();
}
