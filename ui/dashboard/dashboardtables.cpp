// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard's two tables: one row per procedure, and the social results.
#include "dashboard/dashboardwidget.h"

#include "common/uiformat.h"
#include "domain/codes.h"
#include "impact/social.h"
#include "store/session.h"

#include <QFontMetrics>
#include <QHeaderView>
#include <QScrollBar>
#include <QStyle>
#include <QLocale>
#include <QTableWidget>

namespace Testigo::Ui {

namespace {

TableCell text(const QString &s) { return TableCell{s, std::nullopt, 0}; }
TableCell money(const std::optional<Money> &m)
{
    return m ? TableCell{formatMoney(m->cents(), m->currency()), double(m->cents()) / 100.0, 2} : text(QString());
}
TableCell percent(const std::optional<qint64> &bp)
{
    return bp ? TableCell{formatPercent(*bp), double(*bp) / 100.0, 2} : text(QString());
}
TableCell number(int v) { return TableCell{QLocale().toString(v), double(v), 0}; }

QString followUpText(const FollowUp &f)
{
    return DashboardWidget::tr("%1 addressed, %2 partly, %3 not addressed, %4 pending")
        .arg(f.attended).arg(f.partial).arg(f.notAttended).arg(f.pending);
}

} // namespace

void showTable(QTableWidget *w, const TableData &t, int visibleRows)
{
    w->clear();
    w->setColumnCount(int(t.header.size()));
    w->setRowCount(int(t.rows.size()));
    w->setHorizontalHeaderLabels(t.header);
    w->setWordWrap(false);
    w->setTextElideMode(Qt::ElideRight);
    for (int r = 0; r < t.rows.size(); ++r)
        for (int c = 0; c < t.rows[r].size(); ++c) {
            auto *item = new QTableWidgetItem(t.rows[r][c].text);
            if (t.rows[r][c].number)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            else
                item->setToolTip(t.rows[r][c].text); // whole when the column elides it
            w->setItem(r, c, item);
        }
    QHeaderView *header = w->horizontalHeader();
    header->setDefaultAlignment(Qt::Alignment(Qt::AlignCenter | Qt::TextWordWrap)); // the style passes it on to drawText
    header->setStretchLastSection(true);
    const QFontMetrics fm(header->font()), cellFm(w->font());
    const int margin = 2 * w->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header) + 8;
    bool wrapped = false;
    for (int c = 0; c < w->columnCount(); ++c) {
        // A header may wrap between words; its longest word sets the least width.
        int word = 0;
        for (const QString &part : t.header.value(c).split(QLatin1Char(' '), Qt::SkipEmptyParts))
            word = qMax(word, fm.horizontalAdvance(part));
        int content = 0;
        for (const auto &row : t.rows)
            content = qMax(content, cellFm.horizontalAdvance(row.value(c).text) + margin);
        const int width = qMin(qMax(content, word + margin), 280);
        wrapped |= fm.horizontalAdvance(t.header.value(c)) + margin > width;
        w->setColumnWidth(c, width);
    }
    header->setMinimumHeight(wrapped ? 2 * fm.lineSpacing() + margin : 0);
    const int rows = qMin(int(t.rows.size()), visibleRows);
    const int height = qMax(header->sizeHint().height(), header->minimumHeight())
                       + rows * w->verticalHeader()->defaultSectionSize() + 2 * w->frameWidth()
                       + w->horizontalScrollBar()->sizeHint().height();
    w->setMinimumHeight(qMax(120, height));
}

TableData DashboardWidget::proceduresTable() const
{
    TableData t;
    t.title = tr("Procedures");
    const QString cur = m_options.currency;
    t.header = {tr("Number"), tr("Agency"), tr("Year"), tr("Type"), tr("Reference"), tr("Awarded"), tr("Savings"),
                tr("Savings %"), tr("Savings vs budget"), tr("Bidders"), tr("Valid bids"), tr("Rejected bids"),
                tr("Savings (%1)").arg(cur), tr("Real savings (%1)").arg(cur), tr("Notes")};
    for (const auto &r : m_portfolio.rows) {
        const ProcedureMetrics &m = r.metrics;
        t.rows.append({text(m.number), text(r.agencyName), r.year ? text(QString::number(r.year)) : text(QString()),
                       text(Codes::label(Codes::procedureTypes(), m.type)), money(m.reference), money(m.awarded),
                       money(m.savings), percent(m.savingsPercentBp), money(m.savingsVsBudget), number(m.bidders),
                       number(m.validBids), number(m.rejectedBids), money(r.savings), money(r.savingsReal),
                       text((metricNoteTexts(m.notes) + r.notes).join(QStringLiteral("; ")))});
    }
    t.footnote = m_portfolio.convention;
    return t;
}

