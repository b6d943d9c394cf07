// SPDX-License-Identifier: GPL-3.0-or-later
#include "record/attachments.h"

#include "store/casefile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QSaveFile>
#include <QStandardPaths>

namespace Testigo::Ui {

std::optional<QVariantMap> AttachmentFiles::store(CaseFile &file, const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), f.errorString());
        return std::nullopt;
    }
    const QByteArray data = f.readAll();
    auto sha = file.putBlob(data);
    if (!sha) {
        *error = tr("Cannot store %1: %2").arg(QFileInfo(path).fileName(), file.lastError());
        return std::nullopt;
    }
    const QMimeType mime = QMimeDatabase().mimeTypeForFileNameAndData(path, data);
    return QVariantMap{{QStringLiteral("file_name"), QFileInfo(path).fileName()},
                       {QStringLiteral("size"), qint64(data.size())},
                       {QStringLiteral("media_type"), mime.name()},
                       {QStringLiteral("sha256"), *sha}};
}

bool AttachmentFiles::write(const CaseFile &file, const QString &sha256, const QString &path, QString *error)
{
    if (!file.hasBlob(sha256)) {
        *error = tr("The evidence file is missing from the case file.");
        return false;
    }
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(file.blob(sha256)) < 0 || !out.commit()) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), out.errorString());
        return false;
    }
    return true;
}

QString AttachmentFiles::writeTemporary(const CaseFile &file, const QString &sha256, const QString &fileName,
                                        QString *error)
{
    // One folder per content, so two attachments with the same name never overwrite each other.
    const QString dir = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                            .filePath(QStringLiteral("testigo-evidence/") + sha256.left(16));
    if (!QDir().mkpath(dir)) {
        *error = tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(dir));
        return QString();
    }
    const QString safeName = QFileInfo(fileName).fileName().isEmpty() ? sha256 : QFileInfo(fileName).fileName();
    const QString path = QDir(dir).filePath(safeName);
    return write(file, sha256, path, error) ? path : QString();
}

} // namespace Testigo::Ui
