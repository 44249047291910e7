#!/usr/bin/env bash
# Validation-report benchmark (collection issue) over HTTP, on the app as the README's first command
# runs it (embedded H2, the jar built by Maven), with a 512 MB heap:
#   - a producer's program hands over 100,000 rows, every one with an error (CKAN resource_create
#     with the demo producer's token): one submission version with 100,000 findings;
#   - the submission page (its first page of the report) and a page deep in the report (htmx
#     fragment), median server time of one client, beside site_read on the same server;
#   - the report as an XLSX with the bad cells highlighted: total download time and size; it is
#     written as a stream, so the 512 MB heap is enough.
# Usage: bench/laporan.sh [seconds per median]
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-10}"
ROWS="${ROWS:-100000}"
PORT="${BENCH_PORT:-18090}"
BASE="http://127.0.0.1:$PORT"
API="$BASE/api/3/action"

if ! command -v wrk >/dev/null 2>&1; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi
[ -f target/satudata.jar ] || ./mvnw -q -B -DskipTests package
DIR=$(mktemp -d /tmp/satudata-bench-XXXXXX)
PID=""
cleanup() {
  if [ -n "$PID" ]; then kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; fi
  rm -rf "$DIR"
}
trap cleanup EXIT

SATUDATA_DATA_DIR="$DIR/data" SERVER_PORT="$PORT" java -Xmx512m -jar target/satudata.jar >"$DIR/app.log" 2>&1 &
PID=$!
for _ in $(seq 1 300); do
  curl -sf "$BASE/actuator/health/readiness" >/dev/null 2>&1 && break
  kill -0 "$PID" 2>/dev/null || { tail -50 "$DIR/app.log"; exit 1; }
  sleep 1
done

median_ms() { # url [cookie]
  local h=()
  [ -n "${2:-}" ] && h=(-H "Cookie: $2")
  wrk -t1 -c1 -d"${N}s" "${h[@]}" "$1" >/dev/null
  wrk -t1 -c1 -d"${N}s" --latency "${h[@]}" "$1" | awk '/^ +50%/ {
    v = $2; unit = v; gsub(/[0-9.]/, "", unit); sub(/[a-z]+$/, "", v)
    printf "%.2f", (unit == "us" ? v / 1000 : (unit == "s" ? v * 1000 : v)) }'
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a/b}'; }

# a dataset of the Disdukcapil whose schema comes from a first, clean release (region code, year, count)
awk -F, 'NR > 1 && length($1) == 13 {print $1}' src/main/resources/referensi/wilayah.csv | grep '^19\.' > "$DIR/desa.txt"
{ echo "kode_wilayah,tahun,jumlah"; head -5 "$DIR/desa.txt" | awk '{print $1 ",2023," NR}'; } > "$DIR/awal.csv"
curl -sf -H "Authorization: sd_demo_walidata" -H 'Content-Type: application/json' "$API/package_create" \
  -d '{"name": "bench-laporan", "title": "Penduduk Desa (benchmark laporan)", "owner_org": "disdukcapil-19",
       "license_id": "CC-BY-4.0", "groups": [{"name": "kependudukan"}]}' >/dev/null
curl -sf -H "Authorization: sd_demo_walidata" -F package_id=bench-laporan -F periode=2023 -F terbitkan=true \
  -F "upload=@$DIR/awal.csv;type=text/csv" "$API/resource_create" >/dev/null

# 100,000 rows, each with a count that is not a number
awk -v rows="$ROWS" 'BEGIN {print "kode_wilayah,tahun,jumlah"} { d[++n] = $1 }
  END { for (i = 0; i < rows; i++) printf "%s,%d,x%d\n", d[i % n + 1], 2024 + int(i / n), i }' "$DIR/desa.txt" > "$DIR/salah.csv"
t0=$(date +%s%N)
STATUS=$(curl -s -o "$DIR/jawaban.json" -w '%{http_code}' -H "Authorization: sd_demo_produsen" -F package_id=bench-laporan \
  -F periode=2024 -F "upload=@$DIR/salah.csv;type=text/csv" "$API/resource_create")
echo "hand-over of $ROWS rows with $ROWS errors (check, store report): $(( ($(date +%s%N) - t0) / 1000000 )) ms, HTTP $STATUS"

# the producer logs in like a browser
JAR="$DIR/cookies"
TOKEN=$(curl -s -c "$JAR" "$BASE/masuk" | grep -o 'name="_csrf" content="[^"]*"' | head -1 | cut -d'"' -f4)
curl -s -b "$JAR" -c "$JAR" -o /dev/null -d "username=produsen&password=satudata2026&_csrf=$TOKEN" "$BASE/masuk"
COOKIE=$(awk '$6 == "SATUDATA_SESSION" {print $6 "=" $7}' "$JAR")
# the newest submission is this one (the demo content has submissions of its own)
ID=$(curl -s -b "$JAR" "$BASE/kelola/pengumpulan" | grep -o '/kelola/pengumpulan/pengajuan/[0-9]*' | grep -o '[0-9]*$' | sort -n | tail -1)
FOUND=$(curl -s -b "$JAR" "$BASE/kelola/pengumpulan/pengajuan/$ID" | grep -o '[0-9.]* temuan' | head -1)
echo "submission $ID: $FOUND"

echo "== median server time, one client for ${N} s after ${N} s of warm-up (ms), beside site_read"
REF=$(median_ms "$API/site_read")
echo "site_read                                         $REF"
report() { local m; m=$(median_ms "$2" "$COOKIE"); printf "%-48s %8s   %6sx site_read\n" "$1" "$m" "$(ratio "$m" "$REF")"; }
report "submission page, first page of the report" "$BASE/kelola/pengumpulan/pengajuan/$ID"
report "report page 1,000 (htmx fragment)" "$BASE/kelola/pengumpulan/pengajuan/$ID/temuan?versi=1&page=1000"

echo "== the highlighted XLSX, streamed (heap 512 MB)"
curl -s -b "$JAR" -o "$DIR/laporan.xlsx" -w 'download: %{time_total} s, first byte after %{time_starttransfer} s, %{size_download} bytes, HTTP %{http_code}\n' \
  "$BASE/kelola/pengumpulan/pengajuan/$ID/versi/1/laporan.xlsx"
