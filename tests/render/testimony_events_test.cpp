// SPDX-License-Identifier: GPL-3.0-or-later
// The testimony states the procedure's events (schema 7) in its own language: a void declaration,
// a cancellation, an inconformidad and the rounds of a competitive dialogue, with the law's rule on
// who may run one.
#include "domain/events.h"
#include "render/testimonydata.h"
#include "render/testimonyrenderer.h"
#include "testimonyfixture.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace Testigo;
using namespace Testigo::Render;
using namespace Testigo::TestSupport;

namespace {

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"),
        {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    if (!p.waitForFinished(60000))
        return QString();
    return QString::fromUtf8(p.readAllStandardOutput())
        .normalized(QString::NormalizationForm_KC)
        .simplified();
}

struct EventsFixture
{
    QTemporaryDir dir;
    std::unique_ptr<CaseFile> file = CaseFile::create(dir.filePath(QStringLiteral("case.testigo"))).file;
    QString procedureId = addTestimonyProcedure(*file);

    EventsFixture()
    {
        const QString pid = QStringLiteral("procedure_id");
        const Lot lot = file->all<Lot>(pid, procedureId).value(0);
        const Bidder bidder = file->all<Bidder>(pid, procedureId).value(0);
        file->setField(QStringLiteral("procedure"), procedureId, QStringLiteral("type"),
            QStringLiteral("competitive_dialogue"));
        ProcedureEvent desierta;
        desierta.procedureId = procedureId;
        desierta.lotId = lot.id;
        desierta.kind = QStringLiteral("void");
        desierta.reason = QStringLiteral("Ninguna proposición solvente");
        desierta.date = QDate(2024, 5, 20);
        EXPECT_TRUE(file->insert(desierta)) << file->lastError().toStdString();
        ProcedureEvent cancel;
        cancel.procedureId = procedureId;
        cancel.extent = QStringLiteral("partial");
        cancel.reason = QStringLiteral("Recorte presupuestal");
        cancel.date = QDate(2024, 5, 22);
        EXPECT_TRUE(file->insert(cancel));
        Protest protest;
        protest.procedureId = procedureId;
        protest.bidderId = bidder.id;
        protest.filedDate = QDate(2024, 5, 27);
        protest.authority = QStringLiteral("OIC");
        protest.outcome = QStringLiteral("founded");
        protest.suspended = true;
        EXPECT_TRUE(file->insert(protest));
        DialogueRound round;
        round.procedureId = procedureId;
        round.round = 1;
        round.date = QDate(2024, 3, 11);
        round.participants = QStringLiteral("Farmacéutica Zapoteca");
        EXPECT_TRUE(file->insert(round));
        bidderName = bidder.name;
    }
    QString text(const QString &lang)
    {
        const QString pdf = dir.filePath(lang + QStringLiteral(".pdf"));
        EXPECT_TRUE(writeTestimonyPdf(loadTestimony(*file, procedureId, lang, QDate(2024, 6, 3)), pdf));
        return pdfText(pdf);
    }
    QString bidderName;
};

} // namespace

TEST(TestimonyEvents, eachFact_isStatedInTheDocumentsLanguage)
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        FAIL() << "pdftotext not found: scripts/deps.sh installs poppler-utils";
    EventsFixture f;
    const QString es = f.text(QStringLiteral("es"));
    EXPECT_TRUE(es.contains(QStringLiteral("Incidencias del procedimiento"))) << es.toStdString();
    EXPECT_TRUE(
        es.contains(QStringLiteral("Declaración de desierta (total) de la partida 1 el 20 de mayo de 2024: "
                                   "Ninguna proposición solvente")));
    EXPECT_TRUE(
        es.contains(QStringLiteral("Cancelación (parcial) de todo el procedimiento el 22 de mayo de 2024")));
    EXPECT_TRUE(
        es.contains(QStringLiteral("Presentada por %1 el 27 de mayo de 2024 ante OIC. Resultado: fundada.")
                        .arg(f.bidderName)));
    EXPECT_TRUE(es.contains(QStringLiteral("El procedimiento se suspendió")));
    EXPECT_TRUE(
        es.contains(QStringLiteral("Ronda 1 (11 de marzo de 2024). Participantes: Farmacéutica Zapoteca.")));
    // Called in 2024, the procedure is governed by a version of the law without the dialogue.
    EXPECT_TRUE(es.contains(QStringLiteral("no prevé el diálogo competitivo")));

    const QString en = f.text(QStringLiteral("en"));
    EXPECT_TRUE(en.contains(QStringLiteral("Events of the procedure"))) << en.toStdString();
    EXPECT_TRUE(en.contains(QStringLiteral(
        "Declared void (desierta) (total) of lot 1 on 20 May 2024: Ninguna proposición solvente")));
    EXPECT_TRUE(en.contains(QStringLiteral("Cancellation (partial) of the whole procedure on 22 May 2024")));
    EXPECT_TRUE(en.contains(
        QStringLiteral("Filed by %1 on 27 May 2024 before OIC. Outcome: founded.").arg(f.bidderName)));
    EXPECT_TRUE(en.contains(QStringLiteral("The procedure was suspended while it was pending.")));
    EXPECT_TRUE(en.contains(QStringLiteral("Round 1 (11 March 2024). Participants: Farmacéutica Zapoteca.")));
    EXPECT_TRUE(en.contains(QStringLiteral("provides for no competitive dialogue")));
    EXPECT_FALSE(en.contains(QStringLiteral("Incidencias")));
}

