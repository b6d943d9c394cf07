// SPDX-License-Identifier: GPL-3.0-or-later
// The OCDS screens on real published processes: the red flags panel (confirming a flag with a
// reason makes a finding in one undo step; undo withdraws both; it speaks the UI's language) and
// the import dialog (report shown, views told once, a truncated file refused).

#include "common/languagemanager.h"
#include "ocds/importer.h"
#include "ocds/ocdsimportdialog.h"
#include "ocds/redflagspanel.h"
#include "workbench/procedurelistmodel.h"
#include "ocds/ocds_test_support.h"
#include "uitest_support.h"

#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace Testigo;
using namespace Testigo::TestSupport;

namespace {
QString decisionOf(const CaseFile &file, const QString &procedureId)
{
    const auto rows = file.rows(QStringLiteral("flag_decision"), QStringLiteral("procedure_id"), procedureId);
    return rows.isEmpty() ? QString() : rows.first().value(QStringLiteral("decision")).toString();
}
} // namespace

TEST(RedFlagsPanel, confirmingAFlag_makesAFindingInOneUndoStep)
{
    UiFixture f;
    Ui::LanguageManager languages;
    languages.setLanguage(QStringLiteral("en"));
    CaseFile &file = f.session->file();
    Ocds::Importer importer;
    QList<Ocds::ImportReport> reports;
    QString error;
    ASSERT_TRUE(importer.importFiles(file, {TestSupport::ocdsDataFile(QStringLiteral("OCDS-87SD3T-SEFIN-DRM-LPN-007-2015.json"))},
                                     &reports, &error))
        << error.toStdString();
    ASSERT_EQ(file.all<Procedure>().size(), 1);
    const QString procedureId = file.all<Procedure>().first().id;

    RedFlagsPanel panel(*f.session, *f.stack);
    panel.resize(1000, 500);
    panel.setProcedure(procedureId);
    panel.show();
    auto *table = panel.findChild<QTableWidget *>(QStringLiteral("redFlagsTableWidget"));
    auto *reason = panel.findChild<QLineEdit *>(QStringLiteral("reasonLineEdit"));
    auto *confirm = panel.findChild<QPushButton *>(QStringLiteral("confirmPushButton"));
    ASSERT_TRUE(table && reason && confirm);
    ASSERT_GE(table->rowCount(), 4); // single bid, short period, award at the estimate, incoherent dates
    EXPECT_FALSE(confirm->isEnabled()); // a decision needs a flag and a reason
    table->selectRow(0);
    QTest::keyClicks(reason, QStringLiteral("Checked against the minutes of the bid opening"));
    ASSERT_TRUE(confirm->isEnabled());
    QTest::mouseClick(confirm, Qt::LeftButton);

    EXPECT_EQ(file.all<Finding>(QStringLiteral("procedure_id"), procedureId).size(), 1);
    EXPECT_EQ(decisionOf(file, procedureId), QStringLiteral("confirmed"));
    EXPECT_EQ(f.stack->count(), 1);
    EXPECT_EQ(f.stack->undoText(), QStringLiteral("Confirm red flag"));

    f.stack->undo();
    EXPECT_TRUE(file.all<Finding>(QStringLiteral("procedure_id"), procedureId).isEmpty());
    EXPECT_TRUE(decisionOf(file, procedureId).isEmpty());
    f.stack->redo();
    const auto findings = file.all<Finding>(QStringLiteral("procedure_id"), procedureId);
    ASSERT_EQ(findings.size(), 1);
    EXPECT_TRUE(findings.first().description.contains(QStringLiteral("Checked against the minutes")));
    EXPECT_EQ(decisionOf(file, procedureId), QStringLiteral("confirmed"));
    EXPECT_TRUE(file.verify().ok());

    languages.setLanguage(QStringLiteral("es"));
    QCoreApplication::processEvents();
    EXPECT_EQ(confirm->text(), QStringLiteral("Confirmar como observación"));
    EXPECT_EQ(table->horizontalHeaderItem(2)->text(), QStringLiteral("Decisión"));
    languages.setLanguage(QStringLiteral("en"));
}

TEST(OcdsImportDialog, importShowsItsReportAndTheListFollowsOnce)
{
    UiFixture f;
    Ui::LanguageManager languages;
    languages.setLanguage(QStringLiteral("en"));
    Ui::ProcedureListModel list(*f.session);
    QSignalSpy inserted(f.session.get(), &Session::rowInserted);
    OcdsImportDialog dialog(*f.session);
    ASSERT_TRUE(dialog.importFiles({TestSupport::ocdsDataFile(QStringLiteral("gacm-record-10.json"))}));
    QCoreApplication::processEvents();
    EXPECT_TRUE(dialog.reportText().contains(QStringLiteral("1 imported"))) << dialog.reportText().toStdString();
    EXPECT_EQ(list.rowCount(), 1);
    EXPECT_EQ(inserted.count(), 0); // the views heard of it once, at the end

    // A truncated file is refused in the report; the case file keeps its audit head.
    QTemporaryDir dir;
    QFile src(TestSupport::ocdsDataFile(QStringLiteral("OCDS-87SD3T-SEFIN-DRM-LPN-007-2015.json")));
    ASSERT_TRUE(src.open(QIODevice::ReadOnly));
    QFile cut(dir.filePath(QStringLiteral("cut.json")));
    ASSERT_TRUE(cut.open(QIODevice::WriteOnly));
    cut.write(src.read(2000));
    cut.close();
    const QString head = f.session->file().auditHead();
    EXPECT_FALSE(dialog.importFiles({cut.fileName()}));
    EXPECT_TRUE(dialog.reportText().contains(QStringLiteral("Refused"))) << dialog.reportText().toStdString();
    EXPECT_EQ(f.session->file().auditHead(), head);
    EXPECT_EQ(list.rowCount(), 1);
}
