#!/usr/bin/env bash
# Runs a libFuzzer target of fuzz/ (built by the fuzz preset) for a given time.
#
#   fuzz/run.sh TARGET SECONDS      fuzz one target (article, database, edtf, hxl, import, json, table, textdecode,
#                                   timelinejs_csv, timelinejs_json; or fuzz_TARGET), keeping what it finds in
#                                   build/fuzz/corpus/TARGET and crashes, hangs and runaway memory in
#                                   build/fuzz/findings/TARGET; ends with its executions, coverage and findings
#   fuzz/run.sh --all SECONDS       each target in turn, SECONDS each
#   fuzz/run.sh --ci SECONDS        each target over its seeds only (a fresh corpus), SECONDS each: what the test
#                                   command runs so that a reader that crashes or hangs again shows in CI
#
# Seeds come from tests/data, the bundled dataset and fuzz/seeds/TARGET (with ../shared/seeds' articles when
# present); each format has its dictionary in fuzz/dict. Run one target at a time on a shared machine: each
# takes a core.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
build=${CRISIS_FUZZ_BUILD:-build/fuzz}
targets=(article database edtf hxl import json table textdecode timelinejs_csv timelinejs_json)

usage() { sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }

# The seeds of a target, assembled into a folder.
seeds() {
    local target=$1 dir=$2
    rm -rf "$dir"
    mkdir -p "$dir"
    local own=fuzz/seeds/$target
    [ "$target" = import ] && own=fuzz/seeds
    find "$own" -type f -exec cp {} "$dir"/ \; 2>/dev/null || true
    # Same names in several folders: number them.
    if [ "$target" = import ]; then
        rm -rf "$dir"/*
        local n=0
        while IFS= read -r f; do n=$((n + 1)); cp "$f" "$dir/seed-$n"; done < <(find fuzz/seeds -type f | sort)
    fi
    case $target in
    json | import) cp resources/data/haiti.json "$dir/haiti.json" ;;
    esac
    case $target in
    hxl | import) head -n 60 tests/data/hxl/iom-haiti-dtm.csv > "$dir/iom-haiti-dtm.csv" ;;
    esac
    case $target in
    timelinejs_csv | import | textdecode) cp tests/data/timelinejs/women_in_computing.csv "$dir/" ;;
    esac
    case $target in
    timelinejs_json | import) cp tests/data/timelinejs/eras.json "$dir/" ;;
    esac
    if [ "$target" = table ]; then
        { echo 'date=Year,value=Deaths,subject=Entity,metric=disaster_deaths:flow'; head -n 200 tests/data/tables/disasters.csv; } > "$dir/disasters.csv"
        { echo 'date=#report_date,value=#people_num,subject=#loc,metric=displaced'; head -n 40 tests/data/hxl/iom-haiti-dtm.csv; } > "$dir/iom.csv"
    fi
    if [ "$target" = article ] || [ "$target" = textdecode ]; then
        local shared=${CRISIS_SEEDS_DIR:-../shared/seeds}
        if [ -d "$shared" ]; then
            find "$shared" -maxdepth 1 -name '*.txt' -exec cp {} "$dir"/ \;
        fi
        cp fuzz/seeds/article/* "$dir"/
    fi
}

dictionary() {
    local target=$1 out=$2
    case $target in
    import) cat fuzz/dict/json.dict fuzz/dict/hxl.dict fuzz/dict/timelinejs.dict fuzz/dict/article.dict > "$out" ;;
    timelinejs_csv | timelinejs_json) cp fuzz/dict/timelinejs.dict "$out" ;;
    *) cp "fuzz/dict/$target.dict" "$out" ;;
    esac
}

# run TARGET SECONDS fresh|keep: prints one summary line; fails when the target found something.
run() {
    local target=${1#fuzz_} seconds=$2 mode=$3
    local binary=$build/fuzz/fuzz_$target
    [ -x "$binary" ] || { echo "error: $binary is not built (cmake --preset fuzz && cmake --build --preset fuzz)" >&2; return 2; }
    local work=$build/fuzz-work/$target
    mkdir -p "$work"
    seeds "$target" "$work/seeds"
    dictionary "$target" "$work/dict"
    local corpus=$build/corpus/$target findings=$build/findings/$target
    if [ "$mode" = fresh ]; then
        corpus=$work/corpus
        findings=$work/findings
        rm -rf "$corpus" "$findings"
    fi
    mkdir -p "$corpus" "$findings"
    local log=$work/log
    local status=0
    if [ -z "${ASAN_SYMBOLIZER_PATH:-}" ] && [ -x /usr/lib/llvm-14/bin/llvm-symbolizer ]; then
        export ASAN_SYMBOLIZER_PATH=/usr/lib/llvm-14/bin/llvm-symbolizer
    fi
    # -timeout: an input that takes 10 s is a hang; -rss_limit_mb: 2 GB is runaway memory; -max_len: room for the
    # bundled dataset (48 KB), so that the fuzzer may grow inputs to where linear and quadratic part.
    nice -n 10 "$binary" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
        -dict="$work/dict" -artifact_prefix="$findings/" -print_final_stats=1 "$corpus" "$work/seeds" \
        > "$log" 2>&1 || status=$?
    local runs coverage features found
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    coverage=$(grep -o 'cov: [0-9]*' "$log" | tail -n 1 | sed 's/cov: //')
    features=$(grep -o 'ft: [0-9]*' "$log" | tail -n 1 | sed 's/ft: //')
    found=$(find "$findings" -type f | wc -l)
    printf '%-16s %6ss  %12s executions  coverage %6s edges, %6s features  corpus %5s  findings %s\n' \
        "$target" "$seconds" "${runs:-?}" "${coverage:-?}" "${features:-?}" "$(find "$corpus" -type f | wc -l)" "$found"
    if [ "$status" -ne 0 ]; then
        echo "fuzz_$target stopped with status $status: see $log and $findings" >&2
        grep -E '^(==[0-9]+==ERROR|SUMMARY|fuzz invariant|ALARM|.*Test unit written)' "$log" | head -n 20 >&2 || true
        return 1
    fi
}

[ $# -ge 2 ] || usage
case $1 in
--all | --ci)
    mode=keep
    [ "$1" = --ci ] && mode=fresh
    failed=0
    for target in "${targets[@]}"; do
        run "$target" "$2" "$mode" || failed=1
    done
    exit $failed
    ;;
-*) usage ;;
*) run "$1" "$2" keep ;;
esac
