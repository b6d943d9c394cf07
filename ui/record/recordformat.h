// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Small display helpers shared by the record panels (findings, pact, bidders): money in the UI's
// locale, severity colours and stage labels. Pure functions, no state.

#include "common/uiformat.h"
#include "domain/entities.h"

#include <QLocale>
#include <QModelIndex>
#include <QString>

namespace Testigo::Ui {

// "Clarification meeting (round 2)", translated.
QString stageLabel(const Stage &stage);
// The worse of two severity codes (by Codes::severities() order); empty counts as none.
QString worseSeverity(const QString &a, const QString &b);

} // namespace Testigo::Ui
