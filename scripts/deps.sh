#!/usr/bin/env bash
# Installs what building and testing Testigo needs on Debian 12, only what is missing.
# Idempotent; uses sudo when not root. clang-14, libclang-rt-14-dev (libFuzzer) and llvm-14
# (llvm-symbolizer, for readable sanitizer reports) serve scripts/fuzz.sh.
set -euo pipefail
PACKAGES=(
  cmake ninja-build g++ pkg-config dpkg-dev file
  qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev qt6-charts-dev qt6-svg-dev libqt6sql6-sqlite
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libxkbcommon-dev libgl-dev
  libgtest-dev libgmock-dev
  libsimdjson-dev libxlsxwriter-dev libhunspell-dev hunspell-es hunspell-en-us
  zlib1g-dev libzstd-dev libssl-dev openssl libsodium-dev fonts-dejavu-core poppler-utils sqlite3 python3 python3-jsonschema
  xvfb xauth imagemagick x11-apps
  clang-14 libclang-rt-14-dev llvm-14
)
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
echo "Installing: ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
