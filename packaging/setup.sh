#!/usr/bin/env bash
# Set up, build and run Needle, or run its tests.
#   bash packaging/setup.sh run    install what is missing, build, open the app on a workspace
#   bash packaging/setup.sh test   install what is missing, build, run the whole test suite
#   bash packaging/setup.sh build  install what is missing and build
#   bash packaging/setup.sh fuzz   install what is missing, build and smoke-run the fuzzers only
#   bash packaging/setup.sh quick  install what is missing, build, run the suite once (no time travel,
#                                  no sanitizer build, no fuzzing)
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
  sqlite3 poppler-utils xvfb xauth x11-utils
  libqt6sql6-psql libqt6sql6-mysql postgresql mariadb-server
  clang libclang-rt-14-dev clang-format faketime
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

# The whole suite once more under libfaketime, years ahead and a year back, so a test that reads
# the calendar fails on the day it is written rather than months later.
time_travel() {
  local shift
  for shift in '+3 years' '-1 year'; do
    echo "setup: the suite again with the clock at $(faketime "$shift" date -u +%F) ($shift)" >&2
    faketime "$shift" ctest --test-dir "$build" --output-on-failure --parallel "$jobs" --timeout 600
  done
}

# The whole suite built with AddressSanitizer, LeakSanitizer and UndefinedBehaviorSanitizer
# (-fno-sanitize-recover): a leak or undefined behaviour fails the run. -O0 and precompiled Qt
# headers keep the build and the run quick; -g1 gives file and line in reports.
sanitizer_suite() {
  local asan=${NEEDLE_ASAN_BUILD_DIR:-$root/build-asan}
  if [ ! -f "$asan/CMakeCache.txt" ]; then
    cmake -S "$root" -B "$asan" -G Ninja -DCMAKE_BUILD_TYPE=None -DCMAKE_CXX_FLAGS="-O0 -g1" \
      -DNEEDLE_SANITIZE=ON -DNEEDLE_BUILD_BENCH=OFF -DNEEDLE_PCH=ON
  fi
  cmake --build "$asan" --parallel "$jobs"
  echo "setup: the suite under ASan+UBSan ($asan)" >&2
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=0 \
    UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
    ctest --test-dir "$asan" --output-on-failure --parallel "$jobs" --timeout 900 -E '^packaging'
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
    time_travel
    sanitizer_suite
    fuzz_smoke
    ;;
  quick)
    export QT_QPA_PLATFORM=offscreen
    export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
    chmod 700 "$XDG_RUNTIME_DIR"
    ctest --test-dir "$build" --output-on-failure --parallel "$jobs" --timeout 600
    ;;
  run)
    data=${XDG_DATA_HOME:-$HOME/.local/share}/needle
    mkdir -p "$data"
    if [ ! -f "$data/demo.needle" ]; then
      "$build/app/needle" demo "$data/demo.needle"
    fi
    exec "$build/app/needle" "$data/demo.needle"
    ;;
  *) echo "usage: setup.sh run|test|quick|build|fuzz" >&2; exit 2 ;;
esac
