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

    // A bulk change (an OCDS import of a whole portfolio) writes far too many rows to tell views of
    // each: while paused, changes are only counted, and resuming emits reloaded() then changed()
    // once if anything changed.
    void pauseNotifications() { m_paused = true; }
    void resumeNotifications();

signals:
    void rowInserted(const QString &table, const QString &id);
    void fieldChanged(const QString &table, const QString &id, const QString &field);
    // Emitted for any change, once per row and field, after the ones above.
    void changed();
    // Anything may have changed (after a bulk change): views reload what they show.
    void reloaded();

private:
    std::unique_ptr<CaseFile> m_file;
    bool m_paused = false;
    qint64 m_missed = 0;
};

} // namespace Testigo