TableData DashboardWidget::socialTable() const
{
    SocialInput in = loadSocialInput(m_session.file());
    QSet<QString> shown;
    for (const auto &r : m_portfolio.rows)
        shown.insert(r.metrics.procedureId);
    // The social figures follow the same filters as the economic ones.
    in.procedures.removeIf([&](const Procedure &p) { return !shown.contains(p.id); });
    const SocialMetrics s = computeSocialMetrics(in);
    TableData t;
    t.title = tr("Social results");
    t.header = {tr("Indicator"), tr("Value"), tr("Detail")};
    t.rows.append({text(tr("Recommendations made")), number(s.recommendations.total), text(followUpText(s.recommendations))});
    t.rows.append({text(tr("Recommendations addressed")), percent(s.recommendations.attendedPercentBp), text(QString())});
    for (auto it = s.byAgency.cbegin(); it != s.byAgency.cend(); ++it) {
        QString name = it.key();
        for (const auto &a : in.agencies)
            if (a.id == it.key())
                name = a.acronym.isEmpty() ? a.name : a.acronym;
        t.rows.append({text(tr("Recommendations, agency %1").arg(name)), number(it->total), text(followUpText(*it))});
    }
    for (auto it = s.byStage.cbegin(); it != s.byStage.cend(); ++it)
        t.rows.append({text(tr("Recommendations, stage: %1")
                                .arg(it.key().isEmpty() ? tr("none") : Codes::label(Codes::stageKinds(), it.key()))),
                       number(it->total), text(followUpText(*it))});
    t.rows.append({text(tr("Agency response time, mean days")),
                   s.meanResponseDaysX100 ? TableCell{QLocale().toString(double(*s.meanResponseDaysX100) / 100.0, 'f', 1),
                                                      double(*s.meanResponseDaysX100) / 100.0, 2}
                                          : text(tr("n/a")),
                   text(tr("median %1, longest %2, over %n dated response(s)", nullptr, s.responded)
                            .arg(s.medianResponseDays ? QString::number(*s.medianResponseDays) : tr("n/a"),
                                 s.maxResponseDays ? QString::number(*s.maxResponseDays) : tr("n/a")))});
    QStringList levels;
    for (auto it = s.escalationsByLevel.cbegin(); it != s.escalationsByLevel.cend(); ++it)
        levels << QStringLiteral("%1: %2").arg(Codes::label(Codes::escalations(), it.key())).arg(*it);
    t.rows.append({text(tr("Escalations")), number(s.escalations), text(levels.join(QStringLiteral(", ")))});
    t.rows.append({text(tr("Bidders who signed the Integrity Pact")), percent(s.bidderSignatureRateBp),
                   text(tr("%1 of %2").arg(s.biddersSigned).arg(s.bidders))});
    t.rows.append({text(tr("Officials who signed the Integrity Pact")), percent(s.officialSignatureRateBp),
                   text(tr("%1 of %2").arg(s.officialsSigned).arg(s.officials))});
    t.rows.append({text(tr("Bidders who disclosed ties")), percent(s.disclosureRateBp),
                   text(tr("%1 of %2").arg(s.disclosures).arg(s.bidders))});
    t.rows.append({text(tr("Conflicts of interest declared")), number(s.conflictsDeclared), text(QString())});
    for (const auto &y : s.biddersByYear)
        t.rows.append({text(tr("Bidders per procedure, %1").arg(y.year ? QString::number(y.year) : tr("no date"))),
                       TableCell{QLocale().toString(double(y.meanBiddersX100) / 100.0, 'f', 2),
                                 double(y.meanBiddersX100) / 100.0, 2},
                       text(tr("%n procedure(s)", nullptr, y.procedures))});
    return t;
}

void DashboardWidget::showTables()
{
    showTable(m_table, proceduresTable());
    showTable(m_social, socialTable());
}

} // namespace Testigo::Ui
