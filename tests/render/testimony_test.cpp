// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cli.h"
#include "domain/doclanguage.h"
#include "render/testimonydata.h"
#include "render/testimonyrenderer.h"
#include "testimonyfixture.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace Testigo;
using namespace Testigo::Render;
using namespace Testigo::TestSupport;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<CaseFile> file;
    QString procedureId;

    explicit Fixture(const FixtureOptions &o = {})
    {
        file = CaseFile::create(dir.filePath(QStringLiteral("case.testigo"))).file;
        procedureId = addTestimonyProcedure(*file, o);
    }
    QString path(const QString &name) const { return dir.filePath(name); }
    TestimonyData data(const QString &lang) const
    {
        return loadTestimony(*file, procedureId, lang, QDate(2024, 6, 3));
    }
};

// The PDF's text, normalised (pdftotext returns ligatures and wraps lines).
QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    if (!p.waitForFinished(60000))
        return QString();
    return QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC).simplified();
}

bool havePoppler()
{
    return !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()
           && !QStandardPaths::findExecutable(QStringLiteral("pdffonts")).isEmpty();
}

int runCli(const QStringList &args, QString *out = nullptr, QString *err = nullptr)
{
    QString o, e;
    QTextStream os(&o), es(&e);
    const int rc = Cli::run(args, {os, es});
    os.flush();
    es.flush();
    if (out)
        *out = o;
    if (err)
        *err = e;
    return rc;
}

} // namespace

TEST(Testimony, spanishAndEnglishPdfs_containEveryHeadingFindingNumberAndAccentedTitle)
{
    if (!havePoppler())
        FAIL() << "pdftotext/pdffonts not found: scripts/deps.sh installs poppler-utils";
    Fixture f;
    const QStringList es{QStringLiteral("Testimonio del testigo social"), QStringLiteral("Antecedentes"),
                         QStringLiteral("Resumen ejecutivo"), QStringLiteral("Descripción cronológica"),
                         QStringLiteral("Observaciones"), QStringLiteral("Recomendaciones"),
                         QStringLiteral("Resultados económicos"), QStringLiteral("Conclusiones"),
                         QStringLiteral("Firma"), QStringLiteral("Anexos"), QStringLiteral("Página 2 de")};
    const QStringList en{QStringLiteral("Testimony of the social witness"), QStringLiteral("Background"),
                         QStringLiteral("Executive summary"), QStringLiteral("Chronological account"),
                         QStringLiteral("Observations"), QStringLiteral("Recommendations"),
                         QStringLiteral("Economic results"), QStringLiteral("Conclusions"),
                         QStringLiteral("Signature"), QStringLiteral("Annexes"), QStringLiteral("Page 2 of")};
    for (const auto &[lang, headings] : {std::pair{QStringLiteral("es"), es}, std::pair{QStringLiteral("en"), en}}) {
        const QString pdf = f.path(lang + QStringLiteral(".pdf"));
        ASSERT_TRUE(writeTestimonyPdf(f.data(lang), pdf));
        if (qEnvironmentVariableIsSet("TESTIGO_KEEP_PDF")) // to look at the pages by hand
            QFile::copy(pdf, QString::fromLocal8Bit(qgetenv("TESTIGO_KEEP_PDF")) + QLatin1Char('/') + lang + QStringLiteral(".pdf"));
        const QString text = pdfText(pdf);
        for (const QString &h : headings)
            EXPECT_TRUE(text.contains(h)) << qPrintable(lang) << ": missing " << qPrintable(h);
        EXPECT_TRUE(text.contains(kFixtureTitle)) << qPrintable(lang);
        EXPECT_TRUE(text.contains(kFixtureNumber)) << qPrintable(lang);
        const QString observation = lang == QStringLiteral("es") ? QStringLiteral("Observación %1 (")
                                                                  : QStringLiteral("Observation %1 (");
        for (int n = 1; n <= 6; ++n)
            EXPECT_TRUE(text.contains(observation.arg(n))) << qPrintable(lang) << ": finding " << n;
        EXPECT_TRUE(text.contains(f.file->auditHead().left(12))) << "footer digest";
    }
    EXPECT_TRUE(pdfText(f.path(QStringLiteral("es.pdf"))).contains(QStringLiteral("Licitación pública")));
}

TEST(Testimony, laassp2025Procedure_isTitledFinalReport)
{
    if (!havePoppler())
        FAIL() << "pdftotext/pdffonts not found: scripts/deps.sh installs poppler-utils";
    Fixture f;
    f.file->setField(QStringLiteral("procedure"), f.procedureId, QStringLiteral("regime"), QStringLiteral("LAASSP-2025"));
    ASSERT_TRUE(writeTestimonyPdf(f.data(QStringLiteral("es")), f.path(QStringLiteral("es.pdf"))));
    EXPECT_TRUE(pdfText(f.path(QStringLiteral("es.pdf"))).contains(QStringLiteral("Informe final del testigo social")));
}

