// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The two versions of one recorded free text: Spanish and English side by side, or one above the
// other for a one-line text such as a title. Each editor
// is bound to its own column (`field` and `field_en`) by whoever owns it, so every edit is its own
// undoable command. A small tag names each version; it is the editor's buddy and gives it its
// accessible name ("Facts (English)").

#include <QWidget>

class QLabel;

namespace Testigo::Ui {

class BilingualPair final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BilingualPair)

public:
    // `name`: the field's name for screen readers, marked QT_TRANSLATE_NOOP("Workbench", ...).
    BilingualPair(QWidget *spanish, QWidget *english, const char *name, QWidget *parent = nullptr);

    QWidget *spanish() const { return m_spanish; }
    QWidget *english() const { return m_english; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QWidget *m_spanish;
    QWidget *m_english;
    QLabel *m_spanishTag;
    QLabel *m_englishTag;
    const char *m_name;
};

} // namespace Testigo::Ui
