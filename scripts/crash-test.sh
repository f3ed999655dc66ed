#!/usr/bin/env bash
# The crash-safety test at length: kills the app with SIGKILL KILLS times (1,000 by default) at points spread over
# each of its writes (imports by the small and the bulk path, an edit, a new database generated, exports), and
# checks after every kill that the database opens, that SQLite's integrity_check is ok and that it holds exactly what
# it held before the write or after it (an export: complete or absent). The suite runs the same test with 60 kills.
#
#   scripts/crash-test.sh [KILLS] [BUILD_DIR]      (BUILD_DIR: build/ci by default, built first)
#
# About ten minutes for 1,000 kills on two cores; it prints what each kind of write came to.
set -euo pipefail
cd "$(dirname "$0")/.."
kills=${1:-1000}
build=${2:-build/ci}
if [ "$build" = build/ci ]; then
    cmake --preset ci >/dev/null
    cmake --build --preset ci -j2 --target tst_app
fi
CRISIS_CRASH_KILLS=$kills QT_QPA_PLATFORM=offscreen TZ=UTC \
    "$build/tests/tst_app" --gtest_filter='CrashSafetyTest.*' --gtest_brief=1
