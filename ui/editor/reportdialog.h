// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Assembles the Analytical Review Report from the open file: choose the language, page through a
// preview, save the PDF.

#include <QDialog>
#include <memory>

class QComboBox;
class QLabel;
class QSpinBox;

namespace Testigo {
class Session;
}
namespace Testigo::Render {
class ReportRenderer;
}

namespace Testigo::Ui {

class ReportDialog final : public QDialog
{
    Q_OBJECT

public:
    ReportDialog(Session &session, QWidget *parent = nullptr);
    ~ReportDialog() override;

    int pageCount() const;
    void showPage(int index);
    bool savePdf(const QString &path, QString *error = nullptr);
    QLabel *previewLabel() const { return m_preview; }

private:
    void rebuild();

    Session &m_session;
    QComboBox *m_language = nullptr;
    QSpinBox *m_page = nullptr;
    QLabel *m_preview = nullptr;
    QLabel *m_pages = nullptr;
    std::unique_ptr<Render::ReportRenderer> m_renderer;
};

} // namespace Testigo::Ui
