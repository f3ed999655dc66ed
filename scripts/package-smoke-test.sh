#!/usr/bin/env bash
# Builds the .deb with CPack from a build folder and checks it: right files, right dependencies, Debian's own checks
# (lintian with no error and no warning but those the README explains, appstreamcli validate, desktop-file-validate
# with no hint), a man page that says what --help says, and the packaged binary starts and reads its bundled dataset
# (run from the unpacked package, without installing).
set -euo pipefail
build=${1:?usage: package-smoke-test.sh BUILD_DIR}
# The lintian warnings that remain, each explained in the README (Development, "The Debian package"): one tag a line.
expected_warnings=(
    initial-upload-closes-no-bugs
)
fail() {
    echo "error: $*" >&2
    exit 1
}

rm -f "$build"/crisis-timeline_*.deb
(cd "$build" && cpack -G DEB >/dev/null)
deb=$(ls -t "$build"/crisis-timeline_*.deb | head -1)
echo "built $deb"

contents=$(dpkg-deb --contents "$deb")
icons=(./usr/share/icons/hicolor/scalable/apps/crisis-timeline.svg)
for size in 16 24 32 48 64 128 256; do
    icons+=("./usr/share/icons/hicolor/${size}x${size}/apps/crisis-timeline.png")
done
for f in ./usr/bin/crisis-timeline ./usr/share/applications/crisis-timeline.desktop \
         ./usr/share/metainfo/io.github.crisis_timeline.CrisisTimeline.metainfo.xml "${icons[@]}" \
         ./usr/share/man/man1/crisis-timeline.1.gz ./usr/share/doc/crisis-timeline/copyright \
         ./usr/share/doc/crisis-timeline/changelog.Debian.gz; do
    grep -q " $f\$" <<<"$contents" || fail "$f missing from $deb"
done
if grep -Ei '\.(ttf|otf)$' <<<"$contents"; then
    fail "$deb carries fonts of its own: it should depend on fonts-dejavu-core instead"
fi
depends=$(dpkg-deb --field "$deb" Depends)
for d in libqt6sql6-sqlite qt6-qpa-plugins libqt6widgets6 libqt6svg6 fonts-dejavu-core; do
    grep -q "$d" <<<"$depends" || fail "$deb does not depend on $d"
done

echo "== lintian"
# lintian warns that it runs as root in CI's container; that line is not about the package.
lintian_out=$(lintian --fail-on error --display-level '>=warning' --tag-display-limit 0 "$deb" 2>&1 |
    { grep -v 'running with root privileges is not recommended' || true; }) || {
    echo "$lintian_out"
    fail "lintian found errors in $deb"
}
[ -z "$lintian_out" ] || echo "$lintian_out"
while read -r tag; do
    [ -n "$tag" ] || continue
    printf '%s\n' "${expected_warnings[@]}" | grep -qx "$tag" ||
        fail "lintian warns $tag: fix it, or explain it in the README and list it in $0"
done < <(sed -n 's/^W: [^ ]*: \([^ ]*\).*/\1/p' <<<"$lintian_out" | sort -u)

root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg-deb -x "$deb" "$root"

echo "== desktop-file-validate and appstreamcli validate-tree"
desktop_out=$(desktop-file-validate "$root/usr/share/applications/crisis-timeline.desktop" 2>&1) ||
    fail "desktop-file-validate: $desktop_out"
[ -z "$desktop_out" ] || fail "desktop-file-validate: $desktop_out"
# validate-tree checks the metainfo with what it names in the tree (the desktop entry it launches, the icon).
# --no-net: the screenshots and the home page are on the web, which CI cannot reach. --pedantic shows the note the
# README explains; only errors and warnings fail.
appstream_out=$(appstreamcli validate-tree --no-net --pedantic --no-color "$root" 2>&1) ||
    fail "appstreamcli validate-tree: $appstream_out"
grep -E '^ *[EW]:' <<<"$appstream_out" && fail "appstreamcli validate-tree: $appstream_out"
grep -E '^ *[IP]:' <<<"$appstream_out" || true
version=$(dpkg-deb --field "$deb" Version)
grep -q "<release version=\"${version%-*}\"" "$root/usr/share/metainfo/io.github.crisis_timeline.CrisisTimeline.metainfo.xml" ||
    fail "the metainfo has no release ${version%-*}"
for f in "${icons[@]:1}"; do
    size=$(basename "$(dirname "$(dirname "$f")")")
    file "$root/$f" | grep -q "PNG image data, ${size/x/ x }," || fail "$f is not a ${size} PNG"
done

echo "== the program, from the unpacked package"
export HOME=$root XDG_DATA_HOME=$root/data
"$root/usr/bin/crisis-timeline" --version | grep -qx "crisis-timeline ${version%-*}" ||
    fail "crisis-timeline --version does not say ${version%-*}"
# The man page is made from --help at build time: every command --help lists is in it.
man_text=$(zcat "$root/usr/share/man/man1/crisis-timeline.1.gz" | sed 's/\\-/-/g') # groff writes - as \-
commands=$("$root/usr/bin/crisis-timeline" --help | sed -n 's/^  \([a-z][a-z-]*\) .*/\1/p')
[ -n "$commands" ] || fail "crisis-timeline --help lists no command"
for c in $commands; do
    grep -q -- "$c" <<<"$man_text" || fail "the man page does not mention the command $c"
done
"$root/usr/bin/crisis-timeline" create --db "$root/smoke.sqlite"
"$root/usr/bin/crisis-timeline" list sources --db "$root/smoke.sqlite" >/dev/null
# Exports draw their text in fonts-dejavu-core's DejaVu Sans (the package has no font of its own): a PDF embeds it.
QT_QPA_PLATFORM=offscreen "$root/usr/bin/crisis-timeline" export --chart casualties --format pdf \
    --db "$root/smoke.sqlite" -o "$root/casualties.pdf"
grep -aq DejaVuSans "$root/casualties.pdf" || fail "the exported PDF does not embed DejaVu Sans"
echo "package ok: installs to /usr, depends on the Qt plugins and fonts it loads, lintian, appstreamcli and" \
    "desktop-file-validate clean, a man page of every command, starts, reads its dataset, exports in DejaVu Sans"
