#!/usr/bin/env bash
# Installs the Debian 12 packages Crisis Timeline needs to build, test and run.
# Only packages that are missing are installed; nothing happens when all are present.
# Usage: scripts/install-deps.sh [--test | --gui]
#   --test adds what the test command uses (clang-format, clang-tidy, dpkg-dev; clang 14 with libFuzzer and the
#          sanitizers' runtime, and llvm-symbolizer, for the fuzz targets; PostgreSQL's server for the team-database
#          tests; lintian, appstream and desktop-file-utils for the package's checks; Xvfb, D-Bus, AT-SPI and
#          pyatspi for the accessibility test through the real accessibility bus),
#   --gui adds that and what screenshots need (xvfb, imagemagick),
#   --bench adds what the benchmarks use (hyperfine, xvfb for start-up times, GNU time for memory,
#           python3-matplotlib and gnuplot-nox to compare our export with).
set -euo pipefail

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-l10n-tools
    libqt6sql6-sqlite libqt6sql6-psql libsqlite3-dev libpq-dev libqt6svg6 qt6-qpa-plugins
    libgtest-dev libgmock-dev libbenchmark-dev zlib1g-dev
    fonts-dejavu-core qt6-translations-l10n
    help2man
)
if [ "${1:-}" = "--test" ] || [ "${1:-}" = "--gui" ]; then
    # the test command also checks formatting and the clang-tidy checks, builds the Debian package and runs the fuzz
    # targets (libFuzzer and the sanitizers' runtime are in libclang-rt-14-dev; llvm-14 has llvm-symbolizer for
    # readable reports)
    packages+=(clang-format clang-tidy dpkg-dev file clang-14 libclang-rt-14-dev llvm-14)
    # the team-database tests run against a PostgreSQL server of their own (scripts/pg-test-server.sh)
    packages+=(postgresql)
    # the package smoke test checks the .deb as Debian does
    packages+=(lintian appstream desktop-file-utils)
    # tests/a11y/run-atspi-test.sh: the window on a virtual X server, read by Debian's pyatspi over AT-SPI
    packages+=(xvfb xauth dbus at-spi2-core python3-pyatspi xdotool)
fi
if [ "${1:-}" = "--gui" ]; then
    packages+=(xvfb xauth imagemagick xdotool)
fi
if [ "${1:-}" = "--bench" ]; then
    packages+=(hyperfine xvfb xauth time python3-matplotlib gnuplot-nox)
fi

missing=()
for p in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
    [ "$status" = "install ok installed" ] || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing missing Debian packages: ${missing[*]}"
sudo=()
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "error: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
    sudo=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
