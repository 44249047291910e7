#!/usr/bin/env bash
# Public pages and the API under wrk (2 threads, 50 connections) on the app as the README's first
# command runs it (embedded H2, the demo installation, the jar built by Maven), on loopback.
# Each figure is printed beside its reference measured in the same run:
#   - nginx serving the very same bytes (the home page, a dataset page, package_show's JSON) from
#     files: the ceiling of a static answer on this machine;
#   - the same page with the public page cache switched off (satudata.halaman-publik.enabled=false),
#     i.e. rendered on every request as before.
# It also counts the sessions that 2,000 anonymous page views leave in the database (must be 0).
# With BENCH_BASELINE_JAR=<an earlier build's jar> it also measures site_read and package_show on that
# jar in the same run (before/after of a change to the request path).
# Needs curl, wrk and nginx (installed from Debian when missing). Usage: bench/halaman-publik.sh [seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
D="${1:-10}"
PORT="${BENCH_PORT:-18090}"
NGINX_PORT=$((PORT + 1))
BASE="http://127.0.0.1:$PORT"

for tool in wrk nginx; do
  command -v "$tool" >/dev/null 2>&1 || PATH="$PATH:/usr/sbin" command -v "$tool" >/dev/null 2>&1 \
    || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$( [ "$tool" = nginx ] && echo nginx-light || echo wrk )" >/dev/null
done
NGINX=$(PATH="$PATH:/usr/sbin" command -v nginx)

[ -f target/satudata.jar ] && [ -z "${BENCH_REBUILD:-}" ] || ./mvnw -q -B -DskipTests package
DIR=$(mktemp -d /tmp/satudata-bench-XXXXXX)
PID=""
cleanup() {
  if [ -n "$PID" ]; then kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; fi
  [ -f "$DIR/nginx.pid" ] && kill "$(cat "$DIR/nginx.pid")" 2>/dev/null || true
  rm -rf "$DIR"
}
trap cleanup EXIT

JAR=target/satudata.jar
start() {
  SATUDATA_DATA_DIR="$DIR/data" SERVER_PORT="$PORT" java -Xmx512m -jar "$JAR" "$@" >"$DIR/app.log" 2>&1 &
  PID=$!
  for _ in $(seq 1 600); do
    curl -sf "$BASE/actuator/health/readiness" >/dev/null 2>&1 && return 0
    kill -0 "$PID" 2>/dev/null || { tail -50 "$DIR/app.log"; exit 1; }
    sleep 1
  done
  echo "app did not start"; exit 1
}
stop() { kill "$PID"; wait "$PID" 2>/dev/null || true; PID=""; }

# requests/s, p50 and p99 of wrk -t2 -c50 after a warm-up of the same length; for the app (not nginx)
# also the app's CPU time per request (user + system time of its process from /proc over the measured
# run, divided by the requests wrk counted): on a machine other work is loading, requests/s follow
# the load, CPU time per request much less so
measure() {
  local c0 c1 out
  wrk -t2 -c50 -d"${D}s" "$1" >/dev/null
  c0=$(cpu_ticks)
  out=$(wrk -t2 -c50 -d"${D}s" --latency "$1")
  c1=$(cpu_ticks)
  awk -v c=$((c1 - c0)) -v hz="$(getconf CLK_TCK)" -v app="$([[ $1 == "$BASE"* ]] && echo 1)" '
    /Requests\/sec/ {r=$2} /^ +50%/ {p50=$2} /^ +99%/ {p99=$2} / requests in / {n=$1}
    END {printf "%s req/s (p50 %s, p99 %s", r, p50, p99; if (app && n > 0) printf ", %.0f us CPU/req", c / hz * 1e6 / n; printf ")"}' <<<"$out"
}
cpu_ticks() { if [ -n "$PID" ]; then awk '{print $14 + $15}' "/proc/$PID/stat"; else echo 0; fi; }
# the app's resident memory now and at its peak (the heap is capped at 512 MB by -Xmx512m above)
rss() { awk '/VmRSS/ {now=$2} /VmHWM/ {peak=$2} END {printf "RSS %d MB, peak %d MB", now/1024, peak/1024}' "/proc/$PID/status"; }
reqs() { sed 's/ req.*//' <<<"$1"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a/b}'; }

echo "== embedded default, demo installation"
start
SLUG=$(curl -s "$BASE/dataset" | grep -o 'href="/dataset/[a-z0-9-]*"' | head -1 | sed 's/href="\/dataset\///;s/"//')
echo "dataset page: /dataset/$SLUG"

