#!/usr/bin/env bash
# Quick start, second command: installs what is missing, builds with warnings as errors and runs the whole
# test suite with ctest, checks formatting and that the Debian package builds and starts. .ci/run runs this.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --test

echo "== format check (clang-format)"
git ls-files -z -- '*.cpp' '*.h' | xargs -0 -r clang-format --dry-run -Werror

echo "== build and test"
cmake --preset ci
cmake --build --preset ci -j2
ctest --preset ci

echo "== package"
scripts/package-smoke-test.sh build/ci
echo "All checks passed."
