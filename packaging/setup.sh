#!/usr/bin/env bash
# Set up, build and run Needle, or run its tests.
#   bash packaging/setup.sh run    install what is missing, build, open the app on a workspace
#   bash packaging/setup.sh test   install what is missing, build, run the whole test suite
#   bash packaging/setup.sh build  install what is missing and build
#   bash packaging/setup.sh fuzz   install what is missing, build and smoke-run the fuzzers only
# Idempotent: installs only missing Debian packages and rebuilds only what changed (ccache).
set -euo pipefail

mode=${1:-run}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${NEEDLE_BUILD_DIR:-$root/build}
build_type=${NEEDLE_BUILD_TYPE:-Release}
jobs=$(nproc 2>/dev/null || echo 2)

packages=(
  cmake ninja-build g++ ccache pkgconf
  qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-l10n-tools
  qt6-translations-l10n libqt6sql6-sqlite qt6-qpa-plugins
  libquazip1-qt6-dev libmuparser-dev python3-openpyxl
  fonts-dejavu-core
  sqlite3 poppler-utils xvfb xauth
  clang libclang-rt-14-dev
  desktop-file-utils appstream dpkg-dev file shared-mime-info libglib2.0-bin
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}" >&2
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi

# The libFuzzer targets of the import readers (tests/fuzz): a separate clang build of the
# reader sources only, under ASan+UBSan, each target run for NEEDLE_FUZZ_SECONDS (25) on its
# seed corpus. A crash, leak, undefined behaviour, hang or memory blowup fails the run.
fuzz_smoke() {
  if ! command -v clang++ >/dev/null 2>&1; then
    echo "setup: clang++ is not installed; the fuzz smoke run is skipped" >&2
    return 0
  fi
  local fuzz_build=$build/fuzz
  if [ ! -f "$fuzz_build/CMakeCache.txt" ]; then
    cmake -S "$root" -B "$fuzz_build" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
      -DCMAKE_CXX_COMPILER=clang++ -DNEEDLE_FUZZ=ON \
      -DNEEDLE_FUZZ_SECONDS="${NEEDLE_FUZZ_SECONDS:-25}"
  fi
  cmake --build "$fuzz_build" --parallel "$jobs"
  ctest --test-dir "$fuzz_build" --output-on-failure --parallel "$jobs"
}

if [ "$mode" = fuzz ]; then
  fuzz_smoke
  exit 0
fi

if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE="$build_type" ${NEEDLE_CMAKE_ARGS:-}
fi
cmake --build "$build" --parallel "$jobs"

case "$mode" in
  build) ;;
  test)
    export QT_QPA_PLATFORM=offscreen
    export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
    chmod 700 "$XDG_RUNTIME_DIR"
    ctest --test-dir "$build" --output-on-failure --parallel "$jobs" --timeout 600
    fuzz_smoke
    ;;
  run)
    data=${XDG_DATA_HOME:-$HOME/.local/share}/needle
    mkdir -p "$data"
    if [ ! -f "$data/demo.needle" ]; then
      "$build/app/needle" demo "$data/demo.needle"
    fi
    exec "$build/app/needle" "$data/demo.needle"
    ;;
  *) echo "usage: setup.sh run|test|build|fuzz" >&2; exit 2 ;;
esac
