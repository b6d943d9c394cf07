// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/spellhighlighter.h"

#include "common/statuspalette.h"

#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <hunspell/hunspell.h>

namespace Testigo::Ui {

namespace {
QString findDictionary(const QString &language)
{
    const QStringList names = language == QStringLiteral("en") ? QStringList{QStringLiteral("en_US"), QStringLiteral("en_GB")}
                                                               : QStringList{QStringLiteral("es_MX"), QStringLiteral("es_ES")};
    const QStringList dirs{QStringLiteral("/usr/share/hunspell"), QStringLiteral("/usr/share/myspell/dicts"),
                           QStringLiteral("/usr/local/share/hunspell")};
    for (const QString &n : names)
        for (const QString &d : dirs)
            if (QFile::exists(d + QLatin1Char('/') + n + QStringLiteral(".dic")))
                return d + QLatin1Char('/') + n;
    return QString();
}
} // namespace

SpellChecker::SpellChecker(const QString &language)
{
    m_dictionary = findDictionary(language);
    if (m_dictionary.isEmpty())
        return;
    m_handle = Hunspell_create((m_dictionary + QStringLiteral(".aff")).toLocal8Bit().constData(),
                               (m_dictionary + QStringLiteral(".dic")).toLocal8Bit().constData());
}

SpellChecker::~SpellChecker()
{
    if (m_handle)
        Hunspell_destroy(m_handle);
}

bool SpellChecker::isCorrect(const QString &word) const
{
    // The installed dictionaries are UTF-8.
    return !m_handle || Hunspell_spell(m_handle, word.toUtf8().constData()) != 0;
}

QStringList SpellChecker::suggestions(const QString &word) const
{
    QStringList out;
    if (!m_handle)
        return out;
    char **list = nullptr;
    const int n = Hunspell_suggest(m_handle, &list, word.toUtf8().constData());
    for (int i = 0; i < n && i < 8; ++i)
        out << QString::fromUtf8(list[i]);
    Hunspell_free_list(m_handle, &list, n);
    return out;
}

SpellHighlighter::SpellHighlighter(QTextDocument *document, const QString &language)
    : QSyntaxHighlighter(document), m_checker(std::make_unique<SpellChecker>(language))
{
}

SpellHighlighter::~SpellHighlighter() = default;

void SpellHighlighter::setLanguage(const QString &language)
{
    m_checker = std::make_unique<SpellChecker>(language);
    rehighlight();
}

void SpellHighlighter::highlightBlock(const QString &text)
{
    if (!m_checker || !m_checker->isValid())
        return;
    static const QRegularExpression word(QStringLiteral("[\\p{L}]+(?:['’][\\p{L}]+)?"));
    QTextCharFormat wrong;
    wrong.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
    wrong.setUnderlineColor(StatusPalette::error());
    auto it = word.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString w = m.captured();
        if (w.size() < 2 || w.toUpper() == w) // acronyms (SFP, CompraNet's LA-...) are not words to check
            continue;
        if (!m_checker->isCorrect(w))
            setFormat(int(m.capturedStart()), int(m.capturedLength()), wrong);
    }
}

} // namespace Testigo::Ui
