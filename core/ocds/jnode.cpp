// SPDX-License-Identifier: GPL-3.0-or-later
#include "ocds/jnode.h"

#include <QCoreApplication>
#include <QDate>
// Error codes only: with exceptions off, a simdjson result can no longer be converted implicitly
// (which throws on a malformed value such as `nul` or `nan`): such code stops compiling.
#define SIMDJSON_EXCEPTIONS 0
#include <simdjson.h>

namespace Testigo::Ocds {

namespace {

namespace od = simdjson::ondemand;

constexpr int kMaxDepth = 200;

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && (s.back() == ' ' || s.back() == '\n' || s.back() == '\r' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// JSON's number grammar: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
bool isJsonNumber(std::string_view s)
{
    size_t i = 0;
    auto digits = [&] {
        const size_t start = i;
        while (i < s.size() && isDigit(s[i]))
            ++i;
        return i > start;
    };
    if (i < s.size() && s[i] == '-')
        ++i;
    if (i < s.size() && s[i] == '0')
        ++i;
    else if (!digits())
        return false;
    if (i < s.size() && s[i] == '.') {
        ++i;
        if (!digits())
            return false;
    }
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        if (i < s.size() && (s[i] == '+' || s[i] == '-'))
            ++i;
        if (!digits())
            return false;
    }
    return i == s.size();
}

simdjson::error_code walk(od::value v, JNode *out, int depth);

// The next member or element of out, when building; nullptr when only validating.
JNode *nextItem(JNode *out)
{
    if (!out)
        return nullptr;
    out->items.emplace_back();
    return &out->items.back();
}

simdjson::error_code walkObject(od::value v, JNode *out, int depth)
{
    od::object o;
    if (auto e = v.get_object().get(o))
        return e;
    if (out)
        out->type = JNode::Object;
    for (auto field : o) {
        std::string_view key;
        if (auto e = field.unescaped_key().get(key))
            return e;
        od::value fv;
        if (auto e = field.value().get(fv))
            return e;
        if (out)
            out->keys.emplace_back(key);
        if (auto e = walk(fv, nextItem(out), depth + 1))
            return e;
    }
    return simdjson::SUCCESS;
}

simdjson::error_code walkArray(od::value v, JNode *out, int depth)
{
    od::array a;
    if (auto e = v.get_array().get(a))
        return e;
    if (out)
        out->type = JNode::Array;
    for (auto el : a) {
        od::value ev;
        if (auto e = el.get(ev))
            return e;
        if (auto e = walk(ev, nextItem(out), depth + 1))
            return e;
    }
    return simdjson::SUCCESS;
}

// A string, number, boolean or null.
simdjson::error_code walkScalar(od::value v, od::json_type t, JNode *out)
{
    switch (t) {
    case od::json_type::string: {
        std::string_view s;
        if (auto e = v.get_string().get(s))
            return e;
        if (out) {
            out->type = JNode::String;
            out->text.assign(s);
        }
        return simdjson::SUCCESS;
    }
    case od::json_type::number: {
        // Checked against JSON's grammar rather than parsed: a valid number beyond a double's
        // range (1e400) is well-formed JSON; whether it makes sense as an amount is the mapper's call.
        const std::string_view raw = trimmed(v.raw_json_token());
        if (!isJsonNumber(raw))
            return simdjson::NUMBER_ERROR;
        if (out) {
            out->type = JNode::Number;
            out->text.assign(raw);
        }
        return simdjson::SUCCESS;
    }
    case od::json_type::boolean: {
        bool b = false;
        if (auto e = v.get_bool().get(b))
            return e;
        if (out) {
            out->type = JNode::Bool;
            out->boolean = b;
        }
        return simdjson::SUCCESS;
    }
    case od::json_type::null: {
        bool isNull = false;
        if (auto e = v.is_null().get(isNull))
            return e;
        return isNull ? simdjson::SUCCESS : simdjson::N_ATOM_ERROR;
    }
    default:
        return simdjson::TAPE_ERROR;
    }
}

// Walks a value; builds it into out when out is not null (validation only otherwise).
simdjson::error_code walk(od::value v, JNode *out, int depth)
{
    if (depth > kMaxDepth)
        return simdjson::DEPTH_ERROR;
    od::json_type t;
    if (auto e = v.type().get(t))
        return e;
    if (t == od::json_type::object)
        return walkObject(v, out, depth);
    if (t == od::json_type::array)
        return walkArray(v, out, depth);
    return walkScalar(v, t, out);
}

bool parseImpl(std::string_view text, JNode *out, QString *error)
{
    thread_local od::parser parser;
    auto fail = [&](simdjson::error_code e) {
        if (error)
            *error = QCoreApplication::translate("Ocds", "not well-formed JSON (%1)")
                         .arg(QString::fromUtf8(simdjson::error_message(e)));
        return false;
    };
    const simdjson::padded_string padded(text.data(), text.size());
    od::document doc;
    if (auto e = parser.iterate(padded).get(doc))
        return fail(e);
    od::json_type t;
    if (auto e = doc.type().get(t))
        return fail(e);
    if (t != od::json_type::object && t != od::json_type::array) {
        if (error)
            *error = QCoreApplication::translate("Ocds", "the JSON text is not an object or an array");
        return false;
    }
    od::value root;
    if (auto e = doc.get_value().get(root))
        return fail(e);
    // (Trailing content cannot occur: the reader hands over exactly one value at a time.)
    if (auto e = walk(root, out, 0))
        return fail(e);
    return true;
}

void appendEscaped(std::string &out, const std::string &s)
{
    out += '"';
    for (const char c : s) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char buf[8];
                std::snprintf(
                    buf, sizeof buf, "\\u%04x", static_cast<unsigned>(static_cast<unsigned char>(c)));
                out += buf;
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

void write(std::string &out, const JNode &n)
{
    switch (n.type) {
    case JNode::Null:
        out += "null";
        break;
    case JNode::Bool:
        out += n.boolean ? "true" : "false";
        break;
    case JNode::Number:
        out += n.text;
        break;
    case JNode::String:
        appendEscaped(out, n.text);
        break;
    case JNode::Array:
        out += '[';
        for (size_t i = 0; i < n.items.size(); ++i) {
            if (i)
                out += ',';
            write(out, n.items[i]);
        }
        out += ']';
        break;
    case JNode::Object:
        out += '{';
        for (size_t i = 0; i < n.items.size(); ++i) {
            if (i)
                out += ',';
            appendEscaped(out, n.keys[i]);
            out += ':';
            write(out, n.items[i]);
        }
        out += '}';
        break;
    }
}

bool isIdentifiedList(const JNode &n)
{
    if (!n.isArray() || n.items.empty())
        return false;
    for (const JNode &e : n.items)
        if (!e.isObject() || !e.get("id"))
            return false;
    return true;
}

} // namespace

JNode JNode::string(const QString &s)
{
    JNode n;
    n.type = String;
    n.text = s.toStdString();
    return n;
}

JNode JNode::number(std::string_view raw)
{
    JNode n;
    n.type = Number;
    n.text.assign(raw);
    return n;
}

const JNode *JNode::get(std::string_view key) const
{
    if (type != Object)
        return nullptr;
    for (size_t i = 0; i < keys.size(); ++i)
        if (keys[i] == key)
            return &items[i];
    return nullptr;
}

JNode *JNode::get(std::string_view key)
{
    return const_cast<JNode *>(static_cast<const JNode *>(this)->get(key));
}

const JNode *JNode::at(std::string_view path) const
{
    const JNode *n = this;
    while (n && !path.empty()) {
        const size_t dot = path.find('.');
        const std::string_view part = path.substr(0, dot);
        if (n->isArray()) {
            size_t index = 0;
            for (const char c : part)
                index = c >= '0' && c <= '9' ? index * 10 + size_t(c - '0') : size_t(-1);
            n = index < n->items.size() ? &n->items[index] : nullptr;
        } else {
            n = n->get(part);
        }
        path = dot == std::string_view::npos ? std::string_view() : path.substr(dot + 1);
    }
    return n;
}

QString JNode::str(std::string_view path) const
{
    const JNode *n = at(path);
    if (!n || (n->type != String && n->type != Number))
        return QString();
    return QString::fromStdString(n->text).trimmed();
}

const std::vector<JNode> &JNode::list(std::string_view path) const
{
    static const std::vector<JNode> empty;
    const JNode *n = at(path);
    return n && n->isArray() ? n->items : empty;
}

JNode &JNode::set(std::string_view key, JNode value)
{
    type = Object;
    if (JNode *existing = get(key)) {
        *existing = std::move(value);
        return *existing;
    }
    keys.emplace_back(key);
    items.push_back(std::move(value));
    return items.back();
}

std::optional<JNode> parseJson(std::string_view text, QString *error)
{
    JNode root;
    if (!parseImpl(text, &root, error))
        return std::nullopt;
    return root;
}

bool validateJson(std::string_view text, QString *error)
{
    return parseImpl(text, nullptr, error);
}

std::string toJson(const JNode &node)
{
    std::string out;
    write(out, node);
    return out;
}

void mergeInto(JNode &compiled, const JNode &release)
{
    if (!release.isObject() || !compiled.isObject()) {
        compiled = release;
        return;
    }
    for (size_t i = 0; i < release.keys.size(); ++i) {
        const std::string &key = release.keys[i];
        const JNode &value = release.items[i];
        JNode *mine = compiled.get(key);
        if (value.isNull()) {
            // A null in a later release removes the field.
            if (mine) {
                const size_t at = size_t(mine - compiled.items.data());
                compiled.keys.erase(compiled.keys.begin() + long(at));
                compiled.items.erase(compiled.items.begin() + long(at));
            }
        } else if (mine && mine->isObject() && value.isObject()) {
            mergeInto(*mine, value);
        } else if (mine && isIdentifiedList(*mine) && isIdentifiedList(value)) {
            for (const JNode &e : value.items) {
                JNode *match = nullptr;
                for (JNode &m : mine->items)
                    if (m.get("id") && *m.get("id") == *e.get("id"))
                        match = &m;
                if (match)
                    mergeInto(*match, e);
                else
                    mine->items.push_back(e);
            }
        } else {
            compiled.set(key, value);
        }
    }
}

std::optional<qint64> amountCents(const JNode *amount)
{
    if (!amount || (amount->type != JNode::Number && amount->type != JNode::String))
        return std::nullopt;
    std::string_view s = amount->text;
    while (!s.empty() && s.front() == ' ')
        s.remove_prefix(1);
    s = trimmed(s);
    bool negative = false;
    if (!s.empty() && (s.front() == '-' || s.front() == '+')) {
        negative = s.front() == '-';
        s.remove_prefix(1);
    }
    // Digits of the mantissa with the decimal point position, then an optional exponent.
    std::string digits;
    int fraction = 0;
    bool dot = false;
    size_t i = 0;
    for (; i < s.size(); ++i) {
        const char c = s[i];
        if (c >= '0' && c <= '9') {
            digits += c;
            if (dot)
                ++fraction;
        } else if (c == '.' && !dot) {
            dot = true;
        } else if (c == ',' && !dot) {
            continue; // thousands separator in string amounts
        } else {
            break;
        }
    }
    int exponent = 0;
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        bool ok = false;
        exponent = QString::fromLatin1(s.substr(i + 1).data(), int(s.size() - i - 1)).toInt(&ok);
        if (!ok)
            return std::nullopt;
        i = s.size();
    }
    if (i != s.size() || digits.empty())
        return std::nullopt;
    // value = digits * 10^(exponent - fraction); centavos = value * 100.
    int shift = exponent - fraction + 2;
    while (digits.size() > 1 && digits.front() == '0')
        digits.erase(0, 1);
    if (shift >= 0) {
        if (digits.size() + size_t(shift) > 18)
            return std::nullopt;
        digits.append(size_t(shift), '0');
        const qint64 v = std::stoll(digits);
        return negative ? -v : v;
    }
    const size_t drop = size_t(-shift);
    std::string kept = drop >= digits.size() ? std::string("0") : digits.substr(0, digits.size() - drop);
    const char firstDropped = drop > digits.size() ? '0' : digits[digits.size() - drop];
    if (kept.size() > 18)
        return std::nullopt;
    qint64 v = std::stoll(kept);
    if (firstDropped >= '5')
        ++v;
    return negative ? -v : v;
}

QDate ocdsDate(const QString &text)
{
    return QDate::fromString(text.left(10), Qt::ISODate);
}

} // namespace Testigo::Ocds
