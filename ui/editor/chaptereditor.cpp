// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/chaptereditor.h"

#include "common/commands.h"
#include "common/uiformat.h"
#include "domain/doclanguage.h"
#include "editor/spellhighlighter.h"
#include "render/reportfigures.h"
#include "store/session.h"

#include <QAction>
#include <QComboBox>
#include <QDate>
#include <QEvent>
#include <QInputDialog>
#include <QTextCursor>
#include <QTextEdit>
#include <QTextList>
#include <QTextTable>
#include <QToolBar>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

namespace Testigo::Ui {

ChapterEditor::ChapterEditor(Session &session, QUndoStack &undo, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_undo(undo)
{
    setObjectName(QStringLiteral("chapterEditorWidget"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QToolBar(this);
    bar->setObjectName(QStringLiteral("chapterToolBar"));
    m_edit = new QTextEdit(this);
    m_edit->setObjectName(QStringLiteral("chapterBodyTextEdit"));
    m_edit->setAccessibleName(tr("Chapter text"));
    m_edit->setAcceptRichText(true);

    addLanguageCombo(bar);
    addCharacterActions(bar);
    addBlockActions(bar);
    addFigureActions(bar);
    layout->addWidget(bar);
    layout->addWidget(m_edit, 1);

    m_spell = new SpellHighlighter(m_edit->document(), m_language);
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(700);
    connect(&m_saveTimer, &QTimer::timeout, this, &ChapterEditor::flush);
    connect(m_edit, &QTextEdit::textChanged, this, &ChapterEditor::scheduleSave);
    connect(m_languageCombo, &QComboBox::currentIndexChanged, this,
        [this] { setLanguage(m_languageCombo->currentData().toString()); });
    connect(&m_session, &Session::fieldChanged, this, &ChapterEditor::onFieldChanged);
    setLanguage(QStringLiteral("es"));
    setEnabled(false);
}

void ChapterEditor::addLanguageCombo(QToolBar *bar)
{
    m_languageCombo = new QComboBox(this);
    m_languageCombo->setObjectName(QStringLiteral("chapterLanguageComboBox"));
    m_languageCombo->setAccessibleName(tr("Language of the text"));
    m_languageCombo->addItem(tr("Spanish"), QStringLiteral("es"));
    m_languageCombo->addItem(tr("English"), QStringLiteral("en"));
    bar->addWidget(m_languageCombo);
    bar->addSeparator();
}

// Bold, italic and underline, each toggling what the cursor has.
void ChapterEditor::addCharacterActions(QToolBar *bar)
{
    auto charAction = [&](const QString &text, const QKeySequence &key, auto apply) {
        QAction *a = bar->addAction(text);
        a->setShortcut(key);
        connect(a, &QAction::triggered, this, [this, apply] {
            QTextCharFormat f;
            apply(f, m_edit->currentCharFormat());
            m_edit->mergeCurrentCharFormat(f);
        });
        return a;
    };
    charAction(tr("Bold"), QKeySequence::Bold, [](QTextCharFormat &f, const QTextCharFormat &cur) {
        f.setFontWeight(cur.fontWeight() > QFont::Normal ? QFont::Normal : QFont::Bold);
    });
    charAction(tr("Italic"), QKeySequence::Italic,
        [](QTextCharFormat &f, const QTextCharFormat &cur) { f.setFontItalic(!cur.fontItalic()); });
    charAction(tr("Underline"), QKeySequence::Underline,
        [](QTextCharFormat &f, const QTextCharFormat &cur) { f.setFontUnderline(!cur.fontUnderline()); });
    bar->addSeparator();
}

// Headings, lists, a table and footnotes.
void ChapterEditor::addBlockActions(QToolBar *bar)
{
    auto heading = [this](int level) {
        QTextCursor c = m_edit->textCursor();
        QTextBlockFormat bf = c.blockFormat();
        bf.setHeadingLevel(level);
        c.setBlockFormat(bf);
        QTextCharFormat cf;
        cf.setFontWeight(level ? QFont::Bold : QFont::Normal);
        cf.setProperty(QTextFormat::FontSizeAdjustment, level == 1 ? 2 : level == 2 ? 1 : 0);
        c.select(QTextCursor::BlockUnderCursor);
        c.mergeCharFormat(cf);
    };
    connect(bar->addAction(tr("Heading")), &QAction::triggered, this, [heading] { heading(1); });
    connect(bar->addAction(tr("Subheading")), &QAction::triggered, this, [heading] { heading(2); });
    connect(bar->addAction(tr("Paragraph")), &QAction::triggered, this, [heading] { heading(0); });
    connect(bar->addAction(tr("Bullets")), &QAction::triggered, this,
        [this] { m_edit->textCursor().createList(QTextListFormat::ListDisc); });
    connect(bar->addAction(tr("Numbering")), &QAction::triggered, this,
        [this] { m_edit->textCursor().createList(QTextListFormat::ListDecimal); });
    connect(bar->addAction(tr("Table")), &QAction::triggered, this, [this] {
        QTextTableFormat tf;
        tf.setBorder(1);
        tf.setCellPadding(3);
        tf.setCellSpacing(0);
        tf.setBorderCollapse(true);
        m_edit->textCursor().insertTable(3, 3, tf);
    });
    connect(bar->addAction(tr("Footnote…")), &QAction::triggered, this, [this] {
        bool ok = false;
        const QString text = QInputDialog::getMultiLineText(
            this, tr("Footnote"), tr("Text of the footnote:"), QString(), &ok);
        if (ok && !text.trimmed().isEmpty())
            insertFootnote(text.trimmed());
    });
    bar->addSeparator();
}

// The live figure or table to insert, and the action that asks for its caption.
void ChapterEditor::addFigureActions(QToolBar *bar)
{
    m_figureCombo = new QComboBox(this);
    m_figureCombo->setObjectName(QStringLiteral("figureKindComboBox"));
    m_figureCombo->setAccessibleName(tr("Live figure or table"));
    bar->addWidget(m_figureCombo);
    QAction *insertFigureAction = bar->addAction(tr("Insert figure"));
    connect(insertFigureAction, &QAction::triggered, this, [this] {
        const QString key = m_figureCombo->currentData().toString();
        bool ok = false;
        // The list speaks the UI's language; the caption is written in the chapter's.
        const QString caption = QInputDialog::getText(this, tr("Figure caption"), tr("Caption:"),
            QLineEdit::Normal, Render::figureTitle(key, DocLanguage(m_language)), &ok);
        if (ok)
            insertFigure(key, caption);
    });
}

ChapterEditor::~ChapterEditor()
{
    flush();
}

QString ChapterEditor::bodyField() const
{
    return m_language == QStringLiteral("en") ? QStringLiteral("body_en") : QStringLiteral("body_es");
}

void ChapterEditor::setChapter(const QString &chapterId)
{
    flush();
    m_chapterId = chapterId;
    setEnabled(!chapterId.isEmpty());
    load();
}

void ChapterEditor::setLanguage(const QString &language)
{
    flush();
    m_language = language == QStringLiteral("en") ? QStringLiteral("en") : QStringLiteral("es");
    m_languageCombo->blockSignals(true);
    m_languageCombo->setCurrentIndex(m_language == QStringLiteral("en") ? 1 : 0);
    m_languageCombo->blockSignals(false);
    fillFigureKinds();
    m_spell->setLanguage(m_language);
    m_data = Render::loadReport(m_session.file(), m_language, QDate::currentDate());
    load();
}

void ChapterEditor::fillFigureKinds()
{
    const int current = m_figureCombo->currentIndex();
    const DocLanguage ui(uiIsSpanish() ? QStringLiteral("es") : QStringLiteral("en"));
    m_figureCombo->clear();
    for (const Render::FigureKind &k : Render::figureKinds())
        m_figureCombo->addItem(Render::figureTitle(QLatin1String(k.key), ui), QLatin1String(k.key));
    m_figureCombo->setCurrentIndex(qMax(0, current));
}

void ChapterEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_figureCombo)
        fillFigureKinds();
    QWidget::changeEvent(event);
}

void ChapterEditor::load()
{
    m_loading = true;
    const auto c = m_chapterId.isEmpty() ? std::nullopt : m_session.file().get<Chapter>(m_chapterId);
    const QString html = c ? (m_language == QStringLiteral("en") ? c->bodyEn : c->bodyEs) : QString();
    const int pos = m_edit->textCursor().position();
    refreshPreviews();
    for (const Render::Placeholder &p : Render::findPlaceholders(html)) {
        const QString url = Render::placeholderUrl(p.key, p.caption);
        m_edit->document()->addResource(QTextDocument::ImageResource, QUrl(url),
            Render::figurePreview(p.key, p.caption, m_data, DocLanguage(m_language), QSize(480, 200)));
    }
    m_edit->setHtml(html);
    m_dirty = false;
    QTextCursor cur = m_edit->textCursor();
    cur.setPosition(std::min(pos, m_edit->document()->characterCount() - 1));
    m_edit->setTextCursor(cur);
    m_loading = false;
}

void ChapterEditor::refreshPreviews()
{
    m_data = Render::loadReport(m_session.file(), m_language, QDate::currentDate());
}

void ChapterEditor::insertFigure(const QString &key, const QString &caption)
{
    const QString url = Render::placeholderUrl(key, caption);
    m_edit->document()->addResource(QTextDocument::ImageResource, QUrl(url),
        Render::figurePreview(key, caption, m_data, DocLanguage(m_language), QSize(480, 200)));
    QTextCursor c = m_edit->textCursor();
    if (!c.atBlockStart())
        c.insertBlock();
    QTextImageFormat img;
    img.setName(url);
    img.setWidth(480);
    img.setHeight(200);
    c.insertImage(img);
    c.insertBlock();
    m_edit->setTextCursor(c);
}

void ChapterEditor::insertFootnote(const QString &text)
{
    QTextCursor c = m_edit->textCursor();
    const QTextCharFormat plain = c.charFormat();
    QTextCharFormat note = plain;
    note.setAnchor(true);
    note.setAnchorHref(QStringLiteral("footnote:") + QString::fromLatin1(QUrl::toPercentEncoding(text)));
    note.setVerticalAlignment(QTextCharFormat::AlignSuperScript);
    note.setToolTip(text);
    c.insertText(QStringLiteral("*"), note);
    QTextCharFormat after = plain;
    after.setAnchor(false);
    after.setAnchorHref(QString());
    after.setVerticalAlignment(QTextCharFormat::AlignNormal);
    c.setCharFormat(after);
    m_edit->setTextCursor(c);
}

void ChapterEditor::scheduleSave()
{
    if (!m_loading && !m_chapterId.isEmpty()) {
        m_dirty = true;
        m_saveTimer.start();
    }
}

void ChapterEditor::flush()
{
    m_saveTimer.stop();
    if (m_chapterId.isEmpty() || m_loading || !m_dirty)
        return;
    m_dirty = false;
    const auto c = m_session.file().get<Chapter>(m_chapterId);
    if (!c)
        return;
    const QString html = m_edit->toHtml();
    const QString stored = m_language == QStringLiteral("en") ? c->bodyEn : c->bodyEs;
    if (html == stored)
        return;
    m_saving = true;
    m_undo.push(new SetFieldCommand(
        m_session, QStringLiteral("chapter"), m_chapterId, bodyField(), html, tr("Edit chapter text")));
    m_saving = false;
}

void ChapterEditor::onFieldChanged(const QString &table, const QString &id, const QString &field)
{
    // An undo or redo of this body (not our own save) shows up here: reload.
    if (!m_saving && table == QStringLiteral("chapter") && id == m_chapterId && field == bodyField())
        load();
}

} // namespace Testigo::Ui
