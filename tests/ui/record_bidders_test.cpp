// SPDX-License-Identifier: GPL-3.0-or-later
// BiddersPanel offscreen: RFC feedback as it is typed, exact money from a cell editor, awards,
// contracts and amendments through the undo stack.

#include "record/bidderspanel.h"
#include "common/recordtablemodel.h"
#include "record/recordtablesection.h"
#include "record_fixture.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace Testigo;
using namespace Testigo::Ui;
using Mode = QAbstractItemModelTester::FailureReportingMode;

namespace {

struct BiddersFixture : Test::RecordFixture
{
    BiddersPanel panel {*session, undo};
    QAbstractItemModelTester t1 {panel.bidderModel(), Mode::Fatal};
    QAbstractItemModelTester t2 {panel.bidModel(), Mode::Fatal};
    QAbstractItemModelTester t3 {panel.awardModel(), Mode::Fatal};
    QAbstractItemModelTester t4 {panel.contractModel(), Mode::Fatal};
    QAbstractItemModelTester t5 {panel.amendmentModel(), Mode::Fatal};

    BiddersFixture()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        panel.resize(1100, 700);
        panel.show();
        panel.setProcedure(procedure.id);
    }
};

TEST(RecordBidders, rfcFeedback_followsTyping)
{
    BiddersFixture f;
    f.panel.bidderSection()->selectId(f.bidders[0].id);
    auto *rfc = f.panel.findChild<QLineEdit *>(QStringLiteral("rfcLineEdit"));
    auto *status = f.panel.findChild<QLabel *>(QStringLiteral("rfcStatusLabel"));
    ASSERT_TRUE(rfc && status);
    ASSERT_TRUE(rfc->isEnabled());
    rfc->setFocus();
    QTest::keyClicks(rfc, QStringLiteral("ENO9903"));
    EXPECT_EQ(rfc->property("rfcValid"), QVariant(false));
    EXPECT_TRUE(status->text().contains(QStringLiteral("Invalid")));
    QTest::keyClicks(rfc, QStringLiteral("15AB1"));
    EXPECT_EQ(rfc->property("rfcValid"), QVariant(true));
    EXPECT_TRUE(status->text().contains(QStringLiteral("persona moral")));
    QTest::keyClick(rfc, Qt::Key_Return);
    QCoreApplication::processEvents(); // the delegate commits on Return through a queued call
    EXPECT_EQ(f.session->file().get<Bidder>(f.bidders[0].id)->rfc, QStringLiteral("ENO990315AB1"));
    EXPECT_EQ(
        f.panel.bidderModel()->index(0, 2).data().toString(), QStringLiteral("Legal person (persona moral)"));

    rfc->clear();
    QTest::keyClicks(rfc, QStringLiteral("pepj-800101-ab1")); // a persona física, typed loosely
    EXPECT_EQ(rfc->property("rfcValid"), QVariant(true));
    EXPECT_TRUE(status->text().contains(QStringLiteral("persona física")));
    QTest::keyClick(rfc, Qt::Key_Return);
    QCoreApplication::processEvents(); // the delegate commits on Return through a queued call
    EXPECT_EQ(f.session->file().get<Bidder>(f.bidders[0].id)->rfc, QStringLiteral("PEPJ800101AB1"));
    QTest::keyClicks(rfc, QStringLiteral("X"));
    EXPECT_EQ(rfc->property("rfcValid"), QVariant(false));
}

TEST(RecordBidders, rfcTypedLoosely_isStoredCanonicalOnceTheWitnessTabsAway)
{
    BiddersFixture f;
    f.panel.bidderSection()->selectId(f.bidders[0].id);
    auto *rfc = f.panel.findChild<QLineEdit *>(QStringLiteral("rfcLineEdit"));
    ASSERT_TRUE(rfc);
    f.panel.activateWindow(); // Tab moves focus only in the active window
    ASSERT_TRUE(QTest::qWaitForWindowActive(&f.panel));
    rfc->setFocus();
    ASSERT_TRUE(rfc->hasFocus());
    rfc->selectAll();
    QTest::keyClicks(rfc, QStringLiteral("eno-990315-ab1"));
    // While typing, the text is kept as typed (the cursor does not jump) ...
    EXPECT_EQ(f.session->file().get<Bidder>(f.bidders[0].id)->rfc, QStringLiteral("eno-990315-ab1"));
    EXPECT_EQ(rfc->cursorPosition(), rfc->text().size());
    QTest::keyClick(rfc, Qt::Key_Tab);
    // ... and stored canonical once the field is left, in the same undo step.
    EXPECT_EQ(f.session->file().get<Bidder>(f.bidders[0].id)->rfc, QStringLiteral("ENO990315AB1"));
    EXPECT_EQ(rfc->text(), QStringLiteral("ENO990315AB1"));
    const QString before = f.bidders[0].rfc;
    f.undo.undo();
    EXPECT_EQ(f.session->file().get<Bidder>(f.bidders[0].id)->rfc, before);
}

