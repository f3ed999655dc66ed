#!/usr/bin/env bash
# Quick start, second command: installs what is missing, starts a throwaway PostgreSQL server for the
# team-database tests, checks formatting, builds with warnings as errors and runs the whole test suite with ctest
# (with our exports opened in TimelineJS, Chromium and poppler), runs clang-tidy on the sources changed since the
# last whole-tree check, runs the suite again under the sanitizers, runs every fuzz target over its seeds for a few
# seconds, and checks that the Debian package builds, passes lintian, appstreamcli and desktop-file-validate, and
# starts. .ci/run runs exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."
# Each step says when it starts, from the command's start: where the time goes, in CI's log too.
step() { echo "== $* ($((SECONDS / 60)) min $((SECONDS % 60)) s in)"; }
scripts/install-deps.sh --test
# Chromium, poppler and TimelineJS, for the checks of our exports in them (skipped, saying so, when missing)
scripts/install-clients.sh

# A PostgreSQL server of the tests' own, for the team-database backend (stopped and deleted at the end)
pg_dir=$(mktemp -d /tmp/crisis-test-postgres.XXXXXX)
trap 'scripts/pg-test-server.sh stop "$pg_dir"' EXIT
CRISIS_TEST_POSTGRES=$(scripts/pg-test-server.sh start "$pg_dir")
export CRISIS_TEST_POSTGRES

step "format check (clang-format)"
git ls-files -z -- '*.cpp' '*.h' | xargs -0 -r clang-format --dry-run -Werror

step "build and test"
cmake --preset ci
cmake --build --preset ci -j2
ctest --preset ci -j2

step "clang-tidy (.clang-tidy) on the sources changed since the last whole-tree check (.ci/tidy-base)"
scripts/tidy.sh build/ci

step "the same tests under AddressSanitizer, LeakSanitizer and UBSan (clang), and the fuzz targets"
cmake --preset asan
cmake --build --preset asan -j2
ctest --preset asan -j2

step "fuzz targets over their seeds (libFuzzer, built by the asan preset; fuzz/run.sh TARGET SECONDS fuzzes for longer)"
CRISIS_FUZZ_BUILD=build/asan fuzz/run.sh --ci 3

step "package"
scripts/package-smoke-test.sh build/ci
step "All checks passed."
