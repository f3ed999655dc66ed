#!/usr/bin/env bash
# A team database (PostgreSQL) beside an SQLite file at a million figures, process start to exit, on a throwaway
# server of the benchmark's own (scripts/pg-test-server.sh: a Unix socket, fsync off as in the tests):
#   - copy of the whole dataset from the file to the server and back (copy --from --to; target: 10 s each way);
#   - a whole read: export-data --format hxl from each store (what opening a window reads, and writes it out);
#   - import of the 1,000,000-row HXL file into an empty store of each kind (target: twice SQLite's time);
#   - a change told to a watcher: an edit saved by one process and printed by `watch` in another (target 200 ms);
#   - the window opened on each store under Xvfb, from process start to the million figures painted (the app says
#     when with CRISIS_TIMELINE_TIMING=quit; target: 3 s on the server).
# Usage: bench/team-database.sh APP [RUNS]
set -euo pipefail
app=$(realpath "$1")
runs=${2:-3}
figures=${CRISIS_BENCH_FIGURES:-1000000} # fewer to try the script
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d /tmp/crisis-bench-pg.XXXXXX)
server="$work/pg"
trap '"$root/scripts/pg-test-server.sh" stop "$server"; rm -rf "$work"' EXIT
chmod 755 "$work" # the server's own user (as root: postgres) goes through it to its folder
"$root/scripts/pg-test-server.sh" start "$server" >/dev/null
psql=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)/psql
fresh() { # an empty database on the server, printed as a connection string
    "$psql" -q -h "$server" -U crisis -d postgres -c "DROP DATABASE IF EXISTS $1" -c "CREATE DATABASE $1" >/dev/null
    echo "host=$server user=crisis dbname=$1"
}
now() { date +%s%N; }
seconds() { /usr/bin/python3 -c "import sys; print(f'{(int(sys.argv[2]) - int(sys.argv[1])) / 1e9:.2f}')" "$1" "$2"; }

echo "generating $figures figures..." >&2
"$app" generate --figures "$figures" --events 10000 --db "$work/m1.sqlite" >/dev/null
"$app" --db "$work/m1.sqlite" export-data --format hxl -o "$work/m1.csv"

mkdir -p "$work/home"
# The window on a store: seconds from process start to every figure painted.
painted() {
    HOME="$work/home" xvfb-run -a -s "-screen 0 1600x1000x24" env CRISIS_TIMELINE_TIMING=quit "$app" --db "$1" 2>&1 \
        >/dev/null | sed -n 's/.* figures painted after \([0-9]*\) ms.*/\1/p' |
        /usr/bin/python3 -c "import sys; print(f'{int(sys.stdin.read()) / 1000:.2f}')"
}

declare -A times
add() { times[$1]="${times[$1]:-} $2"; }
for ((i = 0; i < runs; ++i)); do
    team=$(fresh team)
    sync; start=$(now); "$app" copy --from "$work/m1.sqlite" --to "$team" >/dev/null; add copy-up "$(seconds "$start" "$(now)")"
    rm -f "$work/back.sqlite"
    sync; start=$(now); "$app" copy --from "$team" --to "$work/back.sqlite" >/dev/null; add copy-down "$(seconds "$start" "$(now)")"
    start=$(now); "$app" --db "$work/m1.sqlite" export-data --format hxl -o "$work/out.csv"; add read-sqlite "$(seconds "$start" "$(now)")"
    start=$(now); "$app" --db "$team" export-data --format hxl -o "$work/out.csv"; add read-postgres "$(seconds "$start" "$(now)")"
    add window-sqlite "$(painted "$work/m1.sqlite")"
    add window-postgres "$(painted "$team")"
    rm -f "$work/empty.sqlite"; "$app" create --empty --db "$work/empty.sqlite"
    sync; start=$(now); "$app" --db "$work/empty.sqlite" import "$work/m1.csv" >/dev/null; add import-sqlite "$(seconds "$start" "$(now)")"
    empty=$(fresh imported); "$app" create --empty --db "$empty"
    sync; start=$(now); "$app" --db "$empty" import "$work/m1.csv" >/dev/null; add import-postgres "$(seconds "$start" "$(now)")"
done

# A change told: `watch` in the background, an import of one row saved, the time from just before the import's
# process started to the watcher's line (an upper bound: it includes the importing process's start and commit).
small=$(fresh small); "$app" create --db "$small"
printf 'date,killed\n2024-03,12\n' > "$work/one.csv"
latencies=()
for ((i = 0; i < 5; ++i)); do
    coproc WATCH { exec "$app" watch --db "$small"; }
    sleep 1 # listening
    start=$(now)
    "$app" --db "$small" import "$work/one.csv" --map date=date,value=killed,metric=homicides >/dev/null 2>&1
    read -r -t 10 line <&"${WATCH[0]}"
    latencies+=("$(seconds "$start" "$(now)")")
    kill "$WATCH_PID"; wait "$WATCH_PID" 2>/dev/null || true
done

/usr/bin/python3 - "${times[copy-up]}" "${times[copy-down]}" "${times[read-sqlite]}" "${times[read-postgres]}" \
    "${times[import-sqlite]}" "${times[import-postgres]}" "${latencies[*]}" "${times[window-sqlite]}" \
    "${times[window-postgres]}" "$figures" <<'PY'
import statistics, sys
names = ["copy file -> server", "copy server -> file", "read all: SQLite", "read all: PostgreSQL",
         "import HXL: SQLite", "import HXL: PostgreSQL", "a change told to watch", "window painted: SQLite",
         "window painted: PostgreSQL"]
values = [[float(t) for t in arg.split()] for arg in sys.argv[1:10]]
print(f"{sys.argv[10]} figures, process start to exit, or to the figures painted (median of the runs; min-max):")
for name, times in zip(names, values):
    print(f"  {name:<26} {statistics.median(times):6.2f} s  ({min(times):.2f}-{max(times):.2f})")
print(f"  import: PostgreSQL takes {statistics.median(values[5]) / statistics.median(values[4]):.1f}x SQLite's time;"
      f" a whole read {statistics.median(values[3]) / statistics.median(values[2]):.1f}x;"
      f" the window {statistics.median(values[8]) / statistics.median(values[7]):.1f}x")
PY
