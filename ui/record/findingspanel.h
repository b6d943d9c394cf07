// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The findings of one procedure: a sortable table (number, stage, clauses, category, severity,
// status, escalation) beside the editor of the selected finding. Findings are numbered 1..n per
// procedure; creating one with its clause ties and evidence is one undo step, and so is deleting
// one (the later findings are renumbered in the same step).

#include "record/newfindingdialog.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;
class QUndoStack;

namespace Testigo {
class Session;
}

namespace Testigo::Ui {

class FindingEditor;
class RecordTableModel;

class FindingsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingsPanel)

public:
    FindingsPanel(Session &session, QUndoStack &undo, QWidget *parent = nullptr);

    void setProcedure(const QString &procedureId);
    QString procedureId() const { return m_procedureId; }

    // Creates a finding, its clause ties and its evidence as one undo step and selects it.
    // Returns its id (empty on failure).
    QString createFinding(const FindingDraft &draft);
    // Deletes (tombstones) a finding and renumbers the later ones, as one undo step.
    void deleteFinding(const QString &findingId);
    void selectFinding(const QString &findingId);
    QString currentFindingId() const;
    // Attaches files to the selected finding (one undo step); what a drop on the panel does.
    int attachFiles(const QStringList &paths);

    RecordTableModel *findingsModel() const { return m_model; }
    QSortFilterProxyModel *proxyModel() const { return m_proxy; }
    FindingEditor *editor() const { return m_editor; }
    NewFindingDialog *newFindingDialog() const { return m_dialog; }

public slots:
    // Opens the "New finding" dialog, preset with a stage and a clause (from a stage page or a
    // cell of the pact's clause × stage matrix).
    void newFinding(const QString &stageId = QString(), const QString &clauseId = QString());

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void nameWidgets();
    void setUpModel();
    void setUpTable();
    void buildLayout();
    void connectSignals();
    void retranslate();
    void onSelectionChanged();
    void deleteSelected();
    void updateButtons();
    int nextNumber() const;

    Session &m_session;
    QUndoStack &m_undo;
    QString m_procedureId;
    RecordTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_heading;
    QPushButton *m_new;
    QPushButton *m_delete;
    QTableView *m_table;
    FindingEditor *m_editor;
    QSplitter *m_splitter;
    NewFindingDialog *m_dialog;
};

} // namespace Testigo::Ui
