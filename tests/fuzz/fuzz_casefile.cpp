// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer harness: arbitrary bytes as a case file, read the way testigo-cli reads one (info,
// list, verify, impact, flags: the store's header check, its read-only probe and every query a
// reading command makes). Then opened for writing, as import and the window do. Promises checked:
// no crash or sanitizer report, no silent failure, and a file Testigo refuses comes out
// byte-for-byte as it went in.
#include "fuzz_support.h"
#include "store/casefile.h"

using namespace Testigo;

namespace {

void readLikeTheCli(const QString &path)
{
    const QByteArray before = Fuzz::readFile(path);
    const Fuzz::CliRun info = Fuzz::cli({QStringLiteral("info"), path, QStringLiteral("--json")});
    if (info.exit != Cli::Ok) {
        if (Fuzz::readFile(path) != before)
            Fuzz::broken("a refused case file is not changed", info.err);
        return;
    }
    Fuzz::cli({QStringLiteral("list"), path, QStringLiteral("--json")});
    Fuzz::cli({QStringLiteral("verify"), path});
    Fuzz::cli({QStringLiteral("impact"), path, QStringLiteral("--format"), QStringLiteral("json")});
    Fuzz::cli({QStringLiteral("flags"), path, QStringLiteral("--json")});
}

void openForWriting(const QString &path)
{
    const QByteArray before = Fuzz::readFile(path);
    CaseFile::Result r = CaseFile::open(path, false);
    if (!r.file) {
        if (r.message.trimmed().isEmpty())
            Fuzz::broken("a refused case file is refused with a message");
        if (Fuzz::readFile(path) != before)
            Fuzz::broken("a refused case file is not changed", r.message);
        return;
    }
    // A writable file takes an audited edit (what the first keystroke in the window does).
    const auto procedures = r.file->rows(QStringLiteral("procedure"));
    if (!procedures.isEmpty())
        r.file->setField(QStringLiteral("procedure"),
            procedures.first().value(QStringLiteral("id")).toString(), QStringLiteral("title"),
            QStringLiteral("fuzz"));
    r.file->verify();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Fuzz::init(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = Fuzz::scratch(QStringLiteral("input.testigo"));
    Fuzz::writeFile(path, Fuzz::bytes(data, size));
    readLikeTheCli(path);
    openForWriting(path);
    return 0;
}
