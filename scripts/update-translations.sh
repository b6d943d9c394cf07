#!/usr/bin/env bash
# Refreshes translations/*.ts from the sources (lupdate), then completes the English catalogue
# (English is the source language: each translation is its source). Spanish strings that are new
# stay "unfinished" until translated: scripts/ts_tool.py export/import help with that.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
lupdate=$(command -v lupdate6 || echo /usr/lib/qt6/bin/lupdate)
cd "$root"
find core ui app -name '*.cpp' -o -name '*.h' | sort > /tmp/testigo-lupdate.lst
"$lupdate" -no-obsolete -locations none @/tmp/testigo-lupdate.lst -ts translations/testigo_es.ts translations/testigo_en.ts
python3 scripts/ts_tool.py fill-source translations/testigo_en.ts
# fill-source writes the XML its own way; one more lupdate pass restores lupdate's layout, so a
# change of one string is a diff of one string.
"$lupdate" -no-obsolete -locations none @/tmp/testigo-lupdate.lst -ts translations/testigo_en.ts >/dev/null
python3 scripts/ts_tool.py stats translations/testigo_es.ts translations/testigo_en.ts
