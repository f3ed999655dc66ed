#!/usr/bin/env bash
# Installs the programs the client tests open our exports with (tests/clients/clients.mjs): Debian's chromium
# and poppler-utils, and Knight Lab's TimelineJS from the npm registry, pinned, into a cache folder outside the
# checkout (reused while its version stays). Node and npm are the machine's, or Debian's nodejs and npm when
# missing. A program that cannot be installed is reported, not fatal: its tests are then skipped, saying so.
# Usage: scripts/install-clients.sh [DIR]
#   DIR: where TimelineJS goes; by default ~/.cache/crisis-timeline/clients/timelinejs-VERSION, where the tests
#   look (the CMake cache variable CRISIS_TIMELINEJS_DIR points them elsewhere).
set -uo pipefail

timelinejs_version=3.9.11
dir="${1:-$HOME/.cache/crisis-timeline/clients/timelinejs-$timelinejs_version}"

sudo=()
[ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null && sudo=(sudo)
apt_install() {
    local missing=()
    for p in "$@"; do
        [ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null)" = "install ok installed" ] || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing missing Debian packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -qq && "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

apt_install chromium poppler-utils \
    || echo "warning: could not install chromium and poppler-utils: the SVG, PDF and TimelineJS checks will be skipped"

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    apt_install nodejs npm || echo "warning: could not install nodejs and npm"
fi

if [ -f "$dir/node_modules/@knight-lab/timelinejs/dist/js/timeline.js" ]; then
    exit 0
fi
if ! command -v npm >/dev/null; then
    echo "warning: no npm: TimelineJS is not installed, and the TimelineJS checks will be skipped"
    exit 0
fi
echo "Installing TimelineJS $timelinejs_version from npm into $dir"
mkdir -p "$dir"
printf '{ "name": "crisis-timeline-clients", "private": true }\n' > "$dir/package.json"
if ! (cd "$dir" && npm install --no-audit --no-fund --no-save --loglevel=error \
        "@knight-lab/timelinejs@$timelinejs_version" >/dev/null); then
    echo "warning: npm could not install TimelineJS $timelinejs_version: the TimelineJS checks will be skipped"
    rm -rf "$dir/node_modules"
fi
exit 0
