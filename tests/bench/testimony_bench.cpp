// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark: a 300-finding testimony, from the record to a PDF file (load, layout, paint, write).
// Prints the median of a few runs, and the page count.
#include "../render/testimonyfixture.h"
#include "render/testimonydata.h"
#include "render/testimonyrenderer.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>

using namespace Testigo;

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    auto file = CaseFile::create(dir.filePath(QStringLiteral("bench.testigo"))).file;
    const QString id = TestSupport::addTestimonyProcedure(*file, {300, true});
    const int runs = 5;
    QList<qint64> loadMs, totalMs;
    int pages = 0;
    qint64 bytes = 0;
    for (int i = 0; i < runs; ++i) {
        const QString pdf = dir.filePath(QStringLiteral("t%1.pdf").arg(i));
        QElapsedTimer t;
        t.start();
        const auto data = Render::loadTestimony(*file, id, QStringLiteral("es"), QDate::currentDate());
        loadMs << t.elapsed();
        if (!Render::writeTestimonyPdf(data, pdf, nullptr, &pages))
            return 1;
        totalMs << t.elapsed();
        bytes = QFileInfo(pdf).size();
    }
    std::sort(loadMs.begin(), loadMs.end());
    std::sort(totalMs.begin(), totalMs.end());
    out << "testimony_bench: 300 findings, " << pages << " pages, " << bytes / 1024 << " KiB PDF\n"
        << "  load from record: median " << loadMs[runs / 2] << " ms\n"
        << "  load + layout + PDF: median " << totalMs[runs / 2] << " ms (min " << totalMs.first() << ", max "
        << totalMs.last() << ") = " << (pages ? totalMs[runs / 2] * 1000 / pages / 1000.0 : 0) << " ms/page\n";
    return 0;
}