mkdir -p "$DIR/www/dataset" "$DIR/www/api"
curl -s "$BASE/" -o "$DIR/www/index.html"
curl -s "$BASE/dataset/$SLUG" -o "$DIR/www/dataset/$SLUG.html"
curl -s "$BASE/api/3/action/package_show?id=$SLUG" -o "$DIR/www/api/package_show.json"
cat >"$DIR/nginx.conf" <<CONF
worker_processes 2; pid $DIR/nginx.pid; error_log $DIR/nginx-error.log;
events { worker_connections 1024; }
http { access_log off; default_type text/html;
  server { listen 127.0.0.1:$NGINX_PORT; root $DIR/www; location / { try_files \$uri \$uri.html =404; } } }
CONF
"$NGINX" -c "$DIR/nginx.conf"

echo "== sessions left by 2,000 anonymous page views"
for i in $(seq 1 500); do
  for u in / "/dataset" "/dataset/$SLUG" /organisasi; do curl -s -o /dev/null -D - "$BASE$u"; done
done | grep -ci '^set-cookie: SATUDATA_SESSION' | sed 's/^/Set-Cookie with a session: /' || true

NG_HOME=$(measure "http://127.0.0.1:$NGINX_PORT/")
NG_DATASET=$(measure "http://127.0.0.1:$NGINX_PORT/dataset/$SLUG")
NG_API=$(measure "http://127.0.0.1:$NGINX_PORT/api/package_show.json")
HOME_CACHED=$(measure "$BASE/")
DATASET_CACHED=$(measure "$BASE/dataset/$SLUG")
SITE_READ=$(measure "$BASE/api/3/action/site_read")
PACKAGE_SHOW=$(measure "$BASE/api/3/action/package_show?id=$SLUG")
RSS_CACHED=$(rss)
stop

start --satudata.halaman-publik.enabled=false
HOME_PLAIN=$(measure "$BASE/")
DATASET_PLAIN=$(measure "$BASE/dataset/$SLUG")
RSS_PLAIN=$(rss)
stop

if [ -n "${BENCH_BASELINE_JAR:-}" ]; then
  JAR="$BENCH_BASELINE_JAR"
  rm -rf "$DIR/data"
  start
  # as warm as the build above, which served the page and session runs before its API runs
  wrk -t2 -c50 -d"$((D * 4))s" "$BASE/api/3/action/site_read" >/dev/null
  wrk -t2 -c50 -d"$((D * 2))s" "$BASE/api/3/action/package_show?id=$SLUG" >/dev/null
  BASE_SITE_READ=$(measure "$BASE/api/3/action/site_read")
  BASE_PACKAGE_SHOW=$(measure "$BASE/api/3/action/package_show?id=$SLUG")
  RSS_BASELINE=$(rss)
  stop
fi

echo
echo "| what | this run | reference, same run | ratio |"
echo "|---|---|---|---|"
echo "| home / (page cache) | $HOME_CACHED | nginx, same bytes: $NG_HOME | $(ratio "$(reqs "$HOME_CACHED")" "$(reqs "$NG_HOME")") |"
echo "| home / (rendered every time) | $HOME_PLAIN | page cache: $(reqs "$HOME_CACHED") req/s | $(ratio "$(reqs "$HOME_PLAIN")" "$(reqs "$HOME_CACHED")") |"
echo "| dataset page (page cache) | $DATASET_CACHED | nginx, same bytes: $NG_DATASET | $(ratio "$(reqs "$DATASET_CACHED")" "$(reqs "$NG_DATASET")") |"
echo "| dataset page (rendered every time) | $DATASET_PLAIN | page cache: $(reqs "$DATASET_CACHED") req/s | $(ratio "$(reqs "$DATASET_PLAIN")" "$(reqs "$DATASET_CACHED")") |"
echo "| site_read | $SITE_READ | nginx package_show JSON: $NG_API | $(ratio "$(reqs "$SITE_READ")" "$(reqs "$NG_API")") |"
echo "| package_show | $PACKAGE_SHOW | site_read: $(reqs "$SITE_READ") req/s | $(ratio "$(reqs "$PACKAGE_SHOW")" "$(reqs "$SITE_READ")") |"
if [ -n "${BENCH_BASELINE_JAR:-}" ]; then
  echo "| site_read, baseline jar | $BASE_SITE_READ | this build: $(reqs "$SITE_READ") req/s | $(ratio "$(reqs "$SITE_READ")" "$(reqs "$BASE_SITE_READ")") (this/baseline) |"
  echo "| package_show, baseline jar | $BASE_PACKAGE_SHOW | this build: $(reqs "$PACKAGE_SHOW") req/s | $(ratio "$(reqs "$PACKAGE_SHOW")" "$(reqs "$BASE_PACKAGE_SHOW")") (this/baseline) |"
fi
echo
echo "memory (heap capped at 512 MB): page cache on: $RSS_CACHED; page cache off: $RSS_PLAIN${RSS_BASELINE:+; baseline jar: $RSS_BASELINE}"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
