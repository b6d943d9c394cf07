#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Rebuilds (if needed) and writes docs/screenshots/workbench_<view>_<es|en>.png from the demo
# case file, offscreen. Usage: scripts/screenshots.sh [BUILD_DIR]
set -euo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$src/build}
if [ ! -f "$build/build.ninja" ] && [ ! -f "$build/Makefile" ]; then
  cmake -S "$src" -B "$build" -G Ninja
fi
cmake --build "$build" --target testigo testigo-cli -j2
app=$(find "$build" -type f -name testigo -perm -u+x | head -n1)
cli=$(find "$build" -type f -name testigo-cli -perm -u+x | head -n1)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$cli" demo "$work/demo.testigo" >/dev/null
mkdir -p "$src/docs/screenshots"
# A private HOME keeps the user's settings (language, recent files) out of it and untouched.
HOME="$work" XDG_CONFIG_HOME="$work/config" QT_QPA_PLATFORM=offscreen \
  "$app" --screenshot "$src/docs/screenshots" "$work/demo.testigo"
ls -1 "$src/docs/screenshots"/workbench_*.png
