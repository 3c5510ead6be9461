#!/usr/bin/env bash
# The dedup scale benchmark: `pith dedup` and `pith-spark dedup` (local[2], 2 GB heap = executor
# memory) on the same synthetic corpus, with wall time, CPU seconds and peak RSS from
# /usr/bin/time -v, the Spark job's summary line (clusters, candidate pairs, shuffle bytes per
# document), and a record-by-record comparison of the two outputs.
#
#   pith-spark/bench/dedup_bench.sh CORPUS.jsonl WORKDIR
#
# Run from the worktree root after `mvn -q -B -DskipTests package`; SPARK_JARS is a folder of
# Spark's jars (see README.md). Runs under `nice -n 10`. Data stays in WORKDIR (never commit it).
set -euo pipefail
corpus=$1
work=$2
mkdir -p "$work"
opens=$(sed -n 's:.*<spark.test.opens>\(.*\)</spark.test.opens>.*:\1:p' pith-spark/pom.xml)
: "${SPARK_JARS:?set SPARK_JARS to a folder of the Spark jars}"

measure() { # name command...
    local name=$1
    shift
    nice -n 10 /usr/bin/time -v "$@" > "$work/$name.log" 2> "$work/$name.time" || { tail -30 "$work/$name.time"; exit 1; }
    awk -F': ' -v n="$name" '
        /Elapsed \(wall clock\)/ {wall=$2}
        /User time/ {u=$2} /System time/ {s=$2}
        /Maximum resident set size/ {rss=$2}
        END {printf "%s: wall %s, CPU %.1f s, peak RSS %d MB\n", n, wall, u+s, rss/1024}' "$work/$name.time"
}

rm -rf "$work/spark-out"
measure pith java -XX:+UseParallelGC -Xmx2g -jar "${PITH_JAR:-pith-cli/target/pith.jar}" dedup "$corpus" \
    -o "$work/pith.jsonl" -j 2
measure spark env SPARK_LOCAL_IP=127.0.0.1 java -XX:+UseParallelGC -Xmx2g -cp "$SPARK_JARS/*" $opens \
    org.apache.spark.deploy.SparkSubmit --master 'local[2]' --driver-memory 2g \
    --conf spark.ui.enabled=false --conf spark.local.dir="$work/spark-tmp" \
    --class dev.pith.spark.PithSpark "${PITH_SPARK_JAR:-pith-spark/target/pith-spark.jar}" \
    dedup "$corpus" -o "$work/spark-out" --format jsonl
grep -h "pith dedup\|pith-spark dedup:" "$work/pith.time" "$work/spark.time" "$work/pith.log" "$work/spark.log" || true
nice -n 10 python3 - "$work/pith.jsonl" "$work/spark-out" <<'PY'
import glob, json, sys
FIELDS = ("cluster", "cluster_size", "duplicate_of", "similarity", "dedup_note")
def read(paths):
    out = {}
    for p in paths:
        with open(p, encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                out[r["id"]] = tuple(r.get(k) for k in FIELDS)
    return out
a = read([sys.argv[1]])
b = read(sorted(glob.glob(sys.argv[2] + "/part-*")))
differ = sum(1 for k in a if a[k] != b.get(k))
print(f"records: pith {len(a)}, spark {len(b)}; records whose dedup fields differ: {differ}")
PY
