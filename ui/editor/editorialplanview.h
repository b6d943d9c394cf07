// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The editorial plan of the Analytical Review Report: its chapters in order with titles in both
// languages, author, reviewer, status and due date; a progress overview; reordering; and the
// chapter editor for the selected chapter. Every change goes through the undo stack.

#include <QWidget>

class QLabel;
class QProgressBar;
class QTableWidget;
class QUndoStack;

namespace Testigo {
class Session;
struct Chapter;
}

namespace Testigo::Ui {

class ChapterEditor;

class EditorialPlanView final : public QWidget
{
    Q_OBJECT

public:
    EditorialPlanView(Session &session, QUndoStack &undo, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    ChapterEditor *editor() const { return m_editor; }
    // Chapter ids in plan order.
    QStringList chapterIds() const { return m_ids; }
    QString progressText() const;

    void addChapter(const QString &titleEs, const QString &titleEn);
    void addNewChapter();
    void addDefaultPlan();
    void moveChapter(int row, int delta); // swaps positions with the neighbour
    void removeChapter(int row);

private:
    void reload();
    void onItemChanged(int row, int column);
    void setField(int row, const QString &field, const QVariant &value, const QString &text);

    Session &m_session;
    QUndoStack &m_undo;
    QTableWidget *m_table = nullptr;
    ChapterEditor *m_editor = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_progressLabel = nullptr;
    QStringList m_ids;
    bool m_reloading = false;
};

} // namespace Testigo::Ui
