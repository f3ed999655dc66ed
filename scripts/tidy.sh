#!/usr/bin/env bash
# Runs clang-tidy (the checks in .clang-tidy) over the app's sources (core/, ui/, app/) with the compile commands
# of a build, on every core; any finding fails.
# Usage: scripts/tidy.sh [--all] [BUILD_DIR]      (BUILD_DIR: build/ci by default; configure it first)
#   Without --all, only the changed tree is checked: the sources changed since the commit in .ci/tidy-base (the
#   last one at which the whole tree was checked clean) and those changed in the working tree, with the sources of
#   changed headers. The test command runs it so. With --all, or when that commit is unknown, every source.
#   After a clean --all run on a commit, write its hash to .ci/tidy-base; or the hash of a commit whose test command
#   passed (it checked every source changed since the base then, and the others were checked at the base).
set -euo pipefail
cd "$(dirname "$0")/.."
all=false
if [ "${1:-}" = "--all" ]; then
    all=true
    shift
fi
build="${1:-build/ci}"
if [ ! -f "$build/compile_commands.json" ]; then
    echo "error: $build/compile_commands.json is missing: configure the build first (cmake --preset ci)" >&2
    exit 2
fi
tidy=$(command -v clang-tidy-14 || command -v clang-tidy || true)
if [ -z "$tidy" ]; then
    echo "error: clang-tidy is not installed (scripts/install-deps.sh --test installs it)" >&2
    exit 2
fi

base=$(cat .ci/tidy-base 2>/dev/null || true)
if ! $all && { [ -z "$base" ] || ! git cat-file -e "$base^{commit}" 2>/dev/null; }; then
    echo "tidy: the commit in .ci/tidy-base is not known here: checking every source"
    all=true
fi
if $all; then
    mapfile -t files < <(git ls-files -- 'core/*.cpp' 'ui/*.cpp' 'app/*.cpp')
else
    mapfile -t changed < <({ git diff --name-only "$base" -- core ui app; git diff --name-only HEAD -- core ui app; } |
        sort -u)
    files=()
    for f in "${changed[@]}"; do
        [ -f "$f" ] || continue
        case "$f" in
        *.cpp) files+=("$f") ;;
        *.h)
            # A header's own source, under src/ where the header is public.
            stem=$(basename "$f" .h)
            while IFS= read -r source; do files+=("$source"); done < <(git ls-files -- "*/$stem.cpp")
            ;;
        esac
    done
    mapfile -t files < <(printf '%s\n' "${files[@]}" | sort -u | sed '/^$/d')
fi
if [ ${#files[@]} -eq 0 ]; then
    echo "tidy: no source changed since $base"
    exit 0
fi

log=$(mktemp -d)
trap 'rm -rf "$log"' EXIT
# The compile commands without the precompiled header (GCC's, which clang cannot read): clang-tidy parses each file
# with its own includes.
mkdir "$log/commands"
sed -E 's/ -Winvalid-pch//g; s/ -include [^ ]*cmake_pch\.hxx//g' "$build/compile_commands.json" \
    > "$log/commands/compile_commands.json"
# One clang-tidy per core, each taking the next file.
printf '%s\n' "${files[@]}" | xargs -P "$(nproc)" -I{} sh -c \
    '"$1" -p "$2" --quiet "$3" > "$4/$(echo "$3" | tr / _).log" 2>&1 || echo "$3" >> "$4/failed"' \
    sh "$tidy" "$log/commands" {} "$log"
if [ -f "$log/failed" ]; then
    cat "$log"/*.log | grep -E "(warning|error): " | sort -u >&2 || true
    echo "clang-tidy found problems in $(wc -l < "$log/failed") of ${#files[@]} files (above)" >&2
    exit 1
fi
echo "clang-tidy: ${#files[@]} files checked, nothing found"
