// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The open case file as the application sees it: owns the CaseFile and turns its row changes into
// Qt signals that models listen to. Passed by reference through constructors; never global.

#include "store/casefile.h"

#include <QObject>
#include <memory>

namespace Testigo {

class Session final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Session)

public:
    explicit Session(std::unique_ptr<CaseFile> file, QObject *parent = nullptr);
    ~Session() override;

    CaseFile &file() { return *m_file; }
    const CaseFile &file() const { return *m_file; }
    QString path() const { return m_file->path(); }
    bool isReadOnly() const { return m_file->isReadOnly(); }

signals:
    void rowInserted(const QString &table, const QString &id);
    void fieldChanged(const QString &table, const QString &id, const QString &field);
    // Emitted for any change, once per row and field, after the ones above.
    void changed();

private:
    std::unique_ptr<CaseFile> m_file;
};

} // namespace Testigo
