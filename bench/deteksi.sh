#!/usr/bin/env bash
# Table detection + names to codes (issue 15): a 100,000-row, 30-column XLSX as an agency sends it (title
# block, merged two-row header, village names instead of codes, a total row, a footnote) against the
# plain import of the same numbers (header in row 1, codes), same schema, same run. Prints agency / plain;
# the bound is 1.20. See DetectionBenchmark's comment for what is compared.
# Usage: bench/deteksi.sh [runs] [rows]
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-3}"
ROWS="${2:-100000}"
./mvnw -o -q -B -DskipTests test-compile
CP=$(./mvnw -o -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)
exec java -Xmx1g -cp "target/test-classes:target/classes:$CP" -Druns="$RUNS" -Drows="$ROWS" \
  -Dlogging.level.root=WARN id.satudata.datastore.internal.DetectionBenchmark
