// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One stage of a procedure: status, planned and actual dates, attendance, acta reference, notes,
// the witness's checklist (yes / no / n.a. + note) and the findings raised at the stage.

#include "common/translatedtexts.h"

#include <QWidget>

class QLabel;
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
