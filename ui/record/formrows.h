// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Labelled rows of a QFormLayout that retranslate themselves: each label keeps its English source
// (marked with QT_TRANSLATE_NOOP at the call site), is the buddy of its field, and gives the field
// its accessible name. Long labels wrap instead of being clipped.

#include <QList>
#include <QString>

class QFormLayout;
class QLabel;
class QLayout;
class QWidget;

namespace Testigo::Ui {

class FormRows final
{
public:
    FormRows(QFormLayout *form, const char *context);

    // `field` gets the label's buddy and accessible name; `layout` (when given) is what the row shows.
    QLabel *add(const char *objectName, const char *source, QWidget *field, QLayout *layout = nullptr);
    void retranslate();

private:
    struct Row
    {
        QLabel *label;
        QWidget *field;
        const char *source;
    };
    QFormLayout *m_form;
    const char *m_context;
    QList<Row> m_rows;
};

} // namespace Testigo::Ui
