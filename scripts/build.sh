#!/usr/bin/env bash
# Configures (once) and builds Testigo into build/ (or $TESTIGO_BUILD_DIR).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${TESTIGO_BUILD_DIR:-$root/build}
werror=OFF
[ -n "${CI:-}" ] && werror=ON
# ccache, when installed, makes rebuilds in several checkouts cheap; the build does not need it.
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
if [ ! -f "$build/build.ninja" ]; then
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTESTIGO_WERROR=$werror "${launcher[@]}"
fi
cmake --build "$build" -j"${TESTIGO_JOBS:-2}"
