// SPDX-License-Identifier: GPL-3.0-or-later
// How long writing the bundled demo, opening it and verifying its audit chain take.
// Run by hand: demo_bench [rounds]
#include "demo/demo.h"
#include "store/casefile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>

using namespace Testigo;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rounds = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 3;
    QTextStream out(stdout);
    qint64 bestWrite = -1, bestOpen = -1, bestVerify = -1;
    qint64 entries = 0, size = 0;
    for (int i = 0; i < rounds; ++i) {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.testigo"));
        QElapsedTimer t;
        {
            auto r = CaseFile::create(path);
            t.start();
            if (!r.file || !writeDemo(*r.file))
                return 1;
        }
        const qint64 write = t.elapsed();
        t.restart();
        auto r = CaseFile::open(path, true);
        const qint64 open = t.elapsed();
        t.restart();
        if (!r.file->verify().ok())
            return 1;
        const qint64 verify = t.elapsed();
        entries = r.file->auditLength();
        size = QFileInfo(path).size();
        bestWrite = bestWrite < 0 ? write : std::min(bestWrite, write);
        bestOpen = bestOpen < 0 ? open : std::min(bestOpen, open);
        bestVerify = bestVerify < 0 ? verify : std::min(bestVerify, verify);
    }
    out << "demo: write " << bestWrite << " ms (incl. close), open " << bestOpen << " ms, verify " << bestVerify
        << " ms; " << entries << " audit entries, " << size / 1024 << " KiB (best of " << rounds << ")\n";
    return 0;
}
