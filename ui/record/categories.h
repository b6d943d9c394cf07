// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Finding categories (REFERENCE §8) are an open vocabulary in the bilingual templates (rules/templates.h);
// this returns them as combo-box choices labelled in the UI's language.

#include "common/recordtablemodel.h"

namespace Testigo::Ui {

ChoiceList findingCategories();

} // namespace Testigo::Ui
