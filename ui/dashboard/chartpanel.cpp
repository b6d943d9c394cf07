// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboard/chartpanel.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QMenu>
#include <QToolButton>
#include <QVBoxLayout>

namespace Testigo::Ui {

ChartPanel::ChartPanel(const QString &name, QWidget *parent) : QFrame(parent)
{
    setObjectName(name + QStringLiteral("ChartPanel"));
    setFrameShape(QFrame::StyledPanel);
    m_view = new QChartView(this);
    m_view->setObjectName(name + QStringLiteral("ChartView"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(320, 230);
    m_export = new QToolButton(this);
    m_export->setObjectName(name + QStringLiteral("ExportToolButton"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    m_export->setAutoRaise(true);
    auto *menu = new QMenu(m_export);
    for (const char *kind : {"png", "svg", "csv", "xlsx"}) {
        QAction *a = menu->addAction(QString());
        a->setData(QString::fromLatin1(kind));
        connect(a, &QAction::triggered, this, [this, a] {
            const QString kind = a->data().toString();
            const bool picture = kind == QLatin1String("png") || kind == QLatin1String("svg");
            exportWithDialog(this, kind, m_table.title, picture ? m_view : nullptr, picture ? nullptr : &m_table);
        });
    }
    m_export->setMenu(menu);
    auto *lay = new QVBoxLayout(this);
    lay->setContentsMargins(2, 2, 2, 2);
    lay->setSpacing(0);
    lay->addWidget(m_view, 1);
    lay->addWidget(m_export, 0, Qt::AlignRight);
    retranslate();
}

void ChartPanel::setChart(QChart *chart, const TableData &table)
{
    QChart *old = m_view->chart();
    m_view->setChart(chart);
    delete old;
    // Qt Charts cuts a category name to "..." when its bar is not as tall as its lines: horizontal
    // bars get the height their names need.
    int height = 230;
    for (QAbstractAxis *axis : chart->axes(Qt::Vertical))
        if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis)) {
            qsizetype lines = 1;
            for (const QString &c : categories->categories())
                lines = qMax(lines, c.count(QStringLiteral("<br>")) + 1);
            const int line = QFontMetrics(categories->labelsFont()).lineSpacing();
            height = qMax(height, 120 + int(categories->count() * (lines * line + 8)));
        }
    m_view->setMinimumHeight(height);
    m_table = table;
    m_view->setAccessibleName(table.title);
}

QChart *ChartPanel::chart() const { return m_view->chart(); }

void ChartPanel::retranslate()
{
    m_export->setText(tr("Export"));
    m_export->setAccessibleName(tr("Export chart"));
    const QStringList labels{tr("Image (PNG)…"), tr("Vector image (SVG)…"), tr("Data (CSV)…"), tr("Data (Excel XLSX)…")};
    const auto actions = m_export->menu()->actions();
    for (int i = 0; i < actions.size() && i < labels.size(); ++i)
        actions[i]->setText(labels[i]);
}

} // namespace Testigo::Ui
