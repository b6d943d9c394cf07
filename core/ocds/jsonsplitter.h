// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The splitter: a character state machine (depth, strings, escapes). Elements of a top-level
// object's "releases"/"records" array go to onElement one by one; the rest of each top-level
// value (the envelope, with those arrays left empty) goes to onTop at its end. Every byte of an
// imported file passes through feed(), so the members are defined inline below.

#include <QtGlobal>
#include <functional>
#include <string>

namespace Testigo::Ocds {

class JsonSplitter
{
public:
    using OnElement = std::function<bool(qint64, const std::string &, std::string &&)>;
    using OnTop = std::function<bool(qint64, std::string &&)>;
    enum class Error { None, Stopped, TopNotObject, Unexpected, NotJson };

    JsonSplitter(const OnElement &onElement, const OnTop &onTop)
        : m_onElement(onElement)
        , m_onTop(onTop)
    { }

    static bool isWs(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }

    Error feed(char c);
    // The input ended at the end of a value.
    bool complete() const { return m_depth == 0 && !m_inString; }
    // Top-level values begun so far, less one.
    qint64 top() const { return m_top; }

private:
    std::string &out() { return m_inElement ? m_element : m_envelope; }
    void feedString(char c);
    Error feedCode(char c);
    Error open(char c);
    Error close(char c);
    bool endElement();

    const OnElement &m_onElement;
    const OnTop &m_onTop;
    std::string m_envelope, m_element, m_key, m_lastString, m_splitKey;
    int m_depth = 0;
    bool m_inString = false, m_escape = false;
    bool m_inSplitArray = false; // inside a top-level "releases"/"records" array (depth 2)
    bool m_inElement = false, m_scalarElement = false;
    qint64 m_top = -1;
};

inline JsonSplitter::Error JsonSplitter::feed(char c)
{
    if (m_inString) {
        feedString(c);
        return Error::None;
    }
    if (m_inSplitArray && m_depth == 2 && !m_inElement) {
        // Between elements of the split array.
        if (isWs(c) || c == ',')
            return Error::None;
        if (c != ']') {
            m_inElement = true;
            m_scalarElement = c != '{' && c != '[';
            m_element.clear();
        }
    }
    if (m_inElement && m_scalarElement && m_depth == 2 && (c == ',' || c == ']')) {
        if (!endElement())
            return Error::Stopped;
        if (c == ',')
            return Error::None;
    }
    return feedCode(c);
}

inline void JsonSplitter::feedString(char c)
{
    if (m_escape)
        m_escape = false;
    else if (c == '\\')
        m_escape = true;
    else if (c == '"')
        m_inString = false;
    if (m_depth == 1 && m_inString && !m_inElement)
        m_lastString += c;
    out() += c;
}

inline JsonSplitter::Error JsonSplitter::feedCode(char c)
{
    switch (c) {
    case '"':
        m_inString = true;
        if (m_depth == 1 && !m_inElement)
            m_lastString.clear();
        out() += c;
        return Error::None;
    case '{':
    case '[':
        return open(c);
    case '}':
    case ']':
        return close(c);
    case ':':
        if (m_depth == 1 && !m_inElement)
            m_key = m_lastString;
        out() += c;
        return Error::None;
    default:
        if (m_depth == 0 && !isWs(c))
            return Error::NotJson;
        if (m_depth > 0)
            out() += c;
        return Error::None;
    }
}

inline JsonSplitter::Error JsonSplitter::open(char c)
{
    if (m_depth == 0) {
        ++m_top;
        m_envelope.clear();
        if (c != '{')
            return Error::TopNotObject;
    }
    if (m_depth == 1 && c == '[' && (m_key == "releases" || m_key == "records")) {
        m_inSplitArray = true;
        m_splitKey = m_key;
    }
    ++m_depth;
    out() += c;
    return Error::None;
}

inline JsonSplitter::Error JsonSplitter::close(char c)
{
    if (m_depth == 0)
        return Error::Unexpected;
    --m_depth;
    out() += c;
    if (m_inElement && m_depth == 2) {
        if (!endElement())
            return Error::Stopped;
    } else if (m_inSplitArray && m_depth == 1) {
        m_inSplitArray = false;
        if (!m_inElement)
            return Error::None;
    }
    if (m_depth == 0) {
        if (!m_onTop(m_top, std::move(m_envelope)))
            return Error::Stopped;
        m_envelope.clear();
    }
    return Error::None;
}

inline bool JsonSplitter::endElement()
{
    m_inElement = false;
    while (!m_element.empty() && isWs(m_element.back()))
        m_element.pop_back();
    return m_onElement(m_top, m_splitKey, std::move(m_element));
}

} // namespace Testigo::Ocds
