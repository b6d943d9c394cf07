// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench/procedurespage.h"

#include "store/session.h"
#include "workbench/newproceduredialog.h"
#include "workbench/procedureactions.h"
#include "workbench/procedurelistmodel.h"
#include "workbench/witnessprofiledialog.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Testigo::Ui {

// Search that ignores case and accents ("licitacion" finds "Licitación"), across every column.
class ProcedureFilterModel final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    static QString fold(const QString &s)
    {
        QString out;
        for (const QChar c : s.normalized(QString::NormalizationForm_D))
            if (c.category() != QChar::Mark_NonSpacing)
                out.append(c.toCaseFolded());
        return out;
    }
    void setSearch(const QString &text)
    {
        m_words = fold(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        if (m_words.isEmpty())
            return true;
        QString all;
        for (int c = 0; c < sourceModel()->columnCount(parent); ++c)
            all += sourceModel()->index(row, c, parent).data().toString() + QLatin1Char(' ');
        all = fold(all);
        for (const QString &w : m_words)
            if (!all.contains(w))
                return false;
        return true;
    }

private:
    QStringList m_words;
};

ProceduresPage::ProceduresPage(Session &session, QUndoStack &stack, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_stack(stack)
    , m_model(new ProcedureListModel(session, this))
    , m_proxy(new ProcedureFilterModel(this))
    , m_searchLabel(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_add(new QPushButton(this))
    , m_duplicate(new QPushButton(this))
    , m_delete(new QPushButton(this))
    , m_open(new QPushButton(this))
    , m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("proceduresPage"));
    setUpWidgets();
    setUpTable();
    buildLayout();
    connectSignals();
    retranslate();
    updateButtons();
}

void ProceduresPage::setUpWidgets()
{
    m_search->setObjectName(QStringLiteral("searchLineEdit"));
    m_search->setClearButtonEnabled(true);
    m_searchLabel->setBuddy(m_search);
    m_table->setObjectName(QStringLiteral("proceduresTableView"));
    m_add->setObjectName(QStringLiteral("addProcedurePushButton"));
    m_duplicate->setObjectName(QStringLiteral("duplicateProcedurePushButton"));
    m_delete->setObjectName(QStringLiteral("deleteProcedurePushButton"));
    m_open->setObjectName(QStringLiteral("openProcedurePushButton"));
    m_hint->setObjectName(QStringLiteral("emptyListHintLabel"));
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::RichText);
    m_hint->setAlignment(Qt::AlignCenter);
}

void ProceduresPage::setUpTable()
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ProcedureListModel::SortRole);
    m_proxy->setSortLocaleAware(true);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ProcedureListModel::Number, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    // Long regime and type labels must not squeeze the title: cap them, elide, show in tooltips.
    m_table->horizontalHeader()->setMaximumSectionSize(150);
    m_table->horizontalHeader()->setMinimumSectionSize(60);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ProcedureListModel::Title, QHeaderView::Stretch);
    m_table->setTabKeyNavigation(false);
}

// The search on top, the hint and the table, the buttons below; tab follows that order.
void ProceduresPage::buildLayout()
{
    auto *top = new QHBoxLayout;
    top->addWidget(m_searchLabel);
    top->addWidget(m_search, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addStretch(1);
    buttons->addWidget(m_add);
    buttons->addWidget(m_duplicate);
    buttons->addWidget(m_delete);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_hint);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    setTabOrder(m_search, m_table);
    setTabOrder(m_table, m_open);
    setTabOrder(m_open, m_add);
    setTabOrder(m_add, m_duplicate);
    setTabOrder(m_duplicate, m_delete);
}

