#!/usr/bin/env bash
# The CKAN API's small answers beside their ceilings, on a loaded machine: every application runs at
# once and each figure is measured in turn, round after round (A B A B), with the application's CPU
# time per request (user + system time of its process from /proc over the measured run, divided by
# the requests wrk counted), which follows the machine's load much less than requests/s.
#   - app:       target/satudata.jar as the README's first command runs it (embedded H2, demo data);
#   - baseline:  BENCH_BASELINE_JAR=<an earlier build's jar>, the same way (before/after of a change);
#   - ref:       Satu Data's dependency set answering site_read's constant JSON from a plain
#                controller through a stateless permit-all security chain (bench/referensi-api);
#   - ref-nosec: the same outside Spring Security: what Tomcat + Spring MVC alone cost here;
#   - nginx:     the very same bytes of site_read and package_show from files.
# After each jar's pair a line gives its package_show / site_read ratio (requests/s and CPU per request).
# Usage: bench/api-plafon.sh [seconds per run] [rounds]. Ports BENCH_PORT .. BENCH_PORT+7.
set -uo pipefail
cd "$(dirname "$0")/.."
D="${1:-10}"
ROUNDS="${2:-2}"
PORT="${BENCH_PORT:-18090}"
command -v wrk >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
command -v nginx >/dev/null || PATH="$PATH:/usr/sbin" command -v nginx >/dev/null \
  || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light >/dev/null
NGINX=$(PATH="$PATH:/usr/sbin" command -v nginx)
[ -f target/satudata.jar ] && [ -z "${BENCH_REBUILD:-}" ] || ./mvnw -q -B -DskipTests package
JAR=target/satudata.jar
W=$(mktemp -d /tmp/satudata-plafon-XXXXXX)
declare -A PIDS URLS
cleanup() {
  [ -f "$W/nginx.pid" ] && kill "$(cat "$W/nginx.pid")" 2>/dev/null
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null; done
  wait 2>/dev/null; rm -rf "$W"
}
trap cleanup EXIT

# the reference jar: Satu Data's jar with its classes replaced by bench/referensi-api (as bench/startup.sh)
REF=$W/referensi.jar
mkdir -p "$W/lib" "$W/ref/BOOT-INF/classes" "$W/ref/META-INF"
(cd "$W/lib" && unzip -q "$OLDPWD/$JAR" 'BOOT-INF/lib/*')
javac -nowarn -d "$W/ref/BOOT-INF/classes" -cp "$W/lib/BOOT-INF/lib/*" \
  bench/referensi-api/bench/referensi/ApiReferenceApplication.java
cp bench/referensi-api/application.properties "$W/ref/BOOT-INF/classes/"
unzip -p "$JAR" META-INF/MANIFEST.MF | sed 's/^Start-Class: .*/Start-Class: bench.referensi.ApiReferenceApplication/' \
  | tr -d '\r' > "$W/ref/META-INF/MANIFEST.MF"
cp "$JAR" "$REF"
zip -q -d "$REF" 'BOOT-INF/classes/*' 'META-INF/MANIFEST.MF' > /dev/null
(cd "$W/ref" && zip -q -r -0 "$REF" META-INF/MANIFEST.MF BOOT-INF/classes)
rm -rf "$W/lib"

start() { # name jar port [args...]
  local name=$1 jar=$2 port=$3; shift 3
  SATUDATA_DATA_DIR="$W/$name" SERVER_PORT="$port" java -Xmx512m -jar "$jar" "$@" >"$W/$name.log" 2>&1 &
  PIDS[$name]=$!
  URLS[$name]="http://127.0.0.1:$port"
}
ready() {
  for _ in $(seq 1 900); do curl -sf "$1/actuator/health/readiness" >/dev/null 2>&1 && return 0; sleep 1; done
  echo "not ready: $1"; exit 1
}
start app "$JAR" "$PORT"
[ -n "${BENCH_BASELINE_JAR:-}" ] && start baseline "$BENCH_BASELINE_JAR" $((PORT + 2))
start ref "$REF" $((PORT + 4))
start ref-nosec "$REF" $((PORT + 6)) --ref.no-security=true
for n in "${!URLS[@]}"; do ready "${URLS[$n]}"; done

