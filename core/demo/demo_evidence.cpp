// SPDX-License-Identifier: GPL-3.0-or-later
// Evidence files for the demo: small PDFs written here (one page of text, enough for a viewer),
// a CSV of bids and two files shipped in resources/demo/. All deterministic.
#include "demo/demodata.h"

#include <QFile>
#include <QList>

namespace Testigo::Demo {

namespace {

// PDF string literal in WinAnsi (Latin-1 for Spanish text), escaping what PDF requires.
QByteArray pdfText(const QString &text)
{
    QByteArray out;
    for (const char c : text.toLatin1()) {
        const unsigned char u = static_cast<unsigned char>(c);
        if (c == '(' || c == ')' || c == '\\')
            out += '\\', out += c;
        else if (u >= 128)
            out += '\\' + QByteArray::number(u, 8);
        else
            out += c;
    }
    return out;
}

// A one-page PDF with a title and lines of text; the cross-reference offsets are computed exactly.
QByteArray onePagePdf(const QString &title, const QStringList &lines)
{
    QByteArray content = "BT /F1 14 Tf 56 780 Td (" + pdfText(title) + ") Tj /F1 10 Tf";
    for (const QString &l : lines)
        content += " 0 -16 Td (" + pdfText(l) + ") Tj";
    content += " ET";
    const QList<QByteArray> objects{
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "\nendstream",
    };
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (int i = 0; i < objects.size(); ++i) {
        offsets << pdf.size();
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype o : offsets)
        pdf += QByteArray::number(o).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n"
           + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

QByteArray resource(const QString &name)
{
    QFile f(QStringLiteral(":/demo/") + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString s(const char *utf8) { return QString::fromUtf8(utf8); }

} // namespace

EvidenceSpec evidence(int n, const QString &number)
{
    const QString fictitious = s("Documento ficticio de demostración; no corresponde a ningún procedimiento real.");
    switch (((n % 5) + 5) % 5) {
    case 0:
        return {s("oficio_observaciones_%1.pdf").arg(n), s("application/pdf"),
                onePagePdf(s("Oficio de observaciones del testigo social"),
                           {s("Procedimiento %1").arg(number), s("Se remiten las observaciones y recomendaciones"),
                            s("derivadas del acto celebrado, para su atención por escrito."), fictitious})};
    case 1:
        return {s("extracto_acta_%1.txt").arg(n), s("text/plain"),
                s("EXTRACTO DE ACTA\nProcedimiento: %1\nEl testigo social manifestó sus observaciones, que se "
                  "transcriben en el anexo.\n%2\n").arg(number, fictitious).toUtf8()};
    case 2:
        return {s("fotografia_visita_sitio.png"), s("image/png"), resource(s("fotografia_visita_sitio.png"))};
    case 3:
        return {s("cuadro_comparativo_%1.csv").arg(n), s("text/csv"),
                s("licitante,partida,importe\nLicitante A,1,1000000.00\nLicitante B,1,1085000.00\n"
                  "# %1 — %2\n").arg(number, fictitious).toUtf8()};
    default:
        return {s("minuta_reunion_testigo.txt"), s("text/plain"), resource(s("minuta_reunion_testigo.txt"))};
    }
}

EvidenceSpec pactGuidelines()
{
    return {s("pacto_de_integridad_lineamientos.pdf"), s("application/pdf"),
            onePagePdf(s("Pacto de Integridad: lineamientos (ficticio)"),
                       {s("1. La convocante y los licitantes se comprometen a no ofrecer ni aceptar sobornos."),
                        s("2. Los licitantes declaran sus vínculos y conflictos de interés."),
                        s("3. El testigo social asiste con voz a todos los actos y emite un testimonio público."),
                        s("Documento ficticio de demostración.")})};
}

} // namespace Testigo::Demo
