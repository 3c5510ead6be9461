#!/usr/bin/env bash
# One page as an interactive user or a shell loop meets it: `./pith extract PAGE`, the whole
# process and the launcher's own staleness check, hyperfine-style: one warm-up run, then RUNS
# timed runs; medians of wall and CPU seconds and of peak RSS.
# Usage: bench/one-page.sh [PAGE] [RUNS]     (default: examples/news-article.html, 10)
set -euo pipefail
cd "$(dirname "$0")/.."
page="${1:-examples/news-article.html}"
runs="${2:-10}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

./pith extract "$page" >/dev/null   # warm-up: builds the jar and its class-data archive if needed
for r in $(seq 1 "$runs"); do
  /usr/bin/time -a -o "$work/t" -f "%e %U %S %M" ./pith extract "$page" >/dev/null
done
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
echo "$page, $runs runs (medians): wall $(awk '{ print $1 }' "$work/t" | median) s," \
  "CPU $(awk '{ print $2 + $3 }' "$work/t" | median) s, peak RSS $(awk '{ printf "%.0f\n", $4 / 1024 }' "$work/t" | median) MB"
