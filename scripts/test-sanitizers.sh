#!/usr/bin/env bash
# Builds the whole test suite with AddressSanitizer + UndefinedBehaviorSanitizer into build-sanitize/
# (or $TESTIGO_SANITIZE_BUILD_DIR) and runs every ctest test there; exits non-zero on any failure or
# sanitizer report (UBSan halts at its first finding, LeakSanitizer fails a leaking test).
# The normal build (build/) is untouched. Installs what is missing first, like scripts/test.sh.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${TESTIGO_SANITIZE_BUILD_DIR:-$root/build-sanitize}
"$root/scripts/deps.sh"

# The runtime options hold for the build too: gtest_discover_tests runs each test binary then.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0:detect_stack_use_after_return=0:strict_string_checks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$root/tests/sanitizers/lsan.supp:print_suppressions=0}
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
symbolizer=/usr/lib/llvm-14/bin/llvm-symbolizer # stack traces with file and line
[ -x "$symbolizer" ] && export ASAN_SYMBOLIZER_PATH=${ASAN_SYMBOLIZER_PATH:-$symbolizer}
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}

launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
if [ ! -f "$build/build.ninja" ]; then
  # -O1 and line tables only: readable stack traces at about half the compile time of -O2 -g.
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1" -DTESTIGO_SANITIZE=address,undefined \
    -DTESTIGO_BUILD_BENCH=OFF "${launcher[@]}"
fi
cmake --build "$build" -j"${TESTIGO_JOBS:-2}"
ctest --test-dir "$build" --output-on-failure -j"${TESTIGO_JOBS:-2}" --timeout 1200
