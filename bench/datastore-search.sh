#!/usr/bin/env bash
# datastore_search benchmark: the 1,000,000-row, 6-column release of bench/import.sh, imported and
# validated; then, warm, a filter + sort + limit 100 (with the total) and a group-by aggregate, each
# beside the same query written by hand on the release's Parquet file in the same DuckDB, same run.
# Then, on that table and on a 28-column one (7 text columns, dates, numbers; -Dwide=false skips it):
# full-text q and a page at offset 900,000, each beside the filter + sort + count by hand (the
# issue's reference) and beside the single query sent before ("before"), alternately, same run.
# q also through an engine without the per-release search text ("without"), with the process CPU time
# per search of both, and the search text's one-off writing time beside the import's.
# Usage: bench/datastore-search.sh [measured runs] [rows]
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-200}"
ROWS="${2:-1000000}"
./mvnw -q -B -DskipTests test-compile
CP=$(./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)
exec java -Xmx512m -cp "target/test-classes:target/classes:$CP" -Druns="$RUNS" -Drows="$ROWS" \
  -Dlogging.level.root=WARN id.satudata.datastore.internal.DatastoreSearchBenchmark
