// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Merging witnesses' case files into the open one, and deciding the conflicts side by side: the
// value in this file ("ours") against the one from the source ("theirs"), with their common
// ancestor's, for every field both sides changed.

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QTableWidget;

namespace Testigo {
class Session;
}

namespace Testigo::Ui {

class MergeDialog final : public QDialog
{
    Q_OBJECT

public:
    MergeDialog(Session &session, QWidget *parent = nullptr);

    // Merges the files (also what "Add case files…" does after choosing them). Returns the summary.
    QString mergeFiles(const QStringList &paths);
    // Decides the selected conflict.
    bool keepOurs();
    bool takeTheirs();
    QTableWidget *conflictsTable() const { return m_conflicts; }

private:
    bool acceptUnverified(const QString &name, const QString &why);
    void reloadConflicts();
    void showConflict(int row);
    bool decide(bool theirs);

    Session &m_session;
    QLabel *m_summary = nullptr;
    QTableWidget *m_conflicts = nullptr;
    QPlainTextEdit *m_ours = nullptr;
    QPlainTextEdit *m_theirs = nullptr;
    QLabel *m_base = nullptr;
    QStringList m_ids;
};

} // namespace Testigo::Ui
