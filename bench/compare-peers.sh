#!/usr/bin/env bash
# The casualty chart of the bundled dataset drawn by our command line and by python3-matplotlib (Debian's),
# from the same plotted points, 1920x1080 at 2x, each timed from process start to PNG written; prints
# both median times and their ratio. Needs hyperfine and python3-matplotlib: scripts/install-deps.sh --bench.
# Usage: bench/compare-matplotlib.sh APP [RUNS]
set -euo pipefail
app=$(realpath "$1")
runs=${2:-10}
here=$(dirname "$(realpath "$0")")
python=/usr/bin/python3 # Debian's, where python3-matplotlib is; not a virtualenv's or pyenv's
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The database (created with the bundled dataset) and the points our chart plots: the brief pack's CSV.
"$app" export --chart casualties --db "$work/haiti.sqlite" -o "$work/warm.png" --pack "$work/pack" >/dev/null
points="$work/pack/casualties-points.csv"

# hyperfine runs each command through a shell: quote the paths.
q() { printf '%q' "$1"; }
ours="$(q "$app") export --chart casualties --db $(q "$work/haiti.sqlite") --size 1920x1080 --scale 2 -o $(q "$work/ours.png")"
theirs="$python $(q "$here/compare-matplotlib.py") $(q "$points") $(q "$work/matplotlib.png")"
hyperfine --style basic --warmup 2 --runs "$runs" --export-json "$work/times.json" \
    --command-name "crisis-timeline export" "$ours" \
    --command-name "matplotlib" "$theirs" >/dev/null 2>"$work/hyperfine.log" || { cat "$work/hyperfine.log" >&2; exit 1; }

for png in ours.png matplotlib.png; do
    size=$($python -c "import struct,sys; d=open(sys.argv[1],'rb').read(24); print('%dx%d' % struct.unpack('>II', d[16:24]))" "$work/$png")
    [ "$size" = "3840x2160" ] || { echo "error: $png is $size, not 3840x2160" >&2; exit 1; }
done

$python - "$work/times.json" <<'EOF'
import json, sys
results = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
ours = results["crisis-timeline export"]["median"]
theirs = results["matplotlib"]["median"]
runs = len(results["matplotlib"]["times"])
print(f"casualty chart, 1920x1080 at 2x (3840x2160 px), median of {runs} runs, process start to file written:")
print(f"  crisis-timeline export  {ours * 1000:7.0f} ms")
print(f"  python3-matplotlib      {theirs * 1000:7.0f} ms")
print(f"  matplotlib takes {theirs / ours:.1f}x as long")
EOF
