#!/usr/bin/env bash
# Runs a fuzz harness once over every file of its seed folders (one folder a line in SEEDS_FILE):
# the seeds and the inputs that once crashed it. Fails when any of them crashes it.
# Usage: replay.sh FUZZER SEEDS_FILE
set -euo pipefail
fuzzer=$1
files=()
while IFS= read -r dir; do
  [ -d "$dir" ] || continue
  while IFS= read -r -d '' f; do files+=("$f"); done < <(find "$dir" -type f -print0 | sort -z)
done <"$2"
if [ ${#files[@]} -eq 0 ]; then
  echo "no seed inputs found for $fuzzer (folders listed in $2)" >&2
  exit 1
fi
echo "replaying ${#files[@]} inputs"
# Given files (not folders), libFuzzer runs each once and stops at the first crash.
exec "$fuzzer" -rss_limit_mb=4096 "${files[@]}"
