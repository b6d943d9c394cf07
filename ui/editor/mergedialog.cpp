// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/mergedialog.h"

#include "merge/merger.h"
#include "store/session.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Testigo::Ui {

MergeDialog::MergeDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("mergeDialog"));
    setWindowTitle(tr("Merge case files"));
    resize(900, 600);
    auto *layout = new QVBoxLayout(this);
    auto *add = new QPushButton(tr("Add case files…"), this);
    add->setObjectName(QStringLiteral("addSourcesPushButton"));
    add->setAccessibleName(tr("Add case files to merge"));
    m_summary = new QLabel(tr("Choose witnesses' case files to bring into this one."), this);
    m_summary->setObjectName(QStringLiteral("mergeSummaryLabel"));
    m_summary->setWordWrap(true);
    layout->addWidget(add);
    layout->addWidget(m_summary);

    m_conflicts = new QTableWidget(0, 4, this);
    m_conflicts->setObjectName(QStringLiteral("conflictsTableWidget"));
    m_conflicts->setAccessibleName(tr("Conflicts awaiting a decision"));
    m_conflicts->setHorizontalHeaderLabels({tr("Table"), tr("Field"), tr("Row"), tr("Source")});
    m_conflicts->horizontalHeader()->setStretchLastSection(true);
    m_conflicts->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_conflicts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_conflicts->verticalHeader()->hide();
    layout->addWidget(m_conflicts, 1);

    auto *sides = new QGridLayout;
    m_ours = new QPlainTextEdit(this);
    m_ours->setObjectName(QStringLiteral("oursPlainTextEdit"));
    m_ours->setAccessibleName(tr("Value in this file"));
    m_theirs = new QPlainTextEdit(this);
    m_theirs->setObjectName(QStringLiteral("theirsPlainTextEdit"));
    m_theirs->setAccessibleName(tr("Value in the source file"));
    m_ours->setReadOnly(true);
    m_theirs->setReadOnly(true);
    m_base = new QLabel(this);
    m_base->setObjectName(QStringLiteral("baseValueLabel"));
    m_base->setWordWrap(true);
    auto *ours = new QPushButton(tr("Keep this file's value"), this);
    ours->setObjectName(QStringLiteral("keepOursPushButton"));
    auto *theirs = new QPushButton(tr("Take the source's value"), this);
    theirs->setObjectName(QStringLiteral("takeTheirsPushButton"));
    sides->addWidget(new QLabel(tr("This file"), this), 0, 0);
    sides->addWidget(new QLabel(tr("Source"), this), 0, 1);
    sides->addWidget(m_ours, 1, 0);
    sides->addWidget(m_theirs, 1, 1);
    sides->addWidget(ours, 2, 0);
    sides->addWidget(theirs, 2, 1);
    sides->addWidget(m_base, 3, 0, 1, 2);
    layout->addLayout(sides, 1);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(box);

    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(
            this, tr("Case files to merge"), QString(), tr("Testigo case files (*.testigo);;All files (*)"));
        if (!files.isEmpty())
            mergeFiles(files);
    });
    connect(ours, &QPushButton::clicked, this, &MergeDialog::keepOurs);
    connect(theirs, &QPushButton::clicked, this, &MergeDialog::takeTheirs);
    connect(m_conflicts, &QTableWidget::currentCellChanged, this, [this](int row) { showConflict(row); });
    reloadConflicts();
}

QString MergeDialog::mergeFiles(const QStringList &paths)
{
    QStringList lines;
    for (const QString &path : paths) {
        auto opened = CaseFile::open(path, true);
        if (!opened.file) {
            lines << opened.message;
            continue;
        }
        QString error;
        const QString name = QFileInfo(path).fileName();
        Merge::SourceSummary s = Merge::mergeFrom(m_session.file(), *opened.file, &error);
        if (s.refused && acceptUnverified(name, error)) {
            // The editor's choice, recorded in this file's merge log with the reason verification gave.
            Merge::Options accept;
            accept.acceptUnverified = true;
            error.clear();
            s = Merge::mergeFrom(m_session.file(), *opened.file, &error, accept);
        }
        if (!error.isEmpty())
            lines << tr("%1: %2").arg(name, error);
        else if (!s.changed())
            lines << tr("%1: nothing new.").arg(name);
        else
            lines << tr("%1: %2 new rows, %3 taken, %4 merged, %5 conflicts, %6 evidence files.")
                         .arg(name)
                         .arg(s.inserted)
                         .arg(s.taken)
                         .arg(s.merged)
                         .arg(s.conflicts)
                         .arg(s.blobs);
    }
    m_summary->setText(lines.join(QLatin1Char('\n')));
    reloadConflicts();
    return m_summary->text();
}

// A source that fails verification (edited outside Testigo, a broken or forged history) is merged
// only when the editor says so, having read why; the default answer is no.
bool MergeDialog::acceptUnverified(const QString &name, const QString &why)
{
    const auto answer = QMessageBox::warning(this, tr("Source failed verification"),
        tr("%1\n\nMerge “%2” anyway? This file's merge log will record that you accepted it unverified, "
           "and why.")
            .arg(why, name),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    return answer == QMessageBox::Yes;
}

void MergeDialog::reloadConflicts()
{
    const QList<MergeConflict> list = Merge::openConflicts(m_session.file());
    m_ids.clear();
    m_conflicts->setRowCount(int(list.size()));
    for (int r = 0; r < list.size(); ++r) {
        const MergeConflict &c = list[r];
        m_ids << c.id;
        const QStringList cells {c.table, c.field, c.rowRef.left(8), QFileInfo(c.sourcePath).fileName()};
        for (int col = 0; col < cells.size(); ++col)
            m_conflicts->setItem(r, col, new QTableWidgetItem(cells[col]));
    }
    if (!list.isEmpty())
        m_conflicts->setCurrentCell(0, 0);
    else
        showConflict(-1);
}

void MergeDialog::showConflict(int row)
{
    const auto c
        = row >= 0 && row < m_ids.size() ? m_session.file().get<MergeConflict>(m_ids[row]) : std::nullopt;
    m_ours->setPlainText(c ? Merge::displayValue(c->oursValue) : QString());
    m_theirs->setPlainText(c ? Merge::displayValue(c->theirsValue) : QString());
    m_base->setText(c ? tr("Before both changes: %1").arg(Merge::displayValue(c->baseValue))
                      : tr("No conflicts await a decision."));
}

bool MergeDialog::decide(bool theirs)
{
    const int row = m_conflicts->currentRow();
    if (row < 0 || row >= m_ids.size())
        return false;
    QString error;
    const bool ok = Merge::resolveConflict(
        m_session.file(), m_ids[row], theirs ? Merge::Side::Theirs : Merge::Side::Ours, &error);
    if (!ok)
        QMessageBox::warning(this, windowTitle(), error);
    reloadConflicts();
    return ok;
}

bool MergeDialog::keepOurs()
{
    return decide(false);
}
bool MergeDialog::takeTheirs()
{
    return decide(true);
}

} // namespace Testigo::Ui
