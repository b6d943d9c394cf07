// SPDX-License-Identifier: GPL-3.0-or-later
#include "ocds/ocdsimportdialog.h"

#include "ocds/exporter.h"
#include "ocds/importer.h"
#include "store/session.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace Testigo {

OcdsImportDialog::OcdsImportDialog(Session &session, QWidget *parent) : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("ocdsImportDialog"));
    setWindowTitle(tr("Import OCDS data"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Release packages, record packages, single releases or records and JSON Lines files "
                                "of any size. A file that is malformed or is not OCDS changes nothing. Fields you "
                                "edited by hand are never overwritten: they are listed in the report."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_report = new QPlainTextEdit(this);
    m_report->setObjectName(QStringLiteral("reportPlainTextEdit"));
    m_report->setAccessibleName(tr("Import report"));
    m_report->setReadOnly(true);
    m_report->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    layout->addWidget(m_report, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_choose = buttons->addButton(tr("Choose files…"), QDialogButtonBox::ActionRole);
    m_choose->setObjectName(QStringLiteral("chooseFilesPushButton"));
    m_choose->setAccessibleName(tr("Choose OCDS files to import"));
    m_choose->setEnabled(!session.isReadOnly());
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_choose, &QPushButton::clicked, this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(this, tr("OCDS files"), QString(),
                                                                tr("OCDS data (*.json *.jsonl *.ndjson);;All files (*)"));
        if (!files.isEmpty())
            importFiles(files);
    });
    resize(760, 480);
}

bool OcdsImportDialog::importFiles(const QStringList &paths)
{
    Ocds::Importer importer;
    QList<Ocds::ImportReport> reports;
    QString error;
    QProgressDialog progress(tr("Importing OCDS data…"), tr("Cancel"), 0, 1000, this);
    progress.setObjectName(QStringLiteral("importProgressDialog"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    importer.setProgress([&progress](qint64 done, qint64 total) {
        progress.setValue(total > 0 ? int(done * 1000 / total) : 0);
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    });
    // A portfolio import writes hundreds of thousands of rows: views reload once, at the end.
    m_session.pauseNotifications();
    const bool ok = importer.importFiles(m_session.file(), paths, &reports, &error);
    m_session.resumeNotifications();
    progress.reset();
    if (!ok) {
        m_report->appendPlainText(tr("Refused: %1").arg(error));
        return false;
    }
    for (const auto &r : reports)
        m_report->appendPlainText(Ocds::Importer::describe(r).join(QLatin1Char('\n')));
    return true;
}

QString OcdsImportDialog::reportText() const { return m_report->toPlainText(); }

bool exportOcdsWithDialog(Session &session, const QStringList &procedureIds, QWidget *parent)
{
    const QString path = QFileDialog::getSaveFileName(parent, QCoreApplication::translate("OcdsImportDialog", "Export as OCDS"),
                                                      QString(), QCoreApplication::translate("OcdsImportDialog", "OCDS release package (*.json)"));
    if (path.isEmpty())
        return false;
    QList<Procedure> procedures;
    for (const Procedure &p : session.file().all<Procedure>())
        if (procedureIds.isEmpty() || procedureIds.contains(p.id))
            procedures << p;
    const QByteArray json = Ocds::exportReleasePackage(session.file(), procedures);
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(json) != json.size() || !f.commit()) {
        QMessageBox::warning(parent, QCoreApplication::translate("OcdsImportDialog", "Export as OCDS"),
                             QCoreApplication::translate("OcdsImportDialog", "“%1” could not be written: %2").arg(path, f.errorString()));
        return false;
    }
    return true;
}

} // namespace Testigo
