// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The form of one finding: its fields bound to the finding's row by a FieldBinder (so every edit
// is a SetFieldCommand and undo flows back into the form), its clause ties (a checkable list) and
// its evidence (attachments: add by dialog or drop, open, export, remove).

#include "record/formrows.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QUndoStack;

namespace Testigo {
class Session;
}

namespace Testigo::Ui {

class ClauseTieModel;
class DateField;
class FieldBinder;
class RecordTableModel;

class FindingEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingEditor)

public:
    FindingEditor(Session &session, QUndoStack &undo, RecordTableModel &findings, QWidget *parent = nullptr);

    void setProcedure(const QString &procedureId);
    // A row of the findings model (-1: none).
    void setCurrentRow(int row);
    QString findingId() const;
    int currentRow() const;

    ClauseTieModel *clauseModel() const { return m_ties; }
    RecordTableModel *attachmentModel() const { return m_attachments; }
    QWidget *firstField() const;
    QWidget *lastField() const;

    // Attaches files to the current finding as one undo step; returns how many were attached.
    int attachFiles(const QStringList &paths);
    bool exportAttachment(const QString &attachmentId, const QString &path, QString *error);

    void retranslate();

private:
    void refreshStages();
    void removeAttachment();
    void openAttachment();
    void exportSelected();
    void browseFiles();
    void updateButtons();
    void updateTitle();
    QString selectedAttachmentId() const;
    void nameWidgets();
    void buildForm();
    void buildRows();
    void bindFields();
    void connectActions();

    Session &m_session;
    QUndoStack &m_undo;
    RecordTableModel &m_findings;
    QString m_procedureId;
    FieldBinder *m_binder;
    ClauseTieModel *m_ties;
    RecordTableModel *m_attachments;
    std::unique_ptr<FormRows> m_rows; // not a QObject: owned here

    QLabel *m_title;
    QComboBox *m_stage, *m_category, *m_severity, *m_status, *m_escalation;
    DateField *m_raised, *m_responseDate, *m_escalationDate;
    QPlainTextEdit *m_description, *m_recommendation, *m_response;
    // The English versions, beside the Spanish ones (schema 8).
    QPlainTextEdit *m_descriptionEn, *m_recommendationEn, *m_responseEn;
    QListView *m_clauses;
    QTableView *m_attachmentView;
    QPushButton *m_add, *m_open, *m_export, *m_remove;
    QLabel *m_message;
};

} // namespace Testigo::Ui