TEST(TestimonyEvents, procedureWithoutEvents_hasNoSuchSection)
{
    QTemporaryDir dir;
    auto file = CaseFile::create(dir.filePath(QStringLiteral("case.testigo"))).file;
    const QString id = addTestimonyProcedure(*file);
    const QString pdf = dir.filePath(QStringLiteral("en.pdf"));
    ASSERT_TRUE(writeTestimonyPdf(loadTestimony(*file, id, QStringLiteral("en"), QDate(2024, 6, 3)), pdf));
    EXPECT_FALSE(pdfText(pdf).contains(QStringLiteral("Events of the procedure")));
}

TEST(TestimonyClocks, tableHeadsAMinimumsDateEarliestLawfulDateAndAMaximumsDeadline)
{
    QTemporaryDir dir;
    auto file = CaseFile::create(dir.filePath(QStringLiteral("case.testigo"))).file;
    const QString id = addTestimonyProcedure(*file);
    for (const QString &lang : {QStringLiteral("es"), QStringLiteral("en")}) {
        TestimonyData d = loadTestimony(*file, id, lang, QDate(2024, 6, 3));
        d.clocks.clear();
        ClockLine minimum;
        minimum.code = QStringLiteral("publication_to_opening");
        minimum.name = QStringLiteral("Plazo mínimo de prueba");
        minimum.deadline = QDate(2024, 3, 18);
        minimum.minimum = true;
        ClockLine maximum = minimum;
        maximum.code = QStringLiteral("report_delivery");
        maximum.name = QStringLiteral("Plazo máximo de prueba");
        maximum.minimum = false;
        d.clocks = {minimum, maximum};
        const QString pdf = dir.filePath(lang + QStringLiteral(".pdf"));
        ASSERT_TRUE(writeTestimonyPdf(d, pdf));
        const QString text = pdfText(pdf);
        if (lang == QLatin1String("es")) {
            EXPECT_TRUE(text.contains(QStringLiteral("Plazos mínimos"))) << text.toStdString();
            EXPECT_TRUE(text.contains(QStringLiteral("Fecha lícita más temprana")));
            EXPECT_TRUE(text.contains(QStringLiteral("Plazos máximos")));
            EXPECT_TRUE(text.contains(QStringLiteral("Fecha límite")));
            EXPECT_LT(text.indexOf(QStringLiteral("Fecha lícita más temprana")),
                text.indexOf(QStringLiteral("Fecha límite")));
        } else {
            EXPECT_TRUE(text.contains(QStringLiteral("Minimum periods"))) << text.toStdString();
            EXPECT_TRUE(text.contains(QStringLiteral("Earliest lawful date")));
            EXPECT_TRUE(text.contains(QStringLiteral("Maximum periods")));
            EXPECT_LT(text.indexOf(QStringLiteral("Earliest lawful date")),
                text.lastIndexOf(QStringLiteral("Deadline")));
        }
    }
}

// Issue 13, schema 9: a correction of the fallo is a dated act, not an event the testimony lists
// among the cancellations; its clock (5 business days, article unverified) goes with the fallo.
TEST(TestimonyClocks, awardCorrection_isAClockOfTheFallo_notAnEventOfTheProcedure)
{
    QTemporaryDir dir;
    auto file = CaseFile::create(dir.filePath(QStringLiteral("case.testigo"))).file;
    const QString id = addTestimonyProcedure(*file); // fallo on Wednesday 10 April 2024
    ProcedureEvent correction;
    correction.procedureId = id;
    correction.kind = QStringLiteral("award_correction");
    correction.date = QDate(2024, 4, 19); // 7 business days later
    ASSERT_TRUE(file->insert(correction)) << file->lastError().toStdString();
    const TestimonyData d = loadTestimony(*file, id, QStringLiteral("en"), QDate(2024, 6, 3));
    EXPECT_TRUE(d.events.closures.isEmpty());
    const auto line = std::find_if(d.clocks.begin(), d.clocks.end(),
        [](const ClockLine &l) { return l.code == QLatin1String("award_correction"); });
    ASSERT_NE(line, d.clocks.end());
    EXPECT_EQ(line->stageKind, QStringLiteral("award"));
    EXPECT_TRUE(line->breached);
    EXPECT_EQ(line->deadline, QDate(2024, 4, 17));
    EXPECT_TRUE(line->article.contains(QStringLiteral("unverified"))) << line->article.toStdString();
}
