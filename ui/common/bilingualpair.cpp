// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/bilingualpair.h"

#include "common/translatedtexts.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>

namespace Testigo::Ui {

BilingualPair::BilingualPair(QWidget *spanish, QWidget *english, const char *name, QWidget *parent)
    : QWidget(parent)
    , m_spanish(spanish)
    , m_english(english)
    , m_spanishTag(new QLabel(this))
    , m_englishTag(new QLabel(this))
    , m_name(name)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(4);
    grid->setVerticalSpacing(2);
    for (QLabel *tag : {m_spanishTag, m_englishTag}) {
        tag->setAlignment(Qt::AlignVCenter | Qt::AlignLeft);
        QFont f = tag->font();
        f.setPointSizeF(f.pointSizeF() * 0.85);
        tag->setFont(f);
        tag->setForegroundRole(QPalette::PlaceholderText);
    }
    m_spanishTag->setBuddy(spanish);
    m_englishTag->setBuddy(english);
    grid->addWidget(m_spanishTag, 0, 0);
    grid->addWidget(spanish, 0, 1);
    // A one-line text (a title) reads whole only across the full width: English goes below it.
    // Longer texts keep the versions side by side, where the two paragraphs can be compared.
    if (qobject_cast<QLineEdit *>(spanish)) {
        grid->addWidget(m_englishTag, 1, 0);
        grid->addWidget(english, 1, 1);
    } else {
        m_spanishTag->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        m_englishTag->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        grid->setColumnMinimumWidth(2, 6);
        grid->addWidget(m_englishTag, 0, 3);
        grid->addWidget(english, 0, 4);
        grid->setColumnStretch(4, 1);
    }
    grid->setColumnStretch(1, 1);
    // No focus proxy: Qt 6.4 reorders the tab chain around a compound widget in ways that loop.
    retranslate();
}

void BilingualPair::retranslate()
{
    // The tags are language codes, kept short so both versions fit a 1024-pixel-wide window.
    m_spanishTag->setText(tr("ES"));
    m_englishTag->setText(tr("EN"));
    m_spanishTag->setToolTip(tr("Spanish version"));
    m_englishTag->setToolTip(tr("English version"));
    const QString name = TranslatedTexts::tr(m_name);
    m_spanish->setAccessibleName(tr("%1 (Spanish)").arg(name));
    m_english->setAccessibleName(tr("%1 (English)").arg(name));
}

void BilingualPair::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Testigo::Ui
