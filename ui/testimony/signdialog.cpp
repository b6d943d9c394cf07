// SPDX-License-Identifier: GPL-3.0-or-later
#include "testimony/signdialog.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace Testigo::Ui {

namespace {
// A path field with a "Browse…" button.
QWidget *pathRow(QLineEdit *edit, const QString &filter, QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    auto *browse = new QPushButton(SignDialog::tr("Browse…"), row);
    h->addWidget(edit, 1);
    h->addWidget(browse);
    QObject::connect(browse, &QPushButton::clicked, row, [edit, filter, parent] {
        const QString path = QFileDialog::getOpenFileName(parent, QString(), edit->text(), filter);
        if (!path.isEmpty())
            edit->setText(path);
    });
    return row;
}
} // namespace

SignDialog::SignDialog(QWidget *parent)
    : QDialog(parent)
    , m_certificate(new QLineEdit(this))
    , m_privateKey(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Sign with e.firma"));
    m_certificate->setObjectName(QStringLiteral("certificateEdit"));
    m_privateKey->setObjectName(QStringLiteral("privateKeyEdit"));
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Certificate (.cer) or PKCS#12 (.p12, .pfx):"),
        pathRow(m_certificate, tr("Certificates (*.cer *.p12 *.pfx)"), this));
    form->addRow(tr("Private &key (.key):"), pathRow(m_privateKey, tr("Private keys (*.key)"), this));
    form->addRow(tr("&Password:"), m_password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Sign"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(tr("The testimony is printed with your name in its signature block and signed "
                      "with your e.firma. The password is not stored."),
            this));
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SignDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

SignDialog::~SignDialog() = default;

std::optional<PdfSign::SigningKey> SignDialog::key()
{
    return m_key;
}

void SignDialog::accept()
{
    const QString cert = m_certificate->text().trimmed();
    const bool pkcs12 = cert.endsWith(QStringLiteral(".p12"), Qt::CaseInsensitive)
        || cert.endsWith(QStringLiteral(".pfx"), Qt::CaseInsensitive);
    QByteArray password = m_password->text().toUtf8();
    QString problem;
    m_key = pkcs12
        ? PdfSign::SigningKey::fromPkcs12(cert, password, &problem)
        : PdfSign::SigningKey::fromSatFiles(cert, m_privateKey->text().trimmed(), password, &problem);
    password.fill('\0');
    m_password->clear();
    if (!m_key) {
        m_problem->setText(problem);
        return;
    }
    QDialog::accept();
}

} // namespace Testigo::Ui
