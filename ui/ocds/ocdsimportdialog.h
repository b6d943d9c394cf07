// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Importing OCDS files: choose files, import, read the per-file report (imported, updated,
// unchanged, skipped and why, data-quality warnings, hand edits kept). Also the export helper.

#include <QDialog>

class QPlainTextEdit;
class QPushButton;

namespace Testigo {

class Session;

class OcdsImportDialog : public QDialog
{
    Q_OBJECT

public:
    OcdsImportDialog(Session &session, QWidget *parent = nullptr);
    // Imports these files now (also what "Choose files…" does) and shows the report.
    bool importFiles(const QStringList &paths);
    QString reportText() const;

private:
    Session &m_session;
    QPlainTextEdit *m_report = nullptr;
    QPushButton *m_choose = nullptr;
};

// Asks for a file name and exports the given procedures (all when empty) as an OCDS release
// package; returns false (after telling the user) when it could not be written.
bool exportOcdsWithDialog(Session &session, const QStringList &procedureIds, QWidget *parent);

} // namespace Testigo
