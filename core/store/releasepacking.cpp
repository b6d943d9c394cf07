// SPDX-License-Identifier: GPL-3.0-or-later
// The raw OCDS releases kept in ocds_release are stored zstd-compressed (about 3.5 times smaller):
// they are a third of an imported portfolio's file otherwise. Each release is one zstd frame in
// a BLOB; a TEXT value is a release written before schema 11, read as it is.
#include "store/casefile_db.h"

#include <zstd.h>

namespace Testigo {

namespace {
// Larger than any release worth keeping (a 50 MB text field included); a frame claiming more
// is not trusted, so a damaged or hostile file cannot make the reader allocate without bound.
constexpr unsigned long long kMaxReleaseBytes = 512ull << 20;
constexpr int kLevel = 3; // zstd's default: fast, and little is gained above it on JSON this size
} // namespace

QByteArray packReleaseJson(const QString &json)
{
    const QByteArray text = json.toUtf8();
    QByteArray packed(qsizetype(ZSTD_compressBound(size_t(text.size()))), Qt::Uninitialized);
    const size_t n
        = ZSTD_compress(packed.data(), size_t(packed.size()), text.constData(), size_t(text.size()), kLevel);
    if (ZSTD_isError(n))
        return {};
    packed.truncate(qsizetype(n));
    return packed;
}

std::optional<QString> unpackReleaseJson(const QVariant &stored)
{
    if (stored.typeId() != QMetaType::QByteArray)
        return stored.toString(); // written before schema 11
    const QByteArray packed = stored.toByteArray();
    const unsigned long long size = ZSTD_getFrameContentSize(packed.constData(), size_t(packed.size()));
    if (size == ZSTD_CONTENTSIZE_ERROR || size == ZSTD_CONTENTSIZE_UNKNOWN || size > kMaxReleaseBytes)
        return std::nullopt;
    QByteArray text(qsizetype(size), Qt::Uninitialized);
    const size_t n
        = ZSTD_decompress(text.data(), size_t(text.size()), packed.constData(), size_t(packed.size()));
    if (ZSTD_isError(n) || n != size)
        return std::nullopt;
    return QString::fromUtf8(text);
}

} // namespace Testigo
