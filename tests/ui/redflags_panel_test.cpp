// SPDX-License-Identifier: GPL-3.0-or-later
// The red flags panel on a real published process (CDMX LPN-007-2015): confirming a flag with a
// reason makes a finding, in one undo step; undo withdraws both, redo brings them back; the panel
// speaks the UI's language.

#include "common/languagemanager.h"
#include "ocds/importer.h"
#include "ocds/redflagspanel.h"
#include "uitest_support.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
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
    ASSERT_TRUE(importer.importFiles(file, {QStringLiteral(TESTIGO_SHARED_DIR "/data/ocds/OCDS-87SD3T-SEFIN-DRM-LPN-007-2015.json")},
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
