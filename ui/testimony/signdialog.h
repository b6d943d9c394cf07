// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Asks for the witness's e.firma to sign a testimony: the certificate (.cer) and private key
// (.key), or a PKCS#12 file, and the key's password. The password lives only in the field while
// the dialog is open; it is never stored.

#include "pdfsign/signingkey.h"

#include <QDialog>
#include <optional>

class QLabel;
class QLineEdit;

namespace Testigo::Ui {

class SignDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignDialog)

public:
    explicit SignDialog(QWidget *parent = nullptr);
    ~SignDialog() override;

    // The key the fields open, or nullopt with the reason shown in the dialog.
    std::optional<PdfSign::SigningKey> key();
    void accept() override;

private:
    QLineEdit *m_certificate = nullptr;
    QLineEdit *m_privateKey = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_problem = nullptr;
    std::optional<PdfSign::SigningKey> m_key;
};

} // namespace Testigo::Ui
