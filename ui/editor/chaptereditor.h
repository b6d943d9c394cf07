// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The body of one chapter in one language: rich text (headings, lists, emphasis, tables,
// footnotes), spell checking, and live figures inserted as placeholders that preview the data now
// and are redrawn from the data when the report is assembled. Edits are saved through undo
// commands (SetFieldCommand on body_es / body_en), consecutive typing merging into one step.

#include "render/reportdata.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QTextEdit;
class QUndoStack;
class QToolBar;

namespace Testigo {
class Session;
}

namespace Testigo::Ui {

class SpellHighlighter;

class ChapterEditor final : public QWidget
{
    Q_OBJECT

public:
    ChapterEditor(Session &session, QUndoStack &undo, QWidget *parent = nullptr);
    ~ChapterEditor() override;

    void setChapter(const QString &chapterId);
    QString chapterId() const { return m_chapterId; }
    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    QTextEdit *textEdit() const { return m_edit; }
    // Inserts a live figure placeholder at the cursor.
    void insertFigure(const QString &key, const QString &caption);
    void insertFootnote(const QString &text);
    // Writes pending typing now (also done after a short pause and when leaving the chapter).
    void flush();

protected:
    void changeEvent(QEvent *event) override;

private:
    void addLanguageCombo(QToolBar *bar);
    void addCharacterActions(QToolBar *bar);
    void addBlockActions(QToolBar *bar);
    void addFigureActions(QToolBar *bar);
    // The figure list in the UI's language (the caption inserted is in the chapter's).
    void fillFigureKinds();
    void load();
    void refreshPreviews();
    void scheduleSave();
    void onFieldChanged(const QString &table, const QString &id, const QString &field);
    QString bodyField() const;

    Session &m_session;
    QUndoStack &m_undo;
    QString m_chapterId;
    QString m_language = QStringLiteral("es");
    QTextEdit *m_edit = nullptr;
    QComboBox *m_languageCombo = nullptr;
    QComboBox *m_figureCombo = nullptr;
    SpellHighlighter *m_spell = nullptr;
    QTimer m_saveTimer;
    bool m_loading = false;
    bool m_saving = false;
    bool m_dirty = false;
    Render::ReportData m_data;
};

} // namespace Testigo::Ui
