#!/usr/bin/env bash
# Start-up benchmark (issue 17, item 7): the embedded default (H2, local files, demo data on), started
# with `java -jar`, beside a reference measured alternately in the same run: a minimal Spring Boot
# application on exactly Satu Data's dependency set (bench/referensi-awal: one @SpringBootApplication
# class and a page, packed into a copy of target/satudata.jar in place of Satu Data's classes, so the
# same BOOT-INF/lib and every auto-configuration it brings), on its own empty H2 file database.
#
# For each run and each application:
#   first   ms from `java -jar` to /actuator/health/readiness UP on an empty data directory
#           (Satu Data: schema, 91,599 region codes, demo organizations, accounts and catalog)
#   second  the same on the data directory the first start left
#   rss     VmRSS (/proc/PID/status) after IDLE seconds of idleness following the second start
# and the ratios Satu Data / reference. The machine is shared: read best-of-N and the ratios.
#
# Usage: bench/startup.sh [runs]            (default 3; builds target/satudata.jar if missing)
#   JAVA_OPTS='...'   JVM options for both applications (e.g. the documented run command's)
#   CDS=1             also measure both as bin/siapkan-jalan prepares them with the Java on PATH (17-24:
#                     the jar extracted, a CDS archive from a training run, the generated launcher)
#   AOT=1             also measure both as bin/siapkan-jalan prepares them on JDK 25+ (an AOT cache: classes
#                     loaded and linked, method profiles), run by JAVA_AOT (default
#                     /usr/lib/jvm/temurin-25-jdk-amd64/bin/java); docs/operasi.md "Start-up"
#   IDLE=20           seconds idle before reading VmRSS
#   BENCH_PORT=18300  port of the application under test
#   BENCH_JAR=...     the build of Satu Data to measure (default target/satudata.jar)
#   BENCH_BASELINE_JAR=...  an earlier build, measured in the same runs (before/after a change)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-3}"
IDLE="${IDLE:-20}"
PORT="${BENCH_PORT:-18300}"
JAR="${BENCH_JAR:-target/satudata.jar}"
[ -f "$JAR" ] || [ -n "${BENCH_JAR:-}" ] || ./mvnw -q -B -DskipTests package
JAR=$(realpath "$JAR")
WORK=$(mktemp -d)
PID=
trap '[ -n "$PID" ] && kill "$PID" 2>/dev/null; rm -rf "$WORK"' EXIT

ms() { date +%s%3N; }

# --- the reference jar: Satu Data's jar with its classes replaced by bench/referensi-awal --------
REF=$WORK/referensi.jar
mkdir -p "$WORK/lib" "$WORK/ref/BOOT-INF/classes" "$WORK/ref/META-INF"
(cd "$WORK/lib" && unzip -q "$JAR" 'BOOT-INF/lib/*')
javac -nowarn -d "$WORK/ref/BOOT-INF/classes" -cp "$WORK/lib/BOOT-INF/lib/*" \
  bench/referensi-awal/bench/referensi/ReferenceApplication.java
cp bench/referensi-awal/application.properties "$WORK/ref/BOOT-INF/classes/"
unzip -p "$JAR" META-INF/MANIFEST.MF | sed 's/^Start-Class: .*/Start-Class: bench.referensi.ReferenceApplication/' \
  | tr -d '\r' > "$WORK/ref/META-INF/MANIFEST.MF"
cp "$JAR" "$REF"
zip -q -d "$REF" 'BOOT-INF/classes/*' 'META-INF/MANIFEST.MF' > /dev/null
(cd "$WORK/ref" && zip -q -r -0 "$REF" META-INF/MANIFEST.MF BOOT-INF/classes)
rm -rf "$WORK/lib"

# --- CDS archive / AOT cache: the documented production launch, prepared by bin/siapkan-jalan ----------
# (the jar extracted, a training run through a first start to readiness and a few pages, a launcher that
# starts with the cache); CDS with the Java on PATH, the AOT cache with JAVA_AOT (JDK 25+)
JAVA_AOT="${JAVA_AOT:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}"
launch_prepare() { # $1 = java, $2 = jar, $3 = dir
  JAVA="$1" bin/siapkan-jalan "$2" "$3" > /dev/null \
    || { echo "bin/siapkan-jalan failed for $2, see $3/training.log"; tail -5 "$3/training.log"; exit 1; }
}

