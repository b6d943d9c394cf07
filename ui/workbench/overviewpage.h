// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A procedure's overview: identity, classification, lots (budget and reference price) and the
// witness's engagement. Every field is written as it is edited, one undo step per field.

#include "common/translatedtexts.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QFormLayout;
class QPushButton;
class QTableView;
class QUndoStack;

namespace Testigo {
class Session;
}

namespace Testigo::Ui {

class FieldBinder;
class RecordTableModel;

class OverviewPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewPage)

public:
    OverviewPage(Session &session, QUndoStack &stack, QWidget *parent = nullptr);
    void setProcedure(const QString &id);
    RecordTableModel *lotsModel() const { return m_lots; }

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildIdentity();
    QWidget *buildEngagement();
    QWidget *buildLots();
    QWidget *buildPublication();
    void updateDelivery();
    void addLot();
    void removeLot();
    void addAgency();
    void addEngagement();
    void updateEngagement();

    Session &m_session;
    QUndoStack &m_stack;
    QString m_procedureId;
    FieldBinder *m_procedure, *m_engagement;
    RecordTableModel *m_lots;
    QTableView *m_lotsView = nullptr;
    QPushButton *m_addEngagement = nullptr;
    QWidget *m_engagementForm = nullptr;
    QLabel *m_delivery = nullptr;
    TranslatedTexts m_texts;
};

} // namespace Testigo::Ui
