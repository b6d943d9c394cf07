// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Collects everything a new finding starts with (stage, clauses, category, severity, description,
// evidence files) so that FindingsPanel creates it, its clause ties and its attachments as ONE
// undo step. Opened window-modal with open(); files can be dropped on it.

#include "common/recordtablemodel.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QStandardItemModel;
class QStringListModel;

namespace Testigo::Ui {

struct FindingDraft
{
    QString stageId;
    QStringList clauseIds;
    QString category;
    QString severity = QStringLiteral("medium");
    QString description;
    QStringList files; // evidence to attach
};

class NewFindingDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewFindingDialog)

public:
    explicit NewFindingDialog(QWidget *parent = nullptr);

    // stages and clauses as (id, label); preselects a stage and a clause when given.
    void prepare(
        const ChoiceList &stages, const ChoiceList &clauses, const QString &stageId, const QString &clauseId);
    FindingDraft draft() const;
    QStandardItemModel *clauseModel() const { return m_clauses; }
    QStringListModel *fileModel() const { return m_files; }
    // Refuses (with a message in the dialog) a finding without a description.
    void accept() override;

public slots:
    // What a drop of files does (and the "Add evidence…" button after its file dialog).
    void addFiles(const QStringList &paths);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void setUpFields();
    void addFormRow(QWidget *field, const char *name, QLayout *layout = nullptr);
    void buildForm();
    QDialogButtonBox *buildLayout();
    void chainTabOrder();
    void retranslate();
    QLabel *m_problem = nullptr;
    void browse();

    QComboBox *m_stage;
    QListView *m_clauseView;
    QComboBox *m_category;
    QComboBox *m_severity;
    QPlainTextEdit *m_description;
    QListView *m_fileView;
    QPushButton *m_addFiles;
    QPushButton *m_create;
    QPushButton *m_cancel;
    QStandardItemModel *m_clauses;
    QStringListModel *m_files;
    QFormLayout *m_form;
    QList<QLabel *> m_labels;
};

} // namespace Testigo::Ui