start() { # $1 = label, $2 = data dir, $3.. = java args before -jar's target; sets READY_MS, RSS_MB
  local label=$1 data=$2; shift 2
  local t0; t0=$(ms)
  if [ "$1" = "--launcher" ]; then # a prepared launch: its JVM options are in the launcher
    "$2" --server.port="$PORT" --satudata.data-dir="$data" > "$WORK/$label.log" 2>&1 &
  else
    java ${JAVA_OPTS:-} "$@" --server.port="$PORT" --satudata.data-dir="$data" > "$WORK/$label.log" 2>&1 &
  fi
  PID=$!
  until curl -sf "http://127.0.0.1:$PORT/actuator/health/readiness" > /dev/null; do
    sleep 0.1
    kill -0 "$PID" 2>/dev/null || { echo "$label died, see its log:"; tail -20 "$WORK/$label.log"; exit 1; }
  done
  READY_MS=$(( $(ms) - t0 ))
}

stop() {
  kill "$PID"; wait "$PID" 2>/dev/null || true; PID=
}

measure() { # $1 = label, $2.. = java args; prints first second rss
  local label=$1; shift
  local data=$WORK/data-$label
  rm -rf "$data"
  start "$label" "$data" "$@"; local first=$READY_MS; stop
  start "$label" "$data" "$@"; local second=$READY_MS
  sleep "$IDLE"
  local rss; rss=$(awk '/VmRSS/{print int($2/1024)}' "/proc/$PID/status")
  stop
  rm -rf "$data"
  echo "$first $second $rss"
}

VARIANTS=("jar")
APPS=(ref app)
[ -n "${BENCH_BASELINE_JAR:-}" ] && APPS+=(base) && BASE=$(realpath "$BENCH_BASELINE_JAR")
if [ "${CDS:-0}" = 1 ]; then
  launch_prepare java "$REF" "$WORK/cds-ref"
  launch_prepare java "$JAR" "$WORK/cds-app"
  [ -n "${BASE:-}" ] && launch_prepare java "$BASE" "$WORK/cds-base"
  VARIANTS+=("cds")
fi
if [ "${AOT:-0}" = 1 ]; then
  launch_prepare "$JAVA_AOT" "$REF" "$WORK/aot-ref"
  launch_prepare "$JAVA_AOT" "$JAR" "$WORK/aot-app"
  [ -n "${BASE:-}" ] && launch_prepare "$JAVA_AOT" "$BASE" "$WORK/aot-base"
  VARIANTS+=("aot")
fi

args() { # $1 = variant, $2 = app -> the java arguments
  local jar
  case $2 in ref) jar=$REF ;; app) jar=$JAR ;; base) jar=$BASE ;; esac
  if [ "$1" = cds ] || [ "$1" = aot ]; then
    echo "--launcher $WORK/$1-$2/jalankan"
  else
    echo "-jar $jar"
  fi
}

printf "%-7s %-4s %-9s %9s %9s %7s   %7s %7s %7s\n" variant run app first_ms second_ms rss_mb first/ref second/ref rss/ref
for v in "${VARIANTS[@]}"; do
  for i in $(seq 1 "$RUNS"); do
    # the order rotates from run to run, so a change of load hurts each application alike
    order=("${APPS[@]:$(( (i - 1) % ${#APPS[@]} ))}" "${APPS[@]:0:$(( (i - 1) % ${#APPS[@]} ))}")
    declare -A F S R
    for a in "${order[@]}"; do
      # shellcheck disable=SC2046
      read -r F[$a] S[$a] R[$a] < <(measure "$a" $(args "$v" "$a"))
    done
    for a in "${APPS[@]}"; do
      name=$a; [ "$a" = app ] && name=satudata; [ "$a" = base ] && name=baseline; [ "$a" = ref ] && name=reference
      printf "%-7s %-4s %-9s %9s %9s %7s   %7.2f %7.2f %7.2f\n" "$v" "$i" "$name" "${F[$a]}" "${S[$a]}" "${R[$a]}" \
        "$(awk "BEGIN{print ${F[$a]}/${F[ref]}}")" "$(awk "BEGIN{print ${S[$a]}/${S[ref]}}")" \
        "$(awk "BEGIN{print ${R[$a]}/${R[ref]}}")"
    done
  done
done
