// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15, point 5 and deliverable 2: untranslated text caught at run time. Every view of the
// demo file and of a new empty file is shown in Spanish, then in English; every visible label,
// button, group title, tab, header, tooltip, placeholder, combo item, menu entry and table cell is
// collected, and the test fails on any that is the other language's text: in Spanish, an English
// source text of the catalogue whose Spanish translation differs; in English, a Spanish
// translation. Words both languages share (RFC, Total, names, codes) never differ, so they pass.

#include "demo_window.h"
#include "domain/doclanguage.h"
#include "render/reportfigures.h"
#include "window_driver.h"
#include "workbench/screenshots.h"

#include <QAbstractItemView>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSet>
#include <QTabWidget>
#include <QTextDocument>
#include <QXmlStreamReader>

using namespace Testigo;
using namespace Testigo::Ui;
using namespace Testigo::TestSupport;

namespace {
QString normalized(QString s)
{
    if (s.contains(QLatin1Char('<'))) { // rich text
        QTextDocument d;
        d.setHtml(s);
        s = d.toPlainText();
    }
    s.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    s.remove(QLatin1Char('&'));
    s.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    s = s.simplified();
    while (s.endsWith(QLatin1Char(':')) || s.endsWith(QChar(0x2026)) || s.endsWith(QLatin1Char('.')))
        s.chop(1);
    return s.trimmed();
}

// The source → Spanish pairs of translations/testigo_es.ts whose two sides differ.
struct CatalogueTexts
{
    QSet<QString> english, spanish;
    CatalogueTexts()
    {
        QFile f(QStringLiteral(TESTIGO_SOURCE_DIR "/translations/testigo_es.ts"));
        EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << "the Spanish catalogue is missing";
        QXmlStreamReader xml(&f);
        QString source;
        QStringList translations;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("message")) {
                source.clear();
                translations.clear();
            } else if (xml.isStartElement() && xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.isStartElement()
                && (xml.name() == QLatin1String("translation")
                    || xml.name() == QLatin1String("numerusform"))) {
                const QString t = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (!t.isEmpty())
                    translations << t;
            } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
                add(source, translations);
            }
        }
        // A word that is the translation of one message and the source of another is both.
        const QSet<QString> both = english & spanish;
        english -= both;
        spanish -= both;
    }
    void add(const QString &source, const QStringList &translations)
    {
        const QString s = normalized(source);
        for (const QString &t : translations) {
            const QString n = normalized(t);
            if (n == s || n.isEmpty() || s.size() < 3 || s.contains(QLatin1Char('%')))
                continue;
            english.insert(s);
            spanish.insert(n);
        }
    }
};

// Queried after every other translator (installed first), it sees exactly the lookups of
// Testigo's strings that found no translation: their source text is what the window then shows.
class MissedLookups final : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        const bool qtOwn = context && context[0] == 'Q' && QChar::fromLatin1(context[1]).isUpper();
        if (context && source && *source && !qtOwn)
            missed.insert(normalized(QString::fromUtf8(source)));
        return QString();
    }
    bool isEmpty() const override { return false; }
    mutable QSet<QString> missed;
};

struct Collector
{
    QList<QPair<QString, QString>> texts; // where, text

    void add(const QString &where, const QString &text)
    {
        const QString n = normalized(text);
        if (!n.isEmpty())
            texts.append({where, n});
    }
    void model(const QString &where, const QAbstractItemView *view)
    {
        const QAbstractItemModel *m = view->model();
        if (!m)
            return;
        for (int c = 0; c < m->columnCount(); ++c) {
            add(where + QStringLiteral(" header"), m->headerData(c, Qt::Horizontal).toString());
            add(where + QStringLiteral(" header tooltip"),
                m->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString());
            for (int r = 0; r < std::min(m->rowCount(), 40); ++r) {
                add(where + QStringLiteral(" cell"), m->index(r, c).data().toString());
                add(where + QStringLiteral(" cell tooltip"), m->index(r, c).data(Qt::ToolTipRole).toString());
            }
        }
    }
    void widgets(const QString &view, QWidget *root)
    {
        for (QWidget *w : root->findChildren<QWidget *>()) {
            if (!w->isVisible())
                continue;
            const QString where = view + QStringLiteral(" ") + w->objectName() + QStringLiteral(" (")
                + QString::fromLatin1(w->metaObject()->className()) + QStringLiteral(")");
            add(where + QStringLiteral(" tooltip"), w->toolTip());
            if (auto *l = qobject_cast<QLabel *>(w))
                add(where, l->text());
            else if (auto *b = qobject_cast<QAbstractButton *>(w))
                add(where, b->text());
            else if (auto *g = qobject_cast<QGroupBox *>(w))
                add(where, g->title());
            else if (auto *e = qobject_cast<QLineEdit *>(w))
                add(where + QStringLiteral(" placeholder"), e->placeholderText());
            else if (auto *p = qobject_cast<QPlainTextEdit *>(w))
                add(where + QStringLiteral(" placeholder"), p->placeholderText());
            if (auto *c = qobject_cast<QComboBox *>(w))
                for (int i = 0; i < c->count(); ++i)
                    add(where + QStringLiteral(" item"), c->itemText(i));
            if (auto *t = qobject_cast<QTabWidget *>(w))
                for (int i = 0; i < t->count(); ++i)
                    add(where + QStringLiteral(" tab"), t->tabText(i));
            if (auto *v = qobject_cast<QAbstractItemView *>(w))
                model(where, v);
        }
    }
    void menus(QMainWindow *window)
    {
        std::function<void(QMenu *)> walk = [&](QMenu *menu) {
            add(QStringLiteral("menu"), menu->title());
            for (QAction *a : menu->actions()) {
                add(QStringLiteral("menu ") + menu->objectName(), a->text());
                if (a->menu())
                    walk(a->menu());
            }
        };
        for (QAction *a : window->menuBar()->actions())
            if (a->menu())
                walk(a->menu());
    }
};

