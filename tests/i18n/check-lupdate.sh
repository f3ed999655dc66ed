#!/bin/sh
# Fails when a user-visible string of the sources is missing from the shipped translations: runs lupdate over the
# sources into copies of the .ts files and lists every message it finds untranslated (a tr() added or reworded
# without its French and Kreyòl). Usage: check-lupdate.sh LUPDATE SOURCE_DIR
set -eu
lupdate=$1
source_dir=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$source_dir"/resources/translations/crisis-timeline_*.ts "$work"/
# lupdate (Qt 6.4) knows no plural rules for Haitian Creole and refuses to update a file that says language="ht":
# the copy stands in Indonesian, which has Kreyol's one plural form (scripts/update-translations.sh does the same).
sed -i 's/language="ht"/language="id"/' "$work"/crisis-timeline_ht.ts
cd "$source_dir"
"$lupdate" -silent -locations none -no-obsolete -I ui/include -I core/include \
    core/src core/include ui/src ui/include app -ts "$work"/crisis-timeline_*.ts
status=0
for ts in "$work"/crisis-timeline_*.ts; do
    if grep -q 'type="unfinished"' "$ts"; then
        echo "$(basename "$ts"): strings of the sources with no translation (run the update_translations target, then translate them):"
        grep -B3 'type="unfinished"' "$ts" | grep '<source>' | sed 's/^ */  /'
        status=1
    fi
done
[ $status -eq 0 ] && echo "every string lupdate finds in the sources is translated"
exit $status
