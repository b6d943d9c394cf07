// SPDX-License-Identifier: GPL-3.0-or-later
#include "testimony/narrativeeditor.h"
#include "common/languagemanager.h"
#include "common/commands.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QTextEdit>
#include <QTextList>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Testigo::Ui {

namespace {
const QString kTable = QStringLiteral("narrative");
const QStringList kFields{QStringLiteral("background"), QStringLiteral("summary"), QStringLiteral("conclusions")};
enum Format { Bold, Italic, Bullets };
} // namespace

NarrativeEditor::NarrativeEditor(Session &session, QUndoStack &undoStack, const QString &procedureId, QWidget *parent)
    : QWidget(parent), m_session(session), m_undo(undoStack), m_procedureId(procedureId)
{
    setObjectName(QStringLiteral("narrativeEditorWidget"));
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_languageCombo = new QComboBox(this);
    m_languageCombo->setObjectName(QStringLiteral("narrativeLanguageComboBox"));
    for (const QString &code : LanguageManager::languages())
        m_languageCombo->addItem(LanguageManager::nativeName(code), code);
    bar->addWidget(m_languageCombo);
    bar->addStretch();
    const QList<std::pair<QString, int>> buttons{{QStringLiteral("boldToolButton"), Bold},
                                                 {QStringLiteral("italicToolButton"), Italic},
                                                 {QStringLiteral("bulletsToolButton"), Bullets}};
    for (const auto &[name, what] : buttons) {
        auto *b = new QToolButton(this);
        b->setObjectName(name);
        b->setFocusPolicy(Qt::NoFocus); // keep the caret in the text being formatted
        connect(b, &QToolButton::clicked, this, [this, w = what] { format(w); });
        bar->addWidget(b);
    }
    layout->addLayout(bar);
    for (const QString &field : kFields) {
        auto *caption = new QLabel(this);
        caption->setObjectName(field + QStringLiteral("Label"));
        auto *edit = new QTextEdit(this);
        edit->setObjectName(field + QStringLiteral("TextEdit"));
        edit->setAcceptRichText(true);
        edit->installEventFilter(this);
        caption->setBuddy(edit);
        layout->addWidget(caption);
        layout->addWidget(edit, 1);
        m_editors.insert(field, edit);
        m_captions.insert(field, caption);
        connect(edit, &QTextEdit::textChanged, this, &NarrativeEditor::onTextChanged);
    }
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(800);
    connect(m_timer, &QTimer::timeout, this, &NarrativeEditor::commitPending);
    connect(m_languageCombo, &QComboBox::currentIndexChanged, this,
            [this] { setLanguage(m_languageCombo->currentData().toString()); });
    connect(&m_session, &Session::fieldChanged, this, &NarrativeEditor::onFieldChanged);
    connect(&m_session, &Session::rowInserted, this, [this](const QString &table, const QString &) {
        if (table == kTable && !m_writing)
            load();
    });
    retranslate();
    load();
}

void NarrativeEditor::retranslate()
{
    m_languageCombo->setToolTip(tr("Language of the text"));
    m_languageCombo->setAccessibleName(tr("Narrative language"));
    const QStringList captions{tr("&Background"), tr("&Executive summary"), tr("&Conclusions")};
    for (int i = 0; i < kFields.size(); ++i) {
        static_cast<QLabel *>(m_captions.value(kFields[i]))->setText(captions[i]);
        m_editors.value(kFields[i])->setAccessibleName(QString(captions[i]).remove(QLatin1Char('&')));
    }
    const auto set = [this](const char *name, const QString &text) {
        if (auto *b = findChild<QToolButton *>(QLatin1String(name))) {
            b->setText(text);
            b->setAccessibleName(text);
        }
    };
    set("boldToolButton", tr("Bold"));
    set("italicToolButton", tr("Italic"));
    set("bulletsToolButton", tr("Bullets"));
}

void NarrativeEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void NarrativeEditor::setProcedure(const QString &procedureId)
{
    if (procedureId == m_procedureId)
        return;
    commitPending();
    m_procedureId = procedureId;
    load();
}

void NarrativeEditor::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    commitPending();
    m_language = language;
    const int i = m_languageCombo->findData(language);
    if (i >= 0 && i != m_languageCombo->currentIndex())
        m_languageCombo->setCurrentIndex(i);
    load();
}

QString NarrativeEditor::narrativeId() const
{
    for (const Narrative &n : m_session.file().all<Narrative>(QStringLiteral("procedure_id"), m_procedureId))
        if (n.language == m_language)
            return n.id;
    return QString();
}

void NarrativeEditor::load()
{
    m_loading = true;
    Narrative n;
    const QString id = narrativeId();
    if (!id.isEmpty())
        n = *m_session.file().get<Narrative>(id);
    const QHash<QString, QString> html{{kFields[0], n.background}, {kFields[1], n.summary}, {kFields[2], n.conclusions}};
    for (const QString &field : kFields)
        m_editors.value(field)->setHtml(html.value(field));
    m_dirty.clear();
    m_loading = false;
}

void NarrativeEditor::onTextChanged()
{
    if (m_loading)
        return;
    auto *edit = qobject_cast<QTextEdit *>(sender());
    const QString field = m_editors.key(edit);
    if (!field.isEmpty() && !m_dirty.contains(field))
        m_dirty << field;
    m_timer->start();
}

void NarrativeEditor::commitPending()
{
    m_timer->stop();
    if (m_dirty.isEmpty() || m_session.isReadOnly())
        return;
    const QStringList dirty = m_dirty;
    m_dirty.clear();
    m_writing = true;
    QString id = narrativeId();
    for (const QString &field : dirty) {
        QTextEdit *edit = m_editors.value(field);
        // An empty editor stores an empty string, so "not written" stays detectable.
        const QString html = edit->toPlainText().trimmed().isEmpty() ? QString() : edit->toHtml();
        if (id.isEmpty()) {
            QVariantMap values{{QStringLiteral("procedure_id"), m_procedureId},
                               {QStringLiteral("language"), m_language}, {field, html}};
            auto *cmd = new InsertRowCommand(m_session, kTable, values, tr("Write testimony text"));
            id = cmd->rowId();
            m_undo.push(cmd);
        } else {
            m_undo.push(new SetFieldCommand(m_session, kTable, id, field, html, tr("Edit testimony text")));
        }
    }
    m_writing = false;
    emit committed();
}

void NarrativeEditor::onFieldChanged(const QString &table, const QString &id, const QString &)
{
    // Undo and redo change the row under us: show the stored text.
    if (table == kTable && !m_writing && id == narrativeId())
        load();
}

bool NarrativeEditor::eventFilter(QObject *watched, QEvent *event)
{
    auto *edit = qobject_cast<QTextEdit *>(watched);
    if (edit && event->type() == QEvent::FocusIn)
        m_current = edit;
    if (edit && event->type() == QEvent::FocusOut)
        commitPending();
    return QWidget::eventFilter(watched, event);
}

void NarrativeEditor::format(int what)
{
    QTextEdit *edit = m_current ? m_current : m_editors.value(kFields[0]);
    QTextCursor c = edit->textCursor();
    if (what == Bullets) {
        if (c.currentList())
            c.currentList()->remove(c.block());
        else
            c.createList(QTextListFormat::ListDisc);
        return;
    }
    QTextCharFormat f;
    if (what == Bold)
        f.setFontWeight(c.charFormat().fontWeight() > QFont::Normal ? QFont::Normal : QFont::Bold);
    else
        f.setFontItalic(!c.charFormat().fontItalic());
    edit->mergeCurrentCharFormat(f);
}

} // namespace Testigo::Ui
