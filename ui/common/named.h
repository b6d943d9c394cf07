// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A new child widget with its object name set: tests, screenshots and accessibility tools find
// widgets by name.

#include <QString>
#include <QWidget>

namespace Testigo::Ui {

template<class W> W *named(QWidget *parent, const char *name)
{
    auto *w = new W(parent);
    w->setObjectName(QString::fromLatin1(name));
    return w;
}

} // namespace Testigo::Ui
