#!/usr/bin/env bash
# Builds Testigo and starts the window on the bundled demo case file. Arguments pass through to
# the app (e.g. scripts/run.sh my-case.testigo). Installs what is missing first.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/deps.sh"
"$root/scripts/build.sh"
build=${TESTIGO_BUILD_DIR:-$root/build}
if [ $# -eq 0 ]; then
  demo="$build/demo.testigo"
  [ -f "$demo" ] || "$build/app/testigo-cli" demo "$demo"
  set -- "$demo"
fi
exec "$build/app/testigo" "$@"
