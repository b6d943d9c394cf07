// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/catalogue.h"

#include <QFile>
#include <QXmlStreamReader>

namespace Testigo {

Catalogue::Catalogue(QObject *parent) : QTranslator(parent) {}
Catalogue::~Catalogue() = default;

bool Catalogue::loadLanguage(const QString &language)
{
    m_language = language;
    m_bySource.clear();
    if (language == QStringLiteral("en"))
        return true;
    const bool compiled = m_compiled.load(QStringLiteral(":/i18n/testigo_%1.qm").arg(language));
    QFile ts(QStringLiteral(":/i18n/testigo_%1.ts").arg(language));
    if (ts.open(QIODevice::ReadOnly)) {
        QXmlStreamReader xml(&ts);
        QString source;
        QStringList forms;
        bool unfinished = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                if (xml.name() == QLatin1String("message")) {
                    source.clear();
                    forms.clear();
                    unfinished = false;
                } else if (xml.name() == QLatin1String("source")) {
                    source = xml.readElementText();
                } else if (xml.name() == QLatin1String("translation")) {
                    unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
                    if (xml.readNext() == QXmlStreamReader::Characters && !xml.isWhitespace())
                        forms << xml.text().toString();
                } else if (xml.name() == QLatin1String("numerusform")) {
                    forms << xml.readElementText();
                }
            } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
                if (!unfinished && !forms.isEmpty() && !forms.first().isEmpty() && !m_bySource.contains(source))
                    m_bySource.insert(source, forms);
            }
        }
    }
    return compiled || !m_bySource.isEmpty();
}

QString Catalogue::translate(const char *context, const char *sourceText, const char *disambiguation, int n) const
{
    const QString exact = m_compiled.isEmpty() ? QString() : m_compiled.translate(context, sourceText, disambiguation, n);
    if (!exact.isEmpty())
        return exact;
    const auto it = m_bySource.constFind(QString::fromUtf8(sourceText));
    if (it == m_bySource.constEnd())
        return QString();
    // Spanish has two plural forms: one for n == 1, the other for the rest.
    return it->size() > 1 && n != 1 && n >= 0 ? it->at(1) : it->first();
}

bool Catalogue::isEmpty() const
{
    return m_compiled.isEmpty() && m_bySource.isEmpty();
}

} // namespace Testigo
