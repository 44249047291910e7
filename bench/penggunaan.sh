#!/usr/bin/env bash
# Usage counting (katalog.penggunaan) on the dataset page: throughput with counting on and off.
# The app runs as the README's first command runs it (embedded H2, demo installation, the jar built by
# Maven) on loopback, once with satudata.penggunaan.aktif=true (writing its buffer every 5 s, so
# writes happen during the run) and once with it false; each run warms up, then wrk -t2 -c16 measures
# requests/s on one demo dataset page with a browser's User-Agent (wrk sends none, and a page view
# without one is not counted). Prints both, the ratio on/off, and the view count the page shows after
# the counting run (proof that it counted). Alternating runs (on, off, on, off) take the better of
# each, which damps the noise of a shared machine (on an overloaded machine, a page slower than wrk's
# default 2 s timeout counts as no request at all: the timeout is 30 s here).
# Needs curl and wrk (installed from Debian when missing). Usage: bench/penggunaan.sh [seconds per run]
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-15}"
PORT="${BENCH_PORT:-18090}"
BASE="http://127.0.0.1:$PORT"
UA="Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36"

if ! command -v wrk >/dev/null 2>&1; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi

[ "${BENCH_SKIP_BUILD:-}" = 1 ] || ./mvnw -q -B -DskipTests package
DIR=$(mktemp -d /tmp/satudata-bench-XXXXXX)
PID=""
cleanup() {
  if [ -n "$PID" ]; then kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; fi
  rm -rf "$DIR"
}
trap cleanup EXIT

start() {
  SATUDATA_DATA_DIR="$DIR/data" SERVER_PORT="$PORT" SATUDATA_DEMO_ENABLED=true \
    SATUDATA_PENGGUNAAN_AKTIF="$1" SATUDATA_PENGGUNAAN_INTERVAL=PT5S \
    java -Xmx1g -jar target/satudata.jar >"$DIR/app.log" 2>&1 &
  PID=$!
  for _ in $(seq 1 300); do
    curl -sf "$BASE/actuator/health/readiness" >/dev/null 2>&1 && return 0
    kill -0 "$PID" 2>/dev/null || { tail -50 "$DIR/app.log"; exit 1; }
    sleep 1
  done
  echo "app did not start"; exit 1
}
stop() { kill "$PID"; wait "$PID" 2>/dev/null || true; PID=""; }
rps() { wrk -t2 -c16 -d"${N}s" --timeout 30s -H "User-Agent: $UA" "$1" | awk '/Requests\/sec/ {print $2}'; }
better() { awk -v a="$1" -v b="$2" 'BEGIN {print (a > b ? a : b)}'; }

start true
SLUG=$(curl -s "$BASE/api/3/action/package_list" | grep -o '"result":\["[^"]*"' | cut -d'"' -f4)
PAGE="$BASE/dataset/$SLUG"
echo "dataset page: $PAGE"
stop

ON=0; OFF=0
for round in 1 2; do
  for mode in true false; do
    start "$mode"
    wrk -t2 -c16 -d"${N}s" --timeout 30s -H "User-Agent: $UA" "$PAGE" >/dev/null   # warm-up
    R=$(rps "$PAGE")
    echo "round $round, counting $mode: $R requests/s"
    if [ "$mode" = true ]; then
      ON=$(better "$ON" "$R")
      sleep 6   # one write interval
      VIEWS=$(curl -s -A "bench" "$PAGE" | grep -o 'id="penggunaan-dilihat"[^>]*>[0-9.]*' | grep -o '[0-9.]*$' || true)
      echo "  views the page shows after the run: ${VIEWS:-none}"
    else
      OFF=$(better "$OFF" "$R")
    fi
    stop
  done
done
echo "== dataset page, best of 2 runs of ${N} s: counting on $ON req/s, off $OFF req/s, ratio on/off $(awk -v a="$ON" -v b="$OFF" 'BEGIN {printf "%.3f", a/b}')"
