#!/usr/bin/env bash
# The casualty chart of the bundled dataset drawn by our command line, by python3-matplotlib and by gnuplot
# (pngcairo), all Debian's, from the same plotted points, 1920x1080 at 2x (3840x2160 px), timed side by side in one
# hyperfine run from process start to PNG written; prints the median times and the ratios.
# Needs hyperfine, python3-matplotlib and gnuplot-nox: scripts/install-deps.sh --bench.
# Usage: bench/compare-peers.sh APP [RUNS]
set -euo pipefail
app=$(realpath "$1")
runs=${2:-10}
here=$(dirname "$(realpath "$0")")
python=/usr/bin/python3 # Debian's, where python3-matplotlib is; not a virtualenv's or pyenv's
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The database (the bundled dataset) and the points our chart plots: the brief pack's CSV; for gnuplot the same
# points tab-separated with the series and sources numbered, made once here (gnuplot splits quoted CSV fields).
"$app" create --db "$work/haiti.sqlite" >/dev/null
"$app" export --chart casualties --db "$work/haiti.sqlite" -o "$work/warm.png" --pack "$work/pack" >/dev/null
points="$work/pack/casualties-points.csv"
$python - "$points" "$work/points.tsv" <<'PY'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], newline="", encoding="utf-8")))[1:]  # under the header: HXL hashtags
series, sources = [], []
with open(sys.argv[2], "w", encoding="utf-8") as out:
    for row in rows:
        for seen, name in ((series, row["series"]), (sources, row["source"])):
            if name not in seen:
                seen.append(name)
        out.write("\t".join([str(series.index(row["series"]) + 1), row["series"], row["date_start"], row["date_end"],
                             row["plotted_value"], str(sources.index(row["source"]) + 1), row["source"]]) + "\n")
PY

# hyperfine runs each command through a shell: quote the paths.
q() { printf '%q' "$1"; }
ours="$(q "$app") export --chart casualties --db $(q "$work/haiti.sqlite") --size 1920x1080 --scale 2 -o $(q "$work/ours.png")"
matplotlib="$python $(q "$here/compare-matplotlib.py") $(q "$points") $(q "$work/matplotlib.png")"
gnuplot="gnuplot -e $(q "points='$work/points.tsv'; output='$work/gnuplot.png'") $(q "$here/compare-gnuplot.gp")"
hyperfine --style basic --warmup 2 --runs "$runs" --export-json "$work/times.json" \
    --command-name "crisis-timeline export" "$ours" \
    --command-name "matplotlib" "$matplotlib" \
    --command-name "gnuplot" "$gnuplot" >/dev/null 2>"$work/hyperfine.log" || { cat "$work/hyperfine.log" >&2; exit 1; }

for png in ours.png matplotlib.png gnuplot.png; do
    size=$($python -c "import struct,sys; d=open(sys.argv[1],'rb').read(24); print('%dx%d' % struct.unpack('>II', d[16:24]))" "$work/$png")
    [ "$size" = "3840x2160" ] || { echo "error: $png is $size, not 3840x2160" >&2; exit 1; }
done
# Kept for a look when asked: CRISIS_BENCH_KEEP=DIR copies the three PNGs there.
if [ -n "${CRISIS_BENCH_KEEP:-}" ]; then
    mkdir -p "$CRISIS_BENCH_KEEP" && cp "$work"/{ours,matplotlib,gnuplot}.png "$CRISIS_BENCH_KEEP"/
fi

$python - "$work/times.json" <<'PY'
import json, sys
results = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
ours = results["crisis-timeline export"]["median"]
runs = len(results["gnuplot"]["times"])
print(f"casualty chart, 1920x1080 at 2x (3840x2160 px), median of {runs} runs, process start to file written:")
print(f"  crisis-timeline export  {ours * 1000:7.0f} ms")
for name in ("matplotlib", "gnuplot"):
    theirs = results[name]["median"]
    print(f"  {name:<22}  {theirs * 1000:7.0f} ms  ({theirs / ours:.1f}x as long as ours)")
PY
