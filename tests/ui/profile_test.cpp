// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15, point 4: the witness enters her profile once (File → Witness profile…), it is stored
// in the case file as one undo step, every procedure's engagement names it, and the testimony no
// longer says that no social witness is recorded.

#include "domain/doclanguage.h"
#include "render/testimonydata.h"
#include "window_driver.h"

#include <QPlainTextEdit>
#include <QPushButton>

using namespace Testigo;
using namespace Testigo::Ui;
using namespace Testigo::TestSupport;

namespace {
void fillProfile(QWidget *d)
{
    auto *kind = findNamed<QComboBox>(d, "profileKindComboBox");
    kind->setFocus();
    while (kind->currentData().toString() != QStringLiteral("organisation")
        && kind->currentIndex() < kind->count() - 1)
        QTest::keyClick(kind, Qt::Key_Down);
    typeText(findNamed<QLineEdit>(d, "profileNameLineEdit"),
        QStringLiteral("Observatorio Ciudadano de Compras, A.C."));
    QTest::keyClicks(findNamed<QLineEdit>(d, "profileRfcLineEdit"), QStringLiteral("OCC010203AB1"));
    QTest::keyClicks(findNamed<QLineEdit>(d, "profileRegistryLineEdit"), QStringLiteral("TS-2026-014"));
    typeText(findNamed<QLineEdit>(d, "profileRepresentativeLineEdit"), QStringLiteral("María Pérez Núñez"));
    auto *advisers = findNamed<QPlainTextEdit>(d, "profileAdvisersPlainTextEdit");
    advisers->setFocus();
    typeText(advisers, QStringLiteral("Ing. José Ávila"));
    QTest::keyClicks(
        findNamed<QLineEdit>(d, "profileEmailLineEdit"), QStringLiteral("contacto@observatorio.org.mx"));
    findNamed<QLineEdit>(d, "profileEmailLineEdit")->setFocus();
}
} // namespace

TEST(WitnessProfile, enteredOnce_isStoredUsedByTheProcedureAndTheTestimony)
{
    WindowFixture f(QStringLiteral("es"));
    ProcedureView *view = f.addProcedure();
    ASSERT_TRUE(view);
    const QString procedure = view->procedureId();
    QTest::mouseClick(findNamed<QPushButton>(view, "addEngagementPushButton"), Qt::LeftButton);
    settle();
    const DocLanguage es(QStringLiteral("es"));
    const QStringList before = Render::missingParts(f.file(), procedure, es);
    ASSERT_TRUE(before.join(QLatin1Char('\n')).contains(QStringLiteral("testigo social")))
        << before.join(QLatin1Char('\n')).toStdString();

    const int steps = f.window->files().undoStack()->count();
    f.inDialog([&f] { f.action("actionWitnessProfile")->trigger(); }, fillProfile);
    const auto witnesses = f.file().all<Witness>();
    ASSERT_EQ(witnesses.size(), 1);
    const Witness &w = witnesses.first();
    EXPECT_EQ(w.kind, QStringLiteral("organisation"));
    EXPECT_EQ(w.name, QStringLiteral("Observatorio Ciudadano de Compras, A.C."));
    EXPECT_EQ(w.rfc, QStringLiteral("OCC010203AB1"));
    EXPECT_EQ(w.registryNumber, QStringLiteral("TS-2026-014"));
    EXPECT_EQ(w.legalRepresentative, QStringLiteral("María Pérez Núñez"));
    EXPECT_EQ(w.advisers, QStringLiteral("Ing. José Ávila"));
    EXPECT_EQ(w.email, QStringLiteral("contacto@observatorio.org.mx"));
    EXPECT_EQ(f.window->files().undoStack()->count(), steps + 1) << "the profile is one undo step";

    // The procedure's witness field shows the profile, and the testimony has its witness.
    auto *combo = findNamed<QComboBox>(view, "witnessComboBox");
    EXPECT_EQ(combo->currentText(), w.name);
    const auto engagement = f.file().all<Engagement>(QStringLiteral("procedure_id"), procedure).first();
    EXPECT_EQ(engagement.witnessId, w.id);
    const QStringList after = Render::missingParts(f.file(), procedure, es);
    EXPECT_FALSE(after.join(QLatin1Char('\n')).contains(QStringLiteral("No hay un testigo social")))
        << after.join(QLatin1Char('\n')).toStdString();

    // A second procedure's engagement names the profile at once.
    ProcedureView *second = f.addProcedure(QStringLiteral("Servicio de limpieza"));
    QTest::mouseClick(findNamed<QPushButton>(second, "addEngagementPushButton"), Qt::LeftButton);
    settle();
    EXPECT_EQ(
        f.file().all<Engagement>(QStringLiteral("procedure_id"), second->procedureId()).first().witnessId,
        w.id);

    // Editing it again changes the one row; undo brings the previous e-mail back.
    f.inDialog([&f] { f.action("actionWitnessProfile")->trigger(); },
        [](QWidget *d) {
            auto *email = findNamed<QLineEdit>(d, "profileEmailLineEdit");
            email->setFocus();
            email->selectAll();
            QTest::keyClicks(email, QStringLiteral("nuevo@observatorio.org.mx"));
        });
    EXPECT_EQ(f.file().all<Witness>().size(), 1);
    EXPECT_EQ(f.file().all<Witness>().first().email, QStringLiteral("nuevo@observatorio.org.mx"));
    f.action("actionUndo")->trigger();
    settle();
    EXPECT_EQ(f.file().all<Witness>().first().email, QStringLiteral("contacto@observatorio.org.mx"));
}
