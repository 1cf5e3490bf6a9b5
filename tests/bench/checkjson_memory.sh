#!/usr/bin/env bash
# Peak memory of `needle check W --json` (issue 14, item 10), side by side for each binary given.
# Usage: bash tests/bench/checkjson_memory.sh NEEDLE [OTHER_NEEDLE...]
# Builds workspaces of 10,000 and 100,000 KPIs (12 monthly values each, through
# `needle import --create-kpis` with the first binary), then prints the maximum resident set
# size (/usr/bin/time -v) and the wall time of each binary on each.
set -euo pipefail
[ $# -ge 1 ] || { echo "usage: $0 NEEDLE [OTHER_NEEDLE...]" >&2; exit 2; }
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
for n in 10000 100000; do
  ws=$dir/k$n.needle
  "$1" new "$ws" 2>/dev/null
  awk -v n=$n 'BEGIN { print "kpi,date,value";
    for (k = 0; k < n; k++) for (m = 1; m <= 12; m++)
      printf "k%06d,2025-%02d-01,%d\n", k, m, (k * 7 + m * 13) % 1000 }' > "$dir/k$n.csv"
  "$1" import "$ws" "$dir/k$n.csv" --create-kpis >/dev/null 2>&1
  for bin in "$@"; do
    /usr/bin/time -v "$bin" check "$ws" --as-of 2026-01-15 --json >/dev/null 2>"$dir/time"
    rss=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$dir/time")
    wall=$(awk -F'): ' '/Elapsed \(wall clock\)/ { print $2 }' "$dir/time")
    printf '%7d KPIs  %-40s  peak %6d MB  wall %s\n' "$n" "$bin" $((rss / 1024)) "$wall"
  done
done
