// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A one-line label for texts of any length (a procedure's 250-character title): it never asks for
// more width than it gets, shows "…" where the text is cut and the whole text in its tooltip.

#include <QLabel>

namespace Testigo::Ui {

class ElidedLabel final : public QLabel
{
    Q_OBJECT

public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    void setFullText(const QString &text);
    QString fullText() const { return m_full; }
    bool isElided() const { return text() != m_full; }

    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void elide();

    QString m_full;
};

} // namespace Testigo::Ui
