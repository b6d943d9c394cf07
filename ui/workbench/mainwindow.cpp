// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench/mainwindow.h"

#include "common/commands.h"
#include "common/languagemanager.h"
#include "common/uiversion.h"
#include "workbench/casefilehandler.h"
#include "workbench/casefilesearch.h"
#include "workbench/gettingstarted.h"
#include "workbench/hostedpanels.h"
#include "workbench/procedurespage.h"
#include "workbench/procedureview.h"
#include "workbench/witnessprofiledialog.h"
#include "workbench/workspace.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Testigo::Ui {

namespace {
QAction *action(QObject *parent, const char *name, const QKeySequence &key = {})
{
    auto *a = new QAction(parent);
    a->setObjectName(QString::fromLatin1(name));
    if (!key.isEmpty())
        a->setShortcut(key);
    return a;
}
} // namespace

MainWindow::MainWindow(LanguageManager &languages, QWidget *parent)
    : QMainWindow(parent)
    , m_languages(languages)
    , m_files(new CaseFileHandler(this, this))
    , m_central(new QStackedWidget(this))
    , m_welcome(new QWidget(this))
    , m_welcomeLabel(new QLabel(m_welcome))
    , m_welcomeNew(new QPushButton(m_welcome))
    , m_welcomeOpen(new QPushButton(m_welcome))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_central->setObjectName(QStringLiteral("centralStackedWidget"));
    m_welcome->setObjectName(QStringLiteral("welcomePage"));
    m_welcomeLabel->setObjectName(QStringLiteral("welcomeLabel"));
    m_welcomeLabel->setAlignment(Qt::AlignCenter);
    m_welcomeLabel->setWordWrap(true);
    m_welcomeNew->setObjectName(QStringLiteral("welcomeNewPushButton"));
    m_welcomeOpen->setObjectName(QStringLiteral("welcomeOpenPushButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_welcomeNew);
    buttons->addWidget(m_welcomeOpen);
    buttons->addStretch(1);
    auto *wl = new QVBoxLayout(m_welcome);
    wl->addStretch(1);
    wl->addWidget(m_welcomeLabel);
    wl->addLayout(buttons);
    wl->addStretch(2);
    m_central->addWidget(m_welcome);
    setCentralWidget(m_central);

    m_undoGroup = new QUndoGroup(this);
    createActions();
    createMenus();
    m_search = new CaseFileSearch(this);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_search->findAction());
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    connect(m_files, &CaseFileHandler::opened, this, &MainWindow::onOpened);
    connect(m_files, &CaseFileHandler::aboutToClose, this, &MainWindow::onAboutToClose);
    connect(m_files, &CaseFileHandler::closed, this, [this] {
        updateTitle();
        updateActions();
    });
    connect(m_files, &CaseFileHandler::recentFilesChanged, this, &MainWindow::updateRecentMenu);
    connect(m_welcomeNew, &QPushButton::clicked, this, &MainWindow::newFileDialog);
    connect(m_welcomeOpen, &QPushButton::clicked, this, &MainWindow::openFileDialog);
    retranslate();
    updateRecentMenu();
    updateTitle();
    updateActions();
    resize(1200, 780);
    restoreGeometry(QSettings().value(QStringLiteral("ui/geometry")).toByteArray());
}

MainWindow::~MainWindow()
{
    // Widgets of the workspace refer to the session: delete them before the handler closes it.
    delete m_workspace;
    m_workspace = nullptr;
    m_files->close();
}

void MainWindow::createActions()
{
    createFileActions();
    createProcedureActions();
    createHostedActions();
    createHelpActions();
    createLanguageActions();
}

