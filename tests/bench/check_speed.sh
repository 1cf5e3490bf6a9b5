#!/usr/bin/env bash
# The full check's speed on the realistic workspace (issue 16): 200 daily KPIs x 5,000 values of
# the realistic generator (AR(1), skewed, near-100 % and count KPIs with their units, holidays,
# missing days and events), written once by bench_analysis.
#   1. bench_analysis --rounds N: read, analyse, the full check (read to JSON), and the detector
#      alone with the old rules and the new on the same values, in one process, wall and CPU;
#   2. the command itself, `needle check W --as-of 2034-09-13 --json`, N times, wall and CPU.
# The load average is printed before and after: on a loaded machine trust the CPU times and the
# ratios within one run, and run again when the machine is idle.
# Usage: bash tests/bench/check_speed.sh BUILD_DIR [ROUNDS] [WORKSPACE]
set -euo pipefail
[ $# -ge 1 ] || { echo "usage: $0 BUILD_DIR [ROUNDS] [WORKSPACE]" >&2; exit 2; }
build=$1; rounds=${2:-5}; ws=${3:-/tmp/needle-check-speed.needle}
echo "load average: $(cat /proc/loadavg)"
"$build/tests/bench_analysis" --series 0 --real-series 0 --short-series 0 --kpis 200 \
  --values 5000 --workspace "$ws" --workspace-series realistic --rounds "$rounds"
echo
echo "needle check $ws --as-of 2034-09-13 --json, $rounds runs (wall s, user s, sys s, peak KB):"
for _ in $(seq "$rounds"); do
  /usr/bin/time -f '  %e %U %S %M' "$build/app/needle" check "$ws" --as-of 2034-09-13 --json \
    >/dev/null
done 2>&1
echo "load average: $(cat /proc/loadavg)"