TEST(RecordBidders, bidAmountTypedInCell_isStoredAsExactCentavos)
{
    BiddersFixture f;
    f.panel.findChild<QTabWidget *>(QStringLiteral("biddersTabWidget"))->setCurrentIndex(1);
    QCoreApplication::processEvents();
    const QString bid = f.panel.addBid();
    ASSERT_FALSE(bid.isEmpty());
    auto *view = f.panel.bidSection()->view();
    RecordTableModel *bids = f.panel.bidModel();
    ASSERT_EQ(bids->rowCount(), 1);
    const QModelIndex amount = bids->index(0, bids->columnOf(QStringLiteral("amount_cents")));
    view->setCurrentIndex(amount);
    // Types into the cell's own editor and presses Enter, as a witness does.
    const auto typeAmount = [&](const QString &text) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // the last editor is gone
        view->edit(amount);
        auto *editor = qobject_cast<QLineEdit *>(view->indexWidget(amount));
        ASSERT_TRUE(editor);
        EXPECT_EQ(editor->objectName(), QStringLiteral("cellMoneyLineEdit"));
        editor->selectAll();
        QTest::keyClicks(editor, text);
        QTest::keyClick(editor, Qt::Key_Return);
        QCoreApplication::processEvents();
    };
    typeAmount(QStringLiteral("1,234.50"));
    EXPECT_EQ(f.session->file().get<Bid>(bid)->amountCents, 123450);
    EXPECT_TRUE(amount.data().toString().contains(QStringLiteral("1,234.50")));

    // Text that is not money is refused, not rounded or zeroed ...
    typeAmount(QStringLiteral("12.3.4"));
    EXPECT_EQ(f.session->file().get<Bid>(bid)->amountCents, 123450);
    // ... and the witness is told why, under the table, until a value is taken.
    auto *message = f.panel.findChild<QLabel *>(QStringLiteral("bidsMessageLabel"));
    ASSERT_TRUE(message);
    EXPECT_FALSE(message->isHidden());
    EXPECT_TRUE(message->text().contains(QStringLiteral("12.3.4"))) << message->text().toStdString();
    typeAmount(QStringLiteral("1,300.00"));
    EXPECT_EQ(f.session->file().get<Bid>(bid)->amountCents, 130000);
    EXPECT_TRUE(message->isHidden());

    // Successive edits of one cell are one undo step: undo brings back the empty bid.
    f.undo.undo();
    EXPECT_EQ(f.session->file().get<Bid>(bid)->amountCents, 0);
}

TEST(RecordBidders, awardContractAndAmendments_roundTripThroughUndo)
{
    BiddersFixture f;
    const QString award = f.panel.addAward();
    RecordTableModel *awards = f.panel.awardModel();
    ASSERT_EQ(awards->rowCount(), 1);
    ASSERT_TRUE(awards->setData(awards->index(0, 0), f.bidders[1].id));
    ASSERT_TRUE(awards->setData(awards->index(0, 1), qint64(98765432)));
    ASSERT_TRUE(awards->setData(awards->index(0, 3), Qt::Checked, Qt::CheckStateRole));
    const auto a = f.session->file().get<Award>(award);
    EXPECT_EQ(a->bidderId, f.bidders[1].id);
    EXPECT_EQ(a->amountCents, 98765432);
    EXPECT_TRUE(a->voidLot);
    EXPECT_EQ(awards->index(0, 0).data().toString(), f.bidders[1].name);

    const QString contract = f.panel.addContract();
    f.panel.findChild<RecordTableSection *>(QStringLiteral("contractsSectionWidget"))->selectId(contract);
    const QString first = f.panel.addAmendment();
    const QString second = f.panel.addAmendment();
    EXPECT_EQ(f.session->file().get<Amendment>(first)->number, 1);
    EXPECT_EQ(f.session->file().get<Amendment>(second)->number, 2);
    RecordTableModel *amendments = f.panel.amendmentModel();
    ASSERT_EQ(amendments->rowCount(), 2);
    ASSERT_TRUE(amendments->setData(amendments->index(1, 1), qint64(-50000)));
    EXPECT_EQ(f.session->file().get<Amendment>(second)->deltaCents, -50000);
    EXPECT_TRUE(amendments->index(1, 1).data().toString().contains(QStringLiteral("-500.00")));
    f.undo.undo();
    f.undo.undo();
    EXPECT_EQ(amendments->rowCount(), 1);
}

} // namespace
