// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The case file the window has open, with its undo stack, and the file operations of the File
// menu: new, open (with recent files), export a copy, close. A file that cannot be opened leaves
// the current one open and untouched; the store's message is shown to the user.

#include "store/session.h"

#include <QCoreApplication>
#include <QObject>
#include <QStringList>
#include <QUndoStack>
#include <memory>

class QWidget;

namespace Testigo::Ui {

class CaseFileHandler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseFileHandler)

public:
    // Message boxes are parented to `window`.
    explicit CaseFileHandler(QWidget *window, QObject *parent = nullptr);
    ~CaseFileHandler() override;

    Session *session() const { return m_session.get(); }
    QUndoStack *undoStack() const { return m_stack.get(); }
    bool isOpen() const { return bool(m_session); }

    // These show their errors in a message box and return false; the open file stays as it was.
    bool open(const QString &path);
    bool create(const QString &path);
    bool exportCopy(const QString &path);
    void close();

    static QStringList recentFiles();
    static QString lastFile();
    static void clearRecentFiles();
    // Set by tests: report errors without message boxes (they are still returned by lastError()).
    void setInteractive(bool interactive) { m_interactive = interactive; }
    QString lastError() const { return m_lastError; }

signals:
    void aboutToClose();
    void opened();
    void closed();
    void recentFilesChanged();

private:
    bool adopt(CaseFile::Result result, const QString &path);
    void error(const QString &title, const QString &message);
    static void remember(const QString &path);

    QWidget *m_window;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<QUndoStack> m_stack;
    bool m_interactive = true;
    QString m_lastError;
};

} // namespace Testigo::Ui
