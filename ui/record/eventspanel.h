// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The procedure's events (schema 7) in three tables: cancellations and void ("desierta")
// declarations of the procedure or of a lot, inconformidades (bid protests) with their outcome, and
// the rounds of a diálogo competitivo, with the law's rule on who may run one. Every edit goes
// through the undo stack.

#include <QWidget>

class QLabel;
class QUndoStack;

namespace Testigo {
class Session;
}

namespace Testigo::Ui {

class RecordTableModel;
class RecordTableSection;

class EventsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventsPanel)

public:
    EventsPanel(Session &session, QUndoStack &undo, QWidget *parent = nullptr);

    void setProcedure(const QString &procedureId);

    RecordTableModel *closureModel() const { return m_closures; }
    RecordTableModel *protestModel() const { return m_protests; }
    RecordTableModel *roundModel() const { return m_rounds; }
    RecordTableSection *closureSection() const { return m_closureSection; }
    RecordTableSection *protestSection() const { return m_protestSection; }
    RecordTableSection *roundSection() const { return m_roundSection; }

    QString addClosure();
    QString addProtest();
    QString addRound();

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildModels();
    void retranslate();
    void updateRule();
    QString insert(const QString &table, QVariantMap values, const QString &undoText,
        RecordTableSection *section, int column);

    Session &m_session;
    QUndoStack &m_undo;
    QString m_procedureId;
    RecordTableModel *m_closures = nullptr;
    RecordTableModel *m_protests = nullptr;
    RecordTableModel *m_rounds = nullptr;
    RecordTableSection *m_closureSection = nullptr;
    RecordTableSection *m_protestSection = nullptr;
    RecordTableSection *m_roundSection = nullptr;
    QLabel *m_rule = nullptr; // who may run a diálogo competitivo, and whether this agency may
};

} // namespace Testigo::Ui
