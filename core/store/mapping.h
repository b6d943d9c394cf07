// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Binds each domain struct to its table: a list of (column, getter, setter). The store reads and
// writes rows as QVariantMaps of *storage* values (qint64, QString or null), so the audit log,
// merge and the generic undo command all work on one representation.

#include "domain/entities.h"

#include <QList>
#include <QVariant>
#include <QVariantMap>
#include <functional>

namespace Testigo {

// Storage representation: bool and integers -> qint64; QDate -> "yyyy-MM-dd" or null.
QVariant toStorage(const QVariant &v);

template<class E>
struct Binding
{
    QString column;
    std::function<QVariant(const E &)> get;
    std::function<void(E &, const QVariant &)> set;
};

namespace detail {
inline QVariant store(const QString &v) { return v; }
inline QVariant store(int v) { return qint64(v); }
inline QVariant store(qint64 v) { return v; }
inline QVariant store(bool v) { return qint64(v ? 1 : 0); }
inline QVariant store(const QDate &d) { return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(); }
inline void load(QString &out, const QVariant &v) { out = v.isNull() ? QString() : v.toString(); }
inline void load(int &out, const QVariant &v) { out = v.toInt(); }
inline void load(qint64 &out, const QVariant &v) { out = v.toLongLong(); }
inline void load(bool &out, const QVariant &v) { out = v.toLongLong() != 0; }
inline void load(QDate &out, const QVariant &v) { out = v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate); }
} // namespace detail

template<class E, class T>
Binding<E> bind(const char *column, T E::*member)
{
    return Binding<E>{QString::fromLatin1(column),
                      [member](const E &e) { return detail::store(e.*member); },
                      [member](E &e, const QVariant &v) { detail::load(e.*member, v); }};
}

template<class E>
struct Mapping
{
    QString table;
    QString parentColumn; // the foreign key rows are usually listed by ("" for top-level tables)
    QList<Binding<E>> fields;

    QVariantMap toRow(const E &e) const
    {
        QVariantMap row;
        for (const auto &b : fields)
            row.insert(b.column, b.get(e));
        return row;
    }
    E fromRow(const QVariantMap &row) const
    {
        E e;
        e.id = row.value(QStringLiteral("id")).toString();
        e.createdAt = row.value(QStringLiteral("created_at")).toString();
        e.modifiedAt = row.value(QStringLiteral("modified_at")).toString();
        e.author = row.value(QStringLiteral("author")).toString();
        e.deleted = row.value(QStringLiteral("deleted")).toLongLong() != 0;
        for (const auto &b : fields)
            b.set(e, row.value(b.column));
        return e;
    }
};

// Specialised for every entity in mappings.cpp.
template<class E>
const Mapping<E> &mappingOf();

// The entity tables in dependency order (parents first), as merge and verification walk them.
const QStringList &entityTables();
// The data columns of a table (without the bookkeeping columns).
QStringList dataColumns(const QString &table);

} // namespace Testigo
