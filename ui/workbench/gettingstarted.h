// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Help → Getting started (F1): a short built-in guide, in the UI's language, from an empty case
// file to a draft testimony, with the keys for each step.

#include <QDialog>

class QTextBrowser;

namespace Testigo::Ui {

class GettingStartedDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GettingStartedDialog)

public:
    explicit GettingStartedDialog(QWidget *parent = nullptr);
    static QString guide(); // the guide's HTML, translated

protected:
    void changeEvent(QEvent *event) override;

private:
    QTextBrowser *m_text;
};

} // namespace Testigo::Ui
