// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/editorialplanview.h"
#include "common/commands.h"
#include "domain/editorial.h"
#include "editor/chaptereditor.h"
#include "render/doctext.h"
#include "render/reportdata.h"
#include "store/session.h"

#include <QComboBox>
#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>
#include <algorithm>

namespace Testigo::Ui {

namespace {
enum Column { Position, TitleEs, TitleEn, Author, Reviewer, Status, Due, ColumnCount };
const char *const kFields[] = {"position", "title_es", "title_en", "lead_author", "reviewer", "status", "due_date"};
const char *const kStatuses[] = {"planned", "drafting", "in_review", "approved"};

QString statusLabel(const QString &code)
{
    if (code == QStringLiteral("drafting"))
        return EditorialPlanView::tr("Drafting");
    if (code == QStringLiteral("in_review"))
        return EditorialPlanView::tr("In review");
    if (code == QStringLiteral("approved"))
        return EditorialPlanView::tr("Approved");
    return EditorialPlanView::tr("Planned");
}

QString nn(const QString &s) { return s.isNull() ? QStringLiteral("") : s; }

QVariantMap chapterValues(const Chapter &c)
{
    // Every text column explicitly, so none is stored as NULL.
    return {{QStringLiteral("position"), c.position},      {QStringLiteral("title_es"), nn(c.titleEs)},
            {QStringLiteral("title_en"), nn(c.titleEn)},   {QStringLiteral("lead_author"), nn(c.leadAuthor)},
            {QStringLiteral("reviewer"), nn(c.reviewer)},  {QStringLiteral("status"), nn(c.status)},
            {QStringLiteral("body_es"), nn(c.bodyEs)},     {QStringLiteral("body_en"), nn(c.bodyEn)}};
}
} // namespace

EditorialPlanView::EditorialPlanView(Session &session, QUndoStack &undo, QWidget *parent)
    : QWidget(parent), m_session(session), m_undo(undo)
{
    setObjectName(QStringLiteral("editorialPlanView"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("planProgressBar"));
    m_progress->setAccessibleName(tr("Chapters approved"));
    m_progressLabel = new QLabel(this);
    m_progressLabel->setObjectName(QStringLiteral("planProgressLabel"));
    top->addWidget(new QLabel(tr("Progress:"), this));
    top->addWidget(m_progress, 1);
    top->addWidget(m_progressLabel, 2);
    layout->addLayout(top);

    auto *split = new QSplitter(Qt::Vertical, this);
    auto *planBox = new QWidget(split);
    auto *planLayout = new QVBoxLayout(planBox);
    planLayout->setContentsMargins(0, 0, 0, 0);
    m_table = new QTableWidget(0, ColumnCount, planBox);
    m_table->setObjectName(QStringLiteral("chaptersTableWidget"));
    m_table->setAccessibleName(tr("Chapters of the report"));
    m_table->setHorizontalHeaderLabels({tr("#"), tr("Title (Spanish)"), tr("Title (English)"), tr("Author"), tr("Reviewer"),
                                        tr("Status"), tr("Due date")});
    m_table->horizontalHeader()->setSectionResizeMode(TitleEs, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(TitleEn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    planLayout->addWidget(m_table);
    auto *buttons = new QHBoxLayout;
    auto button = [&](const QString &name, const QString &text) {
        auto *b = new QPushButton(text, planBox);
        b->setObjectName(name);
        b->setAccessibleName(text);
        buttons->addWidget(b);
        return b;
    };
    connect(button(QStringLiteral("addChapterPushButton"), tr("Add chapter")), &QPushButton::clicked, this,
            &EditorialPlanView::addNewChapter);
    connect(button(QStringLiteral("removeChapterPushButton"), tr("Remove")), &QPushButton::clicked, this,
            [this] { removeChapter(m_table->currentRow()); });
    connect(button(QStringLiteral("moveUpPushButton"), tr("Move up")), &QPushButton::clicked, this,
            [this] { moveChapter(m_table->currentRow(), -1); });
    connect(button(QStringLiteral("moveDownPushButton"), tr("Move down")), &QPushButton::clicked, this,
            [this] { moveChapter(m_table->currentRow(), +1); });
    connect(button(QStringLiteral("defaultPlanPushButton"), tr("Add the default plan")), &QPushButton::clicked, this,
            &EditorialPlanView::addDefaultPlan);
    buttons->addStretch(1);
    planLayout->addLayout(buttons);
    m_editor = new ChapterEditor(session, undo, split);
    split->addWidget(planBox);
    split->addWidget(m_editor);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    connect(m_table, &QTableWidget::cellChanged, this, &EditorialPlanView::onItemChanged);
    connect(m_table, &QTableWidget::currentCellChanged, this,
            [this](int row) { m_editor->setChapter(m_ids.value(row)); });
    connect(&m_session, &Session::changed, this, &EditorialPlanView::reload);
    reload();
}

void EditorialPlanView::reload()
{
    if (m_reloading)
        return;
    m_reloading = true;
    QList<Chapter> chapters = m_session.file().all<Chapter>();
    std::stable_sort(chapters.begin(), chapters.end(), [](const Chapter &a, const Chapter &b) { return a.position < b.position; });
    const QString current = m_ids.value(m_table->currentRow());
    m_ids.clear();
    m_table->setRowCount(int(chapters.size()));
    QMap<QString, int> byStatus;
    int overdue = 0;
    for (int r = 0; r < chapters.size(); ++r) {
        const Chapter &c = chapters[r];
        m_ids << c.id;
        ++byStatus[c.status];
        if (c.dueDate.isValid() && c.dueDate < QDate::currentDate() && c.status != QStringLiteral("approved"))
            ++overdue;
        const QStringList texts{QString::number(r + 1), c.titleEs, c.titleEn, c.leadAuthor, c.reviewer, QString(),
                                c.dueDate.isValid() ? c.dueDate.toString(Qt::ISODate) : QString()};
        for (int col = 0; col < ColumnCount; ++col) {
            auto *item = new QTableWidgetItem(texts[col]);
            if (col == Position)
                item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            m_table->setItem(r, col, item);
        }
        auto *status = new QComboBox(m_table);
        status->setObjectName(QStringLiteral("chapterStatusComboBox"));
        status->setAccessibleName(tr("Status of chapter %1").arg(r + 1));
        for (const char *s : kStatuses)
            status->addItem(statusLabel(QLatin1String(s)), QLatin1String(s));
        status->setCurrentIndex(std::max(0, status->findData(c.status)));
        connect(status, &QComboBox::currentIndexChanged, this, [this, status, r] {
            setField(r, QStringLiteral("status"), status->currentData(), tr("Change chapter status"));
        });
        m_table->setCellWidget(r, Status, status);
    }
    const int total = int(chapters.size());
    m_progress->setRange(0, std::max(1, total));
    m_progress->setValue(byStatus.value(QStringLiteral("approved")));
    m_progress->setFormat(tr("%1 of %2 approved").arg(byStatus.value(QStringLiteral("approved"))).arg(total));
    QStringList parts;
    for (const char *s : kStatuses)
        parts << QStringLiteral("%1: %2").arg(statusLabel(QLatin1String(s))).arg(byStatus.value(QLatin1String(s)));
    if (overdue)
        parts << tr("%n overdue", nullptr, overdue);
    m_progressLabel->setText(parts.join(QStringLiteral(" · ")));
    const int row = int(m_ids.indexOf(current));
    if (row >= 0)
        m_table->setCurrentCell(row, TitleEs);
    m_reloading = false;
}

QString EditorialPlanView::progressText() const
{
    return m_progress->text() + QStringLiteral(" — ") + m_progressLabel->text();
}

void EditorialPlanView::setField(int row, const QString &field, const QVariant &value, const QString &text)
{
    if (m_reloading || row < 0 || row >= m_ids.size())
        return;
    m_undo.push(new SetFieldCommand(m_session, QStringLiteral("chapter"), m_ids[row], field, value, text));
}

void EditorialPlanView::onItemChanged(int row, int column)
{
    if (m_reloading || column == Position || column == Status)
        return;
    QString text = m_table->item(row, column)->text().trimmed();
    if (text.isNull())
        text = QStringLiteral(""); // the store binds a null string as NULL
    if (column == Due) {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        setField(row, QLatin1String(kFields[column]), d.isValid() ? QVariant(d) : QVariant(), tr("Change due date"));
        return;
    }
    setField(row, QLatin1String(kFields[column]), text, tr("Edit chapter"));
}

void EditorialPlanView::addChapter(const QString &titleEs, const QString &titleEn)
{
    Chapter c;
    c.position = int(m_ids.size()) + 1;
    c.titleEs = titleEs;
    c.titleEn = titleEn;
    m_undo.push(new InsertRowCommand(m_session, QStringLiteral("chapter"), chapterValues(c), tr("Add chapter")));
}

// A new chapter is titled in both of the report's languages, whatever the interface's.
void EditorialPlanView::addNewChapter()
{
    const char *title = QT_TRANSLATE_NOOP("Report", "New chapter");
    addChapter(Render::reportText(DocLanguage(QStringLiteral("es")), title),
        Render::reportText(DocLanguage(QStringLiteral("en")), title));
}

void EditorialPlanView::addDefaultPlan()
{
    m_undo.beginMacro(tr("Add the default plan"));
    int position = int(m_ids.size());
    for (Chapter c : Render::defaultChapters()) {
        c.position = ++position;
        m_undo.push(new InsertRowCommand(m_session, QStringLiteral("chapter"), chapterValues(c), tr("Add chapter")));
    }
    m_undo.endMacro();
}

void EditorialPlanView::moveChapter(int row, int delta)
{
    const int other = row + delta;
    if (row < 0 || other < 0 || row >= m_ids.size() || other >= m_ids.size())
        return;
    const QString a = m_ids[row], b = m_ids[other];
    m_undo.beginMacro(tr("Move chapter"));
    // Positions are rewritten 1..n so that gaps and duplicates (after merges) disappear too.
    QStringList order = m_ids;
    order.swapItemsAt(row, other);
    for (int i = 0; i < order.size(); ++i)
        m_undo.push(new SetFieldCommand(m_session, QStringLiteral("chapter"), order[i], QStringLiteral("position"), i + 1,
                                        tr("Move chapter")));
    m_undo.endMacro();
    m_table->setCurrentCell(int(m_ids.indexOf(a)), TitleEs);
    Q_UNUSED(b)
}

void EditorialPlanView::removeChapter(int row)
{
    if (row < 0 || row >= m_ids.size())
        return;
    m_undo.push(new SetDeletedCommand(m_session, QStringLiteral("chapter"), m_ids[row], true, tr("Remove chapter")));
}

} // namespace Testigo::Ui
