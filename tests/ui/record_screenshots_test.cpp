// SPDX-License-Identifier: GPL-3.0-or-later
// The record panels on the demo case file, in English, in Spanish and in a "long" pseudo-language
// (every string 40 % longer): nothing may be clipped. Set TESTIGO_SCREENSHOT_DIR to keep the PNGs
// (docs/screenshots/record_*.png are made this way:
//   TESTIGO_SCREENSHOT_DIR=docs/screenshots <build>/tests/ui/record_screenshots_test).

#include "demo/demo.h"
#include "record/bidderspanel.h"
#include "record/clausematrixmodel.h"
#include "common/recordtablemodel.h"
#include "record/findingspanel.h"
#include "record/pactpanel.h"
#include "record/recordtablesection.h"
#include "store/session.h"
#include "uitest_support.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTranslator>
#include <QUndoStack>
#include <gtest/gtest.h>

using namespace Testigo;
using namespace Testigo::Ui;

namespace {

// Lengthens every string by 40 % (keeping "%1" markers and accelerators intact).
class LongTranslator final : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *, const char *source, const char *, int) const override
    {
        const QString s = QString::fromUtf8(source);
        if (s.isEmpty())
            return s;
        return s + QString(int(s.size() * 0.4) + 1, QChar(0x00f1)); // ñññ
    }
};

struct Shots
{
    QTemporaryDir dir;
    std::unique_ptr<Session> session;
    QUndoStack undo;
    QString procedureId;

    Shots()
    {
        auto created = CaseFile::create(dir.filePath(QStringLiteral("demo.testigo")));
        EXPECT_TRUE(created.file) << created.message.toStdString();
        session = std::make_unique<Session>(std::move(created.file));
        EXPECT_TRUE(writeDemo(session->file())) << session->file().lastError().toStdString();
        // The procedure with the most findings shows the panels best.
        qsizetype best = -1;
        for (const Procedure &p : session->file().all<Procedure>()) {
            const qsizetype n = session->file().rows(QStringLiteral("finding"), QStringLiteral("procedure_id"), p.id).size()
                                + session->file().rows(QStringLiteral("bidder"), QStringLiteral("procedure_id"), p.id).size();
            if (n > best) {
                best = n;
                procedureId = p.id;
            }
        }
    }

    void shoot(QWidget &w, const QString &name, const QString &language)
    {
        w.resize(1280, 760);
        w.show();
        QApplication::processEvents();
        const QStringList cut = TestSupport::clippedWidgets(&w);
        EXPECT_TRUE(cut.isEmpty()) << name.toStdString() << " " << language.toStdString() << ": "
                                   << cut.join(QStringLiteral(" | ")).toStdString();
        const QImage image = w.grab().toImage();
        EXPECT_FALSE(image.isNull());
        const QString out = qEnvironmentVariable("TESTIGO_SCREENSHOT_DIR", dir.path());
        const QString suffix = language == QLatin1String("en") ? QString() : QLatin1Char('_') + language;
        EXPECT_TRUE(image.save(QDir(out).filePath(QStringLiteral("record_%1%2.png").arg(name, suffix))));
    }

    void all(const QString &language)
    {
        FindingsPanel findings(*session, undo);
        findings.setProcedure(procedureId);
        if (findings.proxyModel()->rowCount() > 0)
            findings.selectFinding(findings.findingsModel()->idAt(0));
        shoot(findings, QStringLiteral("findings"), language);

        PactPanel pact(*session, undo);
        pact.setProcedure(procedureId);
        pact.findChild<QTabWidget *>(QStringLiteral("pactTabWidget"))->setCurrentIndex(2);
        // Select the busiest cell so the list beside the matrix shows something.
        int bestRow = 0, bestColumn = 0, bestCount = -1;
        for (int r = 0; r < pact.matrixModel()->rowCount(); ++r)
            for (int c = 0; c < pact.matrixModel()->columnCount(); ++c) {
                const int n = pact.matrixModel()->findingsAt(pact.matrixModel()->index(r, c)).size();
                if (n > bestCount) {
                    bestCount = n;
                    bestRow = r;
                    bestColumn = c;
                }
            }
        pact.selectCell(bestRow, bestColumn);
        shoot(pact, QStringLiteral("pact"), language);
        pact.findChild<QTabWidget *>(QStringLiteral("pactTabWidget"))->setCurrentIndex(0);
        shoot(pact, QStringLiteral("pact_clauses"), language);

        BiddersPanel bidders(*session, undo);
        bidders.setProcedure(procedureId);
        if (bidders.bidderModel()->rowCount() > 0)
            bidders.bidderSection()->selectId(bidders.bidderModel()->idAt(0));
        shoot(bidders, QStringLiteral("bidders"), language);
        bidders.findChild<QTabWidget *>(QStringLiteral("biddersTabWidget"))->setCurrentIndex(1);
        shoot(bidders, QStringLiteral("bids"), language);
    }
};

TEST(RecordScreenshots, panelsInEnglishSpanishAndLongStrings_haveNothingClipped)
{
    Shots shots;
    ASSERT_FALSE(shots.procedureId.isEmpty());
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    shots.all(QStringLiteral("en"));

    QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Mexico));
    QTranslator spanish;
    if (spanish.load(QStringLiteral(":/i18n/testigo_es.qm")))
        QApplication::installTranslator(&spanish);
    shots.all(QStringLiteral("es"));
    QApplication::removeTranslator(&spanish);

    LongTranslator longer;
    QApplication::installTranslator(&longer);
    shots.all(QStringLiteral("long"));
    QApplication::removeTranslator(&longer);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

} // namespace
