// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The demo case file (15 procedures in every state) in a temporary folder.

#include "demo/demo.h"
#include "store/casefile.h"

#include <QTemporaryDir>
#include <memory>

namespace Testigo::TestSupport {

struct DemoFile
{
    QTemporaryDir dir;
    std::unique_ptr<CaseFile> file;
    DemoFile()
    {
        file = CaseFile::create(dir.filePath(QStringLiteral("demo.testigo"))).file;
        writeDemo(*file);
    }
};

} // namespace Testigo::TestSupport
