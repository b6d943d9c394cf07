// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Testigo's message catalogue for one language. It answers from the compiled .qm first; when a
// (context, source) pair is not found there — strings whose tr() context lupdate cannot see, such
// as static helpers reached through an alias — it falls back to the same source text in any
// context of the bundled .ts, so no translated string is lost at run time.

#include <QHash>
#include <QTranslator>

namespace Testigo {

class Catalogue final : public QTranslator
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Catalogue)

public:
    explicit Catalogue(QObject *parent = nullptr);
    ~Catalogue() override;

    // Loads ":/i18n/testigo_<language>.qm" and ".ts"; "en" (the source language) loads nothing.
    bool loadLanguage(const QString &language);
    QString language() const { return m_language; }

    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const override;
    bool isEmpty() const override;

private:
    QString m_language;
    QTranslator m_compiled;
    QHash<QString, QStringList> m_bySource; // source -> forms (one, or two for plurals)
};

} // namespace Testigo
