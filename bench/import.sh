#!/usr/bin/env bash
# Import benchmark: a 1,000,000-row, 6-column CSV (~50 MB) imported into a validated, typed release,
# beside DuckDB's own read_csv -> Parquet and PostgreSQL COPY (typed table, serial primary key) on
# the same file in the same run. The JVM gets -Xmx512m: an import that loaded the file into the heap
# would fail. PostgreSQL part runs when SATUDATA_TEST_POSTGRES_URL is set (see README).
# Usage: bench/import.sh [runs] [rows]
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-5}"
ROWS="${2:-1000000}"
./mvnw -q -B -DskipTests test-compile
CP=$(./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)
exec java -Xmx512m -cp "target/test-classes:target/classes:$CP" -Druns="$RUNS" -Drows="$ROWS" \
  -Dlogging.level.root=WARN id.satudata.datastore.internal.ImportBenchmark
