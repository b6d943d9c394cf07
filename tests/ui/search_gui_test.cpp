// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 17: the window's search box. A witness presses Ctrl+F, types, and Enter opens the best hit:
// its procedure, selected in the list, and the tab of its record (the finding selected in the
// findings tab); Down then Enter opens the next hit instead. The hits follow an edit. At 1024x640
// in both languages; the results model passes QAbstractItemModelTester.
#include "record/bidderspanel.h"
#include "record/findingspanel.h"
#include "record/recordtablesection.h"
#include "window_driver.h"
#include "workbench/casefilesearch.h"
#include "workbench/overviewpage.h"
#include "workbench/procedurespage.h"
#include "workbench/searchresultsmodel.h"
#include "workbench/stagepage.h"
#include "workbench/stagespage.h"

#include <QAbstractItemModelTester>
#include <QDockWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <gtest/gtest.h>

using namespace Testigo;
using namespace Testigo::TestSupport;

namespace {

struct Ids
{
    QString cleaning, ambulances, finding;
};

QString insert(CaseFile &f, const QString &table, QVariantMap values)
{
    EXPECT_TRUE(f.insertRow(table, values)) << f.lastError().toStdString();
    return values.value(QStringLiteral("id")).toString();
}

// Two procedures; the finding of the ambulances' tender speaks of the cleaning.
Ids fill(CaseFile &f)
{
    Ids ids;
    ids.cleaning = insert(f, QStringLiteral("procedure"),
        {{QStringLiteral("number"), QStringLiteral("LA-50-GYR-002-N-2-2026")},
            {QStringLiteral("title"), QStringLiteral("Servicio de limpieza integral")}});
    ids.ambulances = insert(f, QStringLiteral("procedure"),
        {{QStringLiteral("number"), QStringLiteral("LA-50-GYR-001-N-1-2026")},
            {QStringLiteral("title"), QStringLiteral("Adquisición de ambulancias")}});
    ids.finding = insert(f, QStringLiteral("finding"),
        {{QStringLiteral("procedure_id"), ids.ambulances}, {QStringLiteral("number"), 1},
            {QStringLiteral("description"),
                QStringLiteral("La convocatoria copió el anexo de limpieza de otra puntuación")}});
    return ids;
}

class SearchBox : public ::testing::TestWithParam<const char *>
{
protected:
    void SetUp() override
    {
        m_f = std::make_unique<WindowFixture>(QString::fromLatin1(GetParam()), QSize(1024, 640));
        m_ids = fill(m_f->file());
        settle();
        m_search = m_f->window->caseFileSearch();
        ASSERT_TRUE(m_search);
    }
    // Ctrl+F, then the text typed like a person.
    QLineEdit *typeQuery(const QString &text)
    {
        QTest::keyClick(m_f->window.get(), Qt::Key_F, Qt::ControlModifier);
        settle();
        auto *box = findNamed<QLineEdit>(m_f->window.get(), "caseFileSearchLineEdit");
        EXPECT_EQ(QApplication::focusWidget(), box) << "Ctrl+F puts the cursor in the search box";
        typeText(box, text);
        return box;
    }
    Ui::ProcedureView *view() const
    {
        Ui::Workspace *ws = m_f->window->workspace();
        return ws && ws->isShowingProcedure() ? ws->procedureView() : nullptr;
    }
    std::unique_ptr<WindowFixture> m_f;
    Ids m_ids;
    Ui::CaseFileSearch *m_search = nullptr;
};

} // namespace

TEST_P(SearchBox, enter_opensTheBestHit_itsProcedureSelectedAndItsTab)
{
    QLineEdit *box = typeQuery(QStringLiteral("puntuacion"));
    EXPECT_EQ(box->placeholderText(),
        QString::fromLatin1(GetParam()) == QStringLiteral("es") ? QStringLiteral("Buscar en el expediente…")
                                                                : QStringLiteral("Search the case file…"));
    QTest::keyClick(box, Qt::Key_Return);
    settle();
    Ui::ProcedureView *v = view();
    ASSERT_TRUE(v) << "Enter opens the hit's procedure";
    EXPECT_EQ(v->procedureId(), m_ids.ambulances);
    EXPECT_EQ(m_f->window->workspace()->proceduresPage()->currentProcedureId(), m_ids.ambulances);
    auto *findings = qobject_cast<Ui::FindingsPanel *>(v->findingsPanel());
    ASSERT_TRUE(findings);
    EXPECT_EQ(v->page(v->tabs()->currentIndex()), findings) << "the findings tab is shown";
    EXPECT_EQ(findings->currentFindingId(), m_ids.finding);
    auto *dock = findNamed<QDockWidget>(m_f->window.get(), "searchResultsDockWidget");
    EXPECT_TRUE(dock->isVisible());
}

