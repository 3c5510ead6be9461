#!/usr/bin/env bash
# Throughput and memory of `pith extract` on a big WARC (see bench/README.md).
# usage: bench/warc_bench.sh WARC THREADS [REPEATS]
# Prints one TSV line per run: warc, MB, threads, pages, seconds, pages/s, MB/s, peak RSS MB, max heap after GC MB,
# CPU seconds (user+sys), CPU% (cores the run got: the machine may be shared) and worker utilization
# (share of the run the workers were busy; below 100% the reader or writer starved them).
# PITH_JAR picks the jar (copy it out of target/ when you keep building meanwhile).
# Runs with PITH_JAVA_OPTS (default -Xmx512m). Output records go to /tmp and are deleted.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
warc="$1"; threads="$2"; repeats="${3:-1}"
jar="${PITH_JAR:-$here/pith-cli/target/pith.jar}"
[[ -f "$jar" ]] || (cd "$here" && mvn -q -o -B -DskipTests package)
opts="${PITH_JAVA_OPTS:--Xmx512m}"
mb=$(( $(stat -c %s "$warc") / 1048576 ))
for ((i = 1; i <= repeats; i++)); do
  out="$(mktemp /tmp/pith-bench-out.XXXXXX)"; gc="$out.gc"; tv="$out.time"
  start=$(date +%s.%N)
  PITH_REPORT_UTILIZATION=1 /usr/bin/time -v -o "$tv" java $opts "-Xlog:gc:file=$gc" -jar "$jar" extract "$warc" -o "$out.jsonl" -j "$threads" 2> "$out.err"
  end=$(date +%s.%N)
  pages=$(wc -l < "$out.jsonl")
  rss=$(awk '/Maximum resident set size/ {printf "%d", $6/1024}' "$tv")
  cpu=$(awk -F': ' '/User time|System time/ {s += $2} END {printf "%.1f", s}' "$tv")
  pct=$(awk -F': ' '/Percent of CPU/ {print $2}' "$tv")
  util=$(grep -o 'busy [0-9]*%' "$out.err" | tr -dc '0-9%' || true)
  heap=$(grep -o -- '->[0-9]*M' "$gc" | tr -dc '0-9\n' | sort -n | tail -1)
  python3 - "$warc" "$mb" "$threads" "$pages" "$start" "$end" "$rss" "${heap:-0}" "$cpu" "$pct" "${util:-?}" <<'PY'
import sys
warc, mb, t, pages, s, e, rss, heap, cpu, pct, util = sys.argv[1:]
sec = float(e) - float(s)
print("\t".join([warc, mb, t, pages, "%.1f" % sec, "%.1f" % (int(pages) / sec), "%.2f" % (int(mb) / sec), rss, heap, cpu, pct, util]),
      flush=True)
PY
  grep '^pith: [0-9]* in' "$out.err" >&2 || tail -3 "$out.err" >&2
  rm -f "$out" "$out.jsonl" "$gc" "$tv" "$out.err"
done
