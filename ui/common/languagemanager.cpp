// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/languagemanager.h"

#include "domain/catalogue.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>

namespace Testigo::Ui {

namespace {
const auto LanguageKey = QStringLiteral("ui/language");

QLocale localeFor(const QString &code)
{
    return code == QStringLiteral("es") ? QLocale(QLocale::Spanish, QLocale::Mexico)
                                        : QLocale(QLocale::English, QLocale::UnitedStates);
}
} // namespace

LanguageManager::LanguageManager(QObject *parent) : QObject(parent) {}

LanguageManager::~LanguageManager()
{
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
}

QString LanguageManager::nativeName(const QString &code)
{
    return code == QStringLiteral("es") ? QStringLiteral("Español") : QStringLiteral("English");
}

QString LanguageManager::initialLanguage()
{
    const QString saved = QSettings().value(LanguageKey).toString();
    if (languages().contains(saved))
        return saved;
    return QLocale::system().language() == QLocale::Spanish ? QStringLiteral("es") : QStringLiteral("en");
}

bool LanguageManager::setLanguage(const QString &code)
{
    if (!languages().contains(code))
        return false;
    if (code == m_language)
        return true;
    // Remove the old catalogues first, then install the new ones: each install/remove posts a
    // LanguageChange event, which Qt compresses into one per widget.
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    // The catalogue (core) finds a translation by its context and, failing that, by its source text:
    // lupdate names some contexts without their namespace, which a plain QTranslator misses.
    auto catalogue = std::make_unique<Catalogue>();
    catalogue->loadLanguage(code);
    m_app = std::move(catalogue);
    m_qt = std::make_unique<QTranslator>();
    QCoreApplication::installTranslator(m_app.get());
    if (m_qt->load(QStringLiteral("qtbase_%1").arg(code), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qt.get());
    QLocale::setDefault(localeFor(code));
    m_language = code;
    QSettings().setValue(LanguageKey, code);
    emit languageChanged(code);
    return true;
}

} // namespace Testigo::Ui
