// SPDX-License-Identifier: GPL-3.0-or-later
#include "record/recordtablesection.h"

#include "common/commands.h"
#include "common/recorddelegate.h"
#include "common/recordtablemodel.h"
#include "store/session.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Testigo::Ui {

RecordTableSection::RecordTableSection(
    Session &session, QUndoStack &undo, RecordTableModel *model, const QString &name, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_undo(undo)
    , m_model(model)
    , m_heading(new QLabel(this))
    , m_refused(new QLabel(this))
    , m_view(new QTableView(this))
    , m_add(new QPushButton(this))
    , m_remove(new QPushButton(this))
{
    QString capital = name;
    capital[0] = capital[0].toUpper();
    setObjectName(name + QStringLiteral("SectionWidget"));
    m_heading->setObjectName(name + QStringLiteral("HeadingLabel"));
    m_view->setObjectName(name + QStringLiteral("TableView"));
    m_add->setObjectName(QStringLiteral("add") + capital + QStringLiteral("PushButton"));
    m_remove->setObjectName(QStringLiteral("remove") + capital + QStringLiteral("PushButton"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_heading->setBuddy(m_view);
    m_view->setModel(model);
    auto *delegate = new RecordDelegate(m_view);
    m_view->setItemDelegate(delegate);
    m_refused->setObjectName(name + QStringLiteral("MessageLabel"));
    m_refused->setWordWrap(true);
    m_refused->hide();
    connect(delegate, &RecordDelegate::inputRefused, m_refused, [this](const QString &message) {
        m_refused->setText(message);
        m_refused->show();
    });
    connect(delegate, &RecordDelegate::inputAccepted, m_refused, &QLabel::hide);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::AnyKeyPressed);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_heading, 1);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_view);
    layout->addWidget(m_refused);
    setTabOrder(m_add, m_remove);
    setTabOrder(m_remove, m_view);

    connect(m_add, &QPushButton::clicked, this, &RecordTableSection::addRequested);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const QString id = selectedId();
        if (!id.isEmpty())
            m_undo.push(new SetDeletedCommand(m_session, m_model->table(), id, true, m_removeUndo));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateButtons();
        emit selectionChanged();
    });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        updateButtons();
        emit selectionChanged();
    });
    connect(model, &QAbstractItemModel::rowsRemoved, this, [this] {
        updateButtons();
        emit selectionChanged();
    });
    updateButtons();
}

QString RecordTableSection::selectedId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_model->idAt(rows.first().row());
}

void RecordTableSection::selectId(const QString &id, int column)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    m_view->selectionModel()->setCurrentIndex(
        m_model->index(row, column), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void RecordTableSection::setTexts(
    const QString &heading, const QString &add, const QString &remove, const QString &removeUndo)
{
    m_heading->setText(heading);
    m_view->setAccessibleName(heading);
    m_add->setText(add);
    m_remove->setText(remove);
    m_removeUndo = removeUndo;
}

void RecordTableSection::setAddEnabled(bool enabled)
{
    m_addEnabled = enabled;
    updateButtons();
}

void RecordTableSection::updateButtons()
{
    const bool writable = !m_session.isReadOnly();
    m_add->setEnabled(writable && m_addEnabled);
    m_remove->setEnabled(writable && !selectedId().isEmpty());
}

} // namespace Testigo::Ui
