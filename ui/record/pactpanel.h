// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The Integrity Pact of one procedure: its clauses (code, party, text in Spanish and English),
// its signatories, and the clause × stage matrix of findings. Clicking a matrix cell lists the
// findings of that cell and offers "New finding here", which asks (by signal) the findings panel
// to open its dialog preset with that stage and clause.

#include <QPersistentModelIndex>
#include <QWidget>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTabWidget;
class QTableView;
class QListView;
class QUndoStack;

namespace Testigo {
class Session;
}

namespace Testigo::Ui {

class ClauseMatrixModel;
class RecordTableModel;

class PactPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PactPanel)

public:
    PactPanel(Session &session, QUndoStack &undo, QWidget *parent = nullptr);

    void setProcedure(const QString &procedureId);
    QString procedureId() const { return m_procedureId; }

    RecordTableModel *clauseModel() const { return m_clauses; }
    RecordTableModel *signatoryModel() const { return m_signatories; }
    ClauseMatrixModel *matrixModel() const { return m_matrix; }
    QStandardItemModel *cellFindingsModel() const { return m_cellFindings; }
    // Selects a matrix cell and lists its findings (what a click does).
    void selectCell(int clauseRow, int stageColumn);

    QString addSignatory();
    void removeSignatory(const QString &signatoryId);
    QString addClause();
    void removeClause(const QString &clauseId);

signals:
    void newFindingRequested(const QString &stageId, const QString &clauseId);
    // A finding listed under a matrix cell was activated (double click / Enter).
    void findingActivated(const QString &findingId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void listCellFindings();
    void updateButtons();
    QWidget *buildClausesTab();
    QWidget *buildSignatoriesTab();
    QWidget *buildMatrixTab();
    QString selectedId(QTableView *view, RecordTableModel *model) const;

    Session &m_session;
    QUndoStack &m_undo;
    QString m_procedureId;
    RecordTableModel *m_clauses;
    RecordTableModel *m_signatories;
    ClauseMatrixModel *m_matrix;
    QStandardItemModel *m_cellFindings;
    QTabWidget *m_tabs;
    QTableView *m_clauseView = nullptr;
    QTableView *m_signatoryView = nullptr;
    QTableView *m_matrixView = nullptr;
    QListView *m_cellView = nullptr;
    QLabel *m_cellLabel = nullptr;
    QLabel *m_legend = nullptr;
    QPushButton *m_addClause = nullptr, *m_removeClause = nullptr;
    QPushButton *m_addSignatory = nullptr, *m_removeSignatory = nullptr;
    QPushButton *m_newHere = nullptr;
    QPersistentModelIndex m_cell;
};

} // namespace Testigo::Ui
