// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/session.h"

#include <utility>

namespace Testigo {

Session::Session(std::unique_ptr<CaseFile> file, QObject *parent)
    : QObject(parent)
    , m_file(std::move(file))
{
    m_file->setChangeListener([this](const RowChange &c) {
        if (m_paused) {
            ++m_missed;
            return;
        }
        if (c.kind == RowChange::Inserted)
            emit rowInserted(c.table, c.id);
        else
            emit fieldChanged(c.table, c.id, c.field);
        emit changed();
    });
}

void Session::resumeNotifications()
{
    m_paused = false;
    if (std::exchange(m_missed, 0) == 0)
        return;
    emit reloaded();
    emit changed();
}

Session::~Session()
{
    m_file->setChangeListener({});
}

} // namespace Testigo
