// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/reportdialog.h"
#include "render/reportrenderer.h"
#include "store/session.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPixmap>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Testigo::Ui {

ReportDialog::ReportDialog(Session &session, QWidget *parent) : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("reportDialog"));
    setWindowTitle(tr("Analytical Review Report"));
    resize(720, 900);
    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("reportLanguageComboBox"));
    m_language->setAccessibleName(tr("Language of the report"));
    m_language->addItem(tr("Spanish"), QStringLiteral("es"));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_page = new QSpinBox(this);
    m_page->setObjectName(QStringLiteral("reportPageSpinBox"));
    m_page->setAccessibleName(tr("Page shown"));
    m_page->setMinimum(1);
    m_pages = new QLabel(this);
    auto *save = new QPushButton(tr("Save PDF…"), this);
    save->setObjectName(QStringLiteral("savePdfPushButton"));
    row->addWidget(new QLabel(tr("Language:"), this));
    row->addWidget(m_language);
    row->addSpacing(12);
    row->addWidget(new QLabel(tr("Page:"), this));
    row->addWidget(m_page);
    row->addWidget(m_pages);
    row->addStretch(1);
    row->addWidget(save);
    layout->addLayout(row);
    auto *scroll = new QScrollArea(this);
    m_preview = new QLabel(scroll);
    m_preview->setObjectName(QStringLiteral("reportPreviewLabel"));
    m_preview->setAccessibleName(tr("Page preview"));
    m_preview->setAlignment(Qt::AlignCenter);
    scroll->setWidget(m_preview);
    scroll->setWidgetResizable(true);
    layout->addWidget(scroll, 1);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(box);

    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_language, &QComboBox::currentIndexChanged, this, &ReportDialog::rebuild);
    connect(m_page, &QSpinBox::valueChanged, this, [this](int v) { showPage(v - 1); });
    connect(save, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the report"), QString(), tr("PDF files (*.pdf)"));
        QString error;
        if (!path.isEmpty() && !savePdf(path, &error))
            QMessageBox::warning(this, windowTitle(), error);
    });
    rebuild();
}

ReportDialog::~ReportDialog() = default;

void ReportDialog::rebuild()
{
    m_renderer = std::make_unique<Render::ReportRenderer>(
        Render::loadReport(m_session.file(), m_language->currentData().toString(), QDate::currentDate()));
    (void)m_renderer->pageImage(0, 80); // lays out for the preview
    m_page->setMaximum(std::max(1, pageCount()));
    m_pages->setText(tr("of %1").arg(pageCount()));
    showPage(m_page->value() - 1);
}

int ReportDialog::pageCount() const
{
    return m_renderer ? m_renderer->pageCount() : 0;
}

void ReportDialog::showPage(int index)
{
    if (m_renderer)
        m_preview->setPixmap(QPixmap::fromImage(m_renderer->pageImage(std::clamp(index, 0, pageCount() - 1), 80)));
}

bool ReportDialog::savePdf(const QString &path, QString *error)
{
    return Render::writeReportPdf(m_renderer->data(), path, error);
}

} // namespace Testigo::Ui
