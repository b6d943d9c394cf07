// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Evidence files: the bytes go into the case file's content-addressed blob table (stored once per
// SHA-256), the metadata into an Attachment row inserted through the undo stack by the caller.

#include <QCoreApplication>
#include <QString>
#include <QVariantMap>
#include <optional>

namespace Testigo {
class CaseFile;
}

namespace Testigo::Ui {

class AttachmentFiles
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentFiles)

public:
    // Reads `path`, stores its bytes and returns the Attachment row values (file_name, size,
    // media_type, sha256; the caller adds procedure_id, finding_id, stage_id). nullopt + *error.
    static std::optional<QVariantMap> store(CaseFile &file, const QString &path, QString *error);
    // Writes an attachment's bytes to `path` (export). False + *error.
    static bool write(const CaseFile &file, const QString &sha256, const QString &path, QString *error);
    // Writes the bytes to a private temporary folder under the original name, for opening with
    // the desktop's viewer. Returns the path, empty + *error on failure.
    static QString writeTemporary(const CaseFile &file, const QString &sha256, const QString &fileName,
                                  QString *error);
};

} // namespace Testigo::Ui
