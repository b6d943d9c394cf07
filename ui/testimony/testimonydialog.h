// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Prints a procedure's testimony: choose the document's language (independent of the UI's), see
// what is still missing, preview the pages, print them or export a PDF/A file. The pages come from
// render/'s TestimonyRenderer, the same code the command line uses.

#include "store/session.h"

#include <QDialog>
#include <memory>

class QComboBox;
class QLabel;
class QListWidget;
class QPrinter;
class QPrintPreviewWidget;
class QPushButton;

namespace Testigo::Render {
class TestimonyRenderer;
}
namespace Testigo::PdfSign {
class SigningKey;
}

namespace Testigo::Ui {

class TestimonyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TestimonyDialog)

public:
    TestimonyDialog(Session &session, const QString &procedureId, QWidget *parent = nullptr);
    ~TestimonyDialog() override;

    QString language() const;
    void setLanguage(const QString &language);
    QStringList missingParts() const;
    int pageCount() const;
    // Writes the PDF without asking for a file name (the Export button asks, then calls this).
    bool exportPdf(const QString &path);
    // Prints with the key's holder in the signature block and signs (the Sign button asks first).
    bool exportSignedPdf(const QString &path, const PdfSign::SigningKey &key, QString *error);

signals:
    // A missing part was clicked: the window shows the field that fills it ("table:rowId:column").
    void fieldRequested(const QString &field);

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void fillMissingList();
    void paint(QPrinter *printer);
    void print();
    void exportAsked();
    void signAsked();
    void retranslate();

    Session &m_session;
    QString m_procedureId;
    std::unique_ptr<Render::TestimonyRenderer> m_renderer;
    std::unique_ptr<QPrinter> m_printer;
    QComboBox *m_languageCombo = nullptr;
    QLabel *m_languageLabel = nullptr;
    QLabel *m_missingLabel = nullptr;
    QListWidget *m_missingList = nullptr;
    QPrintPreviewWidget *m_preview = nullptr;
    QPushButton *m_printButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_signButton = nullptr;
    QPushButton *m_closeButton = nullptr;
};

} // namespace Testigo::Ui
