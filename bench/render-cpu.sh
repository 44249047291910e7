#!/usr/bin/env bash
# Process CPU of an uncached page render and of a second start-up, for two builds measured alternately
# (A/B/A/B) in one run, so that a shared, loaded machine weighs on both alike: read the ratios B/A.
#
# For each pair and each build (A = BENCH_BASELINE_JAR, B = BENCH_JAR), on its own copy of one data
# directory that a first start left (so every start measured is a second start):
#   start   process CPU (utime+stime, /proc/PID/stat) from `java -jar` to /actuator/health/readiness UP
#   render  process CPU per request of each page under `wrk -t1 -c4 -d SECONDS` after a warm-up, with the
#           public page cache off (satudata.halaman-publik.enabled=false): the home page as an anonymous
#           reader, a back-office page as walidata (signed in)
#
# Usage: BENCH_BASELINE_JAR=/tmp/main.jar bench/render-cpu.sh [pairs]     (default 2)
#   BENCH_JAR=target/satudata.jar  BENCH_PORT=18300  BENCH_SECONDS=10
#   BENCH_KELOLA=/kelola/rekomendasi   the back-office page
set -euo pipefail
cd "$(dirname "$0")/.."
PAIRS="${1:-2}"
D="${BENCH_SECONDS:-10}"
PORT="${BENCH_PORT:-18300}"
KELOLA="${BENCH_KELOLA:-/kelola/rekomendasi}"
JAR_B=$(realpath "${BENCH_JAR:-target/satudata.jar}")
JAR_A=$(realpath "${BENCH_BASELINE_JAR:?set BENCH_BASELINE_JAR to the build to compare with}")
command -v wrk >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
WORK=$(mktemp -d /tmp/render-cpu-XXXXXX)
PID=
stop() { if [ -n "$PID" ]; then kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; PID=; fi; }
trap 'stop; rm -rf "$WORK"' EXIT
HZ=$(getconf CLK_TCK)
ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }

start() { # $1 = jar, $2 = data dir; sets START_MS (process CPU to readiness)
  java -jar "$1" --server.port="$PORT" --satudata.data-dir="$2" --satudata.halaman-publik.enabled=false \
    > "$WORK/app.log" 2>&1 &
  PID=$!
  for _ in $(seq 1 3000); do
    if curl -sf "http://127.0.0.1:$PORT/actuator/health/readiness" 2>/dev/null | grep -q UP; then
      START_MS=$(( $(ticks "$PID") * 1000 / HZ )); return; fi
    kill -0 "$PID" 2>/dev/null || { tail -20 "$WORK/app.log"; exit 1; }
    sleep 0.2
  done
  echo "not ready"; exit 1
}

login() { # prints a Cookie header value for walidata
  local jar="$WORK/cookies" tok
  rm -f "$jar"
  tok=$(curl -s -c "$jar" -b "$jar" "http://127.0.0.1:$PORT/masuk" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"//')
  curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "_csrf=$tok" -d username=walidata -d password=satudata2026 \
    "http://127.0.0.1:$PORT/masuk"
  sed 's/^#HttpOnly_//' "$jar" | awk '!/^#/ && NF >= 7 {printf "%s%s=%s", (n++ ? "; " : ""), $6, $7}'
}

render() { # $1 = path, $2 = cookie ("" for none); prints ms of process CPU per request
  local args=(-t1 -c4 -d"${D}s") out t0 t1 n
  [ -n "$2" ] && args+=(-H "Cookie: $2")
  local code; code=$(curl -s -o /dev/null -w '%{http_code}' ${2:+-H "Cookie: $2"} "http://127.0.0.1:$PORT$1")
  [ "$code" = 200 ] || { echo "$1 answered $code, not 200" >&2; exit 1; }
  wrk -t1 -c4 -d3s ${2:+-H "Cookie: $2"} "http://127.0.0.1:$PORT$1" > /dev/null   # warm-up
  t0=$(ticks "$PID")
  out=$(wrk "${args[@]}" "http://127.0.0.1:$PORT$1")
  t1=$(ticks "$PID")
  if grep -q 'Non-2xx' <<< "$out"; then echo "non-2xx answers on $1:"; echo "$out"; exit 1; fi
  n=$(awk '/requests in/ {print $1}' <<< "$out")
  awk -v t=$((t1 - t0)) -v hz="$HZ" -v n="$n" 'BEGIN {printf "%.2f", t * 1000 / hz / n}'
}

echo "first start (seeds the data directory) ..."
start "$JAR_A" "$WORK/seed"; stop
printf '%-5s %-4s %10s %12s %14s\n' pair jar start_ms home_ms/req kelola_ms/req
declare -A SUM
for i in $(seq 1 "$PAIRS"); do
  for w in A B; do
    jar=$JAR_A; [ "$w" = B ] && jar=$JAR_B
    rm -rf "$WORK/d"; cp -a "$WORK/seed" "$WORK/d"
    start "$jar" "$WORK/d"
    cookie=$(login)
    h=$(render / "")
    k=$(render "$KELOLA" "$cookie")
    stop
    printf '%-5s %-4s %10s %12s %14s\n' "$i" "$w" "$START_MS" "$h" "$k"
    SUM[$w.s]=$(awk -v a="${SUM[$w.s]:-0}" -v b="$START_MS" 'BEGIN {print a + b}')
    SUM[$w.h]=$(awk -v a="${SUM[$w.h]:-0}" -v b="$h" 'BEGIN {print a + b}')
    SUM[$w.k]=$(awk -v a="${SUM[$w.k]:-0}" -v b="$k" 'BEGIN {print a + b}')
  done
done
for m in s:start h:home k:kelola; do
  awk -v a="${SUM[A.${m%%:*}]}" -v b="${SUM[B.${m%%:*}]}" -v l="${m#*:}" 'BEGIN {printf "%-7s B/A = %.2f\n", l, b / a}'
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
