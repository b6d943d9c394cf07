// SPDX-License-Identifier: GPL-3.0-or-later
#include "ocds/reader.h"

#include "ocds/jsonsplitter.h"

#include <QFile>
#include <QFileInfo>
#include <algorithm>

namespace Testigo::Ocds {

namespace {

constexpr qint64 kChunk = 8 << 20;

bool hasAny(const JNode &n, std::initializer_list<const char *> keys)
{
    for (const char *k : keys)
        if (n.get(k))
            return true;
    return false;
}

QString releaseDate(const JNode &r) { return r.str("date"); }

// A release embedded in a record (not a linked one that only carries url/date/tag).
bool isEmbedded(const JNode &r)
{
    return r.isObject() && (r.get("ocid") || r.get("tender") || r.get("awards") || r.get("contracts") || r.get("buyer"));
}

} // namespace

Reader::Kind Reader::classify(const JNode &e)
{
    if (!e.isObject())
        return Kind::NotOcds;
    const JNode *records = e.get("records");
    const JNode *releases = e.get("releases");
    if (records && records->isArray())
        return Kind::RecordPackage;
    if (releases && releases->isArray() && hasAny(e, {"compiledRelease", "versionedRelease", "ocid"}))
        return Kind::Record;
    if (hasAny(e, {"compiledRelease", "versionedRelease"}))
        return Kind::Record;
    if (releases && releases->isArray())
        return Kind::ReleasePackage;
    if (hasAny(e, {"ocid", "tender", "awards", "contracts", "buyer"}))
        return Kind::Release;
    return Kind::NotOcds;
}

// Reads the file in 8 MB chunks through the splitter.
bool Reader::scan(const std::function<bool(qint64, const std::string &, std::string &&)> &onElement,
                  const std::function<bool(qint64, std::string &&)> &onTop, QString *error)
{
    // A pipe or a device would block here (or never end): only regular files are read.
    if (!QFileInfo(m_path).isFile()) {
        *error = tr("is not a regular file (it is a folder, a pipe or a device)");
        return false;
    }
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = tr("cannot be read: %1").arg(f.errorString());
        return false;
    }
    m_bytes = f.size();
    m_position = 0;
    std::string buf(size_t(kChunk), '\0');
    JsonSplitter splitter(onElement, onTop);
    auto refuse = [&](JsonSplitter::Error e, char c) {
        if (e == JsonSplitter::Error::TopNotObject)
            *error = tr("is not OCDS: its top level is not a JSON object");
        else if (e == JsonSplitter::Error::Unexpected)
            *error = tr("is not well-formed JSON (an unexpected “%1”)").arg(QLatin1Char(c));
        else if (e == JsonSplitter::Error::NotJson)
            *error = tr("is not OCDS: it holds something other than JSON objects");
        return false; // Stopped: the callback said why
    };
    for (;;) {
        const qint64 n = f.read(buf.data(), kChunk);
        if (n < 0) {
            *error = tr("cannot be read: %1").arg(f.errorString());
            return false;
        }
        if (n == 0)
            break;
        m_position += n;
        for (qint64 i = 0; i < n; ++i)
            if (const JsonSplitter::Error e = splitter.feed(buf[size_t(i)]); e != JsonSplitter::Error::None)
                return refuse(e, buf[size_t(i)]);
    }
    if (!splitter.complete()) {
        *error = tr("is truncated or not well-formed JSON: it ends inside an unfinished value");
        return false;
    }
    if (splitter.top() < 0) {
        *error = tr("is empty: it holds no JSON value");
        return false;
    }
    return true;
}

bool Reader::validate(QString *error)
{
    m_kinds.clear();
    qint64 elements = 0;
    QString problem;
    const bool ok = scan(
        [&](qint64 top, const std::string &, std::string &&el) {
            if (!validateJson(el, &problem)) {
                problem = tr("element %1 of top-level value %2 is %3").arg(elements + 1).arg(top + 1).arg(problem);
                return false;
            }
            ++elements;
            return true;
        },
        [&](qint64 top, std::string &&env) {
            auto node = parseJson(env, &problem);
            if (!node) {
                problem = tr("top-level value %1 is %2").arg(top + 1).arg(problem);
                return false;
            }
            m_kinds.push_back(classify(*node));
            return true;
        },
        error);
    if (!ok) {
        if (!problem.isEmpty())
            *error = problem;
        return false;
    }
    const qint64 usable = std::count_if(m_kinds.begin(), m_kinds.end(), [](Kind k) { return k != Kind::NotOcds; });
    if (usable == 0) {
        *error = tr("is JSON but not OCDS: no release, record or package was found in it");
        return false;
    }
    if (m_kinds.size() > 1) {
        m_shape = tr("JSON Lines");
    } else {
        switch (m_kinds.front()) {
        case Kind::ReleasePackage: m_shape = tr("release package"); break;
        case Kind::RecordPackage: m_shape = tr("record package"); break;
        case Kind::Record: m_shape = tr("record"); break;
        default: m_shape = tr("release"); break;
        }
    }
    return true;
}

