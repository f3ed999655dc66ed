#!/usr/bin/env bash
# Headless export of every chart of the bundled dataset, 1920x1080 at 2x, timed by hyperfine from process
# start to the PNG written (the issue's target: 0.5 s each).
# Usage: bench/export.sh APP [RUNS]
set -euo pipefail
app=$(realpath "$1")
runs=${2:-10}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$app" create --db "$work/haiti.sqlite" # the bundled dataset
commands=()
for chart in deployment casualties displacement funding timeline; do
    commands+=(--command-name "$chart" "$(printf '%q' "$app") export --chart $chart --db $(printf '%q' "$work/haiti.sqlite") --size 1920x1080 --scale 2 -o $(printf '%q' "$work/$chart.png")")
done
hyperfine --style basic --warmup 2 --runs "$runs" --export-json "$work/times.json" "${commands[@]}" >/dev/null \
    2>"$work/hyperfine.log" || { cat "$work/hyperfine.log" >&2; exit 1; }
/usr/bin/python3 - "$work/times.json" <<'PY'
import json, sys
print("headless export, 1920x1080 at 2x, process start to PNG written (median):")
for r in json.load(open(sys.argv[1]))["results"]:
    print(f"  {r['command']:<13} {r['median'] * 1000:5.0f} ms  (min {r['min'] * 1000:.0f}, max {r['max'] * 1000:.0f})")
PY
