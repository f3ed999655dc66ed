#!/usr/bin/env bash
# Quick start, second command: installs what is missing, checks formatting, builds with warnings as errors and
# runs the whole test suite with ctest (with our exports opened in TimelineJS, Chromium and poppler), runs it again
# under the sanitizers, and checks that the Debian package builds and starts. .ci/run runs exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --test
# Chromium, poppler and TimelineJS, for the checks of our exports in them (skipped, saying so, when missing)
scripts/install-clients.sh

echo "== format check (clang-format)"
git ls-files -z -- '*.cpp' '*.h' | xargs -0 -r clang-format --dry-run -Werror

echo "== build and test"
cmake --preset ci
cmake --build --preset ci -j2
ctest --preset ci

echo "== the same tests under AddressSanitizer, LeakSanitizer and UBSan"
cmake --preset asan
cmake --build --preset asan -j2
ctest --preset asan

echo "== package"
scripts/package-smoke-test.sh build/ci
echo "All checks passed."