void ProceduresPage::connectSignals()
{
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &t) { m_proxy->setSearch(t); });
    connect(m_add, &QPushButton::clicked, this, &ProceduresPage::addProcedure);
    connect(m_duplicate, &QPushButton::clicked, this, &ProceduresPage::duplicateProcedure);
    connect(m_delete, &QPushButton::clicked, this, &ProceduresPage::deleteProcedure);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (!currentProcedureId().isEmpty())
            emit openRequested(currentProcedureId());
    });
    connect(m_table, &QTableView::activated, this,
        [this](const QModelIndex &i) { emit openRequested(i.data(ProcedureListModel::IdRole).toString()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &ProceduresPage::updateButtons);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ProceduresPage::updateButtons);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ProceduresPage::updateButtons);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ProceduresPage::updateButtons);
    connect(&m_session, &Session::changed, this, &ProceduresPage::updateHint);
}

QString ProceduresPage::currentProcedureId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(ProcedureListModel::IdRole).toString();
}

void ProceduresPage::selectProcedure(const QString &id)
{
    m_model->reload();
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex i = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!i.isValid())
        return;
    m_table->selectionModel()->select(i, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->setCurrentIndex(i);
    m_table->scrollTo(i);
}

void ProceduresPage::updateButtons()
{
    const bool selected = !currentProcedureId().isEmpty();
    const bool writable = !m_session.isReadOnly();
    m_open->setEnabled(selected);
    m_add->setEnabled(writable);
    m_duplicate->setEnabled(selected && writable);
    m_delete->setEnabled(selected && writable);
    updateHint();
}

void ProceduresPage::updateHint()
{
    // A new file says what to do next: the profile first (once), then a procedure.
    const bool empty = m_model->rowCount() == 0;
    m_hint->setVisible(empty);
    if (!empty)
        return;
    const bool hasProfile = !WitnessProfileDialog::profileId(m_session).isEmpty();
    m_hint->setText(hasProfile
            ? tr("<p><b>No procedures yet.</b> Add one with <b>Add…</b> below (Ctrl+Shift+N), or import "
                 "published data with <b>File ▸ Import OCDS…</b>.</p>")
            : tr("<p><b>Welcome.</b> First enter your details once with <b>File ▸ Witness profile…</b>; "
                 "then add a procedure with <b>Add…</b> below (Ctrl+Shift+N) or import published data "
                 "with <b>File ▸ Import OCDS…</b>. <b>Help ▸ Getting started</b> (F1) explains the "
                 "rest.</p>"));
}

void ProceduresPage::addProcedure()
{
    NewProcedureDialog dialog(m_session.file().all<Agency>(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString id = ProcedureActions::add(m_session, m_stack, dialog.values());
    if (id.isEmpty())
        return;
    selectProcedure(id);
    emit openRequested(id);
}

void ProceduresPage::duplicateProcedure()
{
    const QString id = ProcedureActions::duplicate(m_session, m_stack, currentProcedureId());
    if (!id.isEmpty())
        selectProcedure(id);
}

void ProceduresPage::deleteProcedure()
{
    const QString id = currentProcedureId();
    const auto p = m_session.file().get<Procedure>(id);
    if (!p)
        return;
    const auto answer = QMessageBox::question(this, tr("Delete procedure"),
        tr("Delete the procedure “%1” with its stages and findings?\nYou can undo this with Edit ▸ Undo.")
            .arg(p->number.isEmpty() ? p->title : p->number),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer == QMessageBox::Yes)
        ProcedureActions::remove(m_session, m_stack, id);
}

void ProceduresPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ProceduresPage::retranslate()
{
    m_searchLabel->setText(tr("Fi&lter the list:"));
    m_search->setPlaceholderText(tr("Number, title, agency, stage…"));
    m_search->setAccessibleName(tr("Search procedures"));
    m_table->setAccessibleName(tr("Procedures"));
    m_add->setText(tr("&Add…"));
    m_duplicate->setText(tr("D&uplicate"));
    m_delete->setText(tr("&Delete…"));
    m_open->setText(tr("&Open"));
    m_model->retranslate();
    updateHint();
}

} // namespace Testigo::Ui
