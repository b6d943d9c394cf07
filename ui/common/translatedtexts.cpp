// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/translatedtexts.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QGroupBox>
#include <QLabel>
#include <QTabWidget>

namespace Testigo::Ui {

QString TranslatedTexts::tr(const char *source)
{
    return QCoreApplication::translate(Context, source);
}

void TranslatedTexts::label(QLabel *label, const char *source)
{
    custom(label, [label, source] {
        const QString t = tr(source);
        label->setText(t);
        if (QWidget *buddy = label->buddy())
            buddy->setAccessibleName(QString(t).remove(QLatin1Char('&')).remove(QLatin1Char(':')).trimmed());
    });
}

void TranslatedTexts::button(QAbstractButton *button, const char *source)
{
    custom(button, [button, source] {
        button->setText(tr(source));
        button->setAccessibleName(tr(source).remove(QLatin1Char('&')).remove(QStringLiteral("…")).trimmed());
    });
}

void TranslatedTexts::group(QGroupBox *box, const char *source)
{
    custom(box, [box, source] { box->setTitle(tr(source)); });
}

void TranslatedTexts::accessible(QWidget *widget, const char *source)
{
    custom(widget, [widget, source] { widget->setAccessibleName(tr(source)); });
}

void TranslatedTexts::tab(QTabWidget *tabs, QWidget *page, const char *source)
{
    custom(page, [tabs, page, source] {
        const int i = tabs->indexOf(page);
        if (i >= 0)
            tabs->setTabText(i, tr(source));
    });
}

void TranslatedTexts::custom(QObject *guard, std::function<void()> apply)
{
    m_entries.append({guard, std::move(apply)});
    m_entries.last().apply();
}

void TranslatedTexts::apply() const
{
    for (const Entry &e : m_entries)
        if (e.guard)
            e.apply();
}

} // namespace Testigo::Ui
