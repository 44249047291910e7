#!/usr/bin/env bash
# Catalog and datastore benchmark over HTTP, on the app as the README's first command runs it
# (embedded H2, the jar built by Maven), on loopback:
#   - a catalog of 10,000 published datasets (bench/catalog-seed.sql copies the demo datasets);
#   - package_search with q and three facets, the dataset page, and package_show under wrk
#     (2 threads, 50 connections);
#   - the 1,000,000-row release of bench/import.sh uploaded through resource_create, then
#     datastore_search (filter + sort + limit 100; with the total, without it, and with a new
#     condition on every request) and a group-by through datastore_search_sql.
# Every figure is printed beside site_read (CKAN's "return true" action, same server, same filters,
# same JSON envelope) measured in the same run: a ratio, not a bare time.
# Needs curl and wrk (installed from Debian when missing). Usage: bench/catalog.sh [seconds per median]
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-10}"
PORT="${BENCH_PORT:-18089}"
BASE="http://127.0.0.1:$PORT"
API="$BASE/api/3/action"
TOKEN="sd_demo_walidata"

if ! command -v wrk >/dev/null 2>&1; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi

./mvnw -q -B -DskipTests package
H2=$(ls ~/.m2/repository/com/h2database/h2/*/h2-*.jar | grep -v sources | sort -V | tail -1)
DIR=$(mktemp -d /tmp/satudata-bench-XXXXXX)
PID=""
cleanup() {
  if [ -n "$PID" ]; then kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; fi
  rm -rf "$DIR"
}
trap cleanup EXIT

start() {
  SATUDATA_DATA_DIR="$DIR/data" SERVER_PORT="$PORT" SATUDATA_UPLOAD_MAX_SIZE=200MB \
    java -Xmx1g -jar target/satudata.jar >"$DIR/app.log" 2>&1 &
  PID=$!
  for _ in $(seq 1 300); do
    # readiness turns UP after the start-up runners (index rebuild, demo content) have finished
    curl -sf "$BASE/actuator/health/readiness" >/dev/null 2>&1 && return 0
    kill -0 "$PID" 2>/dev/null || { tail -50 "$DIR/app.log"; exit 1; }
    sleep 1
  done
  echo "app did not start"; exit 1
}
stop() { kill "$PID"; wait "$PID" 2>/dev/null || true; PID=""; }

# median server time of one client on one keep-alive connection (wrk -c1 --latency p50), in ms,
# after a warm-up of the same length (curl's own per-request overhead in a loop is larger than
# the server time of these small answers, so it is not used for timing)
median_ms() {
  local url="$1"; shift
  wrk -t1 -c1 -d"${N}s" "$@" "$url" >/dev/null
  wrk -t1 -c1 -d"${N}s" --latency "$@" "$url" | awk '/^ +50%/ {
    v = $2; unit = v; gsub(/[0-9.]/, "", unit); sub(/[a-z]+$/, "", v)
    printf "%.2f", (unit == "us" ? v / 1000 : (unit == "s" ? v * 1000 : v)) }'
}
rps() { wrk -t2 -c50 -d"${2:-15}"s "$1" | awk '/Requests\/sec/ {print $2}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a/b}'; }

echo "== first start (demo installation), then seeding 10,000 datasets"
t0=$(date +%s)
start
echo "first start on an empty data folder, to ready: $(( $(date +%s) - t0 )) s"
stop
java -cp "$H2" org.h2.tools.RunScript -url "jdbc:h2:file:$DIR/data/db/satudata;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
  -user sa -script bench/catalog-seed.sql -showResults | tail -1
t0=$(date +%s)
start
echo "restart with search index rebuild: $(( $(date +%s) - t0 )) s"
COUNT=$(curl -s "$API/package_search?rows=0" | grep -o '"count":[0-9]*')
echo "package_search $COUNT"

echo "== 1,000,000-row release through resource_create"
awk -F, 'NR > 1 && length($1) == 13 {print $1; if (++n == 3200) exit}' src/main/resources/referensi/wilayah.csv > "$DIR/desa.txt"
awk -v rows=1000000 'BEGIN {
    srand(7); print "kode_wilayah,tahun,jenis_kelamin,kelompok_umur,jumlah,persentase"
    split("0-4 tahun,5-9 tahun,10-14 tahun,15-19 tahun,20-24 tahun,25-29 tahun,30-34 tahun,35-39 tahun,40-44 tahun,45-49 tahun,50-54 tahun,55-59 tahun,60-64 tahun,65-69 tahun,70-74 tahun,75 tahun ke atas", u, ",")
  }
  { desa[++d] = $1 }
  END {
    n = 0
    for (year = 2020; n < rows; year++)
      for (i = 1; i <= d && n < rows; i++)
        for (s = 0; s < 2 && n < rows; s++)
          for (k = 1; k <= 16 && n < rows; k++) {
            printf "%s,%d,%s,%s,%d,%.4f\n", desa[i], year, (s ? "Perempuan" : "Laki-laki"), u[k], int(rand() * 100000), rand() * 100
            n++
          }
  }' "$DIR/desa.txt" > "$DIR/data.csv"
echo "file: $(($(wc -l < "$DIR/data.csv") - 1)) rows, $(du -m "$DIR/data.csv" | cut -f1) MB"
curl -sf -H "Authorization: $TOKEN" -H 'Content-Type: application/json' "$API/package_create" \
  -d '{"name": "bench-penduduk-desa", "title": "Penduduk Desa menurut Kelompok Umur (benchmark)",
       "owner_org": "disdukcapil-19", "license_id": "CC-BY-4.0", "groups": [{"name": "kependudukan"}]}' >/dev/null
t0=$(date +%s%N)
RESOURCE=$(curl -sf -H "Authorization: $TOKEN" -F package_id=bench-penduduk-desa -F periode=2024 -F terbitkan=true \
  -F "upload=@$DIR/data.csv;type=text/csv" "$API/resource_create" | grep -o '"id":"[0-9a-f-]\{36\}"' | head -1 | cut -d'"' -f4)
echo "resource_create (upload, validation, Parquet, publish): $(( ($(date +%s%N) - t0) / 1000000 )) ms, resource $RESOURCE"

echo "== median server time, one client for ${N} s after ${N} s of warm-up (ms), beside site_read"
REF=$(median_ms "$API/site_read")
echo "site_read                                           $REF"
report() { local m; m=$(median_ms "$2" "${@:3}"); printf "%-50s %8s   %6sx site_read\n" "$1" "$m" "$(ratio "$m" "$REF")"; }
report "package_search q + 3 facets" \
  "$API/package_search?q=penduduk&facet.field=%5B%22organization%22,%22groups%22,%22tags%22%5D&rows=10"
report "package_search q + fq + 3 facets" \
  "$API/package_search?q=sekolah&fq=groups:pendidikan&facet.field=%5B%22organization%22,%22groups%22,%22res_format%22%5D&rows=10"
report "dataset page /dataset/bench-4242" "$BASE/dataset/bench-4242"
report "portal search page /dataset?q=penduduk" "$BASE/dataset?q=penduduk"
report "package_show bench-4242" "$API/package_show?id=bench-4242"
report "datastore_search filter + sort + limit 100 (1M rows)" \
  "$API/datastore_search?resource_id=$RESOURCE&filters=%7B%22jenis_kelamin%22:%22Perempuan%22%7D&sort=jumlah%20desc,kode_wilayah&limit=100"
report "  same, include_total=false" \
  "$API/datastore_search?resource_id=$RESOURCE&filters=%7B%22jenis_kelamin%22:%22Perempuan%22%7D&sort=jumlah%20desc,kode_wilayah&limit=100&include_total=false"
# the same query with a new condition on every request (jumlah >= n, n counting up), so that no total
# is ever taken from the datastore's per-file cache of totals: what a first query of a filter costs
cat > "$DIR/new-condition.lua" <<LUA
n = 0
request = function()
  n = n + 1
  return wrk.format("GET", "/api/3/action/datastore_search?resource_id=$RESOURCE&filters=%7B%22jenis_kelamin%22:%22Perempuan%22%7D&ranges=%7B%22jumlah%22:%7B%22gte%22:" .. n .. "%7D%7D&sort=jumlah%20desc,kode_wilayah&limit=100")
end
LUA
report "  same, a new condition every request" "$BASE" -s "$DIR/new-condition.lua"
SQL_URL=$(curl -sG -o /dev/null -w '%{url_effective}' "$API/datastore_search_sql" --data-urlencode \
  "sql=SELECT kelompok_umur, sum(jumlah) AS jumlah, count(*) AS baris FROM \"$RESOURCE\" WHERE jenis_kelamin = 'Perempuan' GROUP BY kelompok_umur")
report "datastore_search_sql group-by (1M rows)" "$SQL_URL"

echo "== throughput, wrk -t2 -c50 -d15s (requests/s)"
R1=$(rps "$API/site_read")
R2=$(rps "$API/package_show?id=bench-4242")
echo "site_read     $R1"
echo "package_show  $R2   ($(ratio "$R2" "$R1") of site_read)"
