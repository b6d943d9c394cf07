// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboard/procedureimpactpanel.h"

#include "common/uiformat.h"
#include "dashboard/chartadapter.h"
#include "dashboard/chartpanel.h"
#include "store/session.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Testigo::Ui {

ProcedureImpactPanel::ProcedureImpactPanel(Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("procedureImpactPanel"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("impactSummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_chart = new ChartPanel(QStringLiteral("lots"), this);
    m_lotsTitle = new QLabel(this);
    m_export = new QToolButton(this);
    m_export->setObjectName(QStringLiteral("lotsTableExportToolButton"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_export);
    for (const char *kind : {"csv", "xlsx"}) {
        QAction *a = menu->addAction(QString());
        a->setData(QString::fromLatin1(kind));
        connect(a, &QAction::triggered, this, [this, a] {
            const TableData t = lotsTableData();
            exportWithDialog(this, a->data().toString(), t.title, nullptr, &t);
        });
    }
    m_export->setMenu(menu);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("lotsTableWidget"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_notes = new QLabel(this);
    m_notes->setObjectName(QStringLiteral("impactNotesLabel"));
    m_notes->setWordWrap(true);

    auto *head = new QHBoxLayout;
    head->addWidget(m_lotsTitle);
    head->addStretch(1);
    head->addWidget(m_export);
    auto *lay = new QVBoxLayout(this);
    lay->addWidget(m_summary);
    lay->addWidget(m_chart, 2);
    lay->addLayout(head);
    lay->addWidget(m_table, 1);
    lay->addWidget(m_notes);
    retranslate();
    connect(&m_session, &Session::changed, this, [this] {
        if (m_refreshQueued)
            return;
        m_refreshQueued = true;
        QTimer::singleShot(0, this, [this] {
            m_refreshQueued = false;
            refresh();
        });
    });
}

void ProcedureImpactPanel::setProcedure(const QString &id)
{
    m_procedureId = id;
    refresh();
}

TableData ProcedureImpactPanel::lotsTableData() const
{
    TableData t = lotsTable(m_metrics.lots, m_metrics.currency, tr("Lots of %1").arg(m_metrics.number));
    t.footnote = metricNoteTexts(m_metrics.notes).join(QStringLiteral("; "));
    return t;
}

void ProcedureImpactPanel::refresh()
{
    const auto p = m_procedureId.isEmpty() ? std::nullopt : m_session.file().get<Procedure>(m_procedureId);
    m_metrics = p ? computeProcedureMetrics(m_session.file(), *p) : ProcedureMetrics{};
    const ProcedureMetrics &m = m_metrics;
    const QString cur = m.currency;
    auto money = [&](const std::optional<Money> &v) { return v ? formatMoney(v->cents(), cur) : tr("n/a"); };
    auto pct = [&](const std::optional<qint64> &bp) { return bp ? formatPercent(*bp) : tr("n/a"); };
    auto days = [&](const std::optional<int> &d) { return d ? QLocale().toString(*d) : tr("n/a"); };
    if (!p) {
        m_summary->setText(tr("No procedure selected."));
    } else {
        m_summary->setText(
            tr("<b>%1</b> %2<br>Reference: %3 · Budget: %4 · Awarded: %5<br>"
               "Savings vs reference: %6 (%7) · vs budget: %8 · Amendments: %9 (%10)<br>"
               "Bidders: %11 · valid bids: %12 · rejected: %13 · days publication→opening: %14 · opening→award: %15")
                .arg(m.number.toHtmlEscaped(), m.title.toHtmlEscaped(), money(m.reference), money(m.budget),
                     money(m.awarded), money(m.savings), pct(m.savingsPercentBp), money(m.savingsVsBudget),
                     money(m.amendmentsIncrease))
                .arg(pct(m.amendmentPercentBp), QLocale().toString(m.bidders), QLocale().toString(m.validBids),
                     QLocale().toString(m.rejectedBids), days(m.daysPublicationToOpening), days(m.daysOpeningToAward)));
    }
    m_chart->setChart(lotsChart(m.lots, cur, tr("Lots: reference, mean valid bid and award")), lotsTableData());
    showTable(m_table, lotsTableData());
    m_notes->setText(metricNoteTexts(m.notes).join(QLatin1Char('\n')));
}

void ProcedureImpactPanel::retranslate()
{
    m_lotsTitle->setText(tr("Lots"));
    m_export->setText(tr("Export"));
    m_export->setAccessibleName(tr("Export the lots table"));
    const auto actions = m_export->menu()->actions();
    actions[0]->setText(tr("Table (CSV)…"));
    actions[1]->setText(tr("Table (Excel XLSX)…"));
    m_chart->retranslate();
}

void ProcedureImpactPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

} // namespace Testigo::Ui