// Proper names and terms kept in both languages: the languages' own names, the legal term "Acta",
// and a note typed in Spanish in the demo data (data, not interface).
bool allowed(const QString &text)
{
    static const QSet<QString> names {QStringLiteral("English"), QStringLiteral("Español"),
        QStringLiteral("Acta"), QStringLiteral("No aplica a este procedimiento")};
    return names.contains(text);
}

QStringList foreignTexts(const Collector &c, const QSet<QString> &foreign)
{
    QStringList out;
    for (const auto &[where, text] : c.texts)
        if (foreign.contains(text) && !allowed(text))
            out << where + QStringLiteral(": “") + text + QStringLiteral("”");
    out.removeDuplicates();
    return out;
}

// Every menu, then every view of the window.
void collect(WindowFixture &f, Collector &c)
{
    c.menus(f.window.get());
    walkViews(*f.window, [&](const QString &view) {
        c.widgets(view, f.window.get());
        return true;
    });
}

} // namespace

class LanguageWalk : public ::testing::TestWithParam<const char *>
{
protected:
    void SetUp() override { QCoreApplication::installTranslator(&m_missed); }
    void TearDown() override { QCoreApplication::removeTranslator(&m_missed); }
    bool spanish() const { return QLatin1String(GetParam()) == QLatin1String("es"); }
    // Texts of the other language: catalogue pairs, and in Spanish every source left untranslated.
    QSet<QString> foreign() const
    {
        static const CatalogueTexts catalogue;
        if (!spanish())
            return catalogue.spanish;
        return (catalogue.english | m_missed.missed) - catalogue.spanish;
    }
    MissedLookups m_missed;
};

TEST_P(LanguageWalk, demoFile_showsNoTextOfTheOtherLanguage)
{
    WindowFixture f(QString::fromLatin1(GetParam()));
    openDemo(f);
    ASSERT_GT(foreign().size(), 500) << "the catalogue was not read";
    Collector c;
    collect(f, c);
    const QStringList found = foreignTexts(c, foreign());
    EXPECT_TRUE(found.isEmpty()) << found.size() << " texts:\n"
                                 << found.join(QLatin1Char('\n')).toStdString();
}

TEST_P(LanguageWalk, newEmptyFileWithOneProcedure_showsNoTextOfTheOtherLanguage)
{
    WindowFixture f(QString::fromLatin1(GetParam()));
    Collector c;
    collect(f, c);
    ASSERT_TRUE(f.addProcedure());
    collect(f, c);
    QStringList found = foreignTexts(c, foreign());
    found.removeDuplicates();
    EXPECT_TRUE(found.isEmpty()) << found.size() << " texts:\n"
                                 << found.join(QLatin1Char('\n')).toStdString();
}

// The report's figure list is a program-provided text: it follows the UI language, also when the
// language is switched while the window is open, while the chapter being written stays Spanish.
TEST(LanguageSwitch, figureListOfTheChapterEditor_followsTheInterfaceLanguage)
{
    WindowFixture f(QStringLiteral("es"));
    auto *figures = findNamed<QComboBox>(f.window.get(), "figureKindComboBox");
    ASSERT_TRUE(figures);
    const auto titles = [figures](const QString &lang) {
        QStringList expected, shown;
        for (int i = 0; i < figures->count(); ++i) {
            expected << Render::figureTitle(figures->itemData(i).toString(), DocLanguage(lang));
            shown << figures->itemText(i);
        }
        return std::pair(expected, shown);
    };
    ASSERT_GT(figures->count(), 0);
    auto [es, shownEs] = titles(QStringLiteral("es"));
    EXPECT_EQ(shownEs, es);
    f.languages.setLanguage(QStringLiteral("en"));
    settle();
    auto [en, shownEn] = titles(QStringLiteral("en"));
    EXPECT_NE(en, es);
    EXPECT_EQ(shownEn, en);
}

INSTANTIATE_TEST_SUITE_P(BothLanguages, LanguageWalk, ::testing::Values("es", "en"));
