#!/bin/sh
# Scores the article reader: its proposals for the five seed articles against the bundled dataset, and for the
# articles of tests/data/articles against their truth files (precision: proposals that match a figure in value,
# metric, subject and period; recall: figures proposed). Prints each article's scores, what was not in the truth
# and what was missed, then the totals.
#
#   bench/article-scores.sh [BUILD_DIR]     (default build/ci; build it first: cmake --build --preset ci)
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build/ci}
binary=$build/tests/tst_core
if [ ! -x "$binary" ]; then
    echo "article-scores: $binary not found; build first (cmake --preset ci && cmake --build --preset ci)" >&2
    exit 2
fi
"$binary" --gtest_filter='ArticleScore.TheSeedArticles*:ArticleScore.ArticlesAbout*' --gtest_brief=1 \
    | grep -v '^\[' || true
