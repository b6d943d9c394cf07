#!/usr/bin/env bash
# Builds Testigo and runs every test with ctest; exits non-zero on any failure.
# On a bare Debian 12 machine it first installs what is missing (apt-get, through sudo when not root).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/deps.sh"
"$root/scripts/build.sh"
build=${TESTIGO_BUILD_DIR:-$root/build}
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
ctest --test-dir "$build" --output-on-failure -j2 --timeout 600
