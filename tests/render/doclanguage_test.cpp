// SPDX-License-Identifier: GPL-3.0-or-later
// One language per document (issue 14): every sentence the program writes into a testimony comes
// from the document's language, whatever the interface's, and money has one format per language.
// The sentences are taken from the translation catalogue, not listed here.
#include "demofixture.h"
#include "domain/catalogue.h"
#include "domain/doclanguage.h"
#include "render/testimonydata.h"
#include "render/testimonyrenderer.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTextDocumentFragment>
#include <QXmlStreamReader>
#include <gtest/gtest.h>

using namespace Testigo;
using namespace Testigo::Render;

namespace {

// The contexts whose messages documents print.
const QStringList kDocumentContexts {
    QStringLiteral("Testimony"), QStringLiteral("Codes"), QStringLiteral("Impact"), QStringLiteral("Report")};

struct Message
{
    QString source;
    QStringList translations; // one, or the plural forms
};

QList<Message> catalogueMessages(const QString &language)
{
    QFile ts(QStringLiteral(TESTIGO_SOURCE_DIR "/translations/testigo_%1.ts").arg(language));
    if (!ts.open(QIODevice::ReadOnly))
        return {};
    QList<Message> out;
    QXmlStreamReader xml(&ts);
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("message") && kDocumentContexts.contains(context))
            out << Message {};
        else if (!out.isEmpty() && xml.name() == QLatin1String("source")
            && kDocumentContexts.contains(context))
            out.last().source = xml.readElementText();
        else if (!out.isEmpty() && kDocumentContexts.contains(context)
            && (xml.name() == QLatin1String("numerusform") || xml.name() == QLatin1String("translation"))) {
            const QString t = xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
            if (!t.isEmpty())
                out.last().translations << t;
        }
    }
    return out;
}

// The pieces of a message a reader would recognise as a sentence of that language: the text
// between placeholders and punctuation, three words or more.
QStringList sentencePieces(const QString &message)
{
    static const QRegularExpression split(QStringLiteral("%n|%L?\\d|[().:;«»“”\\[\\]\\n]"));
    QStringList out;
    for (const QString &piece : message.split(split)) {
        const QString p = piece.simplified();
        if (p.count(QLatin1Char(' ')) >= 2 && p.size() >= 12)
            out << p;
    }
    return out;
}

// Pieces of `written` (one language) that the other language writes differently.
QStringList foreignPieces(const QList<Message> &catalogue, bool englishPieces)
{
    QStringList out;
    for (const Message &m : catalogue) {
        const QStringList texts = englishPieces ? QStringList {m.source} : m.translations;
        const QString other
            = (englishPieces ? m.translations : QStringList {m.source}).join(QLatin1Char('|'));
        for (const QString &text : texts)
            for (const QString &piece : sentencePieces(text))
                if (!other.contains(piece) && !out.contains(piece))
                    out << piece;
    }
    return out;
}

QString plain(const QString &html)
{
    return QTextDocumentFragment::fromHtml(html).toPlainText();
}

// Everything the witness typed for the procedure: it may hold any language and is not the program's.
QString recordedText(const TestimonyData &d)
{
    QStringList parts {d.procedure.title, d.procedure.object, d.procedure.place, d.procedure.titleEn,
        d.procedure.objectEn, d.procedure.publicationUrl};
    if (d.agency)
        parts << d.agency->name << d.agency->buyingUnit;
    for (const Stage &s : d.stages)
        parts << s.notes << s.attendance << s.actaRef << s.notesEn << s.attendanceEn;
    for (const Finding &f : d.findings)
        parts << f.description << f.recommendation << f.response << f.descriptionEn << f.recommendationEn
              << f.responseEn;
    for (const Lot &l : d.lots)
        parts << l.description << l.descriptionEn;
    for (const Narrative *n : {&d.narrative, &d.original})
        parts << plain(n->background) << plain(n->summary) << plain(n->conclusions);
    for (const Signatory &s : d.signatories)
        parts << s.name << s.position;
    return parts.join(QLatin1Char('\n')).simplified();
}

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

// Amounts with cents from 1,000 up ("1,234.50"): section numbers ("3.10") are not amounts.
const QRegularExpression kAmount(QStringLiteral("(?<![\\d,.])(\\d{1,3}(?:,\\d{3})+\\.\\d{2})( [A-Z]{3})?"));

