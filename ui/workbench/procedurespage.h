// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The procedures list: a sortable table with a search box, and add / duplicate / delete.

#include <QWidget>

class QLineEdit;
class QPushButton;
class QTableView;
class QUndoStack;
class QLabel;

namespace Testigo {
class Session;
}

namespace Testigo::Ui {

class ProcedureListModel;
class ProcedureFilterModel;

class ProceduresPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProceduresPage)

public:
    ProceduresPage(Session &session, QUndoStack &stack, QWidget *parent = nullptr);

    ProcedureListModel *model() const { return m_model; }
    QString currentProcedureId() const;
    void selectProcedure(const QString &id);

    // Handlers, public so that menu actions reach them too.
    void addProcedure();
    void duplicateProcedure();
    void deleteProcedure();

signals:
    void openRequested(const QString &procedureId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void setUpWidgets();
    void setUpTable();
    void buildLayout();
    void connectSignals();
    void retranslate();
    void updateHint();
    void updateButtons();

    Session &m_session;
    QUndoStack &m_stack;
    ProcedureListModel *m_model;
    ProcedureFilterModel *m_proxy;
    QLabel *m_searchLabel;
    QLineEdit *m_search;
    QTableView *m_table;
    QPushButton *m_add, *m_duplicate, *m_delete, *m_open;
    QLabel *m_hint; // what to do next, while the file has no procedure
};

} // namespace Testigo::Ui
