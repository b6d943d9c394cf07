// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Parsing runs ahead of writing: a Reader's second pass on a thread of its own, handing processes
// to the writing thread through a queue bounded in count and bytes (at least one process always
// fits, however large), so memory stays bounded and the import waits on whichever side is slower.

#include "ocds/reader.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace Testigo::Ocds {

class ParseAhead
{
public:
    struct Item
    {
        bool isSkip = false;
        ProcessUnit unit;
        QString skipped; // why, when isSkip
        qint64 position = 0; // the reader's position when it was read, for progress
    };

    explicit ParseAhead(Reader &reader, size_t maxItems = 64, size_t maxBytes = 32u << 20);
    ~ParseAhead(); // stops the reader and waits for it
    ParseAhead(const ParseAhead &) = delete;
    ParseAhead &operator=(const ParseAhead &) = delete;

    // The next process or skip in file order; false when the file is done (or failed).
    bool next(Item *item);
    // Stops the reader early (the writer failed or the user cancelled).
    void cancel();
    // After next() returned false: whether the reader read the whole file, and why not.
    bool readOk() const { return m_readOk; }
    QString error() const { return m_error; }

private:
    bool push(Item &&item, size_t bytes);

    Reader &m_reader;
    const size_t m_maxItems, m_maxBytes;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::pair<Item, size_t>> m_queue;
    size_t m_bytes = 0;
    bool m_done = false, m_cancelled = false, m_readOk = false;
    QString m_error;
    std::thread m_thread;
};

} // namespace Testigo::Ocds
