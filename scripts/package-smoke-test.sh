#!/usr/bin/env bash
# Builds the .deb with CPack from a build folder and checks it: right files, right dependencies, and the
# packaged binary starts and reads its bundled dataset (run from the unpacked package, without installing).
set -euo pipefail
build=${1:?usage: package-smoke-test.sh BUILD_DIR}
(cd "$build" && cpack -G DEB >/dev/null)
deb=$(ls -t "$build"/crisis-timeline_*.deb | head -1)
echo "built $deb"
contents=$(dpkg-deb --contents "$deb")
for f in ./usr/bin/crisis-timeline ./usr/share/applications/crisis-timeline.desktop \
         ./usr/share/icons/hicolor/scalable/apps/crisis-timeline.svg; do
    grep -q " $f\$" <<<"$contents" || { echo "error: $f missing from $deb" >&2; exit 1; }
done
depends=$(dpkg-deb --field "$deb" Depends)
for d in libqt6sql6-sqlite qt6-qpa-plugins libqt6widgets6; do
    grep -q "$d" <<<"$depends" || { echo "error: $deb does not depend on $d" >&2; exit 1; }
done
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg-deb -x "$deb" "$root"
"$root/usr/bin/crisis-timeline" --version
HOME=$root XDG_DATA_HOME=$root/data "$root/usr/bin/crisis-timeline" create --db "$root/smoke.sqlite"
HOME=$root XDG_DATA_HOME=$root/data "$root/usr/bin/crisis-timeline" list sources --db "$root/smoke.sqlite" >/dev/null
echo "package ok: installs to /usr, depends on the Qt plugins it loads, starts and reads its dataset"
