// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench/newproceduredialog.h"

#include "common/datefield.h"
#include "domain/codes.h"
#include "rules/instantiate.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>

namespace Testigo::Ui {

namespace {
void fill(QComboBox *combo, const CodeList &codes)
{
    for (const CodeItem &c : codes)
        combo->addItem(Codes::label(codes, QString::fromLatin1(c.code)), QString::fromLatin1(c.code));
}
QString code(const QComboBox *combo)
{
    return combo->currentData().toString();
}
} // namespace

NewProcedureDialog::NewProcedureDialog(const QList<Agency> &agencies, QWidget *parent)
    : QDialog(parent)
    , m_number(new QLineEdit(this))
    , m_title(new QLineEdit(this))
    , m_agency(new QComboBox(this))
    , m_objectKind(new QComboBox(this))
    , m_type(new QComboBox(this))
    , m_regime(new QComboBox(this))
    , m_start(new DateField(this))
{
    setObjectName(QStringLiteral("newProcedureDialog"));
    setWindowTitle(tr("New procedure"));
    m_number->setObjectName(QStringLiteral("newNumberLineEdit"));
    m_title->setObjectName(QStringLiteral("newTitleLineEdit"));
    m_agency->setObjectName(QStringLiteral("newAgencyComboBox"));
    m_agency->setEditable(true);
    m_agency->setInsertPolicy(QComboBox::NoInsert);
    m_agency->addItem(QString());
    for (const Agency &a : agencies)
        m_agency->addItem(a.name, a.id);
    m_agency->lineEdit()->setPlaceholderText(tr("Choose or type the contracting agency"));
    m_objectKind->setObjectName(QStringLiteral("newObjectKindComboBox"));
    m_type->setObjectName(QStringLiteral("newTypeComboBox"));
    m_regime->setObjectName(QStringLiteral("newRegimeComboBox"));
    m_start->setObjectName(QStringLiteral("newStartDateEdit"));
    m_start->setDate(QDate::currentDate());
    fill(m_objectKind, Codes::objectKinds());
    fill(m_type, Codes::procedureTypes());
    fill(m_regime, Codes::regimes());
    m_title->setMinimumWidth(360);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Number:"), m_number);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Agency:"), m_agency);
    form->addRow(tr("Object &kind:"), m_objectKind);
    form->addRow(tr("T&ype:"), m_type);
    form->addRow(tr("&Start date:"), m_start);
    form->addRow(tr("&Regime:"), m_regime);
    m_number->setAccessibleName(tr("Number"));
    m_title->setAccessibleName(tr("Title"));
    m_agency->setAccessibleName(tr("Agency"));
    m_objectKind->setAccessibleName(tr("Object kind"));
    m_type->setAccessibleName(tr("Type"));
    m_start->setAccessibleName(tr("Start date"));
    m_regime->setAccessibleName(tr("Regime"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("newProcedureButtonBox"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_objectKind, &QComboBox::currentIndexChanged, this, &NewProcedureDialog::proposeRegime);
    connect(m_start, &DateField::dateChanged, this, &NewProcedureDialog::proposeRegime);
    proposeRegime();
}

void NewProcedureDialog::proposeRegime()
{
    const int i = m_regime->findData(Testigo::proposeRegime(code(m_objectKind), m_start->date()));
    if (i >= 0)
        m_regime->setCurrentIndex(i);
}

NewProcedure NewProcedureDialog::values() const
{
    NewProcedure v;
    v.number = m_number->text().trimmed();
    v.title = m_title->text().trimmed();
    v.objectKind = code(m_objectKind);
    v.type = code(m_type);
    v.regime = code(m_regime);
    v.start = m_start->date();
    // A name typed that matches an agency of the file is that agency, not a second one.
    const QString agency = m_agency->currentText().simplified();
    const int known = agency.isEmpty() ? -1 : m_agency->findText(agency, Qt::MatchFixedString);
    if (known > 0)
        v.agencyId = m_agency->itemData(known).toString();
    else
        v.newAgencyName = agency;
    return v;
}

} // namespace Testigo::Ui
