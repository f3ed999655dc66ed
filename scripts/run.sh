#!/usr/bin/env bash
# Quick start, first command: installs the Debian packages that are missing, builds a Release build and
# starts the window on the bundled dataset (created in your data folder on first start).
# Arguments are passed to the app, e.g. scripts/run.sh --db team.sqlite
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release -j2
exec build/release/app/crisis-timeline "$@"
