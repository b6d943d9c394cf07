// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer harness: arbitrary bytes as an OCDS file, imported into a fresh case file the way
// `testigo-cli import` does (streaming reader, validation, mapping, one transaction), then its red
// flags computed and the case file exported back to OCDS. Promises checked: no crash or sanitizer
// report, no silent failure, a refused import leaves the case file byte-for-byte untouched, and
// what was imported verifies.
#include "fuzz_support.h"
#include "store/casefile.h"

#include <QFile>

using namespace Testigo;

namespace {

// An empty case file made once; each input gets a fresh copy of it.
const QByteArray &emptyCaseFile()
{
    static const QByteArray bytes = [] {
        const QString path = Fuzz::scratch(QStringLiteral("template.testigo"));
        {
            CaseFile::Result r = CaseFile::create(path);
            if (!r.file)
                Fuzz::broken("an empty case file can be created", r.message);
        }
        return Fuzz::readFile(path);
    }();
    return bytes;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Fuzz::init(argc, argv);
    emptyCaseFile();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = Fuzz::scratch(QStringLiteral("input.json"));
    const QString caseFile = Fuzz::scratch(QStringLiteral("case.testigo"));
    Fuzz::writeFile(input, Fuzz::bytes(data, size));
    Fuzz::writeFile(caseFile, emptyCaseFile());

    const Fuzz::CliRun import = Fuzz::cli({QStringLiteral("import"), caseFile, input});
    if (import.exit != Cli::Ok) {
        if (Fuzz::readFile(caseFile) != emptyCaseFile())
            Fuzz::broken("a refused import leaves the case file untouched", import.err);
        return 0;
    }
    const Fuzz::CliRun verify = Fuzz::cli({QStringLiteral("verify"), caseFile});
    if (verify.exit != Cli::Ok)
        Fuzz::broken("an imported case file verifies", verify.err);
    Fuzz::cli({QStringLiteral("flags"), caseFile, QStringLiteral("--json")});
    Fuzz::cli({QStringLiteral("export"), caseFile, QStringLiteral("-o"),
        Fuzz::scratch(QStringLiteral("export.json"))});
    return 0;
}