bool Reader::recordUnit(const JNode &record, std::vector<JNode> &&embedded, std::vector<std::string> &&texts,
                        const std::function<bool(ProcessUnit &&)> &sink, const std::function<void(const QString &)> &skip)
{
    ProcessUnit u;
    u.ocid = record.str("ocid");
    if (const JNode *compiled = record.get("compiledRelease"); compiled && compiled->isObject()) {
        u.release = *compiled;
        if (u.ocid.isEmpty())
            u.ocid = compiled->str("ocid");
        u.raws.push_back({compiled->str("id"), releaseDate(*compiled), toJson(*compiled)});
    } else {
        // No compiled release: merge the embedded releases in date order, as ocdskit compile does.
        std::vector<size_t> order;
        for (size_t i = 0; i < embedded.size(); ++i)
            if (isEmbedded(embedded[i]))
                order.push_back(i);
        if (order.empty()) {
            skip(tr("record %1: only linked releases and no compiled release; nothing to import")
                     .arg(u.ocid.isEmpty() ? tr("(without ocid)") : u.ocid));
            return true;
        }
        std::stable_sort(order.begin(), order.end(),
                         [&](size_t a, size_t b) { return releaseDate(embedded[a]) < releaseDate(embedded[b]); });
        u.release = JNode::object();
        for (size_t i : order) {
            mergeInto(u.release, embedded[i]);
            u.raws.push_back({embedded[i].str("id"), releaseDate(embedded[i]), std::move(texts[i])});
        }
        if (u.ocid.isEmpty())
            u.ocid = u.release.str("ocid");
    }
    if (u.ocid.isEmpty()) {
        skip(tr("a record without an ocid was skipped"));
        return true;
    }
    return sink(std::move(u));
}

bool Reader::read(const std::function<bool(ProcessUnit &&)> &sink, const std::function<void(const QString &)> &skip,
                  QString *error)
{
    std::vector<JNode> embedded; // releases of a bare record, until its envelope ends
    std::vector<std::string> embeddedText;
    auto kindOf = [&](qint64 top) { return size_t(top) < m_kinds.size() ? m_kinds[size_t(top)] : Kind::NotOcds; };
    return scan(
        [&](qint64 top, const std::string &key, std::string &&el) {
            const Kind k = kindOf(top);
            auto node = parseJson(el);
            if (!node)
                return false;
            if (k == Kind::ReleasePackage && key == "releases") {
                ProcessUnit u;
                u.ocid = node->str("ocid");
                if (!node->isObject() || u.ocid.isEmpty()) {
                    skip(tr("a release without an ocid was skipped (id “%1”)").arg(node->str("id")));
                    return true;
                }
                u.raws.push_back({node->str("id"), releaseDate(*node), std::move(el)});
                u.release = std::move(*node);
                return sink(std::move(u));
            }
            if (k == Kind::RecordPackage && key == "records") {
                std::vector<JNode> rel;
                std::vector<std::string> texts;
                for (const JNode &r : node->list("releases")) {
                    rel.push_back(r);
                    texts.push_back(toJson(r));
                }
                return recordUnit(*node, std::move(rel), std::move(texts), sink, skip);
            }
            if (k == Kind::Record && key == "releases") {
                embedded.push_back(std::move(*node));
                embeddedText.push_back(std::move(el));
            }
            return true;
        },
        [&](qint64 top, std::string &&env) {
            const Kind k = kindOf(top);
            if (k == Kind::NotOcds) {
                skip(tr("top-level value %1 is not OCDS and was skipped").arg(top + 1));
                return true;
            }
            if (k != Kind::Record && k != Kind::Release)
                return true;
            auto node = parseJson(env);
            if (!node)
                return false;
            if (k == Kind::Record) {
                const bool ok = recordUnit(*node, std::move(embedded), std::move(embeddedText), sink, skip);
                embedded.clear();
                embeddedText.clear();
                return ok;
            }
            ProcessUnit u;
            u.ocid = node->str("ocid");
            if (u.ocid.isEmpty()) {
                skip(tr("a release without an ocid was skipped (id “%1”)").arg(node->str("id")));
                return true;
            }
            u.raws.push_back({node->str("id"), releaseDate(*node), std::move(env)});
            u.release = std::move(*node);
            return sink(std::move(u));
        },
        error);
}

} // namespace Testigo::Ocds
