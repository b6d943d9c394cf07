// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Asks what a new procedure's templates depend on: object kind, type and regime (proposed from the
// object kind and start date, which the witness may override), plus its number, title and
// contracting agency (one of the file's agencies, or a new one typed by name).

#include "domain/entities.h"
#include "workbench/procedureactions.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QLabel;

namespace Testigo::Ui {

class DateField;

class NewProcedureDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewProcedureDialog)

public:
    explicit NewProcedureDialog(const QList<Agency> &agencies, QWidget *parent = nullptr);
    NewProcedure values() const;

private:
    void proposeRegime();

    QLineEdit *m_number, *m_title;
    QComboBox *m_agency, *m_objectKind, *m_type, *m_regime;
    DateField *m_start;
};

} // namespace Testigo::Ui
