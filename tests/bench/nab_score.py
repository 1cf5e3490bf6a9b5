#!/usr/bin/env python3
"""Cross-check of bench_realdata's NAB score with NAB's own scoring code (nab/sweeper.py).

Usage: bench_realdata NAB_DIR --detections /tmp/det.txt
       python3 tests/bench/nab_score.py NAB_DIR /tmp/det.txt

Scores every (mode, rule) of the detections file with NAB's Sweeper (probation 15 %, the three
profiles of config/profiles.json) at a threshold that keeps exactly the detected rows, and
normalises as nab/runner.py does: 100 * (score - null) / (windows * tpWeight - null), the null
score being that of no detections. Needs only the Python standard library and a NAB checkout.
"""
import collections
import csv
import datetime
import json
import os
import sys


def parse(text):
    return datetime.datetime.strptime(text[:19], "%Y-%m-%d %H:%M:%S")


def main():
    nab, detections = sys.argv[1], sys.argv[2]
    sys.path.insert(0, nab)
    from nab.sweeper import Sweeper  # NAB's own code

    with open(os.path.join(nab, "config", "profiles.json")) as f:
        profiles = json.load(f)
    with open(os.path.join(nab, "labels", "combined_windows.json")) as f:
        windows = {k: [(parse(a), parse(b)) for a, b in v] for k, v in json.load(f).items()}
    rows = collections.defaultdict(set)
    with open(detections) as f:
        for line in f:
            mode, rule, name, row = line.split()
            rows[(mode, rule, name)].add(int(row))
    runs = sorted({(mode, rule) for mode, rule, _ in rows})
    times = {}
    for name in windows:
        with open(os.path.join(nab, "data", name)) as f:
            times[name] = [parse(r[0]) for r in list(csv.reader(f))[1:]]
    total = sum(len(w) for w in windows.values())
    print("%-12s %-5s %s" % ("mode", "rule", " ".join("%19s" % p for p in profiles)))
    for mode, rule in runs:
        out = []
        for profile, spec in profiles.items():
            sweeper = Sweeper(probationPercent=0.15, costMatrix=spec["CostMatrix"])
            score = null = 0.0
            for name, ts in times.items():
                hit = rows.get((mode, rule, name), set())
                flags = [1.0 if i in hit else 0.0 for i in range(len(ts))]
                score += sweeper.scoreDataSet(ts, flags, windows[name], name, 1.0)[1].score
                null += sweeper.scoreDataSet(ts, [0.0] * len(ts), windows[name], name, 1.0)[1].score
            perfect = total * spec["CostMatrix"]["tpWeight"]
            out.append(100 * (score - null) / (perfect - null))
        print("%-12s %-5s %s" % (mode, rule, " ".join("%19.1f" % s for s in out)))


if __name__ == "__main__":
    main()
