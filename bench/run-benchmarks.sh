#!/usr/bin/env bash
# Builds the benchmarks (Release) and measures the main window's targets at a million figures, start-up, and
# headless export (alone, and against matplotlib and gnuplot in one run).
# The database is made once with `crisis-timeline generate` (about 15 s) and kept for later runs.
# Usage: bench/run-benchmarks.sh [--quick]   (--quick: fewer repetitions)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --bench
cmake --preset bench >/dev/null
cmake --build --preset bench -j2
app=build/bench/app/crisis-timeline
db=${CRISIS_BENCH_DB:-/tmp/crisis-bench-1m.sqlite}
if [ ! -f "$db" ]; then
    "$app" generate --figures 1000000 --events 10000 --db "$db"
fi
echo "== Google Benchmark, ${db}"
CRISIS_BENCH_DB=$db build/bench/bench/bench_scale --benchmark_counters_tabular=true
echo "== start-up"
bench/startup.sh "$app" "$db" "${1:-}"
echo "== headless export"
bench/export.sh "$app"
echo "== against matplotlib and gnuplot"
bench/compare-peers.sh "$app"
echo "== a million rows of HXL out and in"
bench/import.sh "$app"