TEST(Testimony, pdf_embedsEveryFont)
{
    if (!havePoppler())
        FAIL() << "pdftotext/pdffonts not found: scripts/deps.sh installs poppler-utils";
    Fixture f;
    const QString pdf = f.path(QStringLiteral("es.pdf"));
    ASSERT_TRUE(writeTestimonyPdf(f.data(QStringLiteral("es")), pdf));
    QProcess p;
    p.start(QStringLiteral("pdffonts"), {pdf});
    ASSERT_TRUE(p.waitForFinished(30000));
    const QStringList lines = QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_GT(lines.size(), 2);
    for (const QString &line : lines.mid(2)) {
        EXPECT_TRUE(line.contains(QStringLiteral("DejaVu"))) << qPrintable(line);
        const QStringList cols = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        ASSERT_GE(cols.size(), 5);
        EXPECT_EQ(cols[cols.size() - 5], QStringLiteral("yes")) << "not embedded: " << qPrintable(line);
    }
}

TEST(Testimony, threeHundredFindings_renderOnMorePages)
{
    Fixture small;
    Fixture large(FixtureOptions{300, true});
    TestimonyRenderer a(small.data(QStringLiteral("es")));
    TestimonyRenderer b(large.data(QStringLiteral("es")));
    const QString pdf = large.path(QStringLiteral("large.pdf"));
    int pages = 0;
    ASSERT_TRUE(writeTestimonyPdf(large.data(QStringLiteral("es")), pdf, nullptr, &pages));
    (void)a.pageImage(0, 50);
    (void)b.pageImage(0, 50);
    EXPECT_GT(b.pageCount(), a.pageCount() + 10);
    EXPECT_GT(pages, 20);
    if (havePoppler()) {
        const QString text = pdfText(pdf);
        EXPECT_TRUE(text.contains(QStringLiteral("Observación 300 (")));
    }
}

TEST(Testimony, incompleteProcedure_listsWhatIsMissing)
{
    Fixture f(FixtureOptions{4, false});
    const QStringList missing = missingParts(f.data(QStringLiteral("en")), DocLanguage(QStringLiteral("en")));
    const QString all = missing.join(QLatin1Char('\n'));
    EXPECT_TRUE(all.contains(QStringLiteral("No conclusions written in English"))) << qPrintable(all);
    EXPECT_TRUE(all.contains(QStringLiteral("has no actual date"))) << qPrintable(all);
    EXPECT_TRUE(all.contains(QStringLiteral("without the agency's response: 1, 3"))) << qPrintable(all);
    EXPECT_TRUE(all.contains(QStringLiteral("No signatories"))) << qPrintable(all);
    const QStringList es = missingParts(f.data(QStringLiteral("es")), DocLanguage(QStringLiteral("es")));
    EXPECT_TRUE(es.join(QLatin1Char('\n')).contains(QStringLiteral("No se han redactado las conclusiones en español")));

    Fixture complete;
    EXPECT_TRUE(missingParts(complete.data(QStringLiteral("es")), DocLanguage(QStringLiteral("es"))).isEmpty());
}

TEST(Testimony, pagesRenderToImages)
{
    Fixture f;
    TestimonyRenderer r(f.data(QStringLiteral("en")));
    const QImage cover = r.pageImage(0, 60);
    ASSERT_FALSE(cover.isNull());
    EXPECT_EQ(cover.width(), qRound(210.0 / 25.4 * 60));
    EXPECT_GE(r.pageCount(), 4);
    auto inked = [](const QImage &img) {
        int dark = 0;
        for (int y = 0; y < img.height(); y += 2)
            for (int x = 0; x < img.width(); x += 2)
                if (qGray(img.pixel(x, y)) < 128)
                    ++dark;
        return dark;
    };
    EXPECT_GT(inked(cover), 200);
    const QImage last = r.pageImage(r.pageCount() - 1, 60);
    EXPECT_GT(inked(last), 100);
    EXPECT_NE(cover, last);
}

