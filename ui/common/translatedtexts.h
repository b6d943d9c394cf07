// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Remembers which widget shows which source string, so a page retranslates itself in one call on
// QEvent::LanguageChange. Sources are marked QT_TRANSLATE_NOOP("Workbench", ...) so lupdate finds
// them; labels with a buddy also name the buddy for screen readers (without the & accelerator).

#include <QList>
#include <QPointer>
#include <QWidget>
#include <functional>

class QAbstractButton;
class QGroupBox;
class QLabel;
class QTabWidget;

namespace Testigo::Ui {

class TranslatedTexts final
{
public:
    static constexpr const char *Context = "Workbench";
    static QString tr(const char *source);

    void label(QLabel *label, const char *source);
    void button(QAbstractButton *button, const char *source);
    void group(QGroupBox *box, const char *source);
    void accessible(QWidget *widget, const char *source);
    void tab(QTabWidget *tabs, QWidget *page, const char *source);
    void custom(QObject *guard, std::function<void()> apply);
    void apply() const;

private:
    struct Entry
    {
        QPointer<QObject> guard;
        std::function<void()> apply;
    };
    QList<Entry> m_entries;
};

} // namespace Testigo::Ui
