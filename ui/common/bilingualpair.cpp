// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/bilingualpair.h"

#include "common/translatedtexts.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

namespace Testigo::Ui {

BilingualPair::BilingualPair(QWidget *spanish, QWidget *english, const char *name, QWidget *parent)
    : QWidget(parent)
    , m_spanish(spanish)
    , m_english(english)
    , m_spanishTag(new QLabel(this))
    , m_englishTag(new QLabel(this))
    , m_name(name)
{
    auto *h = new QHBoxLayout(this);
    h->setContentsMargins(0, 0, 0, 0);
    h->setSpacing(4);
    for (QLabel *tag : {m_spanishTag, m_englishTag}) {
        tag->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        QFont f = tag->font();
        f.setPointSizeF(f.pointSizeF() * 0.85);
        tag->setFont(f);
        tag->setForegroundRole(QPalette::PlaceholderText);
    }
    m_spanishTag->setBuddy(spanish);
    m_englishTag->setBuddy(english);
    h->addWidget(m_spanishTag);
    h->addWidget(spanish, 1);
    h->addSpacing(6);
    h->addWidget(m_englishTag);
    h->addWidget(english, 1);
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
