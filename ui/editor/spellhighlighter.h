// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Spell checking of chapter bodies with hunspell (es_MX, else es_ES; en_US), shown as red wavy
// underlines by a QSyntaxHighlighter. Dictionaries are looked up in the system's hunspell folders.

#include <QSyntaxHighlighter>
#include <memory>

struct Hunhandle; // hunspell.h

namespace Testigo::Ui {

class SpellChecker final
{
public:
    explicit SpellChecker(const QString &language); // "es" or "en"
    ~SpellChecker();
    SpellChecker(const SpellChecker &) = delete;
    SpellChecker &operator=(const SpellChecker &) = delete;

    bool isValid() const { return m_handle != nullptr; }
    QString dictionary() const { return m_dictionary; }
    bool isCorrect(const QString &word) const;
    QStringList suggestions(const QString &word) const;

private:
    ::Hunhandle *m_handle = nullptr;
    QString m_dictionary;
};

class SpellHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    SpellHighlighter(QTextDocument *document, const QString &language);
    ~SpellHighlighter() override;
    void setLanguage(const QString &language);
    const SpellChecker *checker() const { return m_checker.get(); }

protected:
    void highlightBlock(const QString &text) override;

private:
    std::unique_ptr<SpellChecker> m_checker;
};

} // namespace Testigo::Ui
