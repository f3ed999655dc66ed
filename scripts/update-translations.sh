#!/usr/bin/env bash
# Brings resources/translations/*.ts up to date with the sources (lupdate, through the update_translations target
# of qt_add_translations): new strings appear as unfinished, to translate in Qt Linguist or in the XML; strings gone
# from the sources are dropped. lrelease then compiles them with the next build.
# Usage: scripts/update-translations.sh [PRESET]   (the ci preset's build by default; configure it first)
#
# lupdate of Qt 6.4 knows no plural rules for Haitian Creole and will not update a file whose language is "ht": for
# the run, the Kreyol file names Indonesian, which has Kreyol's single plural form, and gets "ht" back afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${1:-ci}
ht=resources/translations/crisis-timeline_ht.ts
restore() { sed -i 's/<TS version="2.1" language="id">/<TS version="2.1" language="ht">/' "$ht"; }
trap restore EXIT
sed -i 's/<TS version="2.1" language="ht">/<TS version="2.1" language="id">/' "$ht"
cmake --build --preset "$preset" --target update_translations
