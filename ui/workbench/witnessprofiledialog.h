// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The witness's own profile, entered once per case file and used by every procedure and document:
// person or organisation, name, RFC, padrón number, legal representative, technical advisers,
// e-mail. Accepting writes all changes as ONE undo step; a new profile also becomes the witness
// of every procedure whose engagement names none yet.

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QUndoStack;

namespace Testigo {
class Session;
}

namespace Testigo::Ui {

class WitnessProfileDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WitnessProfileDialog)

public:
    WitnessProfileDialog(Session &session, QUndoStack &stack, QWidget *parent = nullptr);

    // The profile's row id ("" while the file has none).
    static QString profileId(const Session &session);
    // Writes the edits (one undo step); false (with a message shown) when nothing could be saved.
    bool save();

    void accept() override;

private:
    QVariantMap values() const;
    void showRfcFeedback();
    void updateKind();

    Session &m_session;
    QUndoStack &m_stack;
    QComboBox *m_kind;
    QLineEdit *m_name, *m_rfc, *m_registry, *m_representative, *m_email;
    QPlainTextEdit *m_advisers;
    QLabel *m_rfcFeedback, *m_representativeLabel;
};

} // namespace Testigo::Ui
