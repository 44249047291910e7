#!/usr/bin/env bash
# Import end to end over HTTP (issue 18, target 4): resource_create of a 1,000,000-row, 6-column CSV
# and of a 1,030,000-row, 28-column one (text, dates, numbers) into new datasets without a schema
# (upload, type inference, validation, Parquet, publication), each timed beside DuckDB's bare
# read_csv -> Parquet of the same file, alternately in the same run (ratio, best of N). The app runs
# as the README's first command runs it (embedded H2, demo installation) with -Xmx512m; prints the
# pipeline's own time from its log and the app's peak RSS.
# BENCH_JAR=<an earlier build's jar> measures that build instead (before/after).
# BENCH_BASELINE_JAR=<main's jar> also starts that build (on BENCH_PORT + 1, data of its own) and times
# both in every run, in turns (A = the baseline, B = BENCH_JAR or this build): B / A per run and median.
# Usage: bench/import-http.sh [runs] [rows]    (BENCH_PORT, default 18450)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-3}"
ROWS="${2:-1000000}"
PORT="${BENCH_PORT:-18450}"
BASE="http://127.0.0.1:$PORT"
JAR="${BENCH_JAR:-target/satudata.jar}"
[ -f "$JAR" ] && [ -z "${BENCH_REBUILD:-}" ] || ./mvnw -q -B -DskipTests package
# BENCH_CLASSES=<a copy of target/classes and target/test-classes> runs the client from that copy (a
# build in the same folder during the run then cannot pull classes from under it)
if [ -z "${BENCH_CLASSES:-}" ]; then ./mvnw -q -B -DskipTests test-compile; fi
CLASSES="${BENCH_CLASSES:-target}"
CP=$(./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)
DIR=$(mktemp -d /tmp/satudata-bench-XXXXXX)
PID=""
BPID=""
cleanup() {
  if [ -n "$PID" ]; then kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; fi
  if [ -n "$BPID" ]; then kill "$BPID" 2>/dev/null || true; wait "$BPID" 2>/dev/null || true; fi
  if [ -n "${BENCH_LOG:-}" ] && [ -f "$DIR/baseline.log" ]; then cp "$DIR/baseline.log" "$BENCH_LOG.baseline"; fi
  # BENCH_LOG=<file> keeps the app's log (each upload's stage timings: "Release upload to ...", "resource_create of ...")
  if [ -n "${BENCH_LOG:-}" ] && [ -f "$DIR/app.log" ]; then cp "$DIR/app.log" "$BENCH_LOG"; fi
  rm -rf "$DIR"
}
trap cleanup EXIT
java -cp "$CLASSES/test-classes:$CLASSES/classes:$CP" id.satudata.datastore.internal.BenchFiles "$DIR" "$ROWS"
SATUDATA_DATA_DIR="$DIR/data" SERVER_PORT="$PORT" SATUDATA_UPLOAD_MAX_SIZE=1GB \
  java -Xmx512m -jar "$JAR" >"$DIR/app.log" 2>&1 &
PID=$!
BASES="$BASE"; LOGS="$DIR/app.log"; PIDS="$PID"
if [ -n "${BENCH_BASELINE_JAR:-}" ]; then
  BPORT=$((PORT + 1))
  SATUDATA_DATA_DIR="$DIR/data-baseline" SERVER_PORT="$BPORT" SATUDATA_UPLOAD_MAX_SIZE=1GB \
    java -Xmx512m -jar "$BENCH_BASELINE_JAR" >"$DIR/baseline.log" 2>&1 &
  BPID=$!
  BASES="http://127.0.0.1:$BPORT,$BASE"; LOGS="$DIR/baseline.log,$DIR/app.log"; PIDS="$BPID,$PID"
fi
for url in ${BASES//,/ }; do
  for _ in $(seq 1 600); do
    curl -sf "$url/actuator/health/readiness" >/dev/null 2>&1 && break
    kill -0 "$PID" 2>/dev/null || { tail -50 "$DIR/app.log"; exit 1; }
    if [ -n "$BPID" ]; then kill -0 "$BPID" 2>/dev/null || { tail -50 "$DIR/baseline.log"; exit 1; }; fi
    sleep 1
  done
done
java -cp "$CLASSES/test-classes:$CLASSES/classes:$CP" id.satudata.datastore.internal.ImportHttpBenchmark \
  "$BASES" "$LOGS" "$PIDS" "$RUNS" "$DIR/narrow.csv" "$DIR/wide.csv"