TEST_P(SearchBox, downThenEnter_opensTheNextHit)
{
    // "limpieza": the cleaning procedure first (procedures come first), then the finding.
    QLineEdit *box = typeQuery(QStringLiteral("LIMPIEZA"));
    QTest::qWait(400); // the pause after typing: the hits are shown before Down is pressed
    settle();
    Ui::SearchResultsModel *model = m_search->model();
    ASSERT_EQ(model->hitCount(), 2);
    EXPECT_EQ(model->rowCount(), 2) << "two groups: procedures, findings";
    auto *tree = findNamed<QTreeView>(m_f->window.get(), "searchResultsTreeView");
    ASSERT_TRUE(model->hit(tree->currentIndex()));
    EXPECT_EQ(model->hit(tree->currentIndex())->recordId, m_ids.cleaning);
    QTest::keyClick(box, Qt::Key_Down);
    EXPECT_EQ(model->hit(tree->currentIndex())->recordId, m_ids.finding);
    QTest::keyClick(box, Qt::Key_Return);
    settle();
    ASSERT_TRUE(view());
    EXPECT_EQ(view()->procedureId(), m_ids.ambulances);
    EXPECT_EQ(view()->page(view()->tabs()->currentIndex()), view()->findingsPanel());
    // Up, Enter: back to the procedure, on its overview.
    QTest::keyClick(box, Qt::Key_Up);
    QTest::keyClick(box, Qt::Key_Return);
    settle();
    ASSERT_TRUE(view());
    EXPECT_EQ(view()->procedureId(), m_ids.cleaning);
    EXPECT_EQ(view()->page(view()->tabs()->currentIndex()), view()->overview());
}

TEST_P(SearchBox, theHitsFollowAnEdit_andNothingFoundSaysSo)
{
    QLineEdit *box = typeQuery(QStringLiteral("ambulancias"));
    QTest::keyClick(box, Qt::Key_Return);
    settle();
    EXPECT_EQ(m_search->model()->hitCount(), 1);
    ASSERT_TRUE(m_f->file().setField(QStringLiteral("procedure"), m_ids.ambulances, QStringLiteral("title"),
        QStringLiteral("Adquisición de camillas")));
    EXPECT_TRUE(QTest::qWaitFor([this] { return m_search->model()->hitCount() == 0; }, 2000));
    box->clear();
    typeText(box, QStringLiteral("\"(zzz"));
    QTest::keyClick(box, Qt::Key_Return);
    settle();
    auto *dock = findNamed<QDockWidget>(m_f->window.get(), "searchResultsDockWidget");
    EXPECT_EQ(m_search->model()->hitCount(), 0);
    EXPECT_TRUE(dock->windowTitle().contains(QStringLiteral("(zzz")));
    EXPECT_TRUE(view()) << "nothing found leaves the window as it was";
}

TEST_P(SearchBox, theResultsModel_passesTheModelTester)
{
    WarningsFail warnings;
    Ui::SearchResultsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    model.setHits(search(m_f->file(), QStringLiteral("limpieza")));
    EXPECT_EQ(model.hitCount(), 2);
    model.retranslate();
    model.setHits({});
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_FALSE(model.stepHit(QModelIndex(), 1).isValid());
}