// The amounts the program wrote into `text` in another format than the language's one:
// "$1,234.50 MXN" in Spanish, "MXN 1,234.50" in English. Amounts typed by the witness are theirs.
QStringList otherMoneyFormats(const QString &text, bool spanish, const QString &recorded)
{
    static const QRegularExpression codeBefore(QStringLiteral("[A-Z]{3} $"));
    QStringList out;
    auto it = kAmount.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const qsizetype start = m.capturedStart(1);
        const bool dollar = start > 0 && text.at(start - 1) == QLatin1Char('$');
        const bool ok = spanish ? dollar && !m.captured(2).isEmpty()
                                : !dollar && codeBefore.match(text.mid(start - 4, 4)).hasMatch();
        const QString around = text.mid(qMax<qsizetype>(0, start - 10), m.capturedLength(1) + 14);
        if (!ok && !recorded.contains(text.mid(start - 6, m.capturedLength(1) + 6)))
            out << around;
    }
    return out;
}

class DocumentLanguage : public ::testing::TestWithParam<QString> // the interface's language
{
};

} // namespace

TEST_P(DocumentLanguage, everyDemoTestimony_speaksOnlyItsOwnLanguage_withOneMoneyFormat)
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        FAIL() << "pdftotext not found: scripts/deps.sh installs poppler-utils";
    Catalogue ui;
    ASSERT_TRUE(ui.loadLanguage(GetParam()));
    QCoreApplication::installTranslator(&ui);
    const QList<Message> catalogue = catalogueMessages(QStringLiteral("es"));
    ASSERT_GT(catalogue.size(), 100);
    const QStringList english = foreignPieces(catalogue, true), spanish = foreignPieces(catalogue, false);
    ASSERT_TRUE(english.contains(QStringLiteral("No signatories are recorded")));
    ASSERT_TRUE(spanish.contains(QStringLiteral("No hay firmantes registrados")));

    TestSupport::DemoFile demo;
    for (const Procedure &p : demo.file->all<Procedure>()) {
        for (const QString &lang : {QStringLiteral("es"), QStringLiteral("en")}) {
            const TestimonyData data = loadTestimony(*demo.file, p.id, lang, QDate(2026, 1, 15));
            const QString pdf = demo.dir.filePath(QStringLiteral("t-%1.pdf").arg(lang));
            QString message;
            ASSERT_TRUE(writeTestimonyPdf(data, pdf, &message)) << qPrintable(message);
            const QString text = pdfText(pdf), recorded = recordedText(data);
            ASSERT_FALSE(text.isEmpty());
            for (const QString &piece : lang == QStringLiteral("es") ? english : spanish)
                EXPECT_FALSE(text.contains(piece) && !recorded.contains(piece, Qt::CaseInsensitive))
                    << qPrintable(
                           QStringLiteral("%1 (%2, UI %3): “%4”").arg(p.number, lang, GetParam(), piece));
            const QStringList money = otherMoneyFormats(text, lang == QStringLiteral("es"), recorded);
            EXPECT_TRUE(money.isEmpty()) << qPrintable(
                QStringLiteral("%1 (%2): %3").arg(p.number, lang, money.join(QStringLiteral(" | "))));
        }
    }
    QCoreApplication::removeTranslator(&ui);
}

INSTANTIATE_TEST_SUITE_P(InterfaceLanguages, DocumentLanguage,
    ::testing::Values(QStringLiteral("es"), QStringLiteral("en")),
    [](const auto &info) { return info.param.toStdString(); });

TEST(DocumentPlurals, followUpOfOneRecommendation_isGrammaticalInBothLanguages)
{
    const DocLanguage es(QStringLiteral("es")), en(QStringLiteral("en"));
    const char *source
        = QT_TRANSLATE_N_NOOP("Testimony", "Follow-up of the %n recommendation(s) made to the agency (%1).");
    EXPECT_TRUE(
        es.translate("Testimony", source, 1).startsWith(QStringLiteral("Seguimiento de la recomendación ")));
    EXPECT_TRUE(es.translate("Testimony", source, 3)
                    .startsWith(QStringLiteral("Seguimiento de las 3 recomendaciones ")));
    EXPECT_TRUE(en.translate("Testimony", source, 1)
                    .startsWith(QStringLiteral("Follow-up of the recommendation made")));
    EXPECT_TRUE(en.translate("Testimony", source, 3)
                    .startsWith(QStringLiteral("Follow-up of the 3 recommendations ")));
}
