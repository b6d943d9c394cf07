// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The window's search of the open case file: a box at the right of the menu bar (Ctrl+F), hits
// grouped by kind in a dock, and the way to each hit. Typing searches after a pause, Enter opens
// the selected hit (the best one at first), Up and Down choose another without leaving the box,
// and a click opens one. A hit opens its procedure and the tab that edits the record.

#include <QObject>

class QAction;
class QDockWidget;
class QLineEdit;
class QMainWindow;
class QModelIndex;
class QTimer;
class QTreeView;

namespace Testigo {
class Session;
struct SearchHit;
} // namespace Testigo

namespace Testigo::Ui {

class SearchResultsModel;
class Workspace;

class CaseFileSearch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseFileSearch)

public:
    explicit CaseFileSearch(QMainWindow *window);

    // The open file and its workspace; both null when no file is open (the box is then disabled).
    void setWorkspace(Session *session, Workspace *workspace);
    QAction *findAction() const { return m_find; }
    QLineEdit *box() const { return m_box; }
    SearchResultsModel *model() const { return m_model; }
    // Searches now for what the box holds.
    void searchNow();
    // Opens a hit: its procedure, the tab of its record, the record selected where the tab can.
    void open(const SearchHit &hit);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void openIndex(const QModelIndex &index);
    void step(int steps);

    QLineEdit *m_box;
    QAction *m_find;
    QDockWidget *m_dock;
    QTreeView *m_view;
    SearchResultsModel *m_model;
    QTimer *m_pause;
    Session *m_session = nullptr;
    Workspace *m_workspace = nullptr;
    QString m_searched; // the text the hits shown answer
};

} // namespace Testigo::Ui
