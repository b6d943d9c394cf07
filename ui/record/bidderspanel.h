// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Bidders, bids and the contract of one procedure, in three tabs:
// - bidders (name, RFC checked as it is typed, persona moral/física, pact signed, ties disclosed,
//   conflict declared) with a form for the selected bidder;
// - the bids of a chosen lot (exact money amounts, results, rejection and reason) and its award
//   (bidder, amount, date, or declared void);
// - the contracts and the amendments of the selected contract.

#include "record/formrows.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTabWidget;
class QUndoStack;

namespace Testigo {
class Session;
}

namespace Testigo::Ui {

class FieldBinder;
class RecordTableModel;
class RecordTableSection;

class BiddersPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BiddersPanel)

public:
    BiddersPanel(Session &session, QUndoStack &undo, QWidget *parent = nullptr);

    void setProcedure(const QString &procedureId);
    QString procedureId() const { return m_procedureId; }
    void setLot(const QString &lotId);

    RecordTableModel *bidderModel() const { return m_bidders; }
    RecordTableModel *bidModel() const { return m_bids; }
    RecordTableModel *awardModel() const { return m_awards; }
    RecordTableModel *contractModel() const { return m_contracts; }
    RecordTableModel *amendmentModel() const { return m_amendments; }
    RecordTableSection *bidderSection() const { return m_bidderSection; }
    RecordTableSection *bidSection() const { return m_bidSection; }

    QString addBidder();
    QString addBid();
    QString addAward();
    QString addContract();
    QString addAmendment();

protected:
    void changeEvent(QEvent *event) override;

private:
    void createModels();
    void followFile();
    QWidget *buildBiddersTab();
    QWidget *buildBidsTab();
    QWidget *buildContractsTab();
    void retranslate();
    void onBidderSelected();
    void onContractSelected();
    void updateRfcFeedback();
    void refreshLots();
    void updateAddButtons();

    Session &m_session;
    QUndoStack &m_undo;
    QString m_procedureId;
    QString m_currency = QStringLiteral("MXN");
    RecordTableModel *m_bidders;
    RecordTableModel *m_bids;
    RecordTableModel *m_awards;
    RecordTableModel *m_contracts;
    RecordTableModel *m_amendments;
    QTabWidget *m_tabs;
    RecordTableSection *m_bidderSection = nullptr;
    RecordTableSection *m_bidSection = nullptr;
    RecordTableSection *m_awardSection = nullptr;
    RecordTableSection *m_contractSection = nullptr;
    RecordTableSection *m_amendmentSection = nullptr;
    FieldBinder *m_binder = nullptr;
    std::unique_ptr<FormRows> m_rows; // not a QObject: owned here
    QLabel *m_formHeading = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_rfc = nullptr;
    QLabel *m_rfcStatus = nullptr;
    QCheckBox *m_signedPact = nullptr, *m_disclosedTies = nullptr, *m_declaredConflict = nullptr;
    QComboBox *m_lot = nullptr;
    QLabel *m_lotLabel = nullptr;
    QLabel *m_awardNote = nullptr; // what "Record award" filled in, and what still needs checking
};

} // namespace Testigo::Ui
