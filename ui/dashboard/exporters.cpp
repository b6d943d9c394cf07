// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboard/exporters.h"

#include "common/feedback.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QMessageBox>
#include <QPainter>
#include <QPixmap>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QWidget>
#include <xlsxwriter.h>

namespace Testigo::Ui {

using T = ExportText;

namespace {

QString csvCell(const QString &s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n')))
        return s;
    QString q = s;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

bool exportCsv(const TableData &table, const QString &path, QString *error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return fail(error, T::tr("Cannot write %1: %2").arg(path, f.errorString()));
    auto line = [&](const QStringList &cells) {
        QStringList out;
        for (const auto &c : cells)
            out << csvCell(c);
        f.write(out.join(QLatin1Char(',')).toUtf8() + "\r\n");
    };
    line(table.header);
    for (const auto &row : table.rows) {
        QStringList cells;
        for (const auto &c : row)
            cells << c.text;
        line(cells);
    }
    if (!table.footnote.isEmpty())
        line({table.footnote});
    if (!f.commit())
        return fail(error, T::tr("Cannot write %1: %2").arg(path, f.errorString()));
    return true;
}

bool exportXlsx(const TableData &table, const QString &path, QString *error)
{
    const QByteArray file = QFile::encodeName(path);
    lxw_workbook *wb = workbook_new(file.constData());
    if (!wb)
        return fail(error, T::tr("Cannot write %1").arg(path));
    // Sheet names: at most 31 characters, none of []:*?/\ .
    QString name = table.title.left(31);
    for (QChar c : QStringLiteral("[]:*?/\\"))
        name.replace(c, QLatin1Char(' '));
    const QByteArray sheetName = (name.trimmed().isEmpty() ? QStringLiteral("Sheet1") : name).toUtf8();
    lxw_worksheet *ws = workbook_add_worksheet(wb, sheetName.constData());
    lxw_format *bold = workbook_add_format(wb);
    format_set_bold(bold);
    lxw_format *fmt0 = workbook_add_format(wb);
    format_set_num_format(fmt0, "#,##0");
    lxw_format *fmt2 = workbook_add_format(wb);
    format_set_num_format(fmt2, "#,##0.00");
    for (int c = 0; c < table.header.size(); ++c) {
        worksheet_write_string(ws, 0, lxw_col_t(c), table.header[c].toUtf8().constData(), bold);
        worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), c == 0 ? 28 : 16, nullptr);
    }
    for (int r = 0; r < table.rows.size(); ++r) {
        const auto &row = table.rows[r];
        for (int c = 0; c < row.size(); ++c) {
            const TableCell &cell = row[c];
            if (cell.number)
                worksheet_write_number(
                    ws, lxw_row_t(r + 1), lxw_col_t(c), *cell.number, cell.decimals ? fmt2 : fmt0);
            else
                worksheet_write_string(
                    ws, lxw_row_t(r + 1), lxw_col_t(c), cell.text.toUtf8().constData(), nullptr);
        }
    }
    if (!table.footnote.isEmpty())
        worksheet_write_string(
            ws, lxw_row_t(table.rows.size() + 2), 0, table.footnote.toUtf8().constData(), nullptr);
    const lxw_error rc = workbook_close(wb);
    if (rc != LXW_NO_ERROR)
        return fail(error, T::tr("Cannot write %1: %2").arg(path, QString::fromUtf8(lxw_strerror(rc))));
    return true;
}

bool exportPng(QWidget *widget, const QString &path, QString *error)
{
    const QPixmap pm = widget->grab();
    if (pm.isNull() || !pm.save(path, "PNG"))
        return fail(error, T::tr("Cannot write %1").arg(path));
    return true;
}

bool exportSvg(QWidget *widget, const QString &path, const QString &title, QString *error)
{
    QSvgGenerator gen;
    gen.setFileName(path);
    gen.setSize(widget->size());
    gen.setViewBox(QRect(QPoint(0, 0), widget->size()));
    gen.setTitle(title);
    gen.setDescription(T::tr("Exported from Testigo"));
    QPainter p;
    if (!p.begin(&gen))
        return fail(error, T::tr("Cannot write %1").arg(path));
    widget->render(&p);
    p.end();
    if (!QFile::exists(path))
        return fail(error, T::tr("Cannot write %1").arg(path));
    return true;
}

void exportWithDialog(
    QWidget *parent, const QString &what, const QString &baseName, QWidget *chart, const TableData *table)
{
    const QString filter = what == QLatin1String("png") ? T::tr("PNG image (*.png)")
        : what == QLatin1String("svg")                  ? T::tr("SVG image (*.svg)")
        : what == QLatin1String("csv")                  ? T::tr("CSV file (*.csv)")
                                                        : T::tr("Excel workbook (*.xlsx)");
    const QString path
        = QFileDialog::getSaveFileName(parent, T::tr("Export"), baseName + QLatin1Char('.') + what, filter);
    if (path.isEmpty())
        return;
    QString error;
    bool ok = false;
    if (what == QLatin1String("png") && chart)
        ok = exportPng(chart, path, &error);
    else if (what == QLatin1String("svg") && chart)
        ok = exportSvg(chart, path, baseName, &error);
    else if (what == QLatin1String("csv") && table)
        ok = exportCsv(*table, path, &error);
    else if (table)
        ok = exportXlsx(*table, path, &error);
    if (!ok)
        QMessageBox::warning(parent, T::tr("Export"), error);
    else
        announceDone(parent, T::tr("Exported to %1").arg(QDir::toNativeSeparators(path)));
}

} // namespace Testigo::Ui
