// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfsign/pdfobjects.h"

#include <QList>

namespace Testigo::PdfSign {

namespace {

bool isWhite(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
}

bool isDelimiter(char c)
{
    return isWhite(c) || c == '/' || c == '[' || c == ']' || c == '<' || c == '>' || c == '(' || c == ')'
        || c == '{' || c == '}' || c == '%';
}

// Past whitespace and comments.
qsizetype skipWhite(const QByteArray &d, qsizetype p)
{
    while (p < d.size()) {
        if (isWhite(d[p])) {
            ++p;
        } else if (d[p] == '%') {
            while (p < d.size() && d[p] != '\n' && d[p] != '\r')
                ++p;
        } else {
            break;
        }
    }
    return p;
}

qsizetype tokenEnd(const QByteArray &d, qsizetype p)
{
    while (p < d.size() && !isDelimiter(d[p]))
        ++p;
    return p;
}

qsizetype literalStringEnd(const QByteArray &d, qsizetype p)
{
    int depth = 0;
    for (; p < d.size(); ++p) {
        if (d[p] == '\\')
            ++p;
        else if (d[p] == '(')
            ++depth;
        else if (d[p] == ')' && --depth == 0)
            return p + 1;
    }
    return d.size();
}

qsizetype valueEnd(const QByteArray &d, qsizetype p);

// The end of "[ ... ]" or "<< ... >>" starting at p (the opening bracket).
qsizetype containerEnd(const QByteArray &d, qsizetype p, const QByteArray &close)
{
    p += close.size();
    while (true) {
        p = skipWhite(d, p);
        if (p >= d.size())
            return d.size();
        if (d.mid(p, close.size()) == close)
            return p + close.size();
        const qsizetype next = valueEnd(d, p);
        p = next > p ? next : p + 1;
    }
}

// The end of one value starting at p; a reference "N G R" counts as one value.
qsizetype valueEnd(const QByteArray &d, qsizetype p)
{
    if (p >= d.size())
        return p;
    if (d.mid(p, 2) == "<<")
        return containerEnd(d, p, ">>");
    switch (d[p]) {
    case '[':
        return containerEnd(d, p, "]");
    case '<':
        return qMin(d.size(), d.indexOf('>', p) < 0 ? d.size() : d.indexOf('>', p) + 1);
    case '(':
        return literalStringEnd(d, p);
    case '/':
        return tokenEnd(d, p + 1);
    default:
        break;
    }
    const qsizetype end = tokenEnd(d, p);
    bool isInt = false;
    d.mid(p, end - p).toInt(&isInt);
    if (!isInt)
        return end;
    // "N G R" is one value.
    const qsizetype g = skipWhite(d, end);
    const qsizetype gEnd = tokenEnd(d, g);
    bool genIsInt = false;
    d.mid(g, gEnd - g).toInt(&genIsInt);
    const qsizetype r = skipWhite(d, gEnd);
    if (genIsInt && gEnd > g && d.mid(r, 1) == "R" && (r + 1 >= d.size() || isDelimiter(d[r + 1])))
        return r + 1;
    return end;
}

QByteArray nextToken(const QByteArray &d, qsizetype *p)
{
    *p = skipWhite(d, *p);
    const qsizetype end = tokenEnd(d, *p);
    const QByteArray t = d.mid(*p, end - *p);
    *p = end;
    return t;
}

// One classic xref section at offset p: its entries (older ones do not override newer ones) and
// its trailer dictionary.
bool readSection(const QByteArray &pdf, qsizetype p, PdfIndex *index, QByteArray *trailer)
{
    if (nextToken(pdf, &p) != "xref")
        return false;
    while (true) {
        const qsizetype mark = p;
        const QByteArray first = nextToken(pdf, &p);
        if (first == "trailer")
            break;
        bool ok1 = false, ok2 = false;
        const int start = first.toInt(&ok1);
        const int count = nextToken(pdf, &p).toInt(&ok2);
        if (!ok1 || !ok2 || count < 0 || p == mark)
            return false;
        for (int i = 0; i < count; ++i) {
            const qint64 offset = nextToken(pdf, &p).toLongLong();
            nextToken(pdf, &p);
            const QByteArray type = nextToken(pdf, &p);
            if (type == "n" && !index->offsets.contains(start + i))
                index->offsets.insert(start + i, qsizetype(offset));
            else if (type != "n" && type != "f")
                return false;
        }
    }
    p = skipWhite(pdf, p);
    *trailer = pdf.mid(p, valueEnd(pdf, p) - p);
    return trailer->startsWith("<<");
}

QByteArray valueOf(const QByteArray &dict, const QByteArray &key)
{
    const DictEntry e = findKey(dict, key);
    return e.found() ? dict.mid(e.valueStart, e.valueEnd - e.valueStart) : QByteArray();
}

} // namespace

std::optional<PdfIndex> readIndex(const QByteArray &pdf, QByteArray *why)
{
    auto refuse = [why](const char *reason) {
        if (why)
            *why = reason;
        return std::nullopt;
    };
    if (!pdf.startsWith("%PDF-"))
        return refuse("not a PDF file");
    const qsizetype sx = pdf.lastIndexOf("startxref");
    if (sx < 0)
        return refuse("no startxref");
    qsizetype p = sx + 9;
    PdfIndex index;
    index.lastXref = nextToken(pdf, &p).toLongLong();
    qsizetype section = index.lastXref;
    for (int guard = 0; section > 0 && section < pdf.size() && guard < 1000; ++guard) {
        QByteArray trailer;
        if (!readSection(pdf, section, &index, &trailer))
            return refuse("cross-reference streams or a damaged cross-reference table");
        if (index.root < 0) {
            index.size = valueOf(trailer, "/Size").trimmed().toInt();
            index.root = referenceTo(valueOf(trailer, "/Root"));
            index.info = valueOf(trailer, "/Info").trimmed();
            index.id = valueOf(trailer, "/ID").trimmed();
        }
        const QByteArray prev = valueOf(trailer, "/Prev").trimmed();
        section = prev.isEmpty() ? -1 : prev.toLongLong();
    }
    if (index.root < 0 || index.size <= 0)
        return refuse("no catalog in the trailer");
    return index;
}

QByteArray objectBody(const QByteArray &pdf, const PdfIndex &index, int n)
{
    const qsizetype at = index.offsets.value(n, -1);
    if (at < 0)
        return {};
    const qsizetype start = pdf.indexOf("obj", at);
    const qsizetype end = pdf.indexOf("endobj", start);
    if (start < 0 || end < 0)
        return {};
    return pdf.mid(start + 3, end - start - 3).trimmed();
}

DictEntry findKey(const QByteArray &dict, const QByteArray &key)
{
    if (!dict.startsWith("<<"))
        return {};
    qsizetype p = 2;
    while (true) {
        p = skipWhite(dict, p);
        if (p >= dict.size() || dict.mid(p, 2) == ">>")
            return {};
        const qsizetype keyEnd = valueEnd(dict, p);
        const qsizetype valueStart = skipWhite(dict, keyEnd);
        const qsizetype end = valueEnd(dict, valueStart);
        if (dict.mid(p, keyEnd - p) == key)
            return {p, valueStart, end};
        if (end <= p)
            return {};
        p = end;
    }
}

int referenceTo(const QByteArray &value)
{
    const QList<QByteArray> parts = value.simplified().split(' ');
    if (parts.size() != 3 || parts[2] != "R")
        return -1;
    bool ok = false;
    const int n = parts[0].toInt(&ok);
    return ok ? n : -1;
}

QByteArray withEntry(const QByteArray &dict, const QByteArray &key, const QByteArray &value)
{
    const DictEntry e = findKey(dict, key);
    if (e.found())
        return dict.left(e.valueStart) + value + dict.mid(e.valueEnd);
    const qsizetype close = dict.lastIndexOf(">>");
    return dict.left(close) + "\n" + key + " " + value + "\n" + dict.mid(close);
}

QList<int> referencesIn(const QByteArray &array)
{
    QList<int> refs;
    const qsizetype close = array.lastIndexOf(']');
    if (!array.startsWith('[') || close < 0)
        return refs;
    qsizetype p = 1;
    while (true) {
        p = skipWhite(array, p);
        if (p >= close)
            return refs;
        const qsizetype end = valueEnd(array, p);
        const int n = referenceTo(array.mid(p, end - p));
        if (n >= 0)
            refs << n;
        p = end > p ? end : p + 1;
    }
}

} // namespace Testigo::PdfSign
