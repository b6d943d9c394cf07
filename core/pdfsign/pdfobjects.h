// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Just enough of a PDF's structure to append an incremental update: the cross-reference tables
// (classic "xref" sections, as QPdfWriter and this signer write them), the trailer, the body of an
// object, and the top-level entries of a dictionary.

#include <QByteArray>
#include <QHash>
#include <optional>

namespace Testigo::PdfSign {

struct PdfIndex
{
    QHash<int, qsizetype> offsets; // object number -> byte offset of "N G obj" (newest section wins)
    qsizetype lastXref = -1; // the startxref of the file
    int size = 0; // the trailer's /Size
    int root = -1; // the catalog's object number
    QByteArray info, id; // the trailer's /Info and /ID values as written (may be empty)
};

// Reads the file's cross-reference sections; nullopt (with a reason in English for logs) when the
// file is not a PDF this signer can update (for instance one with cross-reference streams).
std::optional<PdfIndex> readIndex(const QByteArray &pdf, QByteArray *why = nullptr);

// The text between "N G obj" and "endobj" of object number n, trimmed.
QByteArray objectBody(const QByteArray &pdf, const PdfIndex &index, int n);

// Where a key's value lies in the top level of the dictionary "<< ... >>" that body starts with.
struct DictEntry
{
    qsizetype keyStart = -1, valueStart = -1, valueEnd = -1;
    bool found() const { return keyStart >= 0; }
};
DictEntry findKey(const QByteArray &dict, const QByteArray &key);
// The object number of a value "N G R"; -1 when it is not a reference.
int referenceTo(const QByteArray &value);
// The dictionary with "key value" added (or its value replaced).
QByteArray withEntry(const QByteArray &dict, const QByteArray &key, const QByteArray &value);
// The object numbers listed in an array "[1 0 R 2 0 R]".
QList<int> referencesIn(const QByteArray &array);

} // namespace Testigo::PdfSign
