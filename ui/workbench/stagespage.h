// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The stage navigator (the procedure's stages as a stepper with status and dates), the page of
// the chosen stage, and the legal clocks underneath, coloured by result.

#include "common/translatedtexts.h"

#include <QWidget>

class QListView;
class QTableView;
class QUndoStack;

namespace Testigo {
class Session;
}

namespace Testigo::Ui {

class ClockModel;
class StageListModel;
class StagePage;

class StagesPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StagesPage)

public:
    StagesPage(Session &session, QUndoStack &stack, QWidget *parent = nullptr);
    void setProcedure(const QString &procedureId);
    void selectStage(const QString &stageId);
    StagePage *stagePage() const { return m_page; }
    StageListModel *stageModel() const { return m_stages; }
    ClockModel *clockModel() const { return m_clocks; }

protected:
    void changeEvent(QEvent *event) override;

private:
    StageListModel *m_stages;
    ClockModel *m_clocks;
    QListView *m_stageView;
    QTableView *m_clockView;
    StagePage *m_page;
    TranslatedTexts m_texts;
};

} // namespace Testigo::Ui
