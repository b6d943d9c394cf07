// SPDX-License-Identifier: GPL-3.0-or-later
#include "ocds/parseahead.h"

namespace Testigo::Ocds {

namespace {

size_t sizeOf(const ProcessUnit &u)
{
    size_t n = 0;
    for (const RawRelease &r : u.raws)
        n += r.json.size();
    return 2 * n; // the raw text and the parsed tree beside it
}

} // namespace

ParseAhead::ParseAhead(Reader &reader, size_t maxItems, size_t maxBytes)
    : m_reader(reader)
    , m_maxItems(maxItems)
    , m_maxBytes(maxBytes)
{
    m_thread = std::thread([this] {
        QString error;
        const bool ok = m_reader.read(
            [this](ProcessUnit &&u) {
                const size_t bytes = sizeOf(u);
                return push({false, std::move(u), QString(), m_reader.position()}, bytes);
            },
            [this](const QString &why) {
                push({true, {}, why, m_reader.position()}, 0);
            },
            &error);
        std::lock_guard lock(m_mutex);
        m_readOk = ok;
        m_error = error;
        m_done = true;
        m_changed.notify_all();
    });
}

ParseAhead::~ParseAhead()
{
    cancel();
    m_thread.join();
}

bool ParseAhead::push(Item &&item, size_t bytes)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [&] {
        return m_cancelled || m_queue.empty()
            || (m_queue.size() < m_maxItems && m_bytes + bytes <= m_maxBytes);
    });
    if (m_cancelled)
        return false;
    m_bytes += bytes;
    m_queue.emplace_back(std::move(item), bytes);
    m_changed.notify_all();
    return true;
}

bool ParseAhead::next(Item *item)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [&] { return !m_queue.empty() || m_done; });
    if (m_queue.empty())
        return false;
    *item = std::move(m_queue.front().first);
    m_bytes -= m_queue.front().second;
    m_queue.pop_front();
    m_changed.notify_all();
    return true;
}

void ParseAhead::cancel()
{
    std::lock_guard lock(m_mutex);
    m_cancelled = true;
    m_queue.clear();
    m_bytes = 0;
    m_changed.notify_all();
}

} // namespace Testigo::Ocds
