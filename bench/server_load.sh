#!/usr/bin/env bash
# Load benchmark of `pith serve` (issue 17), one command: starts the server as `./pith serve`
# starts it (building it first if needed), warms it up for 30 s, then POSTs the pages from
# CLIENTS closed-loop clients for SECONDS and prints requests/s, latency percentiles (all pages
# and pages under 500 KB, with the server's own phases from its Server-Timing header), errors,
# the server's RSS every 10 s and its CPU per request; the load average before and after; then
# stops the server.
#   bench/server_load.sh [SECONDS=90] [CLIENTS=16] [PAGES_DIR=../shared/bench/scrapinghub/pages]
# RATE=R sends at a constant R requests/s in all instead of closed-loop (see bench/ServerLoad.java);
# the warm-up stays closed-loop.
# PORT (default 18142) and PITH_JAVA_OPTS are passed on; CLIENT=jdk sends with the JDK's
# HttpClient instead of the generator's own plain-socket client (see bench/ServerLoad.java).
# 600 s is the memory-flatness run.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
seconds="${1:-90}"
clients="${2:-16}"
pages="${3:-../shared/bench/scrapinghub/pages}"
port="${PORT:-18142}"
log="${TMPDIR:-/tmp}/pith-serve-load-$port.log"
./pith serve --port "$port" > "$log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
# the first start may build the server (a few minutes on a busy machine)
for _ in $(seq 1200); do
  curl -s -o /dev/null "http://127.0.0.1:$port/healthz" && break
  kill -0 "$server" 2>/dev/null || { cat "$log" >&2; exit 1; }
  sleep 0.5
done
echo "server: $(ps -o args= -p "$server" | cut -c1-160)"
client="-Dclient=${CLIENT:-plain}"
rate="-Drate=${RATE:-0}"
java "$client" bench/ServerLoad.java "http://127.0.0.1:$port/" "$pages" "$clients" 30 > /dev/null
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
java "$client" "$rate" bench/ServerLoad.java "http://127.0.0.1:$port/" "$pages" "$clients" "$seconds" "$server"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
