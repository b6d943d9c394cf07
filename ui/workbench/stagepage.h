// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One stage of a procedure: status, planned and actual dates, attendance, acta reference, notes,
// the witness's checklist (yes / no / n.a. + note) and the findings raised at the stage.

#include "common/translatedtexts.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QUndoStack;

namespace Testigo {
class Session;
}

namespace Testigo::Ui {

class DateField;
class FieldBinder;
class RecordTableModel;

class StagePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StagePage)

public:
    StagePage(Session &session, QUndoStack &stack, QWidget *parent = nullptr);
    void setStage(const QString &stageId);
    QString stageId() const { return m_stageId; }
    RecordTableModel *checklistModel() const { return m_checklist; }
    RecordTableModel *findingsModel() const { return m_findings; }

signals:
    // The witness wants to raise a finding at this stage (the window opens the findings panel).
    void newFindingRequested(const QString &stageId);

protected:
    void changeEvent(QEvent *event) override;

private:
    // The editors of the stage's own fields.
    struct Fields
    {
        QComboBox *status = nullptr;
        DateField *planned = nullptr, *actual = nullptr;
        QLineEdit *attendance = nullptr, *attendanceEn = nullptr, *acta = nullptr;
        QPlainTextEdit *notes = nullptr, *notesEn = nullptr;
    };

    void setUpTitle();
    QGroupBox *buildDetails();
    Fields createFields(QWidget *details);
    void addRow(QFormLayout *form, const char *label, QWidget *field, QWidget *buddy = nullptr);
    QWidget *sideBySide(QWidget *parent, QWidget *first, const char *secondLabel, QWidget *second);
    QWidget *buildDatesRow(QWidget *details, const Fields &f);
    void addDetailRows(QFormLayout *form, const Fields &f);
    void chainTabOrder(const Fields &f);
    void bindFields(const Fields &f);
    QGroupBox *buildChecklistBox();
    QGroupBox *buildFindingsBox();
    void layOut(QGroupBox *details, QGroupBox *checklistBox, QGroupBox *findingsBox);
    void updateTitle();

    Session &m_session;
    QUndoStack &m_stack;
    QString m_stageId;
    FieldBinder *m_binder;
    RecordTableModel *m_checklist, *m_findings;
    QLabel *m_title;
    QTableView *m_checklistView, *m_findingsView;
    QPushButton *m_newFinding;
    DateField *m_actual = nullptr;
    TranslatedTexts m_texts;
};

} // namespace Testigo::Ui
