// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Switches the UI language (Spanish or English) at run time. Owned by the application and passed
// to the windows that offer the Language menu; never global. Installing new translators makes Qt
// send QEvent::LanguageChange to every widget, which retranslates itself. The default QLocale
// follows, so dates, numbers and money follow the language too.

#include <QObject>
#include <QStringList>
#include <QTranslator>
#include <memory>

namespace Testigo::Ui {

class LanguageManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageManager)

public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    static QStringList languages() { return {QStringLiteral("es"), QStringLiteral("en")}; }
    // The language's own name, for the menu ("Español", "English").
    static QString nativeName(const QString &code);
    // The saved choice, else the system locale's language when it is Spanish, else English.
    static QString initialLanguage();

    QString language() const { return m_language; }
    // Installs the catalogues, sets the default QLocale and remembers the choice. Returns false for
    // an unknown code.
    bool setLanguage(const QString &code);

signals:
    void languageChanged(const QString &code);

private:
    QString m_language;
    std::unique_ptr<QTranslator> m_app, m_qt;
};

} // namespace Testigo::Ui
