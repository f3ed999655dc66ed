#!/usr/bin/env bash
# Start-up of the window under Xvfb: time from process start to the first paint and to the figures painted
# (the app reports both when CRISIS_TIMELINE_TIMING=quit, then quits), and the process's peak memory.
# Usage: bench/startup.sh APP LARGE_DB [--quick]
set -euo pipefail
app=$(realpath "$1")
large=$2
runs=5
[ "${3:-}" = "--quick" ] && runs=2
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT

measure() { # label, database, remove-before-each-run
    local label=$1 db=$2 fresh=$3 firsts=() shown=() peak=0
    for _ in $(seq "$runs"); do
        [ "$fresh" = yes ] && rm -f "$db"
        out=$(HOME=$home xvfb-run -a -s "-screen 0 1600x1000x24" env CRISIS_TIMELINE_TIMING=quit \
            /usr/bin/time -f "peak_kb %M" "$app" --db "$db" 2>&1 >/dev/null)
        firsts+=("$(sed -n 's/.*first paint after \([0-9]*\) ms.*/\1/p' <<<"$out")")
        shown+=("$(sed -n 's/.* figures painted after \([0-9]*\) ms.*/\1/p' <<<"$out")")
        kb=$(sed -n 's/^peak_kb \([0-9]*\)/\1/p' <<<"$out")
        [ "$kb" -gt "$peak" ] && peak=$kb
    done
    median() { printf '%s\n' "$@" | sort -n | sed -n "$(( ($# + 1) / 2 ))p"; }
    printf '%-52s first paint %5s ms   figures painted %5s ms   peak %4s MB   (median of %s)\n' \
        "$label" "$(median "${firsts[@]}")" "$(median "${shown[@]}")" "$((peak / 1024))" "$runs"
}

measure "bundled dataset, first start (creates the database)" "$home/new.sqlite" yes
measure "bundled dataset, later starts" "$home/new.sqlite" no
measure "1,000,000 figures ($(basename "$large"))" "$large" no
