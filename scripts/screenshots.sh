#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Rebuilds (if needed) and regenerates docs/screenshots/ from the demo case file, headless:
#   workbench_<view>_<es|en>.png   the main views (testigo --screenshot, offscreen)
#   dashboard_<es|en>.png          the impact dashboard (tests/ui/ui_dashboard_layout_test)
#   testimony*.png, report_*.png   pages of the testimony and report PDFs, covers of a draft, an
#                                  interim and a final testimony (pdftoppm -r 60)
# Usage: scripts/screenshots.sh [BUILD_DIR]   (needs poppler-utils for the PDF pages)
set -euo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$src/build}
out="$src/docs/screenshots"
if [ ! -f "$build/build.ninja" ] && [ ! -f "$build/Makefile" ]; then
  cmake -S "$src" -B "$build" -G Ninja
fi
cmake --build "$build" --target testigo testigo-cli ui_dashboard_layout_test -j2
find_exe() { find "$build" -type f -name "$1" -perm -u+x | head -n1; }
app=$(find_exe testigo)
cli=$(find_exe testigo-cli)
dashboard=$(find_exe ui_dashboard_layout_test)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"
# A private HOME keeps the user's settings (language, recent files) out of it and untouched.
export HOME="$work" XDG_CONFIG_HOME="$work/config" XDG_RUNTIME_DIR="$work/run" QT_QPA_PLATFORM=offscreen
mkdir -p -m 0700 "$work/run"
"$cli" demo "$work/demo.testigo" >/dev/null

"$app" --screenshot "$out" "$work/demo.testigo"
TESTIGO_SCREENSHOT_DIR="$out" "$dashboard" --gtest_brief=1 >/dev/null

# One page of a PDF as docs/screenshots/NAME.png.
page() { # PDF PAGE NAME
  pdftoppm -r 60 -png -f "$2" -l "$2" -singlefile "$1" "$out/$3"
}
# The first page after the cover and the contents whose text contains STRING.
page_with() { # PDF STRING
  local pdf=$1 n
  n=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')
  for ((i = 3; i <= n; i++)); do
    if pdftotext -f "$i" -l "$i" -enc UTF-8 "$pdf" - | grep -qF "$2"; then echo "$i"; return; fi
  done
  echo 1
}
proc=00641001-005-03
for lang in es en; do
  "$cli" testimony "$work/demo.testigo" --process "$proc" --lang "$lang" -o "$work/t_$lang.pdf" >/dev/null 2>&1
  "$cli" report "$work/demo.testigo" --lang "$lang" -o "$work/r_$lang.pdf" >/dev/null 2>&1
done
# Covers of a draft (a record with gaps), an interim report (a procedure under way) and a final
# testimony (a complete record), in both languages: testimony-<kind>-<lang>_cover.png.
for lang in es en; do
  "$cli" testimony "$work/demo.testigo" --process "$proc" --lang "$lang" -o "$work/draft_$lang.pdf" >/dev/null 2>&1
  "$cli" testimony "$work/demo.testigo" --process LA-50-GYN-012M7B001-T-18-2025 --lang "$lang" \
    --interim 2025-06-30 -o "$work/interim_$lang.pdf" >/dev/null 2>&1
  "$cli" testimony "$work/demo.testigo" --process LO-016B00001-N8-2012 --lang "$lang" -o "$work/final_$lang.pdf" >/dev/null 2>&1
  for kind in draft interim final; do page "$work/${kind}_$lang.pdf" 1 "testimony-$kind-${lang}_cover"; done
done
page "$work/t_es.pdf" 1 testimony_es_p1
page "$work/t_es.pdf" 7 testimony_es_p7
page "$work/t_en.pdf" 9 testimony_en_p9
page "$work/r_es.pdf" 2 report_es_contents
page "$work/r_es.pdf" "$(page_with "$work/r_es.pdf" "Ahorro frente al precio")" report_es_economic
page "$work/r_en.pdf" "$(page_with "$work/r_en.pdf" "Figure 4.")" report_en_heatmap
page "$work/r_en.pdf" "$(page_with "$work/r_en.pdf" "Appendix. Monitored")" report_en_appendix
ls -1 "$out"/workbench_*.png "$out"/dashboard_*.png "$out"/testimony[_-]*.png "$out"/report_*.png
