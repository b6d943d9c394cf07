// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The demo case file, written next to the window's own file and opened in the window (tests that
// link testigo_demo).

#include "demo/demo.h"
#include "window_driver.h"

namespace Testigo::TestSupport {

inline void openDemo(WindowFixture &f)
{
    const QString path = f.dir.filePath(QStringLiteral("demo.testigo"));
    {
        auto r = CaseFile::create(path);
        ASSERT_TRUE(r.file);
        ASSERT_TRUE(writeDemo(*r.file));
    }
    ASSERT_TRUE(f.window->openFile(path));
    settle();
}

} // namespace Testigo::TestSupport
