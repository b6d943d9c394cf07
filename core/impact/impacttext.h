// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Translation context for the impact library's notes and labels.

#include <QCoreApplication>

namespace Testigo {

class ImpactText
{
    Q_DECLARE_TR_FUNCTIONS(Impact)
};

} // namespace Testigo