// A bidder opens the bidders tab with the bidder selected; a stage's notes open the stages tab on
// that stage; evidence of a finding opens the finding.
TEST_P(SearchBox, aBidderAStageAndEvidence_openTheirOwnPlaces)
{
    CaseFile &f = m_f->file();
    const QString bidder = insert(f, QStringLiteral("bidder"),
        {{QStringLiteral("procedure_id"), m_ids.cleaning},
            {QStringLiteral("name"), QStringLiteral("Grúas del Norte")}});
    const QString stage = insert(f, QStringLiteral("stage"),
        {{QStringLiteral("procedure_id"), m_ids.ambulances},
            {QStringLiteral("kind"), QStringLiteral("opening")},
            {QStringLiteral("notes"), QStringLiteral("Asistió un notario público")}});
    insert(f, QStringLiteral("attachment"),
        {{QStringLiteral("procedure_id"), m_ids.ambulances}, {QStringLiteral("finding_id"), m_ids.finding},
            {QStringLiteral("file_name"), QStringLiteral("oficio_respuesta.pdf")},
            {QStringLiteral("sha256"), f.putBlob(QByteArrayLiteral("%PDF-oficio")).value_or(QString())}});
    settle();
    QLineEdit *box = typeQuery(QStringLiteral("gruas"));
    QTest::keyClick(box, Qt::Key_Return);
    settle();
    ASSERT_TRUE(view());
    EXPECT_EQ(view()->procedureId(), m_ids.cleaning);
    auto *bidders = findNamed<Ui::BiddersPanel>(view(), "biddersPanel");
    EXPECT_EQ(view()->page(view()->tabs()->currentIndex()), bidders);
    EXPECT_EQ(bidders->bidderSection()->selectedId(), bidder);

    box->selectAll();
    typeText(box, QStringLiteral("notario"));
    QTest::keyClick(box, Qt::Key_Return);
    settle();
    EXPECT_EQ(view()->procedureId(), m_ids.ambulances);
    EXPECT_EQ(view()->page(view()->tabs()->currentIndex()), view()->stages());
    EXPECT_EQ(view()->stages()->stagePage()->stageId(), stage);

    box->selectAll();
    typeText(box, QStringLiteral("oficio"));
    QTest::keyClick(box, Qt::Key_Return);
    settle();
    EXPECT_EQ(view()->page(view()->tabs()->currentIndex()), view()->findingsPanel());
    EXPECT_EQ(qobject_cast<Ui::FindingsPanel *>(view()->findingsPanel())->currentFindingId(), m_ids.finding);
}

// An agency has no tab: its hit shows the procedures list filtered by its acronym.
TEST_P(SearchBox, anAgency_showsTheListFilteredByItsAcronym)
{
    CaseFile &f = m_f->file();
    const QString agency = insert(f, QStringLiteral("agency"),
        {{QStringLiteral("name"), QStringLiteral("Instituto de Salud del Bienestar")},
            {QStringLiteral("acronym"), QStringLiteral("IMSS-BIENESTAR")}});
    ASSERT_TRUE(f.setField(QStringLiteral("procedure"), m_ids.cleaning, QStringLiteral("agency_id"), agency));
    settle();
    QLineEdit *box = typeQuery(QStringLiteral("bienestar"));
    QTest::keyClick(box, Qt::Key_Return);
    settle();
    Ui::Workspace *ws = m_f->window->workspace();
    EXPECT_FALSE(ws->isShowingProcedure());
    EXPECT_EQ(findNamed<QLineEdit>(ws->proceduresPage(), "searchLineEdit")->text(),
        QStringLiteral("IMSS-BIENESTAR"));
    auto *table = findNamed<QTableView>(ws->proceduresPage(), "proceduresTableView");
    ASSERT_EQ(table->model()->rowCount(), 1) << "only the agency's procedure is listed";
    EXPECT_EQ(table->model()->index(0, 0).data().toString(), QStringLiteral("LA-50-GYR-002-N-2-2026"));
}

// Switching the interface language retranslates the box, the dock and the headings of the hits.
TEST_P(SearchBox, aLanguageSwitch_retranslatesTheBoxAndTheHeadings)
{
    QLineEdit *box = typeQuery(QStringLiteral("limpieza"));
    QTest::keyClick(box, Qt::Key_Return);
    settle();
    const bool spanish = QString::fromLatin1(GetParam()) == QStringLiteral("es");
    m_f->languages.setLanguage(spanish ? QStringLiteral("en") : QStringLiteral("es"));
    settle();
    EXPECT_EQ(box->placeholderText(),
        spanish ? QStringLiteral("Search the case file…") : QStringLiteral("Buscar en el expediente…"));
    EXPECT_EQ(findNamed<QDockWidget>(m_f->window.get(), "searchResultsDockWidget")->windowTitle(),
        spanish ? QStringLiteral("Search results") : QStringLiteral("Resultados de la búsqueda"));
    EXPECT_EQ(m_search->model()->index(0, 0).data().toString(),
        spanish ? QStringLiteral("Procedures (1)") : QStringLiteral("Procedimientos (1)"));
}

INSTANTIATE_TEST_SUITE_P(Languages, SearchBox, ::testing::Values("es", "en"));