void MainWindow::createFileActions()
{
    m_new = action(this, "actionNew", QKeySequence::New);
    m_open = action(this, "actionOpen", QKeySequence::Open);
    m_export = action(this, "actionExportCopy", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_close = action(this, "actionClose", QKeySequence::Close);
    m_quit = action(this, "actionQuit", QKeySequence::Quit);
    m_clearRecent = action(this, "actionClearRecent");
    m_profile = action(this, "actionWitnessProfile");
    connect(m_new, &QAction::triggered, this, &MainWindow::newFileDialog);
    connect(m_open, &QAction::triggered, this, &MainWindow::openFileDialog);
    connect(m_export, &QAction::triggered, this, &MainWindow::exportCopyDialog);
    connect(m_close, &QAction::triggered, this, [this] {
        m_files->close();
        QSettings().remove(QStringLiteral("files/last")); // closed on purpose: start empty next time
    });
    connect(m_quit, &QAction::triggered, this, &QWidget::close);
    connect(m_profile, &QAction::triggered, this, &MainWindow::editWitnessProfile);
    connect(m_clearRecent, &QAction::triggered, this, [this] {
        CaseFileHandler::clearRecentFiles();
        updateRecentMenu();
    });
}

void MainWindow::createProcedureActions()
{
    m_addProcedure = action(this, "actionAddProcedure", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_duplicateProcedure
        = action(this, "actionDuplicateProcedure", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_deleteProcedure = action(this, "actionDeleteProcedure");
    m_backToList = action(this, "actionBackToList", QKeySequence(Qt::ALT | Qt::Key_Left));
    m_showProcedures = action(this, "actionShowProcedures", QKeySequence(Qt::CTRL | Qt::Key_L));
    m_showOverview = action(this, "actionShowOverview", QKeySequence(Qt::CTRL | Qt::Key_1));
    m_showStages = action(this, "actionShowStages", QKeySequence(Qt::CTRL | Qt::Key_2));
    // The list's own commands act on the list: it is shown first, with its selection.
    auto onList = [this](QAction *a, void (ProceduresPage::*command)()) {
        connect(a, &QAction::triggered, this, [this, command] {
            if (m_workspace) {
                m_workspace->showList();
                (m_workspace->proceduresPage()->*command)();
            }
        });
    };
    onList(m_addProcedure, &ProceduresPage::addProcedure);
    onList(m_duplicateProcedure, &ProceduresPage::duplicateProcedure);
    onList(m_deleteProcedure, &ProceduresPage::deleteProcedure);
    for (QAction *a : {m_backToList, m_showProcedures})
        connect(a, &QAction::triggered, this, [this] {
            if (m_workspace)
                m_workspace->showList();
        });
    auto showTab = [this](int tab) {
        if (!m_workspace)
            return;
        const QString id = m_workspace->isShowingProcedure()
            ? m_workspace->procedureView()->procedureId()
            : m_workspace->proceduresPage()->currentProcedureId();
        m_workspace->openProcedure(id);
        if (m_workspace->isShowingProcedure())
            m_workspace->procedureView()->tabs()->setCurrentIndex(tab);
    };
    connect(m_showOverview, &QAction::triggered, this, [showTab] { showTab(0); });
    connect(m_showStages, &QAction::triggered, this, [showTab] { showTab(1); });
}

void MainWindow::createHostedActions()
{
    auto hosted = [this](const HostedAction &h, QList<QPair<QAction *, const char *>> &into) {
        QAction *a = action(this, h.objectName);
        into.append({a, h.text});
        connect(a, &QAction::triggered, this, [this, h] {
            if (!m_workspace)
                return;
            const QString id
                = m_workspace->isShowingProcedure() ? m_workspace->procedureView()->procedureId() : QString();
            if (h.needsProcedure && id.isEmpty())
                return;
            const GoToField goTo = [this](const QString &field) {
                if (m_workspace && m_workspace->isShowingProcedure())
                    m_workspace->procedureView()->showField(field);
            };
            h.run(*m_files->session(), *m_files->undoStack(), id, this, goTo);
        });
    };
    for (const HostedAction &h : hostedFileActions())
        hosted(h, m_hostedFile);
    for (const HostedAction &h : hostedProcedureActions())
        hosted(h, m_hostedProcedure);
    if (!m_hostedProcedure.isEmpty())
        m_hostedProcedure.first().first->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
}

void MainWindow::createHelpActions()
{
    m_guide = action(this, "actionGettingStarted", QKeySequence::HelpContents);
    m_about = action(this, "actionAbout");
    m_aboutQt = action(this, "actionAboutQt");
    m_about->setMenuRole(QAction::AboutRole);
    m_aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(m_guide, &QAction::triggered, this, [this] {
        auto *d = new GettingStartedDialog(this);
        d->setAttribute(Qt::WA_DeleteOnClose);
        d->show();
    });
    connect(m_about, &QAction::triggered, this, &MainWindow::about);
    connect(m_aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createLanguageActions()
{
    m_languageGroup = new QActionGroup(this);
    for (const QString &code : LanguageManager::languages()) {
        auto *a = new QAction(LanguageManager::nativeName(code), m_languageGroup);
        a->setObjectName(QStringLiteral("actionLanguage_%1").arg(code));
        a->setCheckable(true);
        a->setData(code);
        a->setChecked(code == m_languages.language());
        connect(a, &QAction::triggered, this, [this, code] { m_languages.setLanguage(code); });
    }
    connect(&m_languages, &LanguageManager::languageChanged, this, [this](const QString &code) {
        for (QAction *a : m_languageGroup->actions())
            a->setChecked(a->data().toString() == code);
    });
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_fileMenu->addAction(m_new);
    m_fileMenu->addAction(m_open);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    m_fileMenu->addAction(m_export);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_profile);
    if (!m_hostedFile.isEmpty())
        m_fileMenu->addSeparator();
    for (const auto &[a, text] : m_hostedFile)
        m_fileMenu->addAction(a);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_close);
    m_fileMenu->addAction(m_quit);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->setObjectName(QStringLiteral("editMenu"));
    createUndoActions();

    m_procedureMenu = menuBar()->addMenu(QString());
    m_procedureMenu->setObjectName(QStringLiteral("procedureMenu"));
    m_procedureMenu->addAction(m_addProcedure);
    m_procedureMenu->addAction(m_duplicateProcedure);
    m_procedureMenu->addAction(m_deleteProcedure);
    m_procedureMenu->addSeparator();
    for (const auto &[a, text] : m_hostedProcedure)
        m_procedureMenu->addAction(a);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_viewMenu->addAction(m_showProcedures);
    m_viewMenu->addAction(m_backToList);
    m_viewMenu->addAction(m_showOverview);
    m_viewMenu->addAction(m_showStages);
    m_viewMenu->addSeparator();

    m_languageMenu = menuBar()->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    m_languageMenu->addActions(m_languageGroup->actions());

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_helpMenu->addAction(m_guide);
    m_helpMenu->addSeparator();
    m_helpMenu->addAction(m_about);
    m_helpMenu->addAction(m_aboutQt);
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_editMenu->setTitle(tr("&Edit"));
    m_procedureMenu->setTitle(tr("&Procedure"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_new->setText(tr("&New case file…"));
    m_open->setText(tr("&Open…"));
    m_export->setText(tr("&Export a copy…"));
    m_close->setText(tr("&Close"));
    m_quit->setText(tr("&Quit"));
    m_clearRecent->setText(tr("Clear the list"));
    m_profile->setText(tr("&Witness profile…"));
    m_addProcedure->setText(tr("&New procedure…"));
    m_duplicateProcedure->setText(tr("D&uplicate procedure"));
    m_deleteProcedure->setText(tr("&Delete procedure…"));
    m_showProcedures->setText(tr("&Procedures list"));
    m_backToList->setText(tr("&Back to the list"));
    m_showOverview->setText(tr("&Overview"));
    m_showStages->setText(tr("&Stages"));
    for (const auto *list : {&m_hostedFile, &m_hostedProcedure, &m_pageActions})
        for (const auto &[a, text] : *list)
            a->setText(QCoreApplication::translate("Workbench", text));
    m_guide->setText(tr("&Getting started"));
    m_about->setText(tr("&About Testigo"));
    m_aboutQt->setText(tr("About &Qt"));
    m_welcomeLabel->setText(
        tr("<h2>Testigo</h2><p>Open a case file or create a new one to record a "
           "procedure, stage by stage.</p><p>New here? <b>Help ▸ Getting started</b> (F1) "
           "walks you from an empty file to a draft testimony.</p>"));
    m_welcomeNew->setText(tr("&New case file…"));
    m_welcomeOpen->setText(tr("&Open…"));
    createUndoActions();
    updateTitle();
    updateRecentMenu();
}

void MainWindow::editWitnessProfile()
{
    if (!m_files->session())
        return;
    auto *d = new WitnessProfileDialog(*m_files->session(), *m_files->undoStack(), this);
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->open();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings().setValue(QStringLiteral("ui/geometry"), saveGeometry());
    event->accept();
}

bool MainWindow::openFile(const QString &path)
{
    return m_files->open(path);
}

bool MainWindow::newFile(const QString &path)
{
    return m_files->create(path);
}

void MainWindow::onOpened()
{
    Session &session = *m_files->session();
    QUndoStack &stack = *m_files->undoStack();
    m_workspace = new Workspace(session, stack, m_central);
    m_central->addWidget(m_workspace);
    m_central->setCurrentWidget(m_workspace);
    m_undoGroup->addStack(&stack);
    m_undoGroup->setActiveStack(&stack);
    connect(CommandErrorSink::of(session), &CommandErrorSink::writeFailed, this, &MainWindow::showWriteError);
    connect(m_workspace, &QStackedWidget::currentChanged, this, &MainWindow::updateActions);
    m_search->setWorkspace(&session, m_workspace);
    int n = 0;
    for (const HostedPanel &p : m_workspace->pages()) {
        auto *a
            = action(this, "", n < 3 ? QKeySequence(Qt::CTRL | Qt::SHIFT | (Qt::Key_1 + n)) : QKeySequence());
        a->setObjectName(QStringLiteral("actionShowPage_%1").arg(p.widget->objectName()));
        a->setText(QCoreApplication::translate("Workbench", p.title));
        QWidget *page = p.widget;
        connect(a, &QAction::triggered, this, [this, page] {
            if (m_workspace)
                m_workspace->showPage(page);
        });
        m_viewMenu->addAction(a);
        m_pageActions.append({a, p.title});
        ++n;
    }
    updateTitle();
    updateActions();
    if (session.isReadOnly())
        statusBar()->showMessage(tr("Opened read-only: changes cannot be saved to this file."));
    else
        statusBar()->clearMessage();
}

void MainWindow::onAboutToClose()
{
    for (const auto &[a, text] : m_pageActions)
        delete a;
    m_pageActions.clear();
    m_central->setCurrentWidget(m_welcome);
    m_search->setWorkspace(nullptr, nullptr);
    delete m_workspace;
    m_workspace = nullptr;
    statusBar()->clearMessage();
}

void MainWindow::showWriteError(const QString &message)
{
    statusBar()->showMessage(tr("Not saved: %1").arg(message), 15000);
}

void MainWindow::updateTitle()
{
    const Session *s = m_files->session();
    if (!s) {
        setWindowTitle(QStringLiteral("Testigo"));
        return;
    }
    const QString name = QFileInfo(s->path()).fileName();
    setWindowTitle(s->isReadOnly() ? tr("%1 (read-only) — Testigo").arg(name) : tr("%1 — Testigo").arg(name));
}

void MainWindow::updateActions()
{
    const bool open = m_files->isOpen();
    const bool writable = open && !m_files->session()->isReadOnly();
    const bool inProcedure = m_workspace && m_workspace->isShowingProcedure();
    m_export->setEnabled(open);
    m_close->setEnabled(open);
    m_profile->setEnabled(writable);
    m_addProcedure->setEnabled(writable);
    m_duplicateProcedure->setEnabled(writable);
    m_deleteProcedure->setEnabled(writable);
    m_backToList->setEnabled(inProcedure);
    m_showProcedures->setEnabled(open);
    m_showOverview->setEnabled(open);
    m_showStages->setEnabled(open);
    for (const auto &[a, text] : m_hostedFile)
        a->setEnabled(open);
    for (const auto &[a, text] : m_hostedProcedure)
        a->setEnabled(inProcedure);
    if (!open)
        m_central->setCurrentWidget(m_welcome);
}

// Edit → Undo and Redo come from the undo group: Qt keeps their texts ("Undo Add lot") and enabled
// state with the open file's stack. Their prefix is fixed when they are made, so a language change
// makes them again in the same place of the menu.
void MainWindow::createUndoActions()
{
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    undo->setShortcut(QKeySequence::Undo);
    redo->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    m_editMenu->insertAction(m_undo, undo);
    m_editMenu->insertAction(m_redo, redo);
    delete m_undo;
    delete m_redo;
    m_undo = undo;
    m_redo = redo;
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = CaseFileHandler::recentFiles();
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent.at(i);
        auto *a
            = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()));
        a->setObjectName(QStringLiteral("actionRecent%1").arg(i + 1));
        a->setToolTip(QDir::toNativeSeparators(path));
        a->setStatusTip(QDir::toNativeSeparators(path));
        connect(a, &QAction::triggered, this, [this, path] { openFile(path); });
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(m_clearRecent);
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::newFileDialog()
{
    QString path = QFileDialog::getSaveFileName(
        this, tr("New case file"), QDir::homePath(), tr("Testigo case files (*.testigo)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".testigo")))
        path += QStringLiteral(".testigo");
    newFile(path);
}

void MainWindow::openFileDialog()
{
    const QString dir
        = m_files->isOpen() ? QFileInfo(m_files->session()->path()).absolutePath() : QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open a case file"), dir, tr("Testigo case files (*.testigo);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::exportCopyDialog()
{
    if (!m_files->isOpen())
        return;
    const QFileInfo info(m_files->session()->path());
    QString path = QFileDialog::getSaveFileName(this, tr("Export a copy"),
        info.absoluteDir().filePath(info.completeBaseName() + tr("-copy") + QStringLiteral(".testigo")),
        tr("Testigo case files (*.testigo)"));
    if (path.isEmpty())
        return;
    if (m_files->exportCopy(path))
        statusBar()->showMessage(tr("Copy written to %1").arg(QDir::toNativeSeparators(path)), 8000);
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Testigo"),
        tr("<h3>Testigo %1</h3><p>A workbench for social witnesses (testigos sociales) who "
           "monitor Mexican public procurement under Integrity Pacts.</p><p>Every edit is "
           "saved at once in the case file, with a verifiable audit log.</p>")
            .arg(applicationVersion()));
}

} // namespace Testigo::Ui
