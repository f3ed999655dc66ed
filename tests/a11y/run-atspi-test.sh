#!/usr/bin/env bash
# The window read through the real accessibility bus, as a screen reader reads it: a virtual X server, a D-Bus
# session, the AT-SPI bus, and the app with Qt's accessibility on; tests/a11y/atspi_walk.py walks it with Debian's
# pyatspi. Skips (exit 77) only when a package it needs is missing (scripts/install-deps.sh --test installs them).
# Usage: tests/a11y/run-atspi-test.sh PATH/TO/crisis-timeline
set -euo pipefail
app=$(realpath "${1:?usage: run-atspi-test.sh PATH/TO/crisis-timeline}")
here=$(cd "$(dirname "$0")" && pwd)
launcher=/usr/libexec/at-spi-bus-launcher

missing=()
command -v Xvfb >/dev/null || missing+=(xvfb)
command -v dbus-run-session >/dev/null || missing+=(dbus)
[ -x "$launcher" ] || missing+=(at-spi2-core)
command -v xdotool >/dev/null || missing+=(xdotool)
/usr/bin/python3 -c 'import pyatspi' 2>/dev/null || missing+=(python3-pyatspi)
if [ ${#missing[@]} -gt 0 ]; then
    echo "SKIPPED: the AT-SPI test needs ${missing[*]} (scripts/install-deps.sh --test installs them)"
    exit 77
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/config" XDG_DATA_HOME="$work/home/data"
export XDG_CACHE_HOME="$work/home/cache" XDG_RUNTIME_DIR="$work/runtime"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
unset QT_QPA_PLATFORM DBUS_SESSION_BUS_ADDRESS AT_SPI_BUS_ADDRESS
export TZ=UTC

db="$work/crisis.sqlite"
"$app" create --db "$db" >/dev/null
# The expected: the brief pack's plotted points of the deployment chart, whose largest the chart's description
# must name; a file to import.
QT_QPA_PLATFORM=offscreen "$app" export --chart deployment --pack "$work/pack" --db "$db" >/dev/null
"$app" export-data --format csv --what figures -o "$work/figures.csv" --db "$db" >/dev/null 2>&1 ||
    printf 'date,subject,value\n2024-05,Haiti,12\n' > "$work/figures.csv"

# A virtual X server on a display it picks itself (-displayfd: free when it takes it, and said once the server is
# ready; xvfb-run -a picks by lock files first, and two servers started at once may pick the same display, leaving
# the app "could not connect to display"), local connections only.
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$work/display" 2>"$work/xvfb.log" &
xvfb=$!
trap 'kill "$xvfb" 2>/dev/null; wait "$xvfb" 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 300); do
    [ -s "$work/display" ] && break
    kill -0 "$xvfb" 2>/dev/null || { echo "FAIL: Xvfb did not start:"; cat "$work/xvfb.log"; exit 1; }
    sleep 0.1
done
[ -s "$work/display" ] || { echo "FAIL: Xvfb gave no display in 30 s"; exit 1; }
export DISPLAY=":$(tr -d '\n' < "$work/display")"

# timeout: a hung bus or window fails the test rather than the whole run.
timeout --kill-after=10 120 dbus-run-session -- /usr/bin/python3 "$here/atspi_walk.py" --app "$app" --db "$db" \
    --points "$work/pack/deployment-points.csv" --import-file "$work/figures.csv" --launcher "$launcher"
