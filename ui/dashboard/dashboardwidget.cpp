// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboard/dashboardwidget.h"

#include "common/uiformat.h"
#include "dashboard/chartadapter.h"
#include "dashboard/chartpanel.h"
#include "domain/codes.h"
#include "store/session.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QScrollArea>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Testigo::Ui {

namespace {

QComboBox *combo(const QString &name, QWidget *parent)
{
    auto *c = new QComboBox(parent);
    c->setObjectName(name);
    c->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return c;
}

// Agencies, regimes and types have long names: the closed box keeps a modest width so that the
// filter row fits a 1024-pixel window, and its list opens wide enough to read each name whole.
void keepNarrow(QComboBox *c)
{
    c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    c->setMinimumContentsLength(13);
    c->view()->setTextElideMode(Qt::ElideNone);
    QObject::connect(c, &QComboBox::currentIndexChanged, c, [c] { c->setToolTip(c->currentText()); });
}

QLabel *valueLabel(const QString &name, QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setObjectName(name);
    QFont f = l->font();
    f.setPointSizeF(f.pointSizeF() * 1.35);
    f.setBold(true);
    l->setFont(f);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

// Re-fills a combo keeping the selected data when it still exists.
void refill(QComboBox *c, const QString &all, const QList<std::pair<QString, QString>> &items)
{
    const QString current = c->currentData().toString();
    QSignalBlocker block(c);
    c->clear();
    c->addItem(all, QString());
    for (const auto &[data, label] : items)
        c->addItem(label, data);
    const int i = c->findData(current);
    c->setCurrentIndex(i < 0 ? 0 : i);
}

} // namespace

DashboardWidget::DashboardWidget(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("dashboardWidget"));
    m_options.realTarget = m_options.inpc->lastMonth();
    build();
    retranslate();
    refresh();
    // changed() fires once per field: coalesce a burst of edits into one recomputation.
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

void DashboardWidget::build()
{
    auto *content = new QWidget;
    auto *lay = new QVBoxLayout(content);
    buildFilters(content, lay);
    buildTotals(content, lay);
    buildCharts(content, lay);
    buildTableSection(
        content, lay, QStringLiteral("procedures"), &m_table, [this] { return proceduresTable(); });
    buildTableSection(content, lay, QStringLiteral("social"), &m_social, [this] { return socialTable(); });

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("dashboardScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
}

// Year, agency, regime, type and currency: a labelled combo each, on one row.
void DashboardWidget::buildFilters(QWidget *content, QVBoxLayout *lay)
{
    auto *filters = new QHBoxLayout;
    m_year = combo(QStringLiteral("yearComboBox"), content);
    m_agency = combo(QStringLiteral("agencyComboBox"), content);
    m_regime = combo(QStringLiteral("regimeComboBox"), content);
    m_type = combo(QStringLiteral("typeComboBox"), content);
    m_currency = combo(QStringLiteral("currencyComboBox"), content);
    for (QComboBox *c : {m_agency, m_regime, m_type})
        keepNarrow(c);
    m_currency->addItem(QStringLiteral("MXN"), QStringLiteral("MXN"));
    m_currency->addItem(QStringLiteral("USD"), QStringLiteral("USD"));
    for (QComboBox *c : {m_year, m_agency, m_regime, m_type, m_currency}) {
        auto *label = new QLabel(content);
        label->setBuddy(c);
        m_filterLabels << label;
        filters->addWidget(label);
        filters->addWidget(c);
        connect(c, &QComboBox::currentIndexChanged, this,
            c == m_currency ? &DashboardWidget::refresh : &DashboardWidget::applyFilters);
    }
    filters->addStretch(1);
    lay->addLayout(filters);
}

// The totals in large type under their captions, and the note on how they are computed.
void DashboardWidget::buildTotals(QWidget *content, QVBoxLayout *lay)
{
    auto *totals = new QGridLayout;
    m_procedures = valueLabel(QStringLiteral("proceduresValueLabel"), content);
    m_monitored = valueLabel(QStringLiteral("monitoredValueLabel"), content);
    m_savings = valueLabel(QStringLiteral("savingsValueLabel"), content);
    m_savingsReal = valueLabel(QStringLiteral("realSavingsValueLabel"), content);
    m_savingsPercent = valueLabel(QStringLiteral("savingsPercentValueLabel"), content);
    int col = 0;
    for (QLabel *v : {m_procedures, m_monitored, m_savings, m_savingsReal, m_savingsPercent}) {
        auto *caption = new QLabel(content);
        m_totalCaptions << caption;
        totals->addWidget(caption, 0, col);
        totals->addWidget(v, 1, col++);
    }
    lay->addLayout(totals);
    m_convention = new QLabel(content);
    m_convention->setObjectName(QStringLiteral("conventionLabel"));
    m_convention->setWordWrap(true);
    QFont small = m_convention->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    m_convention->setFont(small);
    lay->addWidget(m_convention);
}

// Six charts, two per row.
void DashboardWidget::buildCharts(QWidget *content, QVBoxLayout *lay)
{
    auto *grid = new QGridLayout;
    const QStringList names {QStringLiteral("savingsByYear"), QStringLiteral("savingsByAgency"),
        QStringLiteral("savingsBySector"), QStringLiteral("savingsByType"), QStringLiteral("biddersScatter"),
        QStringLiteral("savingsHistogram")};
    for (int i = 0; i < names.size(); ++i) {
        auto *panel = new ChartPanel(names[i], content);
        m_panels << panel;
        grid->addWidget(panel, i / 2, i % 2);
    }
    lay->addLayout(grid);
}

// A bold title with its export button, over a read-only table.
void DashboardWidget::buildTableSection(QWidget *content, QVBoxLayout *lay, const QString &name,
    QTableWidget **table, std::function<TableData()> data)
{
    auto *head = new QHBoxLayout;
    auto *title = new QLabel(content);
    QFont f = title->font();
    f.setBold(true);
    title->setFont(f);
    m_sectionTitles << title;
    head->addWidget(title);
    head->addStretch(1);
    head->addWidget(exportButton(name, std::move(data)));
    lay->addLayout(head);
    *table = new QTableWidget(content);
    (*table)->setObjectName(name + QStringLiteral("TableWidget"));
    (*table)->setEditTriggers(QAbstractItemView::NoEditTriggers);
    (*table)->setMinimumHeight(180);
    (*table)->verticalHeader()->setVisible(false);
    lay->addWidget(*table);
}

QToolButton *DashboardWidget::exportButton(const QString &name, std::function<TableData()> table)
{
    auto *b = new QToolButton(this);
    b->setObjectName(name + QStringLiteral("ExportToolButton"));
    b->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(b);
    for (const char *kind : {"csv", "xlsx"}) {
        QAction *a = menu->addAction(QString());
        a->setData(QString::fromLatin1(kind));
        connect(a, &QAction::triggered, this, [this, a, table] {
            const TableData t = table();
            exportWithDialog(this, a->data().toString(), t.title, nullptr, &t);
        });
    }
    b->setMenu(menu);
    m_exportButtons << b;
    return b;
}

void DashboardWidget::retranslate()
{
    const QStringList filters {tr("Year:"), tr("Agency:"), tr("Regime:"), tr("Type:"), tr("Currency:")};
    for (int i = 0; i < m_filterLabels.size(); ++i)
        m_filterLabels[i]->setText(filters.value(i));
    m_year->setAccessibleName(tr("Filter by year"));
    m_agency->setAccessibleName(tr("Filter by agency"));
    m_regime->setAccessibleName(tr("Filter by regime"));
    m_type->setAccessibleName(tr("Filter by procedure type"));
    m_currency->setAccessibleName(tr("Currency of the totals"));
    const QStringList captions {tr("Procedures"), tr("Amount monitored"), tr("Savings (nominal)"),
        tr("Savings (real, %1)").arg(QLocale().toString(m_options.realTarget, QStringLiteral("MMM yyyy"))),
        tr("Savings %")};
    for (int i = 0; i < m_totalCaptions.size(); ++i)
        m_totalCaptions[i]->setText(captions.value(i));
    const QStringList sections {tr("Procedures"), tr("Social results and Collective Action")};
    for (int i = 0; i < m_sectionTitles.size(); ++i)
        m_sectionTitles[i]->setText(sections.value(i));
    for (QToolButton *b : std::as_const(m_exportButtons)) {
        b->setText(tr("Export"));
        b->setAccessibleName(tr("Export table"));
        const auto actions = b->menu()->actions();
        actions[0]->setText(tr("Table (CSV)…"));
        actions[1]->setText(tr("Table (Excel XLSX)…"));
    }
    for (ChartPanel *p : std::as_const(m_panels))
        p->retranslate();
}

void DashboardWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

void DashboardWidget::refresh()
{
    m_options.currency = m_currency->currentData().toString();
    const CaseFile &file = m_session.file();
    m_rows = buildPortfolioRows(computeAllProcedureMetrics(file), file.all<Agency>(), m_options);
    fillFilters();
    applyFilters();
}

void DashboardWidget::fillFilters()
{
    QMap<int, bool> years;
    QMap<QString, QString> agencies, regimes, types;
    for (const auto &r : std::as_const(m_rows)) {
        if (r.year)
            years.insert(r.year, true);
        if (!r.metrics.agencyId.isEmpty())
            agencies.insert(r.metrics.agencyId, r.agencyName);
        if (!r.metrics.regime.isEmpty())
            regimes.insert(r.metrics.regime, Codes::label(Codes::regimes(), r.metrics.regime));
        if (!r.metrics.type.isEmpty())
            types.insert(r.metrics.type, Codes::label(Codes::procedureTypes(), r.metrics.type));
    }
    QList<std::pair<QString, QString>> items;
    for (auto it = years.cbegin(); it != years.cend(); ++it)
        items.append({QString::number(it.key()), QString::number(it.key())});
    refill(m_year, tr("All years"), items);
    auto pairs = [](const QMap<QString, QString> &m) {
        QList<std::pair<QString, QString>> out;
        for (auto it = m.cbegin(); it != m.cend(); ++it)
            out.append({it.key(), it.value()});
        return out;
    };
    refill(m_agency, tr("All agencies"), pairs(agencies));
    refill(m_regime, tr("All regimes"), pairs(regimes));
    refill(m_type, tr("All types"), pairs(types));
}

void DashboardWidget::applyFilters()
{
    PortfolioFilter f;
    if (!m_year->currentData().toString().isEmpty())
        f.years.insert(m_year->currentData().toInt());
    f.agencyId = m_agency->currentData().toString();
    f.regime = m_regime->currentData().toString();
    f.type = m_type->currentData().toString();
    m_portfolio = aggregatePortfolio(m_rows, f, m_options);
    showTotals();
    showCharts();
    showTables();
}

void DashboardWidget::showTotals()
{
    const PortfolioTotals &t = m_portfolio.totals;
    const QString cur = m_options.currency;
    m_procedures->setText(QLocale().toString(t.procedures));
    m_monitored->setText(formatMoney(t.monitored.cents(), cur));
    m_savings->setText(formatMoney(t.savings.cents(), cur));
    m_savingsReal->setText(t.savingsReal ? formatMoney(t.savingsReal->cents(), cur) : tr("n/a"));
    m_savingsPercent->setText(t.savingsPercentBp ? formatPercent(*t.savingsPercentBp) : tr("n/a"));
    m_savings->setToolTip(tr("%n procedure(s) with computable savings", nullptr, t.withSavings));
    QString convention = m_portfolio.convention;
    if (!t.notes.isEmpty())
        convention += QLatin1Char('\n') + t.notes.join(QLatin1Char('\n'));
    m_convention->setText(convention);
}

void DashboardWidget::showCharts()
{
    const QString cur = m_options.currency;
    const Portfolio &p = m_portfolio;
    const QString byYear = tr("Savings by year"), byAgency = tr("Savings by agency"),
                  bySector = tr("Savings by sector"), byType = tr("Savings by procedure type"),
                  scatter = tr("Bidders and savings %"), histogram = tr("Distribution of savings %");
    m_panels[0]->setChart(
        savingsBarChart(p.byYear, byYear, cur), categoryTable(p.byYear, byYear, tr("Year"), cur));
    m_panels[1]->setChart(
        savingsBarChart(p.byAgency, byAgency, cur), categoryTable(p.byAgency, byAgency, tr("Agency"), cur));
    m_panels[2]->setChart(
        savingsBarChart(p.bySector, bySector, cur), categoryTable(p.bySector, bySector, tr("Sector"), cur));
    m_panels[3]->setChart(
        savingsBarChart(p.byType, byType, cur), categoryTable(p.byType, byType, tr("Type"), cur));
    m_panels[4]->setChart(biddersScatterChart(p.scatter, scatter), scatterTable(p.scatter, scatter));
    m_panels[5]->setChart(histogramChart(p.histogram, histogram), histogramTable(p.histogram, histogram));
}

} // namespace Testigo::Ui
