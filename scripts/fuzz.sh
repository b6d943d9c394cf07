#!/usr/bin/env bash
# Builds the libFuzzer harnesses (tests/fuzz, clang++-14) into build-fuzz/ (or $TESTIGO_FUZZ_BUILD_DIR),
# replays every seed and past crash input (ctest), then fuzzes each harness for SECONDS (default 60)
# from its seed corpus. Exits non-zero when anything crashes; the input that did is kept in
# build-fuzz/artifacts/<harness>/ (make it a regression: tests/fuzz/regressions/<harness>/).
# Usage: scripts/fuzz.sh [SECONDS] [HARNESS...]     (harnesses: fuzz_casefile fuzz_ocds fuzz_series fuzz_datafiles)
# The corpus grows in build-fuzz/corpus/<harness>/ and is reused by the next run.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${TESTIGO_FUZZ_BUILD_DIR:-$root/build-fuzz}
seconds=${1:-60}
[ $# -gt 0 ] && shift
harnesses=("$@")
[ ${#harnesses[@]} -eq 0 ] && harnesses=(fuzz_casefile fuzz_ocds fuzz_series fuzz_datafiles)
"$root/scripts/deps.sh"

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$root/tests/sanitizers/lsan.supp:print_suppressions=0}
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
symbolizer=/usr/lib/llvm-14/bin/llvm-symbolizer # stack traces with file and line
[ -x "$symbolizer" ] && export ASAN_SYMBOLIZER_PATH=${ASAN_SYMBOLIZER_PATH:-$symbolizer}

launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
if [ ! -f "$build/build.ninja" ]; then
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++-14 \
    -DTESTIGO_FUZZ=ON "${launcher[@]}"
fi
cmake --build "$build" -j"${TESTIGO_JOBS:-2}"
ctest --test-dir "$build" --output-on-failure -j"${TESTIGO_JOBS:-2}"

status=0
for h in "${harnesses[@]}"; do
  corpus="$build/corpus/$h" artifacts="$build/artifacts/$h" log="$build/logs/$h.log"
  mkdir -p "$corpus" "$artifacts" "$(dirname "$log")"
  # The seeds, named after their folder so that equal names from two folders do not collide.
  while IFS= read -r dir; do
    [ -d "$dir" ] || continue
    for f in "$dir"/*; do
      [ -f "$f" ] && cp -n "$f" "$corpus/$(basename "$dir")_$(basename "$f")"
    done
  done <"$build/tests/fuzz/$h.seeds"
  echo "== $h: ${seconds}s from $(find "$corpus" -type f | wc -l) inputs (log: $log)"
  # -timeout=300: under ASan a large damaged case file can take a minute to check on a busy machine
  # (112 s seen); a real hang still shows.
  if "$build/tests/fuzz/$h" -max_total_time="$seconds" -timeout=300 -rss_limit_mb=4096 -print_final_stats=1 \
      -artifact_prefix="$artifacts/" "$corpus" >"$log" 2>&1; then
    grep -E '^#[0-9]+.*(DONE|pulse)' "$log" | tail -n 1 || true
  else
    status=1
    echo "!! $h crashed; the input is in $artifacts/" >&2
    tail -n 60 "$log" >&2
  fi
done
exit $status
