#!/usr/bin/env bash
# End-to-end speed as users time it: the whole process, default settings, read files -> extract ->
# write JSON Lines. Pith (./pith extract DIR -j 1 -o FILE, no JVM flags) and boilerpipe 1.2.2 (its
# own JVM, bench/BoilerpipeRunner) alternate over ROUNDS rounds; medians of wall and CPU seconds
# and peak RSS. Then the steady state: Pith over 1x and 3x the pages, pages/s of the difference
# (median of ROUNDS), against `pith bench` on the same pages in the same run.
# Usage: bench/e2e.sh [PAGES_DIR] [ROUNDS]     (default: ../shared/bench/wcxb-dev/pages, 3)
set -euo pipefail
cd "$(dirname "$0")/.."
pages="${1:-../shared/bench/wcxb-dev/pages}"
rounds="${2:-3}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

./pith --version >/dev/null   # builds the jar and its class-data archive first
# the reactor writes each module's class path to the file in turn; pith-cli's comes last
mvn -q -B -o test-compile dependency:build-classpath -pl pith-cli -am -Dmdep.outputFile="$work/cp" \
  -Dmdep.includeScope=test >/dev/null
cp="pith-cli/target/test-classes:$(cat "$work/cp")"

measure() { # name command... -> "name wall cpu rss_mb"
  local name=$1; shift
  /usr/bin/time -f "$name %e %U %S %M" -o "$work/t" "$@" >/dev/null 2>&1
  awk '{ printf "%s %.2f %.2f %.0f\n", $1, $2, $3 + $4, $5 / 1024 }' "$work/t"
}
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

n=$(find "$pages" -type f | wc -l)
for r in $(seq 1 "$rounds"); do
  measure pith ./pith extract "$pages" -j 1 -o "$work/pith.jsonl" >> "$work/runs"
  measure boilerpipe java -cp "$cp" dev.pith.cli.bench.BoilerpipeRunner "$pages" "$work/bp.jsonl" >> "$work/runs"
done
echo "pages: $n, rounds: $rounds (medians)"
for tool in pith boilerpipe; do
  wall=$(awk -v t=$tool '$1 == t { print $2 }' "$work/runs" | median)
  cpu=$(awk -v t=$tool '$1 == t { print $3 }' "$work/runs" | median)
  rss=$(awk -v t=$tool '$1 == t { print $4 }' "$work/runs" | median)
  echo "$tool: wall ${wall} s, CPU ${cpu} s, peak RSS ${rss} MB, $(awk -v n=$n -v w=$wall 'BEGIN { printf "%.1f", n / w }') pages/s"
done
pw=$(awk '$1 == "pith" { print $2 }' "$work/runs" | median)
bw=$(awk '$1 == "boilerpipe" { print $2 }' "$work/runs" | median)
echo "pith / boilerpipe wall: $(awk -v p=$pw -v b=$bw 'BEGIN { printf "%.2f", p / b }')"

# steady state: the same pages three times over (links under new names), minus one pass; 1x and
# 3x alternate over ROUNDS rounds, then `pith bench` on the same pages in this same run, so that
# the ratio the issue asks for compares figures taken under the same machine conditions
mkdir -p "$work/x3"
for k in 1 2 3; do
  find "$(cd "$pages" && pwd)" -type f | while read -r f; do ln -s "$f" "$work/x3/r${k}_$(basename "$f")"; done
done
for r in $(seq 1 "$rounds"); do
  one=$(measure one ./pith extract "$pages" -j 1 -o "$work/one.jsonl" | awk '{ print $2 }')
  three=$(measure three ./pith extract "$work/x3" -j 1 -o "$work/three.jsonl" | awk '{ print $2, $4 }')
  awk -v n=$n -v a=$one -v b=${three% *} 'BEGIN { printf "%.1f\n", 2 * n / (b - a) }' >> "$work/steady"
  echo "${three#* }" >> "$work/steady_rss"
done
steady=$(median < "$work/steady")
bench=$(./pith bench "$pages" --rounds 3 --warmup 2 | awk '/^extract \(Pith\)/ { for (i = 1; i <= NF; i++) if ($i == "pages/s,") print $(i - 1) }')
echo "steady state: $steady pages/s over the extra 2x (median of $rounds; runs: $(paste -sd' ' "$work/steady")), \
peak RSS at 3x $(median < "$work/steady_rss") MB"
echo "pith bench, same pages, same run: $bench pages/s; steady state / bench: \
$(awk -v s=$steady -v b=$bench 'BEGIN { printf "%.2f", s / b }')"
