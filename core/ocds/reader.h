// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reads OCDS files of any size in bounded memory: release packages, record packages, bare records,
// bare releases and JSON Lines of any of these. A streaming splitter walks the file in chunks and
// hands each element of a package's "releases"/"records" array to simdjson separately, so only
// one release is in memory at a time. validate() reads the whole file first: nothing is imported
// from a file that turns out to be truncated or malformed half-way.

#include "ocds/jnode.h"

#include <QCoreApplication>
#include <QString>
#include <functional>

namespace Testigo::Ocds {

struct RawRelease
{
    QString releaseId;
    QString date;
    std::string json; // as published (re-serialised only for records' compiled releases)
};

// One OCDS process as this file knows it: the compiled state plus the releases behind it.
struct ProcessUnit
{
    QString ocid;
    JNode release; // the compiled (or only) release
    std::vector<RawRelease> raws;
};

class Reader
{
    Q_DECLARE_TR_FUNCTIONS(OcdsReader)

public:
    explicit Reader(QString path) : m_path(std::move(path)) {}

    // Pass 1: the whole file is well-formed JSON and OCDS-shaped. False with a message otherwise.
    bool validate(QString *error);
    // Pass 2 (after validate): each process in file order; skip() gets what cannot be used and why.
    bool read(const std::function<bool(ProcessUnit &&)> &sink, const std::function<void(const QString &)> &skip,
              QString *error);

    // What validate() found: "release package", "record package", "record", "release", "JSON Lines".
    QString shape() const { return m_shape; }
    qint64 bytes() const { return m_bytes; }
    // Bytes read so far by the current pass (in steps of the read buffer): for progress.
    qint64 position() const { return m_position; }

private:
    enum class Kind { NotOcds, ReleasePackage, RecordPackage, Record, Release };
    bool scan(const std::function<bool(qint64 top, const std::string &key, std::string &&element)> &onElement,
              const std::function<bool(qint64 top, std::string &&envelope)> &onTop, QString *error);
    static Kind classify(const JNode &envelope);
    bool recordUnit(const JNode &record, std::vector<JNode> &&embedded, std::vector<std::string> &&embeddedText,
                    const std::function<bool(ProcessUnit &&)> &sink, const std::function<void(const QString &)> &skip);

    QString m_path;
    QString m_shape;
    qint64 m_bytes = 0;
    qint64 m_position = 0;
    std::vector<Kind> m_kinds; // per top-level JSON value, from validate()
};

} // namespace Testigo::Ocds
