// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Edits the testimony's three narrative sections (background, executive summary, conclusions) of
// one procedure, as rich text, in Spanish or English. Typing is committed to the case file after a
// short pause or when the focus leaves, as one undoable SetFieldCommand per section (consecutive
// commits of a section merge); the first text in a language creates its Narrative row.

#include "store/session.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QTextEdit;
class QTimer;
class QUndoStack;

namespace Testigo::Ui {

class NarrativeEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NarrativeEditor)

public:
    NarrativeEditor(Session &session, QUndoStack &undoStack, const QString &procedureId, QWidget *parent = nullptr);

    QString procedureId() const { return m_procedureId; }
    void setProcedure(const QString &procedureId);
    QString language() const { return m_language; }
    void setLanguage(const QString &language); // "es" | "en"
    // Writes pending typing now (before printing, closing or switching language).
    void commitPending();
    QTextEdit *editor(const QString &field) const { return m_editors.value(field); }

signals:
    void committed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void load();
    void onTextChanged();
    void onFieldChanged(const QString &table, const QString &id, const QString &field);
    QString narrativeId() const;
    void retranslate();
    void format(int what);

    Session &m_session;
    QUndoStack &m_undo;
    QString m_procedureId;
    QString m_language = QStringLiteral("es");
    QComboBox *m_languageCombo = nullptr;
    QHash<QString, QTextEdit *> m_editors; // field -> editor
    QHash<QString, QWidget *> m_captions;
    QStringList m_dirty;
    QTextEdit *m_current = nullptr; // the section the formatting buttons act on
    QTimer *m_timer = nullptr;
    bool m_loading = false;
    bool m_writing = false;
};

} // namespace Testigo::Ui
