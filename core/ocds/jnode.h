// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A small JSON tree for OCDS data. Numbers keep their exact text (money is never a double), and
// objects keep their key order, so a release written back out reads like the one read in.

#include <QDate>
#include <QString>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace Testigo::Ocds {

struct JNode
{
    enum Type : unsigned char { Null, Bool, Number, String, Array, Object };
    Type type = Null;
    bool boolean = false;
    std::string text;               // a string's value, or a number's JSON text
    std::vector<std::string> keys;  // object keys, parallel to items
    std::vector<JNode> items;       // array elements or object values

    static JNode string(const QString &s);
    static JNode number(std::string_view raw);
    static JNode object() { JNode n; n.type = Object; return n; }
    static JNode array() { JNode n; n.type = Array; return n; }

    bool isObject() const { return type == Object; }
    bool isArray() const { return type == Array; }
    bool isNull() const { return type == Null; }
    // Member of an object, nullptr when absent or when this is not an object.
    const JNode *get(std::string_view key) const;
    JNode *get(std::string_view key);
    // Follows a dotted path of object keys: "tender.value.amount".
    const JNode *at(std::string_view path) const;
    // Text of a string (or of a number) at a path; empty when absent.
    QString str(std::string_view path) const;
    // Array elements at a path (empty when absent or not an array).
    const std::vector<JNode> &list(std::string_view path) const;
    // Sets (or replaces) an object member, keeping the first position.
    JNode &set(std::string_view key, JNode value);
    void append(JNode value) { items.push_back(std::move(value)); }
    bool operator==(const JNode &o) const = default;
};

// Parses one JSON text (any size that fits in memory) into a tree; nullopt and a message on error.
std::optional<JNode> parseJson(std::string_view text, QString *error = nullptr);
// Whether a JSON text is well-formed, without building a tree.
bool validateJson(std::string_view text, QString *error = nullptr);
// Compact JSON, keys in their stored order.
std::string toJson(const JNode &node);

// OCDS merge of releases into a compiled release (arrays of objects with "id" merge by id; other
// arrays and values are replaced by later releases). Releases must be in date order.
void mergeInto(JNode &compiled, const JNode &release);

// An OCDS amount as centavos, exactly (half away from zero beyond two decimals).
std::optional<qint64> amountCents(const JNode *amount);
// The date part of an OCDS date-time, in the local date the publisher wrote ("2016-01-28T00:00-06:00"
// is the 28th); invalid when absent or unreadable.
QDate ocdsDate(const QString &text);

} // namespace Testigo::Ocds
