// SPDX-License-Identifier: GPL-3.0-or-later
#include "testimony/testimonydialog.h"
#include "common/languagemanager.h"

#include "common/feedback.h"
#include "domain/doclanguage.h"
#include "render/testimonydata.h"
#include "render/testimonyrenderer.h"
#include "testimony/signdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace Testigo::Ui {

TestimonyDialog::TestimonyDialog(Session &session, const QString &procedureId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_procedureId(procedureId)
    , m_printer(std::make_unique<QPrinter>(QPrinter::HighResolution))
{
    setObjectName(QStringLiteral("testimonyDialog"));
    m_printer->setFullPage(true); // the renderer draws its own margins, header and footer
    m_printer->setPageSize(QPageSize(QPageSize::A4));

    auto *top = new QHBoxLayout;
    m_languageLabel = new QLabel(this);
    m_languageCombo = new QComboBox(this);
    m_languageCombo->setObjectName(QStringLiteral("languageComboBox"));
    for (const QString &code : LanguageManager::languages())
        m_languageCombo->addItem(LanguageManager::nativeName(code), code);
    m_languageLabel->setBuddy(m_languageCombo);
    top->addWidget(m_languageLabel);
    top->addWidget(m_languageCombo);
    top->addStretch();

    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    m_missingLabel = new QLabel(side);
    m_missingLabel->setWordWrap(true);
    m_missingList = new QListWidget(side);
    m_missingList->setObjectName(QStringLiteral("missingPartsListWidget"));
    m_missingList->setWordWrap(true);
    m_missingLabel->setBuddy(m_missingList);
    sideLayout->addWidget(m_missingLabel);
    sideLayout->addWidget(m_missingList);

    m_preview = new QPrintPreviewWidget(m_printer.get(), this);
    m_preview->setObjectName(QStringLiteral("previewWidget"));
    m_preview->setZoomMode(QPrintPreviewWidget::FitToWidth);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(side);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(1, 3);

    auto *buttons = new QDialogButtonBox(this);
    m_printButton = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_printButton->setObjectName(QStringLiteral("printButton"));
    m_exportButton = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_exportButton->setObjectName(QStringLiteral("exportPdfButton"));
    m_signButton = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_signButton->setObjectName(QStringLiteral("signPdfButton"));
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, &TestimonyDialog::paint);
    connect(m_languageCombo, &QComboBox::currentIndexChanged, this, &TestimonyDialog::reload);
    // Each missing part is a link to the field that fills it (a click, or Enter on the entry).
    const auto follow = [this](QListWidgetItem *item) {
        const QString field = item ? item->data(Qt::UserRole).toString() : QString();
        if (!field.isEmpty())
            emit fieldRequested(field);
    };
    connect(m_missingList, &QListWidget::itemClicked, this, follow);
    connect(m_missingList, &QListWidget::itemActivated, this, follow);
    connect(m_printButton, &QPushButton::clicked, this, &TestimonyDialog::print);
    connect(m_exportButton, &QPushButton::clicked, this, &TestimonyDialog::exportAsked);
    connect(m_signButton, &QPushButton::clicked, this, &TestimonyDialog::signAsked);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // The document's language defaults to the UI's.
    setLanguage(QLocale().language() == QLocale::English ? QStringLiteral("en") : QStringLiteral("es"));
    retranslate();
    resize(1000, 760);
    reload();
}

TestimonyDialog::~TestimonyDialog() = default;

void TestimonyDialog::retranslate()
{
    setWindowTitle(tr("Testimony"));
    m_languageLabel->setText(tr("Document &language:"));
    m_languageCombo->setAccessibleName(tr("Document language"));
    m_missingList->setAccessibleName(tr("Missing parts"));
    m_preview->setAccessibleName(tr("Print preview"));
    m_printButton->setText(tr("&Print…"));
    m_exportButton->setText(tr("&Export PDF…"));
    m_signButton->setText(tr("&Sign PDF with e.firma…"));
    if (m_renderer)
        m_missingLabel->setText(m_missingList->count()
                ? tr("Still missing (the testimony can be printed as a draft):")
                : tr("Nothing is missing."));
}

void TestimonyDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

QString TestimonyDialog::language() const
{
    return m_languageCombo->currentData().toString();
}

void TestimonyDialog::setLanguage(const QString &language)
{
    const int i = m_languageCombo->findData(language);
    if (i >= 0)
        m_languageCombo->setCurrentIndex(i);
}

QStringList TestimonyDialog::missingParts() const
{
    return m_renderer ? m_renderer->missingParts() : QStringList();
}

int TestimonyDialog::pageCount() const
{
    return m_renderer ? m_renderer->pageCount() : 0;
}

void TestimonyDialog::reload()
{
    m_renderer = std::make_unique<Render::TestimonyRenderer>(
        Render::loadTestimony(m_session.file(), m_procedureId, language(), QDate::currentDate()));
    fillMissingList();
    retranslate();
    m_preview->updatePreview();
}

void TestimonyDialog::fillMissingList()
{
    m_missingList->clear();
    QFont link = m_missingList->font();
    link.setUnderline(true);
    const QBrush linkColour = m_missingList->palette().brush(QPalette::Link);
    for (const Render::MissingPart &part :
        Render::missingPartList(m_renderer->data(), m_renderer->language())) {
        auto *item = new QListWidgetItem(part.text, m_missingList);
        item->setData(Qt::UserRole, part.field);
        if (part.field.isEmpty())
            continue;
        item->setFont(link);
        item->setForeground(linkColour);
        item->setToolTip(tr("Go to the field that fills this part"));
    }
    m_missingList->viewport()->setCursor(Qt::PointingHandCursor);
}

void TestimonyDialog::paint(QPrinter *printer)
{
    if (m_renderer)
        m_renderer->print(*printer);
}

void TestimonyDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setFullPage(true);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintDialog dialog(&printer, this);
    dialog.setObjectName(QStringLiteral("printDialog"));
    if (dialog.exec() == QDialog::Accepted)
        paint(&printer);
}

bool TestimonyDialog::exportPdf(const QString &path)
{
    QString error;
    return m_renderer && Render::writeTestimonyPdf(m_renderer->data(), path, &error);
}

bool TestimonyDialog::exportSignedPdf(const QString &path, const PdfSign::SigningKey &key, QString *error)
{
    return m_renderer && Render::writeSignedTestimonyPdf(m_renderer->data(), path, key, error);
}

void TestimonyDialog::signAsked()
{
    SignDialog ask(this);
    ask.setObjectName(QStringLiteral("signDialog"));
    if (ask.exec() != QDialog::Accepted || !ask.key())
        return;
    const QString suggested
        = QStringLiteral("%1_%2_firmado.pdf")
              .arg(m_renderer ? m_renderer->data().procedure.number : QStringLiteral("testimonio"),
                  language());
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Sign testimony"), suggested, tr("PDF files (*.pdf)"));
    QString error;
    if (!path.isEmpty() && !exportSignedPdf(path, *ask.key(), &error))
        QMessageBox::warning(this, tr("Sign testimony"), error);
}

void TestimonyDialog::exportAsked()
{
    const QString suggested
        = QStringLiteral("%1_%2.pdf")
              .arg(m_renderer ? m_renderer->data().procedure.number : QStringLiteral("testimonio"),
                  language());
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export testimony"), inCaseFolder(m_session, suggested), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!exportPdf(path)) {
        QMessageBox::warning(this, tr("Export testimony"), tr("Cannot write %1.").arg(path));
        return;
    }
    announceDone(this, tr("Testimony written to %1").arg(QDir::toNativeSeparators(path)));
}

} // namespace Testigo::Ui