SLUG=$(curl -s "${URLS[app]}/dataset" | grep -o 'href="/dataset/[a-z0-9-]*"' | head -1 | sed 's/href="\/dataset\///;s/"//')
SR=/api/3/action/site_read
PS="/api/3/action/package_show?id=$SLUG"
mkdir -p "$W/www/api"
curl -s "${URLS[app]}$SR" -o "$W/www/api/site_read.json"
curl -s "${URLS[app]}$PS" -o "$W/www/api/package_show.json"
cat >"$W/nginx.conf" <<CONF
worker_processes 2; pid $W/nginx.pid; error_log $W/nginx-error.log;
events { worker_connections 1024; }
http { access_log off; default_type application/json;
  server { listen 127.0.0.1:$((PORT + 7)); root $W/www; location / { try_files \$uri =404; } } }
CONF
"$NGINX" -c "$W/nginx.conf"
NG="http://127.0.0.1:$((PORT + 7))"

ticks() { if [ -n "$1" ]; then awk '{print $14 + $15}' "/proc/$1/stat"; else echo 0; fi; }
measure() { # label pid-or-empty url
  wrk -t2 -c50 -d5s "$3" >/dev/null
  local c0 c1 out
  c0=$(ticks "$2"); out=$(wrk -t2 -c50 -d"${D}s" --latency "$3"); c1=$(ticks "$2")
  awk -v l="$1" -v c=$((c1 - c0)) -v hz="$(getconf CLK_TCK)" -v app="$2" -v la="$(cut -d' ' -f1 /proc/loadavg)" '
    /Requests\/sec/ {r=$2} /^ +50%/ {p50=$2} /^ +99%/ {p99=$2} / requests in / {n=$1}
    END {printf "%-24s %9s req/s  p50 %-8s p99 %-8s", l, r, p50, p99
      if (app != "" && n > 0) printf " %5.0f us CPU/req", c / hz * 1e6 / n; else printf "                "
      printf "  load %s\n", la
      if (n > 0) printf "%s %s\n", r, (app != "" ? c / hz * 1e6 / n : 0) > last}' last="$W/last" <<<"$out"
}
ratio() { # label: package_show beside site_read of one jar, from the two measures just before
  awk -v l="$1" 'NR == 1 {r = $1; c = $2} NR == 2 {printf "%-24s %9.2f x site_read req/s, %.2f x its CPU/req\n", l, $1 / r, (c > 0 ? $2 / c : 0)}' \
    "$W/sr" "$W/ps"
}
# as warm as each other before the first round
for n in app baseline; do
  [ -n "${PIDS[$n]:-}" ] || continue
  wrk -t2 -c50 -d"$((D * 2))s" "${URLS[$n]}$SR" >/dev/null; wrk -t2 -c50 -d"$((D * 2))s" "${URLS[$n]}$PS" >/dev/null
done
for n in ref ref-nosec; do wrk -t2 -c50 -d"$((D * 2))s" "${URLS[$n]}$SR" >/dev/null; done

echo "== wrk -t2 -c50 ${D}s, $ROUNDS rounds; dataset $SLUG ($(stat -c %s "$W/www/api/package_show.json") bytes)"
for r in $(seq 1 "$ROUNDS"); do
  echo "-- round $r"
  measure "nginx site_read" "" "$NG/api/site_read.json"
  measure "nginx package_show" "" "$NG/api/package_show.json"
  for n in app baseline; do
    [ -n "${PIDS[$n]:-}" ] || continue
    measure "$n site_read" "${PIDS[$n]}" "${URLS[$n]}$SR"; cp "$W/last" "$W/sr"
    measure "$n package_show" "${PIDS[$n]}" "${URLS[$n]}$PS"; cp "$W/last" "$W/ps"
    ratio "$n package_show"
  done
  measure "ref site_read" "${PIDS[ref]}" "${URLS[ref]}$SR"
  measure "ref-nosec site_read" "${PIDS[ref-nosec]}" "${URLS[ref-nosec]}$SR"
done
