// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The witness's window: menus and the workspace of the open case file. File operations live in
// CaseFileHandler, pages in their own widgets; this class only builds menus and wires them.

#include <QList>
#include <QMainWindow>
#include <QPair>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QPushButton;
class QStackedWidget;
class QUndoGroup;

namespace Testigo::Ui {

class CaseFileHandler;
class CaseFileSearch;
class LanguageManager;
class Workspace;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(LanguageManager &languages, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Open or create without a file dialog (command line, recent files, tests).
    bool openFile(const QString &path);
    bool newFile(const QString &path);
    CaseFileHandler &files() const { return *m_files; }
    Workspace *workspace() const { return m_workspace; }
    CaseFileSearch *caseFileSearch() const { return m_search; }

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createFileActions();
    void createProcedureActions();
    void createHostedActions();
    void createHelpActions();
    void createLanguageActions();
    void createMenus();
    void retranslate();
    void onOpened();
    void onAboutToClose();
    void updateTitle();
    void updateActions();
    void updateRecentMenu();
    void createUndoActions();
    void showWriteError(const QString &message);
    // Handlers of the menu actions.
    void newFileDialog();
    void openFileDialog();
    void exportCopyDialog();
    void about();
    void editWitnessProfile();

    LanguageManager &m_languages;
    CaseFileHandler *m_files;
    QStackedWidget *m_central;
    QWidget *m_welcome;
    QLabel *m_welcomeLabel;
    QPushButton *m_welcomeNew, *m_welcomeOpen;
    Workspace *m_workspace = nullptr;
    CaseFileSearch *m_search = nullptr;
    QMenu *m_fileMenu, *m_recentMenu, *m_editMenu, *m_procedureMenu, *m_viewMenu, *m_languageMenu,
        *m_helpMenu;
    QAction *m_new, *m_open, *m_export, *m_close, *m_quit, *m_clearRecent, *m_profile;
    QUndoGroup *m_undoGroup = nullptr;
    QAction *m_undo = nullptr, *m_redo = nullptr;
    QAction *m_addProcedure, *m_duplicateProcedure, *m_deleteProcedure, *m_backToList;
    QAction *m_showOverview, *m_showStages, *m_showProcedures;
    // Other areas' dialogs (file- and procedure-level) and whole-file pages, with their source texts.
    QList<QPair<QAction *, const char *>> m_hostedFile, m_hostedProcedure, m_pageActions;
    QAction *m_about, *m_aboutQt, *m_guide;
    QActionGroup *m_languageGroup;
};

} // namespace Testigo::Ui