TEST(Testimony, verifyTestimony_matchesUntilTheRecordChanges)
{
    Fixture f;
    const QString pdf = f.path(QStringLiteral("t.pdf"));
    const QString caseFile = f.file->path();
    const QString headAtPrinting = f.file->auditHead();
    f.file.reset(); // the command line opens the file itself
    QString out, err;
    ASSERT_EQ(runCli({QStringLiteral("testimony"), caseFile, QStringLiteral("--process"), kFixtureNumber,
                      QStringLiteral("--lang"), QStringLiteral("es"), QStringLiteral("-o"), pdf},
                     &out, &err),
              0)
        << qPrintable(err);
    const auto stamp = readTestimonyStamp([&] { QFile q(pdf); q.open(QIODevice::ReadOnly); return q.readAll(); }());
    ASSERT_TRUE(stamp.has_value());
    EXPECT_EQ(stamp->auditHead, headAtPrinting);
    EXPECT_EQ(stamp->procedureNumber, kFixtureNumber);
    EXPECT_EQ(stamp->language, QStringLiteral("es"));

    EXPECT_EQ(runCli({QStringLiteral("verify"), caseFile, QStringLiteral("--testimony"), pdf}, &out, &err), 0)
        << qPrintable(err);
    f.file = CaseFile::open(caseFile).file;
    ASSERT_TRUE(f.file);
    f.file->setAuthor(QStringLiteral("ana"));
    ASSERT_TRUE(f.file->setField(QStringLiteral("procedure"), f.procedureId, QStringLiteral("title"),
                                 QStringLiteral("Título corregido")));
    f.file.reset();
    EXPECT_EQ(runCli({QStringLiteral("verify"), caseFile, QStringLiteral("--testimony"), pdf}, &out, &err), 3);
    EXPECT_TRUE(err.contains(QStringLiteral("procedure"))) << qPrintable(err);
    EXPECT_TRUE(err.contains(QStringLiteral("title"))) << qPrintable(err);
    EXPECT_TRUE(err.contains(QStringLiteral("ana"))) << qPrintable(err);
}

TEST(Testimony, cliWithMissingParts_warnsAndStillPrints)
{
    Fixture f(FixtureOptions{2, false});
    const QString pdf = f.path(QStringLiteral("draft.pdf"));
    const QString caseFile = f.file->path();
    f.file.reset();
    QString out, err;
    EXPECT_EQ(runCli({QStringLiteral("testimony"), caseFile, QStringLiteral("--process"), kFixtureNumber,
                      QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("-o"), pdf},
                     &out, &err),
              0);
    EXPECT_TRUE(err.contains(QStringLiteral("No conclusions written in English"))) << qPrintable(err);
    EXPECT_GT(QFile(pdf).size(), 1000);
    EXPECT_EQ(runCli({QStringLiteral("testimony"), caseFile, QStringLiteral("--process"), kFixtureNumber,
                      QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("-o"), pdf}),
              2);
}

// Issue 14: "• Lot 1: no award recorded." in a Spanish testimony. The economic notes and the clock
// lines are written in the document's language, whatever the UI's.
TEST(Testimony, economicNotesAndClocks_speakTheDocumentsLanguage)
{
    Fixture f;
    Lot pending;
    pending.procedureId = f.procedureId;
    pending.number = 4;
    pending.description = QStringLiteral("Partida 4: sin fallo");
    pending.budgetCents = 1'000'000'00;
    pending.referenceCents = 900'000'00;
    ASSERT_TRUE(f.file->insert(pending));
    const TestimonyData es = f.data(QStringLiteral("es"));
    const TestimonyData en = f.data(QStringLiteral("en"));
    const QString esNotes = es.economics.notes.join(QLatin1Char('\n'));
    EXPECT_TRUE(esNotes.contains(QStringLiteral("Partida 4: no se registró adjudicación."))) << qPrintable(esNotes);
    EXPECT_FALSE(esNotes.contains(QStringLiteral("Lot "))) << qPrintable(esNotes);
    EXPECT_TRUE(en.economics.notes.contains(QStringLiteral("Lot 4: no award recorded.")))
        << qPrintable(en.economics.notes.join(QLatin1Char('\n')));
    bool earliest = false;
    for (const ClockLine &c : es.clocks)
        earliest |= c.detail.contains(QStringLiteral("fecha lícita más temprana"));
    EXPECT_TRUE(earliest);
}

// Issue 13: a state regime may have no clocks; the testimony then says so instead of staying silent.
TEST(Testimony, regimeWithoutClocks_saysNoneAreComputed)
{
    Fixture f;
    auto p = f.file->get<Procedure>(f.procedureId);
    ASSERT_TRUE(p);
    p->regime = QStringLiteral("STATE");
    ASSERT_TRUE(f.file->update(*p));
    const TestimonyData es = f.data(QStringLiteral("es"));
    EXPECT_TRUE(es.clocks.isEmpty());
    EXPECT_TRUE(es.clocksNote.contains(QStringLiteral("No se calculan plazos legales"))) << qPrintable(es.clocksNote);
    EXPECT_TRUE(f.data(QStringLiteral("en")).clocksNote.contains(QStringLiteral("No legal clocks are computed")));
    Fixture federal;
    EXPECT_TRUE(federal.data(QStringLiteral("es")).clocksNote.isEmpty());
}
