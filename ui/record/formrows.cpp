// SPDX-License-Identifier: GPL-3.0-or-later
#include "record/formrows.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QLabel>

namespace Testigo::Ui {

FormRows::FormRows(QFormLayout *form, const char *context) : m_form(form), m_context(context)
{
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
}

QLabel *FormRows::add(const char *objectName, const char *source, QWidget *field, QLayout *layout)
{
    auto *label = new QLabel;
    label->setObjectName(QLatin1String(objectName));
    label->setBuddy(field);
    if (layout)
        m_form->addRow(label, layout);
    else
        m_form->addRow(label, field);
    m_rows.append({label, field, source});
    return label;
}

void FormRows::retranslate()
{
    for (const Row &r : m_rows) {
        const QString text = QCoreApplication::translate(m_context, r.source);
        r.label->setText(text);
        QString name = text;
        if (name.endsWith(QLatin1Char(':')))
            name.chop(1);
        name.remove(QLatin1Char('&'));
        r.field->setAccessibleName(name.trimmed());
    }
}

} // namespace Testigo::Ui
