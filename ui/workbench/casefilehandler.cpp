// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench/casefilehandler.h"

#include "store/exportcopy.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>

namespace Testigo::Ui {

namespace {
const auto RecentKey = QStringLiteral("files/recent");
const auto LastKey = QStringLiteral("files/last");
constexpr int MaxRecent = 8;

QString authorName()
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return QSettings().value(QStringLiteral("author"), user).toString();
}
} // namespace

CaseFileHandler::CaseFileHandler(QWidget *window, QObject *parent) : QObject(parent), m_window(window) {}

CaseFileHandler::~CaseFileHandler()
{
    // The undo stack's commands refer to the session: drop them first.
    m_stack.reset();
    m_session.reset();
}

QStringList CaseFileHandler::recentFiles()
{
    return QSettings().value(RecentKey).toStringList();
}

QString CaseFileHandler::lastFile()
{
    return QSettings().value(LastKey).toString();
}

void CaseFileHandler::clearRecentFiles()
{
    QSettings().remove(RecentKey);
}

void CaseFileHandler::remember(const QString &path)
{
    const QString abs = QFileInfo(path).absoluteFilePath();
    QStringList recent = recentFiles();
    recent.removeAll(abs);
    recent.prepend(abs);
    while (recent.size() > MaxRecent)
        recent.removeLast();
    QSettings s;
    s.setValue(RecentKey, recent);
    s.setValue(LastKey, abs);
}

void CaseFileHandler::error(const QString &title, const QString &message)
{
    m_lastError = message;
    if (m_interactive)
        QMessageBox::warning(m_window, title, message);
}

bool CaseFileHandler::adopt(CaseFile::Result result, const QString &path)
{
    if (!result.file)
        return false;
    // Something was repaired on the way in (an interrupted write rolled back): the witness is told.
    if (!result.notice.isEmpty() && m_interactive)
        QMessageBox::information(m_window, tr("The case file was recovered"), result.notice);
    close();
    // Keep the store's default author unless we know better (USER may be unset, e.g. under xvfb-run).
    if (const QString author = authorName(); !author.isEmpty())
        result.file->setAuthor(author);
    m_session = std::make_unique<Session>(std::move(result.file));
    m_stack = std::make_unique<QUndoStack>();
    remember(path);
    emit opened();
    emit recentFilesChanged();
    return true;
}

bool CaseFileHandler::open(const QString &path)
{
    if (m_session && QFileInfo(path).absoluteFilePath() == QFileInfo(m_session->path()).absoluteFilePath())
        return true;
    auto result = CaseFile::open(path);
    // A file we may read but not write opens read-only rather than not at all.
    if (!result.file && result.error == OpenError::CannotWrite)
        result = CaseFile::open(path, true);
    if (!result.file) {
        error(tr("Cannot open the case file"), result.message);
        if (result.error == OpenError::NotFound) { // forget a file that is gone
            QStringList recent = recentFiles();
            recent.removeAll(QFileInfo(path).absoluteFilePath());
            QSettings().setValue(RecentKey, recent);
            emit recentFilesChanged();
        }
        return false;
    }
    return adopt(std::move(result), path);
}

bool CaseFileHandler::create(const QString &path)
{
    auto result = CaseFile::create(path);
    if (!result.file) {
        error(tr("Cannot create the case file"), result.message);
        return false;
    }
    return adopt(std::move(result), path);
}

bool CaseFileHandler::exportCopy(const QString &path)
{
    if (!m_session)
        return false;
    const QString source = m_session->path();
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(source).absoluteFilePath()) {
        error(tr("Export a copy"), tr("Choose another file name: this is the open file."));
        return false;
    }
    if (QFile::exists(path) && !QFile::remove(path)) {
        error(tr("Export a copy"), tr("“%1” exists and cannot be replaced.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    QString message;
    bool ok = exportCaseFileCopy(m_session->file(), path, &message);
    if (ok) { // check what was written before telling the user it is there
        auto copy = CaseFile::open(path, true);
        ok = copy.file && copy.file->verify().ok();
        message = copy.file ? tr("The copy does not verify.") : copy.message;
    }
    if (!ok) {
        QFile::remove(path);
        error(tr("Export a copy"), message);
    }
    return ok;
}

void CaseFileHandler::close()
{
    if (!m_session)
        return;
    emit aboutToClose();
    m_stack.reset();
    m_session.reset();
    emit closed();
}

} // namespace Testigo::Ui
