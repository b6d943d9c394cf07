// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark: 100 witnesses' one-procedure case files merged into one editor's file.
#include "merge/merger.h"
#include "../merge/fixture.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <cstdio>

using namespace Testigo;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 100;
    QTemporaryDir dir;
    QStringList paths;
    for (int i = 0; i < n; ++i) {
        const QString p = dir.filePath(QStringLiteral("w%1.testigo").arg(i));
        auto f = CaseFile::create(p).file;
        MergeTest::buildFixture(*f, 1);
        MergeTest::attach(*f, f->all<Procedure>().first().id, QStringLiteral("own.pdf"), QByteArray("%PDF-") + QByteArray::number(i));
        paths << p;
    }
    auto target = CaseFile::create(dir.filePath(QStringLiteral("editor.testigo"))).file;
    QElapsedTimer t;
    t.start();
    int conflicts = 0;
    for (const QString &p : paths) {
        auto s = CaseFile::open(p, true).file;
        QString error;
        conflicts += Merge::mergeFrom(*target, *s, &error).conflicts;
        if (!error.isEmpty()) {
            std::fprintf(stderr, "merge failed: %s\n", qPrintable(error));
            return 1;
        }
    }
    const qint64 ms = t.elapsed();
    t.restart();
    QString error;
    for (const QString &p : paths) { // again: nothing new
        auto s = CaseFile::open(p, true).file;
        Merge::mergeFrom(*target, *s, &error);
    }
    const qint64 again = t.elapsed();
    t.restart();
    const bool ok = target->verify().ok();
    std::printf("merge_bench: %d one-procedure files merged in %lld ms (%.1f ms/file); re-merge (no-op) %lld ms; "
                "%lld procedures, %lld findings, %lld blobs, %lld audit entries, %d conflicts; verify %s in %lld ms\n",
                n, ms, double(ms) / n, again, target->count(QStringLiteral("procedure")), target->count(QStringLiteral("finding")),
                target->count(QStringLiteral("blob")), target->auditLength(), conflicts, ok ? "ok" : "FAILED", t.elapsed());
    return ok ? 0 : 1;
}
