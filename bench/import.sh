#!/usr/bin/env bash
# A 1,000,000-row HXL CSV through the command line, process start to exit: export-data --format hxl from a
# generated database of a million figures (target 3 s), and import of that file into an empty database
# (target 5 s), each the median of RUNS runs (a fresh empty database for every import, disk synced first).
# Usage: bench/import.sh APP [RUNS]
set -euo pipefail
app=$(realpath "$1")
runs=${2:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "generating 1,000,000 figures..." >&2
"$app" generate --figures 1000000 --events 10000 --db "$work/m1.sqlite" >/dev/null
"$app" create --empty --db "$work/empty.sqlite"
export_times=() import_times=()
for ((i = 0; i < runs; ++i)); do
    sync
    start=$(date +%s%N)
    "$app" --db "$work/m1.sqlite" export-data --format hxl -o "$work/m1.csv"
    export_times+=("$(( $(date +%s%N) - start ))")
    cp "$work/empty.sqlite" "$work/target.sqlite"
    sync
    start=$(date +%s%N)
    "$app" --db "$work/target.sqlite" import "$work/m1.csv" >/dev/null
    import_times+=("$(( $(date +%s%N) - start ))")
done
rows=$("$app" --db "$work/target.sqlite" list figures --format csv | wc -l)
size=$(du -m "$work/m1.csv" | cut -f1)
/usr/bin/python3 - "$rows" "$size" "${export_times[*]}" "${import_times[*]}" <<'PY'
import statistics, sys
rows, size, exports, imports = sys.argv[1:5]
exports = [int(t) / 1e9 for t in exports.split()]
imports = [int(t) / 1e9 for t in imports.split()]
print(f"1,000,000-row HXL CSV ({size} MB), {len(exports)} runs, process start to exit:")
print(f"  export-data --format hxl  median {statistics.median(exports):.2f} s  (min {min(exports):.2f}, max {max(exports):.2f})")
print(f"  import                    median {statistics.median(imports):.2f} s  (min {min(imports):.2f}, max {max(imports):.2f})")
print(f"  figures in the database after the import: {int(rows) - 1:,}")
PY
